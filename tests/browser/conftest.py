"""Playwright driving Debian's Chromium (/usr/bin/chromium), never a downloaded browser."""

import contextlib
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


@contextlib.contextmanager
def keep_serialized_contents():
    """Carry the test database's serialized contents over to new connection objects.

    Playwright's sync API runs the test in a greenlet with its own context, where Django
    opens a fresh connection object that lacks the snapshot ``serialized_rollback`` restores
    from after each transactional test's flush.
    """
    from django.db import connections
    from django.db.utils import ConnectionHandler

    contents = getattr(connections["default"], "_test_serialized_contents", None)
    original = ConnectionHandler.create_connection

    def create_connection(self, alias):
        connection = original(self, alias)
        if contents is not None and alias == "default":
            connection._test_serialized_contents = contents
        return connection

    ConnectionHandler.create_connection = create_connection
    try:
        yield
    finally:
        ConnectionHandler.create_connection = original


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not os.path.exists(CHROMIUM) or not shutil.which(CHROMIUM):
        skip_or_fail(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with keep_serialized_contents(), sync_playwright() as playwright:
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


def phone_pages(browser, live_server, width: int = 375, height: int = 740, *, javascript: bool = True):
    """A page in a phone-sized, touch browser context of its own (``width`` × ``height`` CSS px), closed after.

    With ``javascript=False`` the context runs no scripts, as a phone with JavaScript turned off.
    """
    context = browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=True,
        has_touch=True,
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
