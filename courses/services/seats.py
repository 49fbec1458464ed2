"""Counting seats: who holds one, who waits in what order, and why. Queries only, no changes.

``courses.services.enrollment`` changes enrollments under the series lock using these
counts; notices, receipts and dashboards read them.
"""

from django.db.models import Count

from courses.choices import EnrollmentStatus, WaitlistReason
from courses.models import CourseSeriesPage, Enrollment

CONFIRMED = EnrollmentStatus.CONFIRMED
WAITLISTED = EnrollmentStatus.WAITLISTED


def confirmed_counts(series: CourseSeriesPage) -> tuple[int, dict[int, int]]:
    """(confirmed participants in the series, confirmed participants per school id)."""
    rows = Enrollment.objects.filter(series=series, status=CONFIRMED).values("school_id").annotate(n=Count("pk"))
    per_school = {row["school_id"]: row["n"] for row in rows}
    return sum(per_school.values()), per_school


def school_has_room(series: CourseSeriesPage, per_school: dict[int, int], school_id: int) -> bool:
    """Whether the school's share (``max_per_school``) allows it one more confirmed seat."""
    return series.max_per_school is None or per_school.get(school_id, 0) < series.max_per_school


def waitlist_positions(series: CourseSeriesPage) -> dict[int, int]:
    """Current place in line (1 = next) of everyone waiting in the series, in one query."""
    waiting = (
        Enrollment.objects.filter(series=series, status=WAITLISTED)
        .order_by("waitlist_number")
        .values_list("pk", flat=True)
    )
    return {pk: position for position, pk in enumerate(waiting, start=1)}


def waitlist_reasons(series: CourseSeriesPage) -> dict[int, WaitlistReason]:
    """Why each person waiting in ``series`` waits, by enrollment id, from the seats as they are now.

    ``SCHOOL_SHARE`` when the series still has a free seat but the person's school already
    holds its share (``max_per_school``) of confirmed seats: that share is the only thing
    between them and a seat (``school_has_room``, the rule ``register`` and
    ``fill_from_waitlist`` apply). ``SERIES_FULL`` when every seat is taken. Someone staff
    moved to the waiting list while a seat and the share were free gets no reason and is left
    out. Worked out when asked rather than stored, because the answer changes as others sign
    up and cancel: a receipt, an e-mail or "My school" never says "seats are free" once they
    are not. Two queries.
    """
    total, per_school = confirmed_counts(series)
    reasons = {}
    waiting = Enrollment.objects.filter(series=series, status=WAITLISTED).values_list("pk", "school_id")
    for pk, school_id in waiting:
        if total >= series.seats:
            reasons[pk] = WaitlistReason.SERIES_FULL
        elif not school_has_room(series, per_school, school_id):
            reasons[pk] = WaitlistReason.SCHOOL_SHARE
    return reasons
