"""What members are told beyond replies: new material, reports, hidden posts and locked topics.

Each change is made the way a person makes it (the admin editor, the report form, the
moderator's hide and lock pages), and the notice is checked on the site and by e-mail.
"""

import datetime

import pytest

from django.utils import timezone

from network.choices import EmailFrequency, NotificationKind
from network.models import Notification
from network.services import posting
from network.services.members import member_for
from tests.factories import (
    DocumentFactory,
    MaterialIndexPageFactory,
    MaterialPageFactory,
    MaterialVersionFactory,
    UserFactory,
)
from tests.forms import Form

pytestmark = pytest.mark.django_db


@pytest.fixture
def oslo_topic(areas, kjentmann):
    return posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Samtale med foreldre", text="Tips?")


def test_a_new_material_version_reaches_certified_kjentmenn_in_their_rhythm(
    client,
    home_page,
    oslo_staff,
    national_admin,
    kjentmann,
    other_kjentmann,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    daily = member_for(other_kjentmann)
    daily.email_frequency = EmailFrequency.DAILY
    daily.save()
    participant = UserFactory(email="bare-deltaker@skole.test")  # not certified: hears nothing
    library = MaterialIndexPageFactory(parent=home_page)
    material = MaterialPageFactory(parent=library, title="Håndbok for Kjentmenn")
    MaterialVersionFactory(page=material, version="1.0", date=datetime.date(2025, 8, 1))
    document = DocumentFactory(title="Håndbok 2.0")

    client.force_login(national_admin)
    form = Form.open(client, f"/admin/pages/{material.pk}/edit/")
    form.add_inline(
        "versions",
        {"version": "2.0", "date": "2026-11-30", "document": document.pk, "change_note": "Nytt kapittel om russetid."},
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = form.submit(client, "action-publish")
    assert response.status_code == 302

    told = Notification.objects.filter(kind=NotificationKind.MATERIAL)
    assert set(told.values_list("user__email", flat=True)) == {kjentmann.email, other_kjentmann.email}
    assert not Notification.objects.filter(user=participant).exists()
    at_once = [m for m in mailoutbox if m.to == [kjentmann.email]]
    assert len(at_once) == 1
    assert "2.0" in at_once[0].subject
    assert "Nytt kapittel om russetid." in at_once[0].body
    assert not [m for m in mailoutbox if m.to == [other_kjentmann.email]]  # waits for the digest

    client.force_login(kjentmann)
    listing = client.get("/nettverk/varsler/").content.decode()
    assert "Håndbok for Kjentmenn" in listing
    assert "Nytt kapittel om russetid." in listing

    # Publishing again (a typo fixed) tells nobody twice.
    client.force_login(national_admin)
    with django_capture_on_commit_callbacks(execute=True):
        Form.open(client, f"/admin/pages/{material.pk}/edit/").submit(client, "action-publish")
    assert told.count() == 2

    from network.services.notifications import send_daily_digests

    with django_capture_on_commit_callbacks(execute=True):
        send_daily_digests()
    digest = [m for m in mailoutbox if m.to == [other_kjentmann.email]]
    assert len(digest) == 1
    assert "Håndbok for Kjentmenn" in digest[0].body


def test_a_report_reaches_the_areas_moderators_with_a_count_in_the_menu(
    client, oslo_topic, other_kjentmann, oslo_staff, bergen_staff, mailoutbox, django_capture_on_commit_callbacks
):
    post = oslo_topic.posts.get()
    client.force_login(other_kjentmann)
    with django_capture_on_commit_callbacks(execute=True):
        response = Form.open(client, f"/nettverk/innlegg/{post.pk}/rapporter/", having="reason").submit(
            client, changes={"reason": "Kan gjenkjenne en elev."}
        )
    assert response.status_code == 302
    assert [m.to for m in mailoutbox if "meldt" in m.subject] == [[oslo_staff.email]]
    assert "Kan gjenkjenne en elev." in mailoutbox[-1].body
    assert not Notification.objects.filter(user=bergen_staff).exists()

    client.force_login(oslo_staff)
    forum = client.get("/nettverk/").content.decode()
    assert 'ds-sr-only"> åpen rapport' in forum
    admin = client.get("/admin/").content.decode()
    assert "Rapporterte innlegg (1)" in admin
    assert "Samtale med foreldre" in admin  # the dashboard panel
    client.force_login(bergen_staff)
    assert "Rapporterte innlegg (" not in client.get("/admin/").content.decode()


def test_a_hidden_post_and_a_locked_topic_tell_the_author_why(
    client, oslo_topic, kjentmann, oslo_staff, mailoutbox, django_capture_on_commit_callbacks
):
    post = oslo_topic.posts.get()
    client.force_login(oslo_staff)
    with django_capture_on_commit_callbacks(execute=True):
        form = Form.open(client, f"/nettverk/moderering/innlegg/{post.pk}/hide/", having="reason")
        form.submit(client, changes={"reason": "Innlegget kan peke ut en elev."})
        lock = Form.open(client, f"/nettverk/moderering/tema/{oslo_topic.pk}/lock/", having="reason")
        assert lock.submit(client, changes={"reason": "Tråden er besvart."}).status_code == 302
    to_author = [m for m in mailoutbox if m.to == [kjentmann.email]]
    assert [m.subject for m in to_author] == [
        "En moderator skjulte innlegget ditt i «Samtale med foreldre»",
        "En moderator låste temaet ditt «Samtale med foreldre»",
    ]
    assert "Innlegget kan peke ut en elev." in to_author[0].body
    assert "Tråden er besvart." in to_author[1].body
    oslo_topic.refresh_from_db()
    assert oslo_topic.locked


def test_deleting_ones_own_post_tells_nobody(
    client, oslo_topic, kjentmann, mailoutbox, django_capture_on_commit_callbacks
):
    reply = posting.reply(user=kjentmann, topic=oslo_topic, text="Et ekstra innlegg.", rate_limited=False)
    client.force_login(kjentmann)
    with django_capture_on_commit_callbacks(execute=True):
        Form.open(client, f"/nettverk/innlegg/{reply.pk}/slett/", having="reason").submit(client)
    assert not Notification.objects.filter(kind=NotificationKind.HIDDEN).exists()


def test_a_report_handled_before_the_email_leaves_is_not_sent(oslo_topic, other_kjentmann, oslo_staff, mailoutbox):
    """The notice is checked again when it is sent: a report already dealt with is not news."""
    from korus_site.core import outbox
    from korus_site.core.models import OutboxMessage
    from network.models import Report
    from network.services import moderation

    moderation.report(user=other_kjentmann, post=oslo_topic.posts.get(), reason="Feil område.")
    Report.objects.update(status="dismissed", handled_at=timezone.now())
    message = OutboxMessage.objects.get(key__startswith="forum-notification:")
    assert outbox.run(message.pk) == "skipped"
    assert not mailoutbox
