import logging

from celery import shared_task

from django.db.models import Q
from django.utils import timezone

from courses.models import CourseSeriesPage
from courses.services import enrollment as enrollment_service
from courses.services import learning, notices

logger = logging.getLogger(__name__)

RETRY = {"autoretry_for": (OSError,), "max_retries": 5, "retry_backoff": True}


@shared_task(**RETRY)
def send_enrollment_notice(enrollment_id: int, kind: str) -> bool:
    return notices.send_enrollment_notice(enrollment_id, kind)


@shared_task(**RETRY)
def send_registration_receipt(registration_id: int) -> bool:
    return notices.send_registration_receipt(registration_id)


@shared_task
def send_gathering_reminders() -> int:
    """Periodic: remind everyone with a seat two days before each gathering."""
    return notices.send_gathering_reminders()


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
def send_module_reminders() -> int:
    """Periodic: once per person and module, remind of a required module due within three days and not passed."""
    sent = 0
    for enrollment, link, due in learning.modules_due_soon():
        if notices.send_module_reminder(enrollment, link.module, due):
            sent += 1
    return sent


@shared_task(autoretry_for=(OSError,), max_retries=5, retry_backoff=True)
def issue_certificate(enrollment_id: int) -> str | None:
    from courses.services import certificates

    certificate = certificates.issue(enrollment_id)
    return certificate.code if certificate else None


@shared_task(**RETRY)
def send_certificate(certificate_id: int) -> bool:
    return notices.send_certificate(certificate_id)


@shared_task(**RETRY)
def send_certificate_hold(hold_id: int) -> int:
    return notices.send_certificate_hold(hold_id)
