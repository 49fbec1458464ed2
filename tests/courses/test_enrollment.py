"""The rules for seats and the waiting list (courses.services.enrollment)."""

import datetime

import pytest

from django.utils import timezone

from courses.choices import CancelReason, EnrollmentStatus
from courses.models import Enrollment
from courses.services import enrollment as service
from courses.services import seats
from courses.services.enrollment import Person
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db


def person(n: int, role: str = "laerer") -> Person:
    return Person(first_name=f"Fornavn{n}", last_name=f"Etternavn{n}", email=f"p{n}@skole.test", role=role)


def sign_up(series, school, *numbers):
    contact = UserFactory()
    return service.register(series=series, school=school, contact=contact, people=[person(n) for n in numbers])


def statuses(series):
    return {
        e.participant.email: (e.status, e.waitlist_number)
        for e in Enrollment.objects.filter(series=series).select_related("participant")
    }


@pytest.fixture
def small_series(oslo_courses):
    return CourseSeriesPageFactory(parent=oslo_courses, seats=3)


def test_seats_then_numbered_waiting_list_in_order(small_series):
    school = SchoolFactory()
    sign_up(small_series, school, 1, 2, 3, 4, 5)
    result = statuses(small_series)
    assert [result[f"p{n}@skole.test"][0] for n in (1, 2, 3)] == ["confirmed"] * 3
    assert result["p4@skole.test"] == ("waitlisted", 1)
    assert result["p5@skole.test"] == ("waitlisted", 2)
    positions = seats.waitlist_positions(small_series)
    assert sorted(positions.values()) == [1, 2]


def test_school_share_sends_the_rest_of_a_school_to_the_waiting_list(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=10, max_per_school=2)
    first, second = SchoolFactory(), SchoolFactory()
    sign_up(series, first, 1, 2, 3)
    sign_up(series, second, 4)
    result = statuses(series)
    assert result["p3@skole.test"] == ("waitlisted", 1)
    assert result["p4@skole.test"][0] == "confirmed"


def test_each_person_gets_one_account_reused_across_series(oslo_courses):
    one = CourseSeriesPageFactory(parent=oslo_courses)
    two = CourseSeriesPageFactory(parent=oslo_courses)
    existing = UserFactory(email="p1@skole.test", first_name="Kari")
    sign_up(one, SchoolFactory(), 1)
    sign_up(two, SchoolFactory(), 1)
    assert Enrollment.objects.filter(participant=existing).count() == 2


def test_email_matching_ignores_case(small_series):
    UserFactory(email="p1@skole.test")
    contact = UserFactory()
    shouting = Person(first_name="A", last_name="B", email="P1@Skole.TEST", role="laerer")
    service.register(series=small_series, school=SchoolFactory(), contact=contact, people=[shouting])
    assert Enrollment.objects.get().participant.email == "p1@skole.test"


def test_same_person_twice_in_a_series_is_refused(small_series):
    sign_up(small_series, SchoolFactory(), 1)
    with pytest.raises(service.AlreadyEnrolled) as error:
        sign_up(small_series, SchoolFactory(), 2, 1)
    assert error.value.email == "p1@skole.test"
    assert Enrollment.objects.filter(series=small_series).count() == 1  # nothing of the refused sign-up is kept


def test_same_person_twice_in_one_submission_is_refused(small_series):
    with pytest.raises(service.AlreadyEnrolled):
        sign_up(small_series, SchoolFactory(), 1, 1)


def test_a_cancelled_person_may_sign_up_again(small_series):
    registration = sign_up(small_series, SchoolFactory(), 1)
    service.cancel(registration.enrollments.get())
    sign_up(small_series, SchoolFactory(), 1)
    assert Enrollment.objects.filter(series=small_series, status="confirmed").count() == 1


