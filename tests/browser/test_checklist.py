"""The Kjentmann's checklist on a 390 px phone: the ten points one at a time, with and without JavaScript, the
printable page, and axe-core on each (issue 15). The data is built with factories, not the whole demo."""

import pytest
from playwright.sync_api import expect

from courses.services import plans
from tests.browser.conftest import assert_accessible, fits, login, phone_pages
from tests.browser.test_courses import nb
from tests.factories import (
    CertificateFactory,
    EnrollmentFactory,
    ModuleIndexPageFactory,
    SchoolFactory,
    UserFactory,
)
from tests.factories.accounts import PASSWORD

WIDTH = 390


@pytest.fixture
def kjentmann(oslo_courses, home_page):
    """A certified Kjentmann at an Oslo school with a plan, and the learning modules' library the checklist links."""
    ModuleIndexPageFactory(parent=home_page)
    school = SchoolFactory(name="Tårnåsen skole")
    user = UserFactory(email="kari@taarnaasen.test", first_name="Kari", last_name="Kjentmann")
    CertificateFactory(
        enrollment=EnrollmentFactory(participant=user, series__parent=oslo_courses, registration__school=school)
    )
    plans.plan_for(school)
    user.school = school
    return user


@pytest.fixture
def phone(browser, live_server, transactional_db, django_db_serialized_rollback):
    yield from phone_pages(browser, live_server, WIDTH, 844)


@pytest.fixture
def phone_without_javascript(browser, live_server, transactional_db, django_db_serialized_rollback):
    yield from phone_pages(browser, live_server, WIDTH, 844, javascript=False)


def titles() -> list[str]:
    return [nb(str(point.title)) for point in plans.CHECKLIST]


def step_through(page, *, javascript: bool) -> None:
    """From the checklist page, go through the ten points with «Next point», look back once, and finish.

    With ``javascript`` each point is also measured and checked by axe-core, both of which run scripts in the
    page; with scripts turned off only the links are followed (Playwright's ``evaluate`` would never return).
    """
    page.get_by_role("link", name=nb("Go through it step by step")).click()
    for number, title in enumerate(titles(), start=1):
        expect(page).to_have_url(f"{page.url.split('/sjekkliste/')[0]}/sjekkliste/{number}/")
        expect(page.get_by_text(nb("Point %(number)s of %(total)s", number=number, total=10))).to_be_visible()
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        if javascript:
            fits(page)
            assert_accessible(page)
        previous = page.get_by_role("link", name=nb("Previous point"))
        expect(previous).to_have_count(0 if number == 1 else 1)
        if number == 2:  # one step back and on again
            previous.click()
            expect(page.get_by_role("heading", level=1)).to_have_text(titles()[0])
            page.get_by_role("link", name=nb("Next point")).click()
            expect(page.get_by_role("heading", level=1)).to_have_text(title)
        if number < 10:
            page.get_by_role("link", name=nb("Next point")).click()
    expect(page.get_by_role("link", name=nb("Next point"))).to_have_count(0)
    page.get_by_role("link", name=nb("Done")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Checklist for the Kjentmann"))


def test_a_kjentmann_goes_through_the_checklist_on_a_phone_and_prints_it(phone, kjentmann):
    page = phone
    login(page, kjentmann.email, PASSWORD)
    page.goto("/sjekkliste/")
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Checklist for the Kjentmann"))
    points = page.locator(".checklist__point")
    expect(points).to_have_count(10)
    expect(points.locator(".checklist__title")).to_have_text(titles())
    fits(page)
    assert_accessible(page)
    # The links lead to this Kjentmann's own school: its partner list and the parts of its plan.
    partners = page.get_by_role("link", name=nb("The school's partner list")).first
    expect(partners).to_have_attribute("href", f"/skoleplan/{kjentmann.school.pk}/samarbeidspartnere/")
    expect(page.get_by_role("link", name=nb("Key people in the school's plan"))).to_have_attribute(
        "href", f"/skoleplan/{kjentmann.school.pk}/#part-roles"
    )

    step_through(page, javascript=True)

    # Step 5 leads on to the school's partner list, and the way back finds the same point.
    page.goto("/sjekkliste/5/")
    page.get_by_role("link", name=nb("The school's partner list")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Partner services"))
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(titles()[4])

    # Printed: the ten points with their boxes to tick, without the site's header, buttons or links.
    page.goto("/sjekkliste/")
    page.emulate_media(media="print")
    for title in titles():
        expect(page.get_by_text(title, exact=True)).to_be_visible()
    expect(page.locator(".checklist__box")).to_have_count(10)
    for box in page.locator(".checklist__box").all():
        expect(box).to_be_visible()
    expect(page.get_by_role("link", name=nb("Go through it step by step"))).to_be_hidden()
    expect(page.get_by_role("link", name=nb("The school's partner list")).first).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    fits(page)
    page.emulate_media(media="screen")


def test_the_checklist_works_without_javascript(phone_without_javascript, kjentmann):
    """The step-through is plain links: with scripts turned off it goes the same way (axe-core and the width were
    checked on the same server-rendered pages in the test above)."""
    page = phone_without_javascript
    login(page, kjentmann.email, PASSWORD)
    page.goto("/sjekkliste/")
    expect(page.locator(".checklist__point")).to_have_count(10)
    step_through(page, javascript=False)
