"""An area staff have hidden is hidden everywhere: every way into the forum is walked with a member who may not read it.

The rule is network.access.readable_areas; this test is what keeps every entry point asking it.
"""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from korus_site.core import outbox
from korus_site.core.models import OutboxMessage
from network import access
from network.choices import EmailFrequency
from network.models import Notification
from network.services import notifications, posting
from network.services.members import member_for

pytestmark = pytest.mark.django_db


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "blue").save(buffer, format="PNG")
    return SimpleUploadedFile("bilde.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def hidden_area(areas, kjentmann, other_kjentmann, oslo_staff, django_capture_on_commit_callbacks):
    """The Oslo area with a topic, a reply that mentions a reader, an image, and then staff hide the area."""
    area = areas["korus-oslo"]
    reader = member_for(other_kjentmann)
    posting.start_topic(user=kjentmann, area=areas["national"], title="Åpent tema", text="Synlig for alle.")
    topic = posting.start_topic(
        user=kjentmann,
        area=area,
        title="Hemmelig tema",
        text="Skjult innhold.",
        images=[(posting.process_image(png()), "Et bilde")],
    )
    with django_capture_on_commit_callbacks(execute=False):  # the e-mail waits in the outbox
        posting.reply(user=oslo_staff, topic=topic, text=f"Hei @{reader.handle}, skjult svar.", rate_limited=False)
    area.is_active = False
    area.save()
    return area, topic


def test_a_member_who_may_not_read_an_area_gets_nothing_from_it(
    client, hidden_area, other_kjentmann, oslo_staff, mailoutbox, django_capture_on_commit_callbacks
):
    area, topic = hidden_area
    post = topic.posts.order_by("pk").first()
    image = post.attachments.get()
    assert not access.can_read_area(other_kjentmann, area)
    client.force_login(other_kjentmann)

    # Area page, topic, each post's pages, image, following: not found.
    for path in (
        f"/nettverk/{area.slug}/",
        f"/nettverk/{area.slug}/nytt-tema/",
        topic.get_absolute_url(),
        f"/nettverk/tema/{topic.pk}/svar/",
        f"/nettverk/innlegg/{post.pk}/rapporter/",
        f"/nettverk/innlegg/{post.pk}/historikk/",
        f"/nettverk/bilde/{image.pk}/",
    ):
        assert client.get(path).status_code == 404, path
    assert client.post(f"/nettverk/tema/{topic.pk}/folg/").status_code == 404
    assert client.post(f"/nettverk/{area.slug}/folg/").status_code == 404

    # The index and search show nothing of it; the notification list neither.
    index = client.get("/nettverk/").content.decode()
    assert "Åpent tema" not in index or area.name not in index
    assert "Hemmelig tema" not in client.get("/nettverk/sok/?q=skjult").content.decode()
    assert "Hemmelig tema" not in client.get("/nettverk/varsler/").content.decode()
    assert notifications.unread_count(other_kjentmann) == 0

    # The e-mail queued before the area was hidden is not sent, nor does a digest carry it.
    queued = OutboxMessage.objects.filter(key__startswith="forum-notification:")
    assert queued.count() == 2  # the mention, and the reply to the topic's author
    assert [outbox.run(message.pk) for message in queued] == ["skipped", "skipped"]
    member = member_for(other_kjentmann)
    member.email_frequency = EmailFrequency.DAILY
    member.save()
    Notification.objects.update(emailed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        notifications.send_daily_digests()
    assert not mailoutbox

    # The area's moderator still sees all of it.
    client.force_login(oslo_staff)
    assert client.get(topic.get_absolute_url()).status_code == 200
    assert client.get(f"/nettverk/bilde/{image.pk}/").status_code == 200


def test_readable_areas_predicate(areas, kjentmann, oslo_staff, bergen_staff, national_admin):
    areas["korus-oslo"].is_active = False
    areas["korus-oslo"].save()
    assert areas["korus-oslo"] not in access.readable_areas(kjentmann)
    assert areas["korus-oslo"] in access.readable_areas(oslo_staff)
    assert areas["korus-oslo"] not in access.readable_areas(bergen_staff)
    assert areas["korus-oslo"] in access.readable_areas(national_admin)
    assert areas["national"] in access.readable_areas(kjentmann)
