"""The staff home in the Wagtail admin: a region's series, the next gatherings and "Ny kursrekke"."""

import datetime

import pytest

from django.utils import timezone

from tests.factories import CourseSeriesPageFactory, EnrollmentFactory
from tests.forms import Form

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon(oslo_courses, bergen_courses):
    """An Oslo series starting in three days, full with one waiting; a Bergen one the Oslo staff must not see."""
    series = CourseSeriesPageFactory(
        parent=oslo_courses, title="Oslo snart", seats=2, start=timezone.now() + datetime.timedelta(days=3)
    )
    EnrollmentFactory.create_batch(2, series=series)
    EnrollmentFactory(series=series, status="waitlisted", waitlist_number=1, confirmed_at=None)
    CourseSeriesPageFactory(
        parent=bergen_courses, title="Bergen snart", start=timezone.now() + datetime.timedelta(days=3)
    )
    return series


def test_dashboard_shows_the_regions_series_and_next_gatherings(client, oslo_staff, soon):
    client.force_login(oslo_staff)
    html = client.get("/admin/").content.decode()
    assert "Dine kursrekker" in html
    assert "Oslo snart" in html
    assert "Bergen snart" not in html
    assert "2 / 2" in html  # seats taken
    first = soon.gathering_list[0]
    assert f"/oppmote/{first.pk}/" in html  # roll call
    assert f"/oppmote/{first.pk}/qr/" in html  # check-in code
    assert "/admin/kursrekker/choose_parent/" in html


def test_people_without_series_see_no_course_panels(client, national_admin, db):
    client.force_login(national_admin)
    assert "Dine kursrekker" not in client.get("/admin/").content.decode()


def test_series_listing_and_new_series_for_one_region(client, oslo_staff, soon, oslo_courses):
    client.force_login(oslo_staff)
    listing = client.get("/admin/kursrekker/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Oslo snart" in html
    assert "Bergen snart" not in html
    # A series that starts later shows the date it starts, not a time gone by.
    from django.utils import timezone
    from django.utils.formats import date_format

    assert date_format(timezone.localtime(soon.first_gathering_start), "DATE_FORMAT") in html
    assert "Akkurat nå" not in html
    new = client.get("/admin/kursrekker/choose_parent/")
    # One region's course index only: straight to the editor under it.
    assert new.status_code == 302
    assert new["Location"] == f"/admin/pages/add/courses/courseseriespage/{oslo_courses.pk}/"


def test_national_admin_chooses_the_region_for_a_new_series(client, national_admin, soon, oslo_courses, bergen_courses):
    client.force_login(national_admin)
    page = client.get("/admin/kursrekker/choose_parent/")
    assert page.status_code == 200
    form = Form.from_response(page)
    form["parent_page"] = bergen_courses.pk
    response = form.submit(client)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/add/courses/courseseriespage/{bergen_courses.pk}/"


def test_the_lead_sees_pages_awaiting_approval_and_open_reports(client, oslo_editor, oslo_staff, oslo, soon):
    """Pages an editor submitted wait on the lead's dashboard (Wagtail's own panel), beside the region's tools."""
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=oslo, title="Om KORUS Oslo, ny tekst")
    client.force_login(oslo_editor)
    form = Form.open(client, f"/admin/pages/{page.pk}/edit/")
    assert form.submit(client, "action-submit").status_code == 302
    client.force_login(oslo_staff)
    html = client.get("/admin/").content.decode()
    assert "Om KORUS Oslo, ny tekst" in html
    assert "Venter på din gjennomgang" in html or "venter på din" in html.lower()
