import pytest

from network.models import Report, Topic
from network.services import moderation, posting

pytestmark = pytest.mark.django_db


def test_report_queue_and_hiding(client, areas, kjentmann, other_kjentmann, oslo_staff, bergen_staff):
    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Et innlegg.")
    post = topic.posts.get()
    client.force_login(other_kjentmann)
    response = client.post(f"/nettverk/innlegg/{post.pk}/rapporter/", {"reason": "Kan peke ut en elev."})
    assert response.status_code == 302
    report = Report.objects.get()
    client.force_login(bergen_staff)
    assert "Kan peke ut en elev." not in client.get("/nettverk/moderering/").content.decode()
    assert client.post(f"/nettverk/moderering/rapport/{report.pk}/", {"action": "hide"}).status_code == 403
    client.force_login(oslo_staff)
    assert "Kan peke ut en elev." in client.get("/nettverk/moderering/").content.decode()
    client.post(f"/nettverk/moderering/rapport/{report.pk}/", {"action": "hide"})
    post.refresh_from_db()
    report.refresh_from_db()
    assert post.hidden
    assert report.status == "hidden"
    assert report.handled_by == oslo_staff
    client.post(f"/nettverk/moderering/innlegg/{post.pk}/restore/")
    post.refresh_from_db()
    assert not post.hidden


def test_pin_lock_and_move(client, areas, kjentmann, oslo_staff, national_admin):
    first = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Først", text="a")
    pinned = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Viktig", text="b")
    client.force_login(oslo_staff)
    client.post(f"/nettverk/moderering/tema/{pinned.pk}/pin/")
    posting.reply(user=kjentmann, topic=first, text="nyere aktivitet", rate_limited=False)
    assert Topic.objects.filter(area=areas["korus-oslo"]).values_list("title", flat=True).first() == "Viktig"
    # Oslo staff cannot move a topic into an area they do not moderate.
    response = client.post(f"/nettverk/moderering/tema/{first.pk}/move/", {"to": areas["korus-bergen"].pk})
    assert response.status_code == 403
    client.force_login(national_admin)
    client.post(f"/nettverk/moderering/tema/{first.pk}/move/", {"to": areas["national"].pk})
    first.refresh_from_db()
    assert first.area == areas["national"]


def test_suspend_for_a_time(client, areas, kjentmann, oslo_staff):
    posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Et innlegg.")
    client.force_login(oslo_staff)
    response = client.post(f"/nettverk/moderering/medlem/{kjentmann.pk}/", {"days": "7", "reason": "Gjentatte brudd"})
    assert response.status_code == 302
    from network import access

    assert access.is_suspended(kjentmann)
    client.post(f"/nettverk/moderering/medlem/{kjentmann.pk}/", {"lift": "1"})
    assert not access.is_suspended(kjentmann)
    client.force_login(kjentmann)
    assert client.get(f"/nettverk/moderering/medlem/{oslo_staff.pk}/").status_code == 403


def test_suspension_stops_at_the_areas_a_person_moderates(
    client, areas, kjentmann, other_kjentmann, oslo_staff, bergen_staff, national_admin
):
    from network import access

    posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Et innlegg.")
    # Bergen staff moderate Bergen's area, where Kari has never written.
    client.force_login(bergen_staff)
    response = client.post(f"/nettverk/moderering/medlem/{kjentmann.pk}/", {"days": "7", "reason": "Nei"})
    assert response.status_code == 403
    assert not access.is_suspended(kjentmann)
    # Nobody suspends KORUS staff from the network, not even a national administrator.
    client.force_login(national_admin)
    response = client.post(f"/nettverk/moderering/medlem/{oslo_staff.pk}/", {"days": "7", "reason": "Nei"})
    assert response.status_code == 403
    # A national administrator may suspend any member; Oslo staff may lift it, as Kari wrote in Oslo.
    client.post(f"/nettverk/moderering/medlem/{other_kjentmann.pk}/", {"days": "2", "reason": "Brudd"})
    assert access.is_suspended(other_kjentmann)
    client.post(f"/nettverk/moderering/medlem/{kjentmann.pk}/", {"days": "2", "reason": "Brudd"})
    client.force_login(oslo_staff)
    client.post(f"/nettverk/moderering/medlem/{kjentmann.pk}/", {"lift": "1"})
    assert not access.is_suspended(kjentmann)
    assert client.post(f"/nettverk/moderering/medlem/{other_kjentmann.pk}/", {"lift": "1"}).status_code == 403
    assert access.is_suspended(other_kjentmann)


