"""The funders' view: where the training has reached, for those who fund KORUS (issue 15, point 5).

The one place that decides whether a certified person is *active*: their newest valid
certificate, or the last network gathering they attended, is less than the programme's
``years_active`` old on the day asked about (``is_active``). A school has an active
Kjentmann when one of the people certified from it is active.

Every function takes the regions the caller may see, already scoped by ``home.access.staff_regions``
(regional staff their own region, national administrators all); nothing here checks access.
Schools are placed by where they are (kommune → fylke → the KORUS region serving the fylke);
series and certificates by the region that ran the series.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from courses.choices import AttendanceStatus, EnrollmentStatus, SchoolType
from courses.models import Attendance, Certificate, CourseSeriesPage, Enrollment, Gathering, Programme, School
from home.models import Region

LEVELS = ("region", "fylke", "kommune")

# What each figure counts, shown on the page and in the export: the rules of this module in words.
EXPLANATIONS = (
    (
        gettext_lazy("Schools with an active Kjentmann"),
        gettext_lazy(
            "Schools, counted where the school is: its municipality, its county and the KORUS region serving "
            "that county. A school counts once, under its type, when at least one person certified from it is "
            "active on the date: their newest certificate or their last network gathering is younger than the "
            "years the programme allows. Schools whose certified people are all inactive are counted apart."
        ),
    ),
    (
        gettext_lazy("Certificates issued per year"),
        gettext_lazy(
            "Valid certificates (not revoked), counted under the KORUS region that ran the course series, "
            "wherever the school is. Shown for every year, whichever year is chosen."
        ),
    ),
    (
        gettext_lazy("Course series"),
        gettext_lazy(
            "Series whose first gathering is in the chosen year, counted under the KORUS region that ran them. "
            "Participants are those with a seat. Completion is certificates as a share of participants; "
            "attendance is gatherings attended as a share of participants times gatherings held. "
            "Network gatherings issue no certificate, so they have no completion."
        ),
    ),
)


def as_of(year: int, today: datetime.date | None = None) -> datetime.date:
    """The day a year's figures describe: 31 December, or today for the year under way."""
    today = today or timezone.localdate()
    return min(datetime.date(year, 12, 31), today)


def years_before(day: datetime.date, years: int) -> datetime.date:
    """The same day ``years`` years earlier (28 February for 29 February in a year without it)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def is_active(last_activity: datetime.date | None, years: int, on: datetime.date) -> bool:
    """Whether a certified person whose last certificate or network gathering was ``last_activity`` is active.

    Active means less than ``years`` years (``Programme.years_active``) before ``on``; no
    activity at all is not active. Source: issue 15, point 4.
    """
    return last_activity is not None and last_activity > years_before(on, years)


@dataclass
class Kjentmann:
    """One certified person as the funders' view sees them: where they work and when they were last active."""

    participant_id: int
    name: str
    school_id: int
    school_name: str
    programme: Programme
    certified: datetime.date
    last_network_gathering: datetime.date | None
    active: bool

    @property
    def last_activity(self) -> datetime.date:
        return max(d for d in (self.certified, self.last_network_gathering) if d is not None)


def kjentmenn(programmes: Iterable[Programme], regions: Iterable[Region], on: datetime.date) -> list[Kjentmann]:
    """Everyone certified by ``on`` at a school in ``regions``, one row per person and programme.

    The school is that of the person's newest valid certificate. ``active`` follows ``is_active``
    with each programme's own ``years_active``. Three queries per programme.
    """
    region_ids = [r.pk for r in regions]
    rows: list[Kjentmann] = []
    for programme in programmes:
        certificates = (
            Certificate.objects.valid()
            .filter(
                enrollment__series__programme=programme,
                enrollment__school__kommune__fylke__region_id__in=region_ids,
                issued_at__date__lte=on,
            )
            .order_by("enrollment__participant_id", "-issued_at")
            .values_list(
                "enrollment__participant_id", "enrollment__school_id", "enrollment__school__name", "issued_at", "name"
            )
        )
        newest: dict[int, tuple[int, str, datetime.datetime, str]] = {}
        for participant_id, school_id, school_name, issued_at, name in certificates:
            newest.setdefault(participant_id, (school_id, school_name, issued_at, name))
        last_network = dict(
            attended_network_gatherings(programme, on)
            .filter(enrollment__participant_id__in=list(newest))
            .values("enrollment__participant_id")
            .annotate(last=Max("gathering__starts_at"))
            .values_list("enrollment__participant_id", "last")
        )
        for participant_id, (school_id, school_name, issued_at, name) in newest.items():
            certified = timezone.localdate(issued_at)
            network = timezone.localdate(last_network[participant_id]) if participant_id in last_network else None
            last = max(d for d in (certified, network) if d is not None)
            rows.append(
                Kjentmann(
                    participant_id=participant_id,
                    name=name,
                    school_id=school_id,
                    school_name=school_name,
                    programme=programme,
                    certified=certified,
                    last_network_gathering=network,
                    active=is_active(last, programme.years_active, on),
                )
            )
    return rows


