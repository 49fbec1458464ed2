"""Staff publish through Wagtail's editor in a real browser, through the region's workflow.

Flow 1: a region's editor builds a course series with three gatherings and two modules and
submits it; the region's lead approves it and it is live. Flow 7: news goes through
moderation the same way, and a material gets a new version with a change note.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from courses.models import CourseSeriesPage
from home.models import MaterialPage, NewsIndexPage, NewsPage
from tests.browser.conftest import login
from tests.factories import (
    CourseIndexPageFactory,
    DocumentFactory,
    MaterialIndexPageFactory,
    MaterialPageFactory,
    MaterialVersionFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    ProgrammeFactory,
)
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.browser


def local(moment: datetime.datetime) -> str:
    """A date and time as staff type it into Wagtail's picker in Norwegian (it rewrites anything else)."""
    return timezone.localtime(moment).strftime("%d.%m.%Y %H:%M")


def today() -> str:
    return timezone.localdate().strftime("%d.%m.%Y")


def as_person(page, email: str) -> None:
    """Log out whoever is logged in and log in as ``email`` through the site's login page."""
    page.context.clear_cookies()
    login(page, email, PASSWORD)


def fill_date(field, value: str) -> None:
    """Type a date (and time) and go on to the next field, which closes the date picker."""
    field.fill(value)
    field.press("Tab")
    assert field.input_value() == value, "the date picker rewrote the date"


def add_row(page, prefix: str) -> None:
    """Press an inline panel's "add" button and wait for the new row to appear."""
    total = int(page.locator(f"#id_{prefix}-TOTAL_FORMS").input_value())
    page.locator(f"#id_{prefix}-ADD").click()
    page.locator(f"#inline_child_{prefix}-{total}").wait_for()


def footer_action(page, name: str) -> None:
    """Press an action of the editor's footer, opening its "more actions" menu when it is folded away."""
    button = page.locator(f'footer button[name="{name}"]')
    if not button.is_visible():
        page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    with page.expect_navigation():
        button.click()
    assert_no_errors(page)


def assert_no_errors(page) -> None:
    """The editor answered without errors beside fields or in its messages."""
    errors = [
        text.strip() for text in page.locator(".w-field__errors, .help-critical, .messages .error").all_inner_texts()
    ]
    fields = page.locator(".w-field:has(.error-message)").evaluate_all("els => els.map(e => e.dataset.contentpath)")
    assert not any(errors), f"the editor answered with errors: {[e for e in errors if e]} in {fields}"


