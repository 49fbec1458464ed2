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


def test_the_page_reads_at_1280_and_on_a_phone(page, reach, national_admin):
    """A visible "Rekkevidde" header; the table fits beside nothing at 1280 and becomes cards on a phone."""
    login(page, national_admin.email, PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/admin/rekkevidde/?level=region")
    expect(page.get_by_role("heading", name="Rekkevidde", level=1)).to_be_visible()
    table = page.get_by_role("table", name="Skoler med aktiv Kjentmann, etter skoleslag")
    place = table.get_by_role("rowheader", name="KORUS Oslo")
    expect(place).to_be_visible()
    assert place.bounding_box()["width"] >= 150  # the place's name on one line, not a few letters wide
    scroller = page.locator(".funders-table").first
    assert scroller.evaluate("e => e.scrollWidth <= e.clientWidth")  # no sideways scrolling
    expect(page.locator(".chart--wide svg").first).to_be_visible()
    expect(page.locator(".chart--narrow svg").first).to_be_hidden()
    expect(page.locator(".chart-legend").first).to_contain_text("Barne- og ungdomsskole (1.–10. trinn)")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/admin/rekkevidde/?level=region")
    expect(page.locator(".chart--narrow svg").first).to_be_visible()
    expect(page.locator(".chart--wide svg").first).to_be_hidden()
    assert scroller.evaluate("e => e.scrollWidth <= e.clientWidth")
    cell = table.locator("td[data-label='Skoler med aktiv Kjentmann']").first
    row = table.get_by_role("rowheader").first
    assert cell.bounding_box()["y"] > row.bounding_box()["y"]  # stacked below the place, not beside it
    assert_accessible(page, context="main")
