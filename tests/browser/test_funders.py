"""The funders' view in a real browser: regional staff see only their own region's figures (issue 15, point 5)."""

import datetime

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from home.models import Kommune
from tests.browser.conftest import assert_accessible, login
from tests.factories import CertificateFactory, CourseSeriesPageFactory, EnrollmentFactory, SchoolFactory
from tests.factories.accounts import PASSWORD

YEAR = datetime.timedelta(days=365)


@pytest.fixture
def reach(oslo_courses, bergen_courses, oslo_staff):
    """One active Kjentmann at an Oslo school, one at a Bergen school."""
    start = timezone.now() - YEAR
    for index, kommune, name in ((oslo_courses, "0301", "Alfa skole"), (bergen_courses, "4601", "Bjørgvin skole")):
        series = CourseSeriesPageFactory(parent=index, start=start)
        school = SchoolFactory(name=name, kommune=Kommune.objects.get(number=kommune))
        CertificateFactory(enrollment=EnrollmentFactory(series=series, registration__school=school))
    return oslo_staff


def test_regional_staff_see_only_their_regions_figures(page, reach):
    login(page, reach.email, PASSWORD)
    page.goto("/admin/")
    page.get_by_role("link", name="Rekkevidde").click()
    expect(page.get_by_role("heading", name="Skoler med aktiv Kjentmann", exact=True)).to_be_visible()
    table = page.get_by_role("table", name="Skoler med aktiv Kjentmann, etter skoleslag")
    expect(table.get_by_role("rowheader", name="Oslo")).to_be_visible()
    expect(table).not_to_contain_text("Vestland")
    expect(page.locator("svg[role=img] title").first).to_contain_text("Skoler med aktiv Kjentmann per")

    # Asking for Bergen in the address gives Oslo's figures still.
    page.goto("/admin/rekkevidde/?region=korus-bergen&level=kommune")
    table = page.get_by_role("table", name="Skoler med aktiv Kjentmann, etter skoleslag")
    expect(table.get_by_role("rowheader", name="Oslo (Oslo)")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Bjørgvin skole")
    expect(page.locator("main")).not_to_contain_text("Vestland")

    # The filter form works without JavaScript too: choose by municipality and show.
    page.goto("/admin/rekkevidde/")
    page.get_by_label("Skoler etter").select_option("kommune")
    page.get_by_role("button", name="Vis", exact=True).click()
    expect(page.get_by_role("table", name="Skoler med aktiv Kjentmann, etter skoleslag")).to_contain_text("Oslo (Oslo)")
    assert_accessible(page, context="main")
