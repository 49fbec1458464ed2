"""Notices about course series: what each says, who gets it, and when it is no longer due.

Each notice is queued in the outbox (``korus_site.core.outbox``) in the same transaction as
the change that causes it, under a key that names the change and the person, so it goes out
once. The ``send_*`` functions are the outbox work: they run later in a worker, look at the
data again and raise ``Skip`` when the notice no longer makes sense (the person cancelled,
the series was withdrawn, the account closed). Every e-mail is written in the reader's own
language (``User.language``).
"""

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from courses import access
from courses.choices import CancelReason, EnrollmentStatus
from courses.models import Certificate, CertificateHold, CourseSeriesPage, Enrollment, Gathering, Registration
from courses.services import seats
from courses.services.calendar import calendar_attachment, series_calendar
from home.services.contact import national_contact_address
from korus_site.core import outbox
from korus_site.core.emails import send_templated_email
from korus_site.core.outbox import Skip

if TYPE_CHECKING:
    from korus_site.accounts.models import User

ENROLLMENT_KINDS = {"confirmed", "waitlisted", "promoted", "cancelled", "replaced", "waitlist_closed"}
# The enrollment status each kind of notice describes; if it changed before sending, the notice is stale.
STATUS_FOR_KIND = {
    "confirmed": EnrollmentStatus.CONFIRMED,
    "promoted": EnrollmentStatus.CONFIRMED,
    "waitlisted": EnrollmentStatus.WAITLISTED,
    "cancelled": EnrollmentStatus.CANCELLED,
    "replaced": EnrollmentStatus.CANCELLED,
    "waitlist_closed": EnrollmentStatus.CANCELLED,
}
WITH_CALENDAR = {"confirmed", "promoted"}
GATHERING_REMINDER_BEFORE = datetime.timedelta(days=2)
MODULE_REMINDER_BEFORE = datetime.timedelta(days=3)
# A module overdue for up to this long gets one reminder saying so (queue_reminders runs more often).
MODULE_OVERDUE_WITHIN = datetime.timedelta(days=1)


def _enrollment(enrollment_id: int) -> Enrollment:
    return (
        Enrollment.objects.select_related("series", "series__region", "school", "participant", "registration__contact")
        .prefetch_related("series__gatherings")
        .get(pk=enrollment_id)
    )


def _reply_to(series: CourseSeriesPage) -> str:
    """Replies about a series go to its contact address or its KORUS centre, else the national address."""
    return series.contact_address or national_contact_address()


