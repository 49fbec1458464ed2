"""E-mails about enrollments: what each kind says and who gets it. Sent by ``courses.tasks``."""

import datetime

from django.utils import timezone

from courses.choices import EnrollmentStatus
from courses.models import Enrollment, Gathering, Registration
from courses.services.calendar import series_calendar
from courses.services.enrollment import waitlist_reasons
from korus_site.core.emails import send_templated_email

KINDS = {"confirmed", "waitlisted", "promoted", "cancelled", "replaced", "waitlist_closed"}
WITH_CALENDAR = {"confirmed", "promoted"}
REMINDER_BEFORE = datetime.timedelta(days=2)


def _state_token(enrollment: Enrollment, kind: str) -> str:
    """Part of the notice's key that changes when the same kind of change happens again."""
    if kind == "promoted" and enrollment.confirmed_at:
        return enrollment.confirmed_at.isoformat()
    if kind == "waitlisted":
        return str(enrollment.waitlist_number or "")
    return ""


def send_enrollment_notice(enrollment_id: int, kind: str) -> bool:
    if kind not in KINDS:
        raise ValueError(f"Unknown notice: {kind}")
    enrollment = (
        Enrollment.objects.select_related("series", "series__region", "school", "participant", "registration__contact")
        .prefetch_related("series__gatherings")
        .get(pk=enrollment_id)
    )
    series = enrollment.series
    attachments = []
    if kind in WITH_CALENDAR:
        attachments.append(
            ("kjentmann-samlinger.ics", series_calendar(series), "text/calendar; charset=utf-8; method=PUBLISH")
        )
    reason = waitlist_reasons(series).get(enrollment.pk) if enrollment.is_waitlisted else None
    return send_templated_email(
        to=enrollment.participant.email,
        template=f"courses/enrollment_{kind}",
        context={
            "enrollment": enrollment,
            "series": series,
            "person": enrollment.participant,
            "gatherings": series.gathering_list,
            "position": enrollment.waitlist_position(),
            "waitlist_reason": reason,
        },
        key=f"enrollment:{enrollment.pk}:{kind}:{_state_token(enrollment, kind)}",
        attachments=attachments,
    )


def send_registration_receipt(registration_id: int) -> bool:
    registration = Registration.objects.select_related("series", "series__region", "school", "contact").get(
        pk=registration_id
    )
    enrollments = list(registration.enrollments.select_related("participant").order_by("status", "waitlist_number"))
    reasons = waitlist_reasons(registration.series) if any(e.is_waitlisted for e in enrollments) else {}
    for enrollment in enrollments:
        enrollment.waitlist_reason = reasons.get(enrollment.pk)
    return send_templated_email(
        to=registration.contact.email,
        template="courses/registration_receipt",
        context={"registration": registration, "series": registration.series, "enrollments": enrollments},
        key=f"registration:{registration.pk}:receipt",
    )


def send_gathering_reminder(enrollment: Enrollment, gathering: Gathering) -> bool:
    return send_templated_email(
        to=enrollment.participant.email,
        template="courses/gathering_reminder",
        context={
            "enrollment": enrollment,
            "series": enrollment.series,
            "gathering": gathering,
            "person": enrollment.participant,
        },
        key=f"reminder:{enrollment.pk}:{gathering.pk}",
    )


def send_gathering_reminders(now: datetime.datetime | None = None) -> int:
    """Remind everyone with a seat two days before each gathering, once per person and gathering."""
    now = now or timezone.now()
    sent = 0
    gatherings = Gathering.objects.filter(starts_at__gt=now, starts_at__lte=now + REMINDER_BEFORE).select_related(
        "series", "series__region"
    )
    for gathering in gatherings:
        enrollments = Enrollment.objects.filter(
            series_id=gathering.series_id, status=EnrollmentStatus.CONFIRMED
        ).select_related("participant", "series", "series__region")
        sent += sum(send_gathering_reminder(enrollment, gathering) for enrollment in enrollments)
    return sent


def send_module_reminder(enrollment: Enrollment, module, due) -> bool:
    return send_templated_email(
        to=enrollment.participant.email,
        template="courses/module_reminder",
        context={
            "enrollment": enrollment,
            "series": enrollment.series,
            "module": module,
            "due": due,
            "person": enrollment.participant,
        },
        key=f"module-reminder:{enrollment.pk}:{module.pk}",
    )


def send_certificate(certificate_id: int) -> bool:
    from courses.models import Certificate

    certificate = Certificate.objects.select_related("enrollment__participant").get(pk=certificate_id)
    certificate.pdf.open("rb")
    try:
        data = certificate.pdf.read()
    finally:
        certificate.pdf.close()
    return send_templated_email(
        to=certificate.enrollment.participant.email,
        template="courses/certificate_issued",
        context={"certificate": certificate, "person": certificate.enrollment.participant},
        key=f"certificate:{certificate.pk}",
        attachments=[(f"kursbevis-{certificate.code}.pdf", data, "application/pdf")],
    )