def test_a_suspended_member_cannot_edit_and_a_locked_topic_is_frozen(client, areas, kjentmann, oslo_staff):
    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Første tekst.")
    post = topic.posts.get()
    moderation.suspend(user=oslo_staff, member_user=kjentmann, days=3, reason="Brudd")
    client.force_login(kjentmann)
    response = client.post(f"/nettverk/innlegg/{post.pk}/rediger/", {"text": "Endret tekst."})
    assert response.status_code == 200
    assert "utestengt" in response.content.decode()
    post.refresh_from_db()
    assert post.body == "Første tekst."

    moderation.lift_suspension(user=oslo_staff, member_user=kjentmann)
    moderation.set_locked(user=oslo_staff, topic=topic, locked=True)
    with pytest.raises(posting.PostingRefused):
        posting.edit(user=kjentmann, post=post, text="Endret tekst.")
    # The moderator still can, for instance to remove something identifying.
    posting.edit(user=oslo_staff, post=post, text="Fjernet av moderator.")
    post.refresh_from_db()
    assert post.body == "Fjernet av moderator."


def test_the_moderation_page_shows_suspensions_only_from_the_areas_one_moderates(
    client, areas, kjentmann, other_kjentmann, oslo_staff, bergen_staff, national_admin
):
    posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Et innlegg.")
    posting.start_topic(user=other_kjentmann, area=areas["korus-bergen"], title="Tema", text="Et innlegg.")
    client.force_login(national_admin)
    for person, reason in [(kjentmann, "Grunn-i-Oslo"), (other_kjentmann, "Grunn-i-Bergen")]:
        response = client.post(f"/nettverk/moderering/medlem/{person.pk}/", {"days": "3", "reason": reason})
        assert response.status_code == 302
    html = client.get("/nettverk/moderering/").content.decode()
    assert "Grunn-i-Oslo" in html
    assert "Grunn-i-Bergen" in html
    client.force_login(oslo_staff)
    html = client.get("/nettverk/moderering/").content.decode()
    assert "Grunn-i-Oslo" in html
    assert "Grunn-i-Bergen" not in html
    client.force_login(bergen_staff)
    html = client.get("/nettverk/moderering/").content.decode()
    assert "Grunn-i-Bergen" in html
    assert "Grunn-i-Oslo" not in html


def test_reporting_a_post_twice_makes_one_open_report_and_one_notice(
    client, areas, kjentmann, other_kjentmann, oslo_staff, mailoutbox, django_capture_on_commit_callbacks
):
    from network.models import Notification
    from tests.forms import Form

    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Et innlegg.")
    post = topic.posts.get()
    client.force_login(other_kjentmann)
    url = f"/nettverk/innlegg/{post.pk}/rapporter/"
    with django_capture_on_commit_callbacks(execute=True):
        for reason in ("Kan peke ut en elev.", "Kan peke ut en elev.", "Nevner også klassen."):
            form = Form.from_response(client.get(url), having="reason")
            assert form.submit(client, changes={"reason": reason}).status_code == 302
    report = Report.objects.get()
    assert report.reason == "Kan peke ut en elev.\n\nNevner også klassen."
    told = Notification.objects.filter(kind="report")
    assert told.filter(user=oslo_staff).count() == 1
    assert told.values("user").distinct().count() == told.count()  # each moderator once