@pytest.mark.parametrize(
    ("opens", "closes", "status"),
    [
        (1, 10, "open"),  # opens tomorrow
        (-10, -1, "open"),  # closed yesterday
        (-10, 10, "closed"),  # staff closed it
        (-10, 10, "draft"),
    ],
)
def test_sign_up_outside_the_window_is_refused(oslo_courses, opens, closes, status):
    now = timezone.now()
    series = CourseSeriesPageFactory(
        parent=oslo_courses,
        registration_opens=now + datetime.timedelta(days=opens),
        registration_closes=now + datetime.timedelta(days=closes),
        status=status,
    )
    with pytest.raises(service.RegistrationClosed):
        sign_up(series, SchoolFactory(), 1)


def test_staff_may_add_after_the_window_but_not_after_the_start(oslo_courses):
    now = timezone.now()
    series = CourseSeriesPageFactory(
        parent=oslo_courses,
        registration_opens=now - datetime.timedelta(days=20),
        registration_closes=now - datetime.timedelta(days=1),
    )
    service.register(series=series, school=SchoolFactory(), contact=UserFactory(), people=[person(1)], by_staff=True)
    started = CourseSeriesPageFactory(parent=oslo_courses, start=now - datetime.timedelta(days=1))
    with pytest.raises(service.SeriesStarted):
        service.register(
            series=started, school=SchoolFactory(), contact=UserFactory(), people=[person(2)], by_staff=True
        )


def test_cancellation_passes_the_seat_to_the_first_waiting(
    small_series, mailoutbox, django_capture_on_commit_callbacks
):
    school = SchoolFactory()
    sign_up(small_series, school, 1, 2, 3, 4, 5)
    leaving = Enrollment.objects.get(participant__email="p2@skole.test")
    with django_capture_on_commit_callbacks(execute=True):
        promoted = service.cancel(leaving)
    assert [e.participant.email for e in promoted] == ["p4@skole.test"]
    result = statuses(small_series)
    assert result["p2@skole.test"] == ("cancelled", None)
    assert result["p4@skole.test"] == ("confirmed", None)
    assert result["p5@skole.test"] == ("waitlisted", 2)
    assert seats.waitlist_positions(small_series) == {Enrollment.objects.get(participant__email="p5@skole.test").pk: 1}
    subjects = {(m.to[0], m.subject) for m in mailoutbox}
    assert ("p4@skole.test", "Du har fått plass: " + small_series.title) in subjects
    assert ("p2@skole.test", "Avmeldt: " + small_series.title) in subjects


def test_cancelling_a_waiting_person_promotes_nobody(small_series):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4, 5)
    assert service.cancel(Enrollment.objects.get(participant__email="p4@skole.test")) == []
    assert statuses(small_series)["p5@skole.test"] == ("waitlisted", 2)


def test_the_school_share_holds_back_a_waiting_person_whose_school_is_full(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=3, max_per_school=2)
    big, small = SchoolFactory(), SchoolFactory()
    sign_up(series, big, 1, 2)
    sign_up(series, small, 3)
    sign_up(series, big, 4)  # waiting: school share used
    sign_up(series, small, 5)  # waiting: series full
    service.cancel(Enrollment.objects.get(participant__email="p3@skole.test"))
    result = statuses(series)
    assert result["p4@skole.test"][0] == "waitlisted"  # first in line, but the school has its two
    assert result["p5@skole.test"][0] == "confirmed"


def test_swap_keeps_the_seat_for_the_school(small_series, mailoutbox, django_capture_on_commit_callbacks):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4)
    old = Enrollment.objects.get(participant__email="p1@skole.test")
    with django_capture_on_commit_callbacks(execute=True):
        new = service.swap(old, person(9, role="radgiver"))
    old.refresh_from_db()
    assert old.status == "cancelled"
    assert old.cancel_reason == CancelReason.REPLACED
    assert new.status == "confirmed"
    assert new.replaces == old
    assert new.school == old.school
    assert new.confirmed_at > old.confirmed_at
    assert statuses(small_series)["p4@skole.test"] == ("waitlisted", 1)  # nobody jumps the queue
    recipients = {m.to[0] for m in mailoutbox}
    assert {"p1@skole.test", "p9@skole.test"} <= recipients


