"""Periodic work for course series. Notices and certificates run from the outbox (korus_site.core.outbox)."""

from celery import shared_task

from django.db.models import Q
from django.utils import timezone

from courses.models import CourseSeriesPage
from courses.services import enrollment as enrollment_service
from courses.services import notices


@shared_task
def queue_reminders() -> int:
    """Periodic: queue the gathering and module reminders now due (each person once per gathering or module)."""
    return notices.queue_reminders()


@shared_task
def close_started_waitlists() -> int:
    """Periodic: close the waiting list of every series whose first gathering has started."""
    now = timezone.now()
    started = (
        CourseSeriesPage.objects.filter(enrollments__status="waitlisted")
        .filter(Q(gatherings__starts_at__lte=now))
        .distinct()
    )
    closed = 0
    for series in started:
        closed += len(enrollment_service.close_waitlist(series, now=now))
    return closed


@shared_task
def queue_plan_evaluation_reminders() -> int:
    """Periodic (daily): remind the school's contacts when its plan has gone a year without evaluation."""
    return notices.queue_plan_evaluation_reminders()
