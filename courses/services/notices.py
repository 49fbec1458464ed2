"""E-mails about enrollments: what each kind says and who gets it. Sent by ``courses.tasks``."""

import datetime

from django.utils import timezone

from courses.choices import EnrollmentStatus
from courses.models import Enrollment, Gathering, Registration
from courses.services.calendar import series_calendar
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
    return send_templated_email(
        to=enrollment.participant.email,
        template=f"courses/enrollment_{kind}",
        context={
            "enrollment": enrollment,
            "series": series,
            "person": enrollment.participant,
            "gatherings": series.gathering_list,
            "position": enrollment.waitlist_position(),
        },
        key=f"enrollment:{enrollment.pk}:{kind}:{_state_token(enrollment, kind)}",
        attachments=attachments,
    )


def send_registration_receipt(registration_id: int) -> bool:
    registration = Registration.objects.select_related("series", "series__region", "school", "contact").get(
        pk=registration_id
    )
    enrollments = list(registration.enrollments.select_related("participant").order_by("status", "waitlist_number"))
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


def hold_recipients(series) -> list[str]:
    """Who hears that a certificate of the series is held back: the region's leads (or, if it has
    none, its editors, or else the national administrators), and the series' contact address.
    """
    from korus_site.accounts.models import User

    region = series.region if series.region_id else None
    people = User.objects.none()
    if region is not None:
        for group_id in (region.leads_group_id, region.editors_group_id):
            people = User.objects.filter(groups=group_id, is_active=True) if group_id else people
            if people.exists():
                break
    if not people.exists():
        from home.models import NATIONAL_ADMIN_GROUP

        people = User.objects.filter(groups__name=NATIONAL_ADMIN_GROUP, is_active=True)
    addresses = list(dict.fromkeys(email.lower() for email in people.order_by("email").values_list("email", flat=True)))
    if series.contact_email and series.contact_email.lower() not in addresses:
        addresses.append(series.contact_email.lower())
    return addresses


def send_certificate_hold(hold_id: int) -> int:
    """Tell staff that a certificate waits for a name the PDF can draw. Returns how many were e-mailed.

    Each address hears once per held name: a new name that cannot be drawn either is told again.
    """
    import hashlib

    from django.urls import reverse

    from courses.models import CertificateHold

    hold = (
        CertificateHold.objects.select_related("enrollment__series__region", "enrollment__participant")
        .filter(pk=hold_id)
        .first()
    )
    if hold is None:  # issued in the meantime
        return 0
    series = hold.enrollment.series
    name_key = hashlib.sha256(hold.name.encode()).hexdigest()[:16]
    link = reverse("courses_admin:certificate_hold", args=[series.pk, hold.enrollment_id])
    sent = 0
    for address in hold_recipients(series):
        sent += send_templated_email(
            to=address,
            template="courses/certificate_hold",
            context={"hold": hold, "series": series, "link": link, "missing": " ".join(hold.missing)},
            key=f"certificate-hold:{hold.enrollment_id}:{name_key}:{address}",
        )
    return sent