def test_swap_keeps_the_place_on_the_waiting_list(small_series):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4, 5)
    new = service.swap(Enrollment.objects.get(participant__email="p4@skole.test"), person(9))
    assert (new.status, new.waitlist_number) == ("waitlisted", 1)


def test_swap_to_someone_already_in_the_series_is_refused(small_series):
    sign_up(small_series, SchoolFactory(), 1, 2)
    with pytest.raises(service.AlreadyEnrolled):
        service.swap(Enrollment.objects.get(participant__email="p1@skole.test"), person(2))


def test_staff_promote_respects_the_seat_limit(small_series):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4)
    waiting = Enrollment.objects.get(participant__email="p4@skole.test")
    with pytest.raises(service.NoSeatAvailable):
        service.promote(waiting)
    small_series.seats = 4
    small_series.save()
    service.promote(waiting)
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_staff_move_to_waiting_list_gives_the_seat_to_the_next(small_series):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4)
    promoted = service.move_to_waitlist(Enrollment.objects.get(participant__email="p1@skole.test"))
    assert [e.participant.email for e in promoted] == ["p4@skole.test"]
    result = statuses(small_series)
    assert result["p1@skole.test"][0] == "waitlisted"
    assert Enrollment.objects.filter(series=small_series, status="confirmed").count() == 3


def test_more_seats_on_publish_fill_from_the_waiting_list(small_series):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4, 5)
    small_series.seats = 4
    small_series.save_revision().publish()
    result = statuses(small_series)
    assert result["p4@skole.test"][0] == "confirmed"
    assert result["p5@skole.test"][0] == "waitlisted"


def test_waiting_list_closes_when_the_series_starts(small_series, mailoutbox, django_capture_on_commit_callbacks):
    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4, 5)
    start = small_series.gathering_list[0].starts_at
    assert service.close_waitlist(small_series, now=start - datetime.timedelta(minutes=1)) == []
    with django_capture_on_commit_callbacks(execute=True):
        closed = service.close_waitlist(small_series, now=start + datetime.timedelta(minutes=1))
    assert {e.participant.email for e in closed} == {"p4@skole.test", "p5@skole.test"}
    assert Enrollment.objects.filter(series=small_series, status="waitlisted").count() == 0
    assert {e.cancel_reason for e in closed} == {CancelReason.WAITLIST_CLOSED}
    assert {m.to[0] for m in mailoutbox} == {"p4@skole.test", "p5@skole.test"}
    # No seat passes after the start, even if someone leaves.
    later = start + datetime.timedelta(minutes=2)
    assert service.fill_from_waitlist(small_series, now=later) == []


def test_close_started_waitlists_task(small_series):
    from courses.tasks import close_started_waitlists

    sign_up(small_series, SchoolFactory(), 1, 2, 3, 4)
    assert close_started_waitlists() == 0
    first = small_series.gatherings.order_by("starts_at").first()
    first.starts_at = timezone.now() - datetime.timedelta(minutes=5)
    first.save()
    assert close_started_waitlists() == 1
    assert Enrollment.objects.get(participant__email="p4@skole.test").status == EnrollmentStatus.CANCELLED


def test_nobody_cancels_after_the_series_has_finished(oslo_courses):
    now = timezone.now()
    finished = CourseSeriesPageFactory(
        parent=oslo_courses,
        registration_opens=now - datetime.timedelta(days=100),
        registration_closes=now - datetime.timedelta(days=90),
        start=now - datetime.timedelta(days=80),
        gathering_count=2,
    )
    registration = service.register(
        series=finished,
        school=SchoolFactory(),
        contact=UserFactory(),
        people=[person(1)],
        now=now - datetime.timedelta(days=95),
    )
    with pytest.raises(service.NotAllowed):
        service.cancel(registration.enrollments.get())
    assert registration.enrollments.get().status == "confirmed"
