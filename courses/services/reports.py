"""What staff see about their series: queries and rows for the admin's screens and exports.

Two kinds of function live here. The dashboard's (``series_overview``, ``next_gatherings``,
``certificate_holds_for``) take the person asking and show only what ``courses.access`` lets them
manage. The per-series reports (participants, learning modules, attendance) take a series the
caller has already checked with ``courses.access.manages_series``; they never check access
themselves. Export tables are a header and rows of plain values (str, int, datetime or None)
for ``korus_site.core.export``'s CSV and XLSX writers.
"""

import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import access
from courses.choices import EnrollmentStatus, SeriesStatus
from courses.models import (
    Attendance,
    Certificate,
    CertificateHold,
    CourseSeriesPage,
    Enrollment,
    Gathering,
    SeriesModule,
)
from courses.services import learning
from courses.services.completion import Completion, completion
from courses.services.seats import waitlist_positions
from korus_site.accounts.types import AnyUser

# The order staff read a series' people in: by school, then by name.
BY_SCHOOL_AND_NAME = ("school__name", "participant__last_name", "participant__first_name")


class Table(NamedTuple):
    """A report as a spreadsheet: column headings and one list of cell values per row."""

    header: list[str]
    rows: list[list[object]]


# Dashboard --------------------------------------------------------------------------------------


def series_overview(user: AnyUser, now: datetime.datetime | None = None, limit: int = 12) -> list[CourseSeriesPage]:
    """The person's series that have not finished, soonest first, with seats taken and waiting-list length.

    Each row is a ``CourseSeriesPage`` annotated ``with_stats`` plus ``waitlisted_total``.
    Drafts and cancelled series are left out.
    """
    now = now or timezone.now()
    return list(
        access.managed_series(user)
        .exclude(status=SeriesStatus.CANCELLED)
        .with_stats()
        .annotate(waitlisted_total=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.WAITLISTED)))
        .filter(Q(last_end__gt=now) | Q(last_end__isnull=True))
        .select_related("region")
        .order_by("first_start", "title")[:limit]
    )


def next_gatherings(
    user: AnyUser, now: datetime.datetime | None = None, days: int = 14, limit: int = 10
) -> list[Gathering]:
    """Gatherings of the person's published series that end after ``now`` and begin within ``days`` days."""
    now = now or timezone.now()
    return list(
        Gathering.objects.filter(
            series__in=access.managed_series(user).live().exclude(status=SeriesStatus.CANCELLED),
            ends_at__gt=now,
            starts_at__lt=now + datetime.timedelta(days=days),
            cancelled=False,
        )
        .select_related("series", "series__region")
        .order_by("starts_at")[:limit]
    )


def certificate_holds_for(user: AnyUser) -> QuerySet[CertificateHold]:
    """Certificates held back in the series this person manages (``access.managed_series``).

    Returns a lazy queryset with the enrollment's series, participant and school joined in.
    """
    return CertificateHold.objects.filter(enrollment__series__in=access.managed_series(user)).select_related(
        "enrollment__series", "enrollment__participant", "enrollment__school"
    )


def certificate_holds(series: CourseSeriesPage) -> list[CertificateHold]:
    """The certificates of ``series`` held back because the name cannot be printed, with the participant."""
    return list(CertificateHold.objects.filter(enrollment__series=series).select_related("enrollment__participant"))


# Participants ------------------------------------------------------------------------------------


class ParticipantRow(NamedTuple):
    """One person on the participant screen; ``position`` is the place on the waiting list, else None."""

    enrollment: Enrollment
    position: int | None


@dataclass
class ParticipantList:
    """The participant screen of a series: seats by school, the waiting list and the cancelled."""

    schools: list[tuple[str, list[ParticipantRow]]]
    confirmed_count: int
    waitlisted: list[ParticipantRow]
    cancelled: list[Enrollment]


def participant_list(series: CourseSeriesPage) -> ParticipantList:
    """Everyone who signed up for ``series``, sorted for the staff's participant screen.

    Seats are grouped by school name (schools alphabetical, people by last then first name);
    the waiting list is in waiting-list order (``seats.waitlist_positions``, 1 = next in line).
    """
    positions = waitlist_positions(series)
    enrollments = list(
        Enrollment.objects.filter(series=series)
        .select_related("participant", "school", "registration__contact")
        .order_by(*BY_SCHOOL_AND_NAME)
    )
    rows = [ParticipantRow(e, positions.get(e.pk)) for e in enrollments]
    schools: dict[str, list[ParticipantRow]] = {}
    for row in rows:
        if row.enrollment.is_confirmed:
            schools.setdefault(row.enrollment.school.name, []).append(row)
    waitlisted = [row for row in rows if row.enrollment.is_waitlisted]
    return ParticipantList(
        schools=sorted(schools.items()),
        confirmed_count=sum(len(people) for people in schools.values()),
        waitlisted=sorted(waitlisted, key=lambda row: row.position or 0),
        cancelled=[e for e in enrollments if e.is_cancelled],
    )


def participant_header() -> list[str]:
    """Column headings of the participant export, in the active language."""
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


def participant_rows(series: CourseSeriesPage) -> list[list[object]]:
    """One row per enrollment in ``series`` (every status), matching ``participant_header``.

    Sorted by status, waiting-list number, school and last name. Times are aware datetimes
    (sign-up, seat, cancellation; None when it has not happened); the place on the waiting list
    is an int for those waiting, else None.
    """
    positions = waitlist_positions(series)
    enrollments = (
        Enrollment.objects.filter(series=series)
        .select_related("participant", "school__kommune__fylke", "registration__contact")
        .order_by("status", "waitlist_number", "school__name", "participant__last_name")
    )
    rows: list[list[object]] = []
    for e in enrollments:
        contact = e.registration.contact if e.registration else None
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