def _to_participant(
    enrollment: Enrollment,
    template: str,
    context: dict[str, Any],
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> bool:
    person = enrollment.participant
    if not access.may_receive_notices(person):
        raise Skip("the account is not active")
    return send_templated_email(
        to=person.email,
        template=template,
        context={"enrollment": enrollment, "series": enrollment.series, "person": person, **context},
        attachments=attachments,
        language=person.language,
        reply_to=_reply_to(enrollment.series),
    )


# Enrollment changes ---------------------------------------------------------------------------


def enrollment_changed(enrollment: Enrollment, kind: str) -> None:
    """Queue the notice about a change to one enrollment (call inside the change's transaction)."""
    if kind not in ENROLLMENT_KINDS:
        raise ValueError(f"Unknown notice: {kind}")
    token = ""
    if kind == "promoted" and enrollment.confirmed_at:
        token = enrollment.confirmed_at.isoformat()
    elif kind == "waitlisted":
        token = str(enrollment.waitlist_number or "")
    outbox.enqueue(send_enrollment_notice, enrollment.pk, kind, key=f"enrollment:{enrollment.pk}:{kind}:{token}")


@outbox.work
def send_enrollment_notice(enrollment_id: int, kind: str) -> bool:
    """E-mail the participant about a change to their enrollment (``kind``: see ``ENROLLMENT_KINDS``).

    Raises ``Skip`` when the enrollment has changed again since (the newer notice tells
    the truth) or when a seat notice concerns a series that is no longer published.
    """
    enrollment = _enrollment(enrollment_id)
    if enrollment.status != STATUS_FOR_KIND[kind]:
        raise Skip(f"the enrollment is {enrollment.status} now")
    series = enrollment.series
    if kind in {"confirmed", "promoted", "waitlisted"} and not access.series_runs(series):
        raise Skip("the series is no longer published")
    attachments = []
    if kind in WITH_CALENDAR:
        attachments.append(calendar_attachment(series_calendar(series)))
    reason = seats.waitlist_reasons(series).get(enrollment.pk) if enrollment.is_waitlisted else None
    return _to_participant(
        enrollment,
        f"courses/enrollment_{kind}",
        {
            "gatherings": series.gathering_list,
            "position": seats.waitlist_positions(series).get(enrollment.pk),
            "waitlist_reason": reason,
        },
        attachments,
    )


def registration_received(registration: Registration) -> None:
    """Queue the receipt to the school contact who signed up."""
    outbox.enqueue(send_registration_receipt, registration.pk, key=f"registration:{registration.pk}:receipt")


@outbox.work
def send_registration_receipt(registration_id: int) -> bool:
    """E-mail the school contact a summary of one sign-up."""
    registration = Registration.objects.select_related("series", "series__region", "school", "contact").get(
        pk=registration_id
    )
    contact = registration.contact
    if not access.may_receive_notices(contact):
        raise Skip("the account is not active")
    enrollments = list(registration.enrollments.select_related("participant").order_by("status", "waitlist_number"))
    reasons = seats.waitlist_reasons(registration.series) if any(e.is_waitlisted for e in enrollments) else {}
    for enrollment in enrollments:
        enrollment.waitlist_reason = reasons.get(enrollment.pk)
    return send_templated_email(
        to=contact.email,
        template="courses/registration_receipt",
        context={"registration": registration, "series": registration.series, "enrollments": enrollments},
        language=contact.language,
        reply_to=_reply_to(registration.series),
    )


# Reminders --------------------------------------------------------------------------------------


def queue_reminders(now: datetime.datetime | None = None) -> int:
    """Queue every reminder now due: gatherings two days ahead, required modules three days ahead,
    and required modules that became overdue in the last day (issue 14).

    Each person gets one reminder per gathering, one per module before it is due and one
    after, if it is still not passed. Returns how many were queued.
    """
    from courses.services import learning

    now = now or timezone.now()
    queued = 0
    soon = Gathering.objects.filter(
        starts_at__gt=now, starts_at__lte=now + GATHERING_REMINDER_BEFORE, cancelled=False
    ).filter(series__in=access.running_series())
    for gathering in soon:
        for enrollment_id in Enrollment.objects.filter(
            series_id=gathering.series_id, status=EnrollmentStatus.CONFIRMED
        ).values_list("pk", flat=True):
            key = f"reminder:{enrollment_id}:{gathering.pk}:{gathering.starts_at.isoformat()}"
            queued += bool(outbox.enqueue(send_gathering_reminder, enrollment_id, gathering.pk, key=key))
    for enrollment, link, due in learning.modules_due_soon(now, within=MODULE_REMINDER_BEFORE):
        key = f"module-reminder:{enrollment.pk}:{link.module_id}:{due.isoformat()}"
        queued += bool(outbox.enqueue(send_module_reminder, enrollment.pk, link.module_id, key=key))
    for enrollment, link, due in learning.modules_overdue_since(now - MODULE_OVERDUE_WITHIN, now):
        key = f"module-overdue:{enrollment.pk}:{link.module_id}:{due.isoformat()}"
        queued += bool(outbox.enqueue(send_module_reminder, enrollment.pk, link.module_id, key=key))
    return queued


def _check_reminder(enrollment: Enrollment) -> None:
    if not enrollment.is_confirmed:
        raise Skip("the person no longer has a seat")
    if not access.series_runs(enrollment.series):
        raise Skip("the series is no longer published")


@outbox.work
def send_gathering_reminder(enrollment_id: int, gathering_id: int) -> bool:
    """Remind a participant of a gathering coming up, with their overdue modules; skipped if the
    gathering was cancelled, moved or has begun."""
    from courses.services import learning

    enrollment = _enrollment(enrollment_id)
    _check_reminder(enrollment)
    gathering = Gathering.objects.get(pk=gathering_id, series_id=enrollment.series_id)
    if gathering.cancelled or gathering.starts_at <= timezone.now():
        raise Skip("the gathering is cancelled or has begun")
    overdue = learning.overdue_modules(enrollment)
    return _to_participant(enrollment, "courses/gathering_reminder", {"gathering": gathering, "overdue": overdue})


@outbox.work
def send_module_reminder(enrollment_id: int, module_id: int) -> bool:
    """Remind a participant of a required module due soon, or overdue once its due time has come;
    skipped once it is passed."""
    from courses.services import learning

    enrollment = _enrollment(enrollment_id)
    _check_reminder(enrollment)
    link = enrollment.series.series_modules.select_related("module").filter(module_id=module_id).first()
    if link is None or not link.required:
        raise Skip("the module is no longer required in the series")
    if module_id in learning.passed_modules(enrollment.participant_id, [module_id]):
        raise Skip("the module is passed")
    due = learning.due_date(enrollment.series, link)
    if due is None:
        raise Skip("the module has no due date any more")
    overdue = learning.is_overdue(link, due, passed=False, now=timezone.now())
    context = {"module": link.module, "due": due, "overdue": overdue}
    return _to_participant(enrollment, "courses/module_reminder", context)


# Certificates -----------------------------------------------------------------------------------


def certificate_issued(certificate: Certificate) -> None:
    """Queue the e-mail with a newly issued certificate."""
    outbox.enqueue(send_certificate, certificate.pk, key=f"certificate:{certificate.pk}:issued")


@outbox.work
def send_certificate(certificate_id: int) -> bool:
    """E-mail the participant their certificate as a PDF; skipped if it was revoked meanwhile."""
    from courses.models import Certificate

    certificate = Certificate.objects.select_related("enrollment__participant", "enrollment__series").get(
        pk=certificate_id
    )
    if not certificate.is_valid:
        raise Skip("the certificate is revoked")
    with certificate.pdf.open("rb") as pdf:
        data = pdf.read()
    return _to_participant(
        certificate.enrollment,
        "courses/certificate_issued",
        {"certificate": certificate},
        [(f"kursbevis-{certificate.code}.pdf", data, "application/pdf")],
    )


def certificate_held(hold: CertificateHold) -> None:
    """Queue a notice to the region's staff that a certificate waits for a name the PDF can draw.

    Each address hears once per held name: a new name that cannot be drawn either is told again.
    """
    import hashlib

    series = hold.enrollment.series
    name_key = hashlib.sha256(hold.name.encode()).hexdigest()[:16]
    for address in hold_recipients(series):
        outbox.enqueue(
            send_certificate_hold,
            hold.pk,
            address,
            key=f"certificate-hold:{hold.enrollment_id}:{name_key}:{address}",
        )


def hold_recipients(series: CourseSeriesPage) -> list[str]:
    """Who hears that a certificate of the series is held back: its region's staff, and the series' contact."""
    from home.access import region_staff

    people = region_staff(series.region if series.region_id else None)
    addresses = list(dict.fromkeys(email.lower() for email in people.order_by("email").values_list("email", flat=True)))
    if series.contact_email and series.contact_email.lower() not in addresses:
        addresses.append(series.contact_email.lower())
    return addresses


@outbox.work
def send_certificate_hold(hold_id: int, address: str) -> bool:
    """E-mail one staff address that a certificate waits for a name, in the language of the account with that
    address (else the site default); skipped once it is issued."""
    from django.urls import reverse

    from courses.models import CertificateHold
    from korus_site.accounts.models import User

    hold = (
        CertificateHold.objects.select_related("enrollment__series__region", "enrollment__participant")
        .filter(pk=hold_id)
        .first()
    )
    if hold is None:
        raise Skip("the certificate was issued in the meantime")
    series = hold.enrollment.series
    link = reverse("courses_admin:certificate_hold", args=[series.pk, hold.enrollment_id])
    # Staff read it in the language of their account; the series' contact address may have none.
    reader = User.objects.filter(email__iexact=address, is_active=True).first()
    return send_templated_email(
        to=address,
        template="courses/certificate_hold",
        context={"hold": hold, "series": series, "link": link, "missing": " ".join(hold.missing)},
        language=reader.language if reader else None,
        reply_to=_reply_to(series),
    )


# Changes staff make to a published series ----------------------------------------------------------


def gathering_changed(gathering: Gathering, sequence: int, *, kind: str, before: dict[str, Any]) -> int:
    """Queue one notice per person with a seat about a moved, changed or cancelled gathering.

    ``kind`` is ``changed`` or ``cancelled``; ``sequence`` is the calendar event's new
    SEQUENCE, so a later change is a new notice. ``before`` holds what people were told
    before (start, end, place, link). Returns how many were queued.
    """
    queued = 0
    for enrollment_id in Enrollment.objects.filter(
        series_id=gathering.series_id, status=EnrollmentStatus.CONFIRMED
    ).values_list("pk", flat=True):
        queued += bool(
            outbox.enqueue(
                send_gathering_change,
                enrollment_id,
                gathering.pk,
                sequence,
                kind=kind,
                before=before,
                key=f"gathering:{gathering.pk}:{sequence}:{enrollment_id}",
            )
        )
    return queued


@outbox.work
def send_gathering_change(
    enrollment_id: int, gathering_id: int, sequence: int, *, kind: str, before: dict[str, Any]
) -> bool:
    """E-mail a participant the updated (or cancelled) gathering, with the calendar event attached.

    Skipped when the person no longer has a seat, or a newer change supersedes this one
    (that notice carries the latest event).
    """
    enrollment = _enrollment(enrollment_id)
    if not enrollment.is_confirmed:
        raise Skip("the person no longer has a seat")
    gathering = Gathering.objects.select_related("calendar_state").get(pk=gathering_id)
    if gathering.calendar_sequence != sequence:
        raise Skip("a newer change to the gathering supersedes this one")
    method = "CANCEL" if kind == "cancelled" else "REQUEST"
    ics = series_calendar(enrollment.series, only=[gathering], method=method)
    context = {"gathering": gathering, "before": before}
    if before.get("starts_at") and before.get("ends_at"):
        context["before_starts_at"] = datetime.datetime.fromisoformat(before["starts_at"])
        context["before_ends_at"] = datetime.datetime.fromisoformat(before["ends_at"])
    return _to_participant(enrollment, f"courses/gathering_{kind}", context, [calendar_attachment(ics, method=method)])


def series_withdrawn(series: CourseSeriesPage, *, reason: str, occasion: str) -> int:
    """Queue a notice to everyone signed up, and each school contact, that the series is withdrawn.

    ``reason`` is ``unpublished`` or ``cancelled``; ``occasion`` tells this withdrawal from a
    later one (the publication it ends). Returns how many were queued.
    """
    enrollments = Enrollment.objects.filter(series=series)
    if reason == "cancelled":
        enrollments = enrollments.filter(cancel_reason=CancelReason.SERIES_CANCELLED)
    else:
        enrollments = enrollments.active()
    participants = set(enrollments.values_list("participant_id", flat=True))
    contacts = set(
        Registration.objects.filter(enrollments__in=enrollments).values_list("contact_id", flat=True).distinct()
    )
    queued = 0
    for user_id in sorted(participants | contacts):
        queued += bool(
            outbox.enqueue(
                send_series_withdrawn,
                series.pk,
                user_id,
                reason=reason,
                key=f"series:{series.pk}:{reason}:{occasion}:{user_id}",
            )
        )
    return queued


@outbox.work
def send_series_withdrawn(series_id: int, user_id: int, *, reason: str) -> bool:
    """E-mail a participant or school contact that a series was unpublished or cancelled.

    Skipped if the series was published again (for ``unpublished``) before the e-mail left.
    """
    from korus_site.accounts.models import User

    series = CourseSeriesPage.objects.select_related("region").get(pk=series_id)
    if reason == "unpublished" and series.live:
        raise Skip("the series is published again")
    person = User.objects.get(pk=user_id)
    if not access.may_receive_notices(person):
        raise Skip("the account is not active")
    return send_templated_email(
        to=person.email,
        template=f"courses/series_{reason}",
        context={
            "series": series,
            "person": person,
            "contact_email": series.contact_address,
            "site_url": settings.BASE_URL,
        },
        language=person.language,
        reply_to=_reply_to(series),
    )


# Corrections by the school contact ------------------------------------------------------------


def participant_corrected(
    enrollment: Enrollment, *, by: "User", changes: list[dict[str, str]], old_email: str, token: str
) -> None:
    """Queue the notice that the school contact ``by`` corrected a participant's details.

    It goes to the person's address as it is now and, when the address was changed, also to
    ``old_email`` (without the new address: the old one may have been a stranger's). ``changes``
    is ``korus_site.core.audit.field_changes`` output; ``token`` tells this correction from later ones.
    """
    for address in [None, old_email] if old_email else [None]:
        outbox.enqueue(
            send_participant_corrected,
            enrollment.pk,
            by.pk,
            changes,
            old_email=address or "",
            key=f"correction:{enrollment.pk}:{token}:{'old' if address else 'new'}",
        )


def _correction_rows(changes: list[dict[str, str]]) -> list[tuple[Any, str, str]]:
    """(label, before, after) for each change, labels and roles in the active language."""
    from courses.choices import RoleAtSchool

    labels = {
        "first_name": _("First name"),
        "last_name": _("Last name"),
        "email": _("E-mail address"),
        "role": _("Role at the school"),
    }
    rows = []
    for change in changes:
        old, new = change["from"], change["to"]
        if change["field"] == "role":
            roles = dict(RoleAtSchool.choices)
            old, new = str(roles.get(old, old)), str(roles.get(new, new))
        rows.append((labels.get(change["field"], change["field"]), old, new))
    return rows


@outbox.work
def send_participant_corrected(
    enrollment_id: int, contact_id: int, changes: list[dict[str, str]], *, old_email: str = ""
) -> bool:
    """E-mail a participant that their school contact corrected their name, address or role.

    With ``old_email``, a short notice to the address no longer used (no new address in it);
    otherwise the changes to the address the account has now, with a link to choose a password
    while the person has none. Raises ``Skip`` when the account is closed, the enrollment was
    cancelled since, or (for the old address) the account has that address again.
    """
    from korus_site.accounts.models import User
    from korus_site.accounts.services import password_link

    enrollment = _enrollment(enrollment_id)
    person = enrollment.participant
    if not access.may_receive_notices(person):
        raise Skip("the account is not active")
    if enrollment.is_cancelled:
        raise Skip("the enrollment is cancelled")
    contact = User.objects.filter(pk=contact_id).first()
    if old_email and old_email.lower() == person.email.lower():
        raise Skip("the account has this address again")
    with translation.override(person.language):
        rows = [(str(label), old, new) for label, old, new in _correction_rows(changes)]
    return send_templated_email(
        to=old_email or person.email,
        template="courses/participant_corrected",
        context={
            "enrollment": enrollment,
            "series": enrollment.series,
            "person": person,
            "contact": contact,
            "rows": [] if old_email else rows,
            "to_old_address": bool(old_email),
            "link": "" if old_email or person.has_usable_password() else password_link(person),
        },
        language=person.language,
        reply_to=_reply_to(enrollment.series),
    )


# Network gatherings (issue 15, point 4) --------------------------------------------------------------


def invite_to_network_gathering(series: CourseSeriesPage) -> int:
    """Queue an invitation to each certified person of the region (``access.network_invitees``).

    Call when a network gathering is published. The key names the series and the person, so
    each person is invited once per series however often it is published. Returns how many
    were queued now.
    """
    queued = 0
    for user_id in access.network_invitees(series).order_by("pk").values_list("pk", flat=True):
        queued += bool(
            outbox.enqueue(send_network_invitation, series.pk, user_id, key=f"network-invitation:{series.pk}:{user_id}")
        )
    return queued


@outbox.work
def send_network_invitation(series_id: int, user_id: int) -> bool:
    """E-mail one certified person the invitation to a network gathering.

    Skipped when the series is no longer a published, running network gathering open for
    sign-up, when the person is no longer invited (certificate revoked, account closed) or is
    already signed up.
    """
    series = CourseSeriesPage.objects.select_related("region", "programme").filter(pk=series_id).first()
    if series is None or not series.is_network_gathering or not access.series_runs(series):
        raise Skip("the series is no longer a published network gathering")
    if series.has_started() or timezone.now() >= series.registration_closes:
        raise Skip("sign-up has closed")
    person = access.network_invitees(series).filter(pk=user_id).first()
    if person is None:
        raise Skip("the person is no longer invited")
    if Enrollment.objects.active().filter(series=series, participant=person).exists():
        raise Skip("the person is already signed up")
    return send_templated_email(
        to=person.email,
        template="courses/network_invitation",
        context={
            "series": series,
            "person": person,
            "gatherings": series.gathering_list,
            "signup_path": f"{urlsplit(series.get_full_url() or '').path}pamelding/",
            "contact_email": series.contact_address,
        },
        language=person.language,
        reply_to=_reply_to(series),
    )


# The school's plan --------------------------------------------------------------------------------


def queue_plan_evaluation_reminders(today: datetime.date | None = None) -> int:
    """Queue the yearly "time to evaluate" reminder to the contacts of each school whose plan is due.

    A plan is due a year after it was last evaluated (or made): seeds/001 asks that the plan be
    evaluated regularly. Each contact hears once per due date. Returns how many were queued.
    """
    from courses.services import plans

    queued = 0
    for plan in plans.plans_due_for_evaluation(today):
        due = plans.evaluation_due_on(plan)
        for contact_id in access.school_contacts(plan.school).values_list("pk", flat=True):
            key = f"plan-evaluation:{plan.pk}:{due.isoformat()}:{contact_id}"
            queued += bool(outbox.enqueue(send_plan_evaluation_reminder, plan.pk, contact_id, key=key))
    return queued


@outbox.work
def send_plan_evaluation_reminder(plan_id: int, user_id: int) -> bool:
    """E-mail one school contact that the school's plan is due for evaluation.

    Raises ``Skip`` when the plan was evaluated since, is gone, or the person is no longer an
    active contact of the school.
    """
    from django.urls import reverse

    from courses.models import SchoolPlan
    from courses.services import plans

    plan = SchoolPlan.objects.select_related("school").filter(pk=plan_id).first()
    if plan is None:
        raise Skip("the plan is gone")
    if not plans.evaluation_due(plan):
        raise Skip("the plan was evaluated since")
    person = access.school_contacts(plan.school).filter(pk=user_id).first()
    if person is None or not access.may_receive_notices(person):
        raise Skip("the person is no longer an active contact of the school")
    return send_templated_email(
        to=person.email,
        template="courses/plan_evaluation",
        context={
            "person": person,
            "school": plan.school,
            "plan": plan,
            "link": reverse("school_plan", args=[plan.school_id]),
        },
        language=person.language,
        reply_to=national_contact_address(),
    )
