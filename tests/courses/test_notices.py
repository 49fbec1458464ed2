import datetime

import pytest

from django.utils import timezone

from courses.services import enrollment as service
from courses.services.enrollment import Person
from courses.services.notices import queue_reminders
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db


def register(series, *emails):
    people = [Person("Navn", "Etternavn", email, "laerer") for email in emails]
    return service.register(series=series, school=SchoolFactory(), contact=UserFactory(), people=people, notify=False)


def test_reminder_two_days_before_each_gathering_once(oslo_courses, mailoutbox, django_capture_on_commit_callbacks):
    soon = timezone.now() + datetime.timedelta(hours=30)
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=2, start=soon, gathering_count=2)
    register(series, "a@skole.test", "b@skole.test", "venter@skole.test")
    with django_capture_on_commit_callbacks(execute=True):
        assert queue_reminders() == 2
        assert queue_reminders() == 0  # idempotent: a second run sends nothing
    assert sorted(m.to[0] for m in mailoutbox) == ["a@skole.test", "b@skole.test"]
    message = mailoutbox[0]
    assert message.subject.startswith("Påminnelse: ")
    assert series.gathering_list[0].title in message.body
    html = message.alternatives[0][0]
    assert "<html" in html


def test_no_reminder_for_gatherings_further_away(oslo_courses, mailoutbox):
    later = timezone.now() + datetime.timedelta(days=5)
    series = CourseSeriesPageFactory(parent=oslo_courses, start=later)
    register(series, "a@skole.test")
    assert queue_reminders() == 0


def test_notices_are_sent_once_per_change(series, mailoutbox, django_capture_on_commit_callbacks):
    from courses.services.notices import enrollment_changed

    register(series, "a@skole.test")
    enrollment = series.enrollments.get()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_changed(enrollment, "confirmed")
        enrollment_changed(enrollment, "confirmed")
    assert len(mailoutbox) == 1


@pytest.mark.celery_worker
def test_a_real_worker_sends_the_confirmation(celery_worker, series):
    """The sign-up enqueues after commit; a separate worker process renders and sends the e-mail."""
    people = [Person("Kari", "Nordmann", "kari@skole.test", "laerer")]
    service.register(
        series=series, school=SchoolFactory(), contact=UserFactory(email="rektor@skole.test"), people=people
    )

    def confirmation_sent():
        return any("kjentmann-samlinger.ics" in path.read_text() for path in celery_worker.mails())

    celery_worker.wait_for(confirmation_sent, timeout=60)
    text = "\n".join(path.read_text() for path in celery_worker.mails())
    assert "To: kari@skole.test" in text
    assert "BEGIN:VCALENDAR" in text or "text/calendar" in text
