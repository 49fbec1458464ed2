"""The staff reports' queries and rows (courses.services.reports) on a small series with known facts."""

import datetime

import pytest

from django.utils import timezone, translation

from courses.choices import EnrollmentStatus
from courses.services import reports
from tests.factories import (
    AttendanceFactory,
    CertificateFactory,
    CertificateHoldFactory,
    CourseSeriesPageFactory,
    EnrollmentFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    QuizAttemptFactory,
    SchoolFactory,
    SeriesModuleFactory,
)

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def series(oslo_courses, home_page):
    """Three gatherings 100, 86 and 72 days ago, and an optional module.

    Kari (Alfa skole) had a seat from the start: present, absent, late; her certificate is held back.
    Ola (Beta skole) got his seat 80 days ago, after two gatherings: present at the third; he has a
    certificate and passed the module at 90 %. Per and Pia wait (in that order); Siri cancelled.
    """
    now = timezone.now()
    series = CourseSeriesPageFactory(
        parent=oslo_courses,
        title="Rapportkurset",
        start=now - 100 * DAY,
        registration_opens=now - 200 * DAY,
        registration_closes=now - 150 * DAY,
        gathering_count=3,
    )
    alfa, beta = SchoolFactory(name="Alfa skole"), SchoolFactory(name="Beta skole")

    def person(first, last, school, **kwargs):
        return EnrollmentFactory(
            series=series,
            registration__school=school,
            participant__first_name=first,
            participant__last_name=last,
            participant__email=f"{first.lower()}@skole.test",
            **kwargs,
        )

    series.kari = person("Kari", "Aas", alfa, confirmed_at=now - 110 * DAY)
    series.ola = person("Ola", "Berg", beta, confirmed_at=now - 80 * DAY)
    series.per = person("Per", "Vent", alfa, status=EnrollmentStatus.WAITLISTED)
    series.pia = person("Pia", "Vent", beta, status=EnrollmentStatus.WAITLISTED)
    series.siri = person("Siri", "Borte", alfa, status=EnrollmentStatus.CANCELLED)
    first, second, third = series.gathering_list
    for gathering, status in ((first, "present"), (second, "absent"), (third, "late")):
        AttendanceFactory(enrollment=series.kari, gathering=gathering, status=status)
    AttendanceFactory(enrollment=series.ola, gathering=third, status="present")
    CertificateHoldFactory(enrollment=series.kari)
    series.certificate = CertificateFactory(enrollment=series.ola)
    series.module = ModulePageFactory(parent=ModuleIndexPageFactory(parent=home_page), title="Rusfakta")
    SeriesModuleFactory(series=series, module=series.module, required=False)
    QuizAttemptFactory(user=series.ola.participant, module=series.module, score=90)
    return series


def emails(enrollments):
    return [e.participant.email for e in enrollments]


def test_participant_list_groups_seats_by_school_and_orders_the_waiting_list(series):
    listing = reports.participant_list(series)

    assert [(school, emails(row.enrollment for row in rows)) for school, rows in listing.schools] == [
        ("Alfa skole", ["kari@skole.test"]),
        ("Beta skole", ["ola@skole.test"]),
    ]
    assert listing.confirmed_count == 2
    assert [(row.enrollment.participant.email, row.position) for row in listing.waitlisted] == [
        ("per@skole.test", 1),
        ("pia@skole.test", 2),
    ]
    assert emails(listing.cancelled) == ["siri@skole.test"]


def test_participant_table_has_one_row_per_enrollment_of_every_status(series):
    with translation.override("en"):
        table = reports.participant_table(series)

    assert table.header[:5] == ["Status", "Place on the waiting list", "First name", "Last name", "E-mail"]
    by_email = {row[4]: row for row in table.rows}
    assert set(by_email) == {"kari@skole.test", "ola@skole.test", "per@skole.test", "pia@skole.test", "siri@skole.test"}
    assert by_email["pia@skole.test"][:2] == ["On the waiting list", 2]
    assert by_email["kari@skole.test"][1] is None
    assert by_email["kari@skole.test"][6:10] == ["Alfa skole", series.kari.school.orgnr, "Oslo", "Oslo"]
    assert by_email["kari@skole.test"][11] == series.kari.confirmed_at
    assert by_email["siri@skole.test"][14] is not None


def test_module_matrix_and_table(series):
    links, rows = reports.module_matrix(series)

    assert [link.module.title for link in links] == ["Rusfakta"]
    assert [(row.enrollment.participant.first_name, [s.status for s in row.statuses]) for row in rows] == [
        ("Kari", ["not_started"]),
        ("Ola", ["passed"]),
    ]
    with translation.override("en"):
        table = reports.module_table(series)
    assert table.header == [
        "First name",
        "Last name",
        "E-mail",
        "School",
        "Rusfakta: status",
        "Rusfakta: best score (%)",
    ]
    assert table.rows == [
        ["Kari", "Aas", "kari@skole.test", "Alfa skole", "Not started", None],
        ["Ola", "Berg", "ola@skole.test", "Beta skole", "Passed", 90],
    ]


def test_attendance_report_rows(series):
    report = reports.attendance_report(series)

    assert [g.number for g in report.gatherings] == [1, 2, 3]
    kari, ola = report.rows
    assert [cell.record.status for cell in kari.cells] == ["present", "absent", "late"]
    assert [cell.joined_later for cell in kari.cells] == [False, False, False]
    assert (kari.completion.attended, kari.completion.required, kari.completion.is_complete) == (2, 3, False)
    assert kari.hold is not None
    assert kari.certificate is None
    assert [cell.record and cell.record.status for cell in ola.cells] == [None, None, "present"]
    assert [cell.joined_later for cell in ola.cells] == [True, True, False]
    assert (ola.completion.attended, ola.completion.required, ola.completion.is_complete) == (1, 1, True)
    assert ola.certificate == series.certificate
    assert ola.hold is None
    assert [hold.enrollment for hold in report.holds] == [series.kari]


def test_attendance_table(series):
    with translation.override("en"):
        table = reports.attendance_table(series)

    first, second, third = series.gathering_list
    assert table.header == [
        "First name",
        "Last name",
        "E-mail",
        "School",
        f"1. {first.title}",
        f"2. {second.title}",
        f"3. {third.title}",
        "Attended",
        "Required",
        "Complete",
    ]
    assert table.rows == [
        ["Kari", "Aas", "kari@skole.test", "Alfa skole", "Present", "Absent", "Late", 2, 3, "No"],
        ["Ola", "Berg", "ola@skole.test", "Beta skole", "joined later", "joined later", "Present", 1, 1, "Yes"],
    ]


def test_certificate_holds_follow_who_manages_the_series(series, oslo_staff, bergen_staff):
    assert [hold.enrollment for hold in reports.certificate_holds_for(oslo_staff)] == [series.kari]
    assert not reports.certificate_holds_for(bergen_staff).exists()