def attended_network_gatherings(programme: Programme, on: datetime.date) -> QuerySet[Attendance]:
    """Attendance that counts at the programme's network gatherings held by ``on``.

    Present and late count; excused counts where the series says so. Returns a queryset.
    """
    counted = Q(status__in=[AttendanceStatus.PRESENT, AttendanceStatus.LATE]) | Q(
        status=AttendanceStatus.EXCUSED, gathering__series__excused_counts=True
    )
    return Attendance.objects.filter(
        counted,
        gathering__series__programme=programme,
        gathering__series__is_network_gathering=True,
        gathering__cancelled=False,
        gathering__starts_at__date__lte=on,
    )


# Schools with an active Kjentmann -------------------------------------------------------------------


@dataclass
class ReachRow:
    """Schools at one place (a region, fylke or kommune): with an active Kjentmann by school type, and without."""

    label: str
    region: str
    active_by_type: dict[str, int] = field(default_factory=dict)
    inactive_only: int = 0

    @property
    def active_total(self) -> int:
        return sum(self.active_by_type.values())


def reach(kjentmann_rows: Sequence[Kjentmann], level: str) -> list[ReachRow]:
    """Count the schools of ``kjentmann_rows`` by ``level`` ("region", "fylke" or "kommune").

    A school counts as active (under its type) if one of its Kjentmenn is active, else under
    ``inactive_only``. Rows are sorted by region order, then name. Raises ValueError for an
    unknown level.
    """
    if level not in LEVELS:
        raise ValueError(f"Unknown level: {level}")
    active_schools: dict[int, bool] = defaultdict(bool)
    for row in kjentmann_rows:
        active_schools[row.school_id] |= row.active
    schools = School.objects.filter(pk__in=list(active_schools)).select_related("kommune__fylke__region")
    places: dict[tuple[object, ...], ReachRow] = {}
    for school in schools:
        kommune = school.kommune
        fylke = kommune.fylke
        region = fylke.region
        key: tuple[object, ...]
        if level == "region":
            key, label = (region.sort_order, region.name), region.name
        elif level == "fylke":
            key, label = (region.sort_order, fylke.name), fylke.name
        else:
            key, label = (region.sort_order, fylke.name, kommune.name), f"{kommune.name} ({fylke.name})"
        place = places.setdefault(key, ReachRow(label=label, region=region.name))
        if active_schools[school.pk]:
            place.active_by_type[school.school_type] = place.active_by_type.get(school.school_type, 0) + 1
        else:
            place.inactive_only += 1
    return [places[key] for key in sorted(places)]


def school_types() -> list[tuple[str, str]]:
    """The school types as (value, label) pairs, the columns of the reach table."""
    return [(value, str(label)) for value, label in SchoolType.choices]


# Certificates per year ------------------------------------------------------------------------------


def certificates_per_year(programmes: Iterable[Programme], regions: Iterable[Region]) -> list[tuple[int, int]]:
    """Valid certificates issued from the regions' series of ``programmes``, as (year, count) in year order."""
    counts: dict[int, int] = defaultdict(int)
    for issued_at in (
        Certificate.objects.valid()
        .filter(
            enrollment__series__programme__in=list(programmes),
            enrollment__series__region__in=list(regions),
        )
        .values_list("issued_at", flat=True)
    ):
        counts[timezone.localdate(issued_at).year] += 1
    return sorted(counts.items())


# Series ------------------------------------------------------------------------------------------------


@dataclass
class SeriesFigures:
    """How one series went: participants with a seat, completion (certificates) and attendance.

    ``completed`` is None for a network gathering (it issues no certificate); rates are
    percentages (0–100) or None when there is nothing to divide by yet.
    """

    series: CourseSeriesPage
    participants: int
    gatherings_held: int
    completed: int | None
    attended: int

    @property
    def completion_rate(self) -> float | None:
        if self.completed is None or not self.participants:
            return None
        return round(100 * self.completed / self.participants, 1)

    @property
    def attendance_rate(self) -> float | None:
        possible = self.participants * self.gatherings_held
        return round(100 * self.attended / possible, 1) if possible else None


