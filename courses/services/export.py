"""Participant lists for staff, as rows for CSV and XLSX."""

from django.utils.translation import gettext as _

from courses.models import CourseSeriesPage, Enrollment
from courses.services.seats import waitlist_positions


def participant_header() -> list[str]:
    return [
        _("Status"),
        _("Place on the waiting list"),
        _("First name"),
        _("Last name"),
        _("E-mail"),
        _("Role"),
        _("School"),
        _("Organisation number"),
        _("Municipality"),
        _("County"),
        _("Signed up"),
        _("Got a seat"),
        _("School contact"),
        _("Contact's e-mail"),
        _("Cancelled"),
        _("Reason"),
    ]


def participant_rows(series: CourseSeriesPage) -> list[list]:
    positions = waitlist_positions(series)
    enrollments = (
        Enrollment.objects.filter(series=series)
        .select_related("participant", "school__kommune__fylke", "registration__contact")
        .order_by("status", "waitlist_number", "school__name", "participant__last_name")
    )
    rows = []
    for e in enrollments:
        contact = e.registration.contact if e.registration_id else None
        rows.append(
            [
                e.get_status_display(),
                positions.get(e.pk),
                e.participant.first_name,
                e.participant.last_name,
                e.participant.email,
                e.get_role_display(),
                e.school.name,
                e.school.orgnr,
                e.school.kommune.name,
                e.school.kommune.fylke.name,
                e.created_at,
                e.confirmed_at,
                contact.get_full_name() if contact else "",
                contact.email if contact else "",
                e.cancelled_at,
                e.get_cancel_reason_display(),
            ]
        )
    return rows
