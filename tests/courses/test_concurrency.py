"""Many sign-ups at the same moment, on PostgreSQL with real transactions and threads."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from django.db import connection

from courses.models import Enrollment
from courses.services import enrollment as service
from courses.services.enrollment import Person
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

THREADS = 50
SEATS = 20


def run_at_once(count, work):
    """Start ``count`` calls of ``work(i)`` in threads released together; return results or exceptions."""
    barrier = threading.Barrier(count)

    def call(i):
        barrier.wait()
        try:
            return work(i)
        except Exception as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(call, range(count)))


def test_fifty_sign_ups_for_twenty_seats(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=SEATS)
    schools = [SchoolFactory() for _ in range(5)]
    contact = UserFactory()

    def sign_up(i):
        person = Person(first_name=f"Navn{i}", last_name="Samtidig", email=f"samtidig{i}@skole.test", role="laerer")
        return service.register(series=series, school=schools[i % 5], contact=contact, people=[person])

    results = run_at_once(THREADS, sign_up)
    assert not [r for r in results if isinstance(r, Exception)]

    enrollments = list(Enrollment.objects.filter(series=series).order_by("pk"))
    assert len(enrollments) == THREADS
    assert len({e.participant_id for e in enrollments}) == THREADS  # no duplicates
    confirmed = [e for e in enrollments if e.status == "confirmed"]
    waiting = [e for e in enrollments if e.status == "waitlisted"]
    assert len(confirmed) == SEATS
    assert len(waiting) == THREADS - SEATS
    # Arrival order is the order in which sign-ups got the series lock, which is also the
    # order of their rows: the first twenty got seats, the rest are numbered 1, 2, 3 … in turn.
    assert confirmed == enrollments[:SEATS]
    assert [e.waitlist_number for e in waiting] == list(range(1, THREADS - SEATS + 1))


def test_the_same_person_signed_up_at_once_from_ten_places(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=SEATS)
    school = SchoolFactory()

    def sign_up(i):
        person = Person(first_name="Kari", last_name="Dobbel", email="dobbel@skole.test", role="laerer")
        return service.register(series=series, school=school, contact=UserFactory(), people=[person])

    results = run_at_once(10, sign_up)
    refused = [r for r in results if isinstance(r, service.AlreadyEnrolled)]
    assert len(refused) == 9, results
    assert Enrollment.objects.filter(series=series, participant__email="dobbel@skole.test").count() == 1


def test_cancellations_racing_sign_ups_never_overbook(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=10)
    school = SchoolFactory()
    contact = UserFactory()
    first = [Person(f"F{i}", "Før", f"for{i}@skole.test", "laerer") for i in range(15)]
    service.register(series=series, school=school, contact=contact, people=first)
    seated = list(Enrollment.objects.filter(series=series, status="confirmed").order_by("pk")[:5])

    def work(i):
        if i < 5:
            return service.cancel(seated[i])
        person = Person(f"N{i}", "Ny", f"ny{i}@skole.test", "laerer")
        return service.register(series=series, school=school, contact=contact, people=[person])

    results = run_at_once(25, work)
    assert not [r for r in results if isinstance(r, Exception)]
    assert Enrollment.objects.filter(series=series, status="confirmed").count() == 10
    numbers = list(
        Enrollment.objects.filter(series=series, status="waitlisted")
        .order_by("waitlist_number")
        .values_list("waitlist_number", flat=True)
    )
    assert len(numbers) == len(set(numbers))