def series_figures(
    programmes: Iterable[Programme], regions: Iterable[Region], year: int, now: datetime.datetime | None = None
) -> list[SeriesFigures]:
    """Figures for each published series of ``programmes`` in ``regions`` whose first gathering is in ``year``.

    Participants are those with a seat; gatherings held are those not cancelled that have begun
    by ``now``; attended counts attendance on them by the series' own rule
    (``CourseSeriesPage.attended_statuses``). A fixed number of queries.
    """
    now = now or timezone.now()
    series_list = [
        s
        for s in CourseSeriesPage.objects.live()
        .filter(programme__in=list(programmes), region__in=list(regions))
        .with_stats()
        .select_related("region")
        .order_by("first_start", "title")
        if s.first_start is not None and timezone.localtime(s.first_start).year == year
    ]
    ids = [s.pk for s in series_list]
    participants = dict(
        Enrollment.objects.filter(series_id__in=ids, status=EnrollmentStatus.CONFIRMED)
        .values("series_id")
        .annotate(n=Count("pk"))
        .values_list("series_id", "n")
    )
    held = dict(
        Gathering.objects.filter(series_id__in=ids, cancelled=False, starts_at__lte=now)
        .values("series_id")
        .annotate(n=Count("pk"))
        .values_list("series_id", "n")
    )
    completed = dict(
        Certificate.objects.valid()
        .filter(enrollment__series_id__in=ids)
        .values("enrollment__series_id")
        .annotate(n=Count("pk"))
        .values_list("enrollment__series_id", "n")
    )
    attendance: dict[tuple[int, str], int] = {
        (series_id, status): n
        for series_id, status, n in Attendance.objects.filter(
            gathering__series_id__in=ids,
            gathering__cancelled=False,
            gathering__starts_at__lte=now,
            enrollment__status=EnrollmentStatus.CONFIRMED,
        )
        .values("gathering__series_id", "status")
        .annotate(n=Count("pk"))
        .values_list("gathering__series_id", "status", "n")
    }
    figures = []
    for series in series_list:
        figures.append(
            SeriesFigures(
                series=series,
                participants=participants.get(series.pk, 0),
                gatherings_held=held.get(series.pk, 0),
                completed=completed.get(series.pk, 0) if series.issues_certificates else None,
                attended=sum(attendance.get((series.pk, status), 0) for status in series.attended_statuses()),
            )
        )
    return figures


# The whole report ---------------------------------------------------------------------------------------


@dataclass
class FundersReport:
    """Everything the funders' view shows for one choice of year, programme, regions and level."""

    year: int
    on: datetime.date
    level: str
    reach: list[ReachRow]
    certificates: list[tuple[int, int]]
    series: list[SeriesFigures]
    kjentmenn: list[Kjentmann]

    @property
    def people_by_status(self) -> list[Kjentmann]:
        """The certified people, those not active first, then by name: what staff follow up."""
        return sorted(self.kjentmenn, key=lambda k: (k.active, k.name))

    @property
    def active_people(self) -> int:
        return sum(1 for k in self.kjentmenn if k.active)

    @property
    def inactive_people(self) -> int:
        return sum(1 for k in self.kjentmenn if not k.active)


def report(
    *,
    regions: Sequence[Region],
    programmes: Sequence[Programme],
    year: int,
    level: str,
    today: datetime.date | None = None,
) -> FundersReport:
    """Build the funders' report for ``regions`` (already scoped to the person asking) and ``programmes``.

    ``year`` picks the day the active count describes (``as_of``) and the series shown;
    certificates are shown for every year. Raises ValueError for an unknown ``level``.
    """
    on = as_of(year, today)
    people = kjentmenn(programmes, regions, on)
    return FundersReport(
        year=year,
        on=on,
        level=level,
        reach=reach(people, level),
        certificates=certificates_per_year(programmes, regions),
        series=series_figures(programmes, regions, year),
        kjentmenn=people,
    )


def reach_table(result: FundersReport) -> tuple[list[str], list[list[object]]]:
    """The reach rows as a header and rows of plain values, for the page's table and the XLSX export."""
    types = school_types()
    header = [
        pgettext("a region, county or municipality", "Place"),
        _("KORUS region"),
        *[label for _value, label in types],
        _("Schools with an active Kjentmann"),
        _("Schools with only inactive Kjentmenn"),
    ]
    rows: list[list[object]] = [
        [
            row.label,
            row.region,
            *[row.active_by_type.get(value, 0) for value, _label in types],
            row.active_total,
            row.inactive_only,
        ]
        for row in result.reach
    ]
    return header, rows


def certificate_table(result: FundersReport) -> tuple[list[str], list[list[object]]]:
    """Certificates issued per year as a header and rows."""
    return [_("Year"), _("Certificates issued")], [[year, count] for year, count in result.certificates]


def series_table(result: FundersReport) -> tuple[list[str], list[list[object]]]:
    """The series' figures as a header and rows (rates in per cent, empty where there is none)."""
    header = [
        _("Course series"),
        _("KORUS region"),
        _("Network gathering"),
        _("Participants"),
        _("Gatherings held"),
        _("Completed"),
        _("Completion (%)"),
        _("Attendance (%)"),
    ]
    rows: list[list[object]] = [
        [
            f.series.title,
            f.series.region.name if f.series.region else "",
            _("Yes") if f.series.is_network_gathering else _("No"),
            f.participants,
            f.gatherings_held,
            f.completed,
            f.completion_rate,
            f.attendance_rate,
        ]
        for f in result.series
    ]
    return header, rows
