"""Changes staff publish to a running series reach the people they affect, once, in mail and calendar.

Staff make each change the way they do it: in the series editor, pressing "Publiser", or
with Wagtail's unpublish view.
"""

import datetime

import pytest
from icalendar import Calendar

from django.utils import timezone

from courses.models import Enrollment
from courses.services import notices
from tests.factories import EnrollmentFactory, RegistrationFactory, UserFactory
from tests.forms import Form

pytestmark = pytest.mark.django_db


def local(dt: datetime.datetime) -> str:
    return timezone.localtime(dt).strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def published(series, client, oslo_staff, django_capture_on_commit_callbacks):
    """The series as staff first published it, with two participants and a school contact."""
    registration = RegistrationFactory(series=series, contact=UserFactory(email="kontakt@skole.test"))
    for email in ("kari@skole.test", "ola@skole.test"):
        EnrollmentFactory(series=series, registration=registration, participant__email=email)
    client.force_login(oslo_staff)
    with django_capture_on_commit_callbacks(execute=True):
        publish(client, series, {})
    return series


def publish(client, series, changes: dict):
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"))
    for name, value in changes.items():
        if value is True:
            form.check(name)
        else:
            form[name] = value
    response = form.submit(client, "action-publish")
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def test_a_moved_gathering_reaches_each_participant_once_with_the_same_event(
    published, client, mailoutbox, django_capture_on_commit_callbacks
):
    first = published.gathering_list[0]
    new_start = first.starts_at + datetime.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        publish(
            client,
            published,
            {
                "gatherings-0-starts_at": local(new_start),
                "gatherings-0-ends_at": local(new_start + datetime.timedelta(hours=6)),
            },
        )
    changed = [m for m in mailoutbox if m.subject.startswith("Endret:")]
    assert sorted(m.to[0] for m in changed) == ["kari@skole.test", "ola@skole.test"]
    message = changed[0]
    assert "Før endringen:" in message.body
    _filename, data, mimetype = message.attachments[0]
    assert mimetype == "text/calendar; method=REQUEST"
    (event,) = events(data)
    assert str(event["uid"]) == f"gathering-{first.pk}@kjentmann.korus.no"
    assert int(event["sequence"]) == 1
    assert event.get("last-modified") is not None
    assert event.decoded("dtstart") == timezone.localtime(new_start).replace(second=0, microsecond=0)

    # Publishing again without a change sends nothing more; the feed carries the new sequence.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(client, published, {"intro": "Ny ingress."})
    assert not [m for m in mailoutbox if m.subject.startswith("Endret:")]
    kari = Enrollment.objects.get(participant__email="kari@skole.test").participant
    feed = client.get(f"/kalender/{kari.calendar_token}.ics")
    moved = next(e for e in events(feed.content) if str(e["uid"]) == str(event["uid"]))
    assert int(moved["sequence"]) == 1


def test_a_cancelled_gathering_is_sent_as_cancelled(published, client, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(client, published, {"gatherings-1-cancelled": True})
    cancelled = [m for m in mailoutbox if m.subject.startswith("Avlyst:")]
    assert len(cancelled) == 2
    _name, data, mimetype = cancelled[0].attachments[0]
    assert mimetype == "text/calendar; method=CANCEL"
    (event,) = events(data)
    assert str(event["status"]) == "CANCELLED"
    series_feed = client.get(published.url + "kalender.ics")
    statuses = sorted(str(e["status"]) for e in events(series_feed.content))
    assert statuses == ["CANCELLED", "CONFIRMED", "CONFIRMED"]


def test_deleting_a_gathering_people_have_in_their_calendars_is_refused(published, client):
    form = Form.from_response(client.get(f"/admin/pages/{published.pk}/edit/"))
    form.delete_inline("gatherings", 2)
    response = form.submit(client, "action-publish")
    assert response.status_code == 200
    assert "kryss av for «avlyst» i stedet for å slette" in response.content.decode()
    assert published.gatherings.count() == 3


def test_a_cancelled_series_ends_every_enrollment_and_tells_participants_and_contacts(
    published, client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(client, published, {"status": "cancelled"})
    assert not Enrollment.objects.filter(series=published).active().exists()
    told = sorted(m.to[0] for m in mailoutbox if m.subject.startswith("Avlyst:"))
    assert told == ["kari@skole.test", "kontakt@skole.test", "ola@skole.test"]
    assert "Avlyst" in client.get(published.url).content.decode()


def test_an_unpublished_series_is_announced_and_its_reminders_stop(
    published, client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        form = Form.from_response(client.get(f"/admin/pages/{published.pk}/unpublish/"))
        response = form.submit(client)
    assert response.status_code == 302
    told = sorted(m.to[0] for m in mailoutbox if m.subject.startswith("Trukket tilbake inntil videre:"))
    assert told == ["kari@skole.test", "kontakt@skole.test", "ola@skole.test"]

    assert notices.queue_reminders(now=published.gathering_list[0].starts_at - datetime.timedelta(hours=30)) == 0


def test_a_notice_is_checked_again_when_it_is_sent(published, mailoutbox, django_capture_on_commit_callbacks):
    """A reminder queued before the participant cancelled is not sent."""
    kari = Enrollment.objects.get(participant__email="kari@skole.test")
    gathering = published.gathering_list[0]
    from korus_site.core import outbox
    from korus_site.core.models import OutboxMessage

    outbox.enqueue(notices.send_gathering_reminder, kari.pk, gathering.pk, key="test-reminder")
    kari.end("participant", timezone.now())
    message = OutboxMessage.objects.get(key="test-reminder")
    assert outbox.run(message.pk) == "skipped"
    assert not mailoutbox