def approve(page, edit_url: str) -> None:
    """The lead opens the page waiting for approval and approves it from the editor's footer."""
    page.goto(edit_url)
    button = page.locator('footer button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    if not button.is_visible():
        page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    with page.expect_navigation():
        button.first.click()
    assert_no_errors(page)


def choose_in_modal(page, opener, choice: str) -> None:
    """Open a chooser and pick the item whose link says ``choice``."""
    opener.click()
    modal = page.locator(".modal.in").first
    modal.wait_for()
    modal.get_by_role("link", name=choice, exact=True).first.click()
    modal.wait_for(state="hidden")


def write_rich_text(page, container, text: str) -> None:
    """Add a "Tekst" block to an empty StreamField and type a paragraph into it."""
    container.locator("button.c-sf-add-button").first.click()
    page.locator(".w-combobox__option", has_text=re.compile(r"^\s*Tekst\s*$")).first.click()
    editor = container.locator(".public-DraftEditor-content").first
    editor.click()
    editor.press_sequentially(text)
    # The editor writes what was typed into its form field a moment later; wait for it before saving.
    field = container.locator('[name$="-0-value"]').first
    expect(field).to_have_value(re.compile(re.escape(text)))


@pytest.fixture
def region(oslo, oslo_editor, oslo_staff):
    return {"page": oslo, "editor": oslo_editor.email, "lead": oslo_staff.email}


def test_an_editor_builds_a_series_the_lead_approves_and_it_is_live(page, region):
    courses = CourseIndexPageFactory(parent=region["page"])
    library = ModuleIndexPageFactory(parent=region["page"])
    modules = [ModulePageFactory(parent=library, title=title) for title in ("Rus og ungdom", "Samtalen med eleven")]
    ProgrammeFactory(name="Kjentmann")
    start = timezone.now() + datetime.timedelta(days=60)

    as_person(page, region["editor"])
    page.goto(f"/admin/pages/add/courses/courseseriespage/{courses.pk}/")
    page.locator("#id_title").fill("Kjentmann Oslo høsten")
    choose_in_modal(page, page.locator("#id_programme-chooser [data-chooser-action-choose]").first, "Kjentmann")
    page.locator("#id_target_group").select_option("begge")
    page.locator("#id_intro").fill("Fem samlinger for ansatte i ungdomsskolen.")
    page.locator("#id_seats").fill("20")
    fill_date(page.locator("#id_registration_opens"), local(timezone.now() - datetime.timedelta(days=1)))
    fill_date(page.locator("#id_registration_closes"), local(start - datetime.timedelta(days=7)))
    page.locator("#id_price").fill("0")
    page.locator("#id_venue").fill("Kulturhuset, Oslo")
    for n in range(3):
        if n:
            add_row(page, "gatherings")
        begins = start + datetime.timedelta(weeks=3 * n)
        page.locator(f"#id_gatherings-{n}-title").fill(f"Samling {n + 1}")
        fill_date(page.locator(f"#id_gatherings-{n}-starts_at"), local(begins))
        fill_date(page.locator(f"#id_gatherings-{n}-ends_at"), local(begins + datetime.timedelta(hours=6)))
        page.locator(f"#id_gatherings-{n}-location").fill("Kulturhuset, sal 2")
    for n, module in enumerate(modules):
        add_row(page, "series_modules")
        opener = page.locator(f"#id_series_modules-{n}-module-chooser [data-chooser-action-choose]").first
        choose_in_modal(page, opener, module.title)
        page.locator(f"#id_series_modules-{n}-due_before").fill(str(n + 1))
    page.keyboard.press("Escape")
    footer_action(page, "action-submit")

    series = CourseSeriesPage.objects.get(title="Kjentmann Oslo høsten")
    assert not series.live
    assert series.get_latest_revision().as_object().title == "Kjentmann Oslo høsten"

    as_person(page, region["lead"])
    approve(page, f"/admin/pages/{series.pk}/edit/")
    series.refresh_from_db()
    assert series.live
    assert [g.title for g in series.gatherings.order_by("starts_at")] == ["Samling 1", "Samling 2", "Samling 3"]
    assert sorted(link.module.title for link in series.series_modules.all()) == [m.title for m in modules]

    page.context.clear_cookies()
    page.goto(series.url)
    for n in (1, 2, 3):
        assert page.get_by_text(f"Samling {n}").first.is_visible()


def test_news_goes_through_moderation_and_a_material_gets_a_new_version(page, region):
    news_index = NewsIndexPage.objects.child_of(region["page"]).get()
    material_index = MaterialIndexPageFactory(parent=region["page"])
    material = MaterialPageFactory(parent=material_index, title="Veileder for skolen", slug="veileder")
    document = DocumentFactory(title="Veileder 2.0", collection=region["page"].region.collection)
    MaterialVersionFactory(page=material, version="1.0", change_note="Første utgave.")
    material.save_revision().publish()

    as_person(page, region["editor"])
    page.goto(f"/admin/pages/add/home/newspage/{news_index.pk}/")
    page.locator("#id_title").fill("Nye kurs til høsten")
    page.locator("#id_lead").fill("Påmeldingen til høstens kurs er åpen.")
    write_rich_text(page, page.locator("[data-contentpath=body]"), "Meld på skolen din før fristen.")
    footer_action(page, "action-submit")
    news = NewsPage.objects.get(title="Nye kurs til høsten")
    assert "Meld på skolen din før fristen." in str(news.get_latest_revision().as_object().body)
    assert not news.live

    as_person(page, region["lead"])
    approve(page, f"/admin/pages/{news.pk}/edit/")
    news.refresh_from_db()
    assert news.live
    page.goto(news_index.url)
    assert page.get_by_role("link", name="Nye kurs til høsten").is_visible()

    # The lead adds version 2.0 of the material with a note on what changed, and publishes it.
    page.goto(f"/admin/pages/{material.pk}/edit/")
    add_row(page, "versions")
    row = page.locator(f"#inline_child_versions-{material.versions.count()}")
    row.locator("input[name$=-version]").fill("2.0")
    fill_date(row.locator("input[name$=-date]"), today())
    choose_in_modal(page, row.locator("[id$=-document-chooser] [data-chooser-action-choose]").first, "Veileder 2.0")
    row.locator("textarea[name$=-change_note]").fill("Nytt kapittel om samarbeid med foreldre.")
    page.keyboard.press("Escape")
    footer_action(page, "action-publish")
    material = MaterialPage.objects.get(pk=material.pk)
    assert material.versions.filter(version="2.0", document=document).exists()

    page.goto(material.url)
    assert page.get_by_text("Nytt kapittel om samarbeid med foreldre.").is_visible()
