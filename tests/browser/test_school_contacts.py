"""«Min skole» for a school contact: fits a phone (a list there, a table on a desktop) and passes axe-core."""

import pytest

from courses.services import enrollment as service
from courses.services.enrollment import Person
from tests.browser.conftest import assert_accessible, login
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

# The innermost elements that reach past the right edge of the screen, to name the culprit when one does.
WIDER_THAN_SCREEN = """[...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.children.length === 0)
    .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.getBoundingClientRect().right)"""


@pytest.fixture
def contact(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, title="Kjentmannsopplæring for ungdomsskolelærere", seats=2)
    contact = UserFactory(email="kontakt@bakkeby.test")
    schools = [
        SchoolFactory(name="Bakkebyområdets ungdomsskoleavdeling"),
        SchoolFactory(name="Dalen videregående skole"),
    ]
    for n, school in enumerate(schools):
        people = [
            Person(
                f"Kristianne{n}{i}",
                "Mikkelsen-Abrahamsen",
                f"kristianne.mikkelsen-abrahamsen.{n}{i}@bakkebyomradets-ungdomsskole.test",
                "laerer",
            )
            for i in range(2)
        ]
        service.register(series=series, school=school, contact=contact, people=people, notify=False)
    return contact


def test_my_school_fits_a_phone_and_a_desktop(page, contact):
    login(page, contact.email, PASSWORD)
    page.wait_for_url("**/min-skole/")  # a contact lands on «Min skole»
    table = page.locator("table.stacked-table")
    assert page.locator("th", has_text="Skole").first.is_visible()  # the school column on a desktop
    assert "Venteliste, nummer 1" in table.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert_accessible(page)
    for width in (390, 320):
        page.set_viewport_size({"width": width, "height": 800})
        page.reload()
        wide = page.evaluate(WIDER_THAN_SCREEN)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"sideways at {width} px: {wide}"
        cancel = page.get_by_role("link", name="Avmeld").first
        box = cancel.bounding_box()
        assert box is not None
        assert box["x"] + box["width"] <= width
        assert_accessible(page)
