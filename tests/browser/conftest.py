"""Playwright driving Debian's Chromium (/usr/bin/chromium), never a downloaded browser."""

import os
import shutil

import pytest

from tests.conftest import skip_or_fail

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not os.path.exists(CHROMIUM) or not shutil.which(CHROMIUM):
        skip_or_fail(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser, live_server, transactional_db, django_db_serialized_rollback):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.console_errors = errors
    yield page
    context.close()


def phone_pages(
    browser, live_server, width: int = 375, height: int = 740, *, javascript: bool = True, mobile: bool = True
):
    """A page in a phone-sized, touch browser context of its own (``width`` × ``height`` CSS px), closed after.

    With ``javascript=False`` the context runs no scripts, as a phone with JavaScript turned off; with
    ``mobile=False`` it is a desktop browser of that size, with a mouse.
    """
    context = browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=mobile,
        has_touch=mobile,
        locale="nb-NO",
        base_url=live_server.url,
        java_script_enabled=javascript,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, live_server, transactional_db, django_db_serialized_rollback):
    yield from phone_pages(browser, live_server)


SCREENS = {"phone": (390, 844, True), "desktop": (1280, 900, False)}


@pytest.fixture(params=list(SCREENS))
def screen(request, browser, live_server, transactional_db, django_db_serialized_rollback):
    """A page on a 390 px phone, then on a 1280 px desktop: a weekly path is walked on both."""
    width, height, mobile = SCREENS[request.param]
    yield from phone_pages(browser, live_server, width, height, mobile=mobile)


def fits(page) -> None:
    """The page needs no sideways scrolling at the width it is shown in."""
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, f"sideways at {width} px: {page.url}"


def assert_accessible(page, context=None):
    """axe-core (WCAG 2.1 A and AA plus best practices) finds nothing on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    violations = results.response["violations"]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[node['target'] for node in v['nodes']][:5]}" for v in violations
    )
    assert not violations, f"axe-core violations on {page.url}:\n{report}"


def login(page, email: str, password: str) -> None:
    page.goto("/konto/logg-inn/")
    page.get_by_label("E-postadresse").fill(email)
    page.get_by_label("Passord").fill(password)
    page.get_by_role("button", name="Logg inn").click()
    page.wait_for_load_state()


@pytest.fixture
def demo(transactional_db, django_db_serialized_rollback):
    """The demo content, as ``make run`` seeds it (seeded once per process, then loaded from a snapshot)."""
    from tests.demo import put_demo_in_place

    put_demo_in_place()