def participant_table(series: CourseSeriesPage) -> Table:
    """The participant export of ``series``: ``participant_header`` and ``participant_rows``."""
    return Table(participant_header(), participant_rows(series))


# Learning modules --------------------------------------------------------------------------------


class ModuleRow(NamedTuple):
    """One participant with a seat and their status in each of the series' modules, in column order."""

    enrollment: Enrollment
    statuses: list[learning.ModuleStatus]


class ModuleMatrix(NamedTuple):
    """Participants with a seat × the series' modules."""

    links: list[SeriesModule]
    rows: list[ModuleRow]


def _seated(series: CourseSeriesPage) -> QuerySet[Enrollment]:
    return (
        Enrollment.objects.filter(series=series, status=EnrollmentStatus.CONFIRMED)
        .select_related("participant", "school")
        .order_by(*BY_SCHOOL_AND_NAME)
    )


def module_matrix(series: CourseSeriesPage) -> ModuleMatrix:
    """Each participant with a seat in ``series`` × its modules (ordered by the gathering they are due before).

    A module nobody has opened has the status "not started" (``learning.ModuleStatus()``).
    Three queries whatever the number of people and modules.
    """
    links = list(series.series_modules.select_related("module").order_by("due_before", "sort_order"))
    enrollments = list(_seated(series))
    found = learning.statuses([e.participant_id for e in enrollments], [link.module_id for link in links])
    rows = [
        ModuleRow(e, [found.get((e.participant_id, link.module_id), learning.ModuleStatus()) for link in links])
        for e in enrollments
    ]
    return ModuleMatrix(links, rows)


def module_table(series: CourseSeriesPage) -> Table:
    """The module export of ``series``: name, e-mail and school, then per module its status and best score.

    The best score is a percentage (int 0–100) or None when the quiz was never taken.
    """
    links, rows = module_matrix(series)
    header = [_("First name"), _("Last name"), _("E-mail"), _("School")]
    for link in links:
        header += [f"{link.module.title}: {_('status')}", f"{link.module.title}: {_('best score (%)')}"]
    table: list[list[object]] = []
    for enrollment, statuses in rows:
        line: list[object] = [
            enrollment.participant.first_name,
            enrollment.participant.last_name,
            enrollment.participant.email,
            enrollment.school.name,
        ]
        for status in statuses:
            line += [status.label, status.best_score]
        table.append(line)
    return Table(header, table)


# Attendance --------------------------------------------------------------------------------------


@dataclass
class AttendanceCell:
    """One person at one gathering: the roll's record if taken, and whether they got the seat after it began."""

    gathering: Gathering
    record: Attendance | None
    joined_later: bool


@dataclass
class AttendanceRow:
    """One participant with a seat: a cell per gathering, how far they are to completion, their certificate."""

    enrollment: Enrollment
    cells: list[AttendanceCell]
    completion: Completion
    certificate: Certificate | None = None
    hold: CertificateHold | None = None


@dataclass
class AttendanceReport:
    """Participants with a seat × the series' gatherings (in time order), and the certificates held back."""

    gatherings: list[Gathering]
    rows: list[AttendanceRow]
    holds: list[CertificateHold] = field(default_factory=list)


def attendance_report(series: CourseSeriesPage) -> AttendanceReport:
    """The attendance screen of ``series``: the roll of each person with a seat, completion and certificate.

    A cell without a record is either not taken yet or, when ``joined_later``, a gathering held
    before the person got the seat (it does not count against them; ``Enrollment.had_seat_at``).
    Completion follows ``courses.services.completion``.
    """
    gatherings = series.gathering_list
    enrollments = list(_seated(series).select_related("series").prefetch_related("series__gatherings"))
    records = {
        (a.enrollment_id, a.gathering_id): a
        for a in Attendance.objects.filter(enrollment__in=enrollments, gathering__in=[g.pk for g in gatherings])
    }
    certificates = {
        c.enrollment_id: c for c in Certificate.objects.filter(enrollment__series=series).select_related("revoked_by")
    }
    holds = certificate_holds(series)
    held = {hold.enrollment_id: hold for hold in holds}
    rows = []
    for enrollment in enrollments:
        enrollment.series = series
        cells = [
            AttendanceCell(
                gathering=gathering,
                record=records.get((enrollment.pk, gathering.pk)),
                joined_later=not enrollment.had_seat_at(gathering),
            )
            for gathering in gatherings
        ]
        rows.append(
            AttendanceRow(
                enrollment=enrollment,
                cells=cells,
                completion=completion(enrollment),
                certificate=certificates.get(enrollment.pk),
                hold=held.get(enrollment.pk),
            )
        )
    return AttendanceReport(gatherings, rows, holds)


def _attendance_cell(cell: AttendanceCell) -> str:
    if cell.record:
        return str(cell.record.get_status_display())
    return _("joined later") if cell.joined_later else ""


def attendance_table(series: CourseSeriesPage) -> Table:
    """The attendance export of ``series``: name, e-mail, school, the roll per gathering, then completion.

    The last three columns are the gatherings attended and required (ints) and "Yes"/"No" for complete.
    """
    report = attendance_report(series)
    header = [_("First name"), _("Last name"), _("E-mail"), _("School")]
    header += [f"{g.number}. {g.title}" for g in report.gatherings]
    header += [_("Attended"), _("Required"), _("Complete")]
    table: list[list[object]] = []
    for row in report.rows:
        person = row.enrollment.participant
        line: list[object] = [person.first_name, person.last_name, person.email, row.enrollment.school.name]
        line += [_attendance_cell(cell) for cell in row.cells]
        done = row.completion
        line += [done.attended, done.required, _("Yes") if done.is_complete else _("No")]
        table.append(line)
    return Table(header, table)
