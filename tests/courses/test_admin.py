"""Staff views in the Wagtail admin, over HTTP: region boundary, actions and exports."""

import csv
import io

import openpyxl
import pytest

from courses.models import Enrollment
from courses.services import enrollment as service
from courses.services.enrollment import Person
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory
from tests.factories.courses import orgnr

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_series(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, title="Oslo-kurset", seats=2)
    people = [Person(f"N{i}", "Deltaker", f"d{i}@skole.test", "laerer") for i in range(3)]
    service.register(series=series, school=SchoolFactory(name="Bakkeby skole"), contact=UserFactory(), people=people)
    return series


def test_region_staff_see_participants_by_status_and_school(client, oslo_staff, full_series):
    client.force_login(oslo_staff)
    response = client.get(f"/admin/kurs/{full_series.pk}/deltakere/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bakkeby skole" in html
    for i in range(3):
        assert f"d{i}@skole.test" in html
    listing = client.get("/admin/kursrekker/").content.decode()
    assert "Oslo-kurset" in listing


@pytest.mark.parametrize("path", ["deltakere/", "deltakere.csv", "deltakere.xlsx"])
def test_other_regions_staff_are_refused(client, bergen_staff, full_series, path):
    client.force_login(bergen_staff)
    response = client.get(f"/admin/kurs/{full_series.pk}/{path}")
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    assert (response.status_code, response.get("Location")) in {(403, None), (302, "/admin/")}
    assert b"d0@skole.test" not in response.content


def test_other_regions_staff_cannot_change_enrollments(client, bergen_staff, full_series):
    enrollment = Enrollment.objects.get(participant__email="d0@skole.test")
    client.force_login(bergen_staff)
    response = client.post(f"/admin/kurs/{full_series.pk}/deltakere/{enrollment.pk}/cancel/")
    assert (response.status_code, response.get("Location")) in {(403, None), (302, "/admin/")}
    enrollment.refresh_from_db()
    assert enrollment.status == "confirmed"
    assert "Oslo-kurset" not in client.get("/admin/kursrekker/").content.decode()


def test_csv_export(client, oslo_staff, full_series):
    client.force_login(oslo_staff)
    response = client.get(f"/admin/kurs/{full_series.pk}/deltakere.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="deltakere-oslo-kurset.csv"')
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:5] == ["Status", "Plass på ventelisten", "Fornavn", "Etternavn", "E-post"]
    assert len(rows) == 4
    assert {row[4] for row in rows[1:]} == {"d0@skole.test", "d1@skole.test", "d2@skole.test"}
    waiting = next(row for row in rows[1:] if row[4] == "d2@skole.test")
    assert waiting[0] == "På venteliste"
    assert waiting[1] == "1"


def test_xlsx_export(client, oslo_staff, full_series):
    client.force_login(oslo_staff)
    response = client.get(f"/admin/kurs/{full_series.pk}/deltakere.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][2] == "Fornavn"
    assert {row[4] for row in rows[1:]} == {"d0@skole.test", "d1@skole.test", "d2@skole.test"}
    assert rows[1][10] is not None  # signed-up time as a real date


def test_staff_actions(client, oslo_staff, full_series):
    client.force_login(oslo_staff)
    base = f"/admin/kurs/{full_series.pk}/deltakere/"
    waiting = Enrollment.objects.get(participant__email="d2@skole.test")
    seated = Enrollment.objects.get(participant__email="d0@skole.test")
    response = client.post(f"{base}{waiting.pk}/promote/", follow=True)
    assert "Ingen ledige plasser" in response.content.decode()
    client.post(f"{base}{seated.pk}/waitlist/")
    waiting.refresh_from_db()
    seated.refresh_from_db()
    assert (waiting.status, seated.status) == ("confirmed", "waitlisted")
    client.post(f"{base}{seated.pk}/cancel/")
    seated.refresh_from_db()
    assert (seated.status, seated.cancel_reason) == ("cancelled", "staff")


def test_staff_add_a_participant_manually(client, oslo_staff, full_series):
    client.force_login(oslo_staff)
    response = client.post(
        f"/admin/kurs/{full_series.pk}/deltakere/",
        {
            "add-first_name": "Manuelt",
            "add-last_name": "Lagt Til",
            "add-email": "manuell@skole.test",
            "add-role": "radgiver",
            "add-orgnr": orgnr(777),
            "add-school_name": "Ny skole",
            "add-kommune": "",
            "add-school_type": "ungdomsskole",
        },
    )
    assert response.status_code == 200  # a new school needs its municipality
    assert not Enrollment.objects.filter(participant__email="manuell@skole.test").exists()
    from home.models import Kommune

    data = {
        "add-first_name": "Manuelt",
        "add-last_name": "Lagt Til",
        "add-email": "manuell@skole.test",
        "add-role": "radgiver",
        "add-orgnr": orgnr(777),
        "add-school_name": "Ny skole",
        "add-kommune": str(Kommune.objects.get(number="0301").pk),
        "add-school_type": "ungdomsskole",
    }
    assert client.post(f"/admin/kurs/{full_series.pk}/deltakere/", data).status_code == 302
    added = Enrollment.objects.get(participant__email="manuell@skole.test")
    assert added.status == "waitlisted"  # the series is full
    assert added.school.name == "Ny skole"


def test_series_page_header_has_a_participants_button(client, oslo_staff, full_series):
    client.force_login(oslo_staff)
    html = client.get(f"/admin/pages/{full_series.pk}/edit/").content.decode()
    assert f"/admin/kurs/{full_series.pk}/deltakere/" in html
