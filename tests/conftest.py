"""Shared fixtures: the site tree, people in each role, and guards for real services."""

import os
import socket
from urllib.parse import urlparse

import pytest

from django.conf import settings

from wagtail.models import Locale, Page, Site

from home.models import NATIONAL_ADMIN_GROUP, Region
from home.services.site import sync_default_site
from tests.factories import HomePageFactory, NewsIndexPageFactory, RegionPageFactory, UserFactory

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(reason: str):
    """A missing service skips a test locally; under CI=true it is a failure, never a skip."""
    if IN_CI:
        pytest.fail(f"CI must not skip: {reason}", pytrace=False)
    pytest.skip(reason)


def is_postgresql() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def port_open(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=1):
            return True
    except OSError:
        return False


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests run in the PostgreSQL pass; elsewhere they are left out (or skipped locally)."""
    if is_postgresql():
        return
    selected, deselected = [], []
    for item in items:
        (deselected if item.get_closest_marker("postgresql") else selected).append(item)
    if not deselected:
        return
    if IN_CI:
        # CI runs the suite a second time on PostgreSQL, where these run; here they are not skips.
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
    else:
        for item in deselected:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://..."))


def flushes_the_database(item) -> bool:
    """Whether a test runs outside a rolled-back transaction, so Django empties the tables after it."""
    if {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())):
        return True
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test has flushed the database, put the migrations' data back at once.

    Django restores it only when the next transactional test starts; with several workers an
    ordinary test may come next and would find no regions, fylker or Wagtail root page.
    """
    yield
    if nextitem is None:  # the session is ending and the test database is already gone
        return
    if not flushes_the_database(item):
        return
    from pytest_django.plugin import blocking_manager_key

    from django.db import connection

    contents = _migration_contents.get("default")
    if contents:
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(contents)


# What the migrations put in the test database, serialized once when the database was created.
_migration_contents: dict[str, str] = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Create the test database, and keep the migrations' data for every connection object.

    pytest-django serializes the migrations' data only when a collected test asks for
    ``serialized_rollback`` in a way it recognises (a test module's ``django_db`` mark hides the
    fixture), so a run of a few folders could have nothing to restore after a flush: the next
    test would find no regions, fylker or Wagtail root page. It is serialized here when missing.
    Django also keeps the data on the connection object that created the database only, while
    threads, Celery workers and Playwright's greenlet open new connection objects.
    """
    from django.db import connections
    from django.db.utils import ConnectionHandler

    connection = connections["default"]
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is None:
        with django_db_blocker.unblock():
            contents = connection.creation.serialize_db_to_string()
        connection._test_serialized_contents = contents
    _migration_contents["default"] = contents
    original = ConnectionHandler.create_connection

    def create_connection(self, alias):
        connection = original(self, alias)
        if alias in _migration_contents:
            connection._test_serialized_contents = _migration_contents[alias]
        return connection

    ConnectionHandler.create_connection = create_connection
    try:
        yield
    finally:
        ConnectionHandler.create_connection = original


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's language. A request leaves its language active in the
    thread, and accounts made outside a request take the active one (``get_or_create_person``),
    so a test that ran before in English must not make the next test's people English."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and cached lookups never leak from one test into the next."""
    from django.core.cache import caches

    from korus_site.core import ratelimit

    caches["default"].clear()
    caches["counters"].clear()
    ratelimit._local_counters.clear()


@pytest.fixture
def home_page(db):
    # A transactional test earlier in the same worker empties every table, the default locale too.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "KORUS"}
    )
    sync_default_site()
    return home


@pytest.fixture
def region_pages(home_page):
    """All seven regional pages, each with its groups and a news index."""
    pages = {}
    for region in Region.objects.all():
        page = RegionPageFactory(parent=home_page, region=region)
        NewsIndexPageFactory(parent=page)
        pages[region.slug] = page
    return pages


@pytest.fixture
def oslo(region_pages):
    return region_pages["korus-oslo"]


@pytest.fixture
def bergen(region_pages):
    return region_pages["korus-bergen"]


@pytest.fixture
def national_news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def staff_user(region_slug: str, *, lead: bool = True, **kwargs):
    region = Region.objects.get(slug=region_slug)
    groups = [region.editors_group, region.leads_group] if lead else [region.editors_group]
    return UserFactory(groups=groups, **kwargs)


@pytest.fixture
def oslo_staff(oslo):
    return staff_user("korus-oslo", email="oslo-staff@korus.test")


@pytest.fixture
def oslo_editor(oslo):
    return staff_user("korus-oslo", lead=False, email="oslo-editor@korus.test")


@pytest.fixture
def bergen_staff(bergen):
    return staff_user("korus-bergen", email="bergen-staff@korus.test")


@pytest.fixture
def national_admin(region_pages):
    from django.contrib.auth.models import Group

    return UserFactory(email="admin@korus.test", groups=[Group.objects.get(name=NATIONAL_ADMIN_GROUP)])


@pytest.fixture
def celery_worker(transactional_db, django_db_serialized_rollback, tmp_path):
    """A real Celery worker process on Redis, sharing this test's database.

    Tasks sent by the test go through the broker to the worker; e-mails the worker sends
    land as files in ``worker.mail_dir``.
    """
    import subprocess
    import sys
    import time
    import uuid
    from pathlib import Path

    from django.db import connection

    from korus_site.celery import app

    broker = os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/14"
    if not port_open(broker, 6379):
        skip_or_fail(f"Redis is not reachable at {broker}; start it or set CELERY_BROKER_URL")

    queue = f"test-{uuid.uuid4().hex[:10]}"
    mail_dir = tmp_path / "worker-mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "korus_site.settings.test",
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": broker,
        "KORUS_WORKER_DATABASE_NAME": str(connection.settings_dict["NAME"]),
        "KORUS_WORKER_MAIL_DIR": str(mail_dir),
        "KORUS_WORKER_QUEUE": queue,
    }
    log = (tmp_path / "worker.log").open("a")

    def start():
        return subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "korus_site",
                "worker",
                "--pool=solo",
                "-Q",
                queue,
                "-n",
                f"{queue}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=INFO",
            ],
            cwd=Path(__file__).resolve().parent.parent,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    process = start()

    def reset_connections():
        """Drop Celery's cached connection and producer pools so the next use sees the new broker."""
        from kombu import pools

        pools.reset()  # kombu keeps producer pools per connection, globally
        app._pool = None
        app.amqp._producer_pool = None
        app._backend_cache = None
        app._local.__dict__.pop("backend", None)

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url", "result_backend", "task_default_queue")}
    app.conf.update(task_always_eager=False, broker_url=broker, result_backend=broker, task_default_queue=queue)
    reset_connections()

    class Worker:
        pass

    worker = Worker()
    worker.queue = queue
    worker.mail_dir = mail_dir
    worker.log_path = tmp_path / "worker.log"

    def mails():
        return sorted(mail_dir.glob("*.log"))

    def wait_for(condition, timeout=30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            if worker.process.poll() is not None:
                raise AssertionError("the worker stopped:\n" + worker.log_path.read_text())
            time.sleep(0.2)
        raise AssertionError("timed out waiting for the worker:\n" + worker.log_path.read_text())

    def kill():
        """SIGKILL the worker mid-work, as the kernel's OOM killer or a lost machine would."""
        worker.process.kill()
        worker.process.wait(timeout=15)

    def restart():
        worker.process = start()

    worker.process = process
    worker.mails = mails
    worker.wait_for = wait_for
    worker.kill = kill
    worker.restart = restart
    try:
        yield worker
    finally:
        worker.process.terminate()
        try:
            worker.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            worker.process.kill()
        log.close()
        app.conf.update(saved)
        reset_connections()


@pytest.fixture
def oslo_courses(oslo):
    from tests.factories import CourseIndexPageFactory

    return CourseIndexPageFactory(parent=oslo)


@pytest.fixture
def bergen_courses(bergen):
    from tests.factories import CourseIndexPageFactory

    return CourseIndexPageFactory(parent=bergen)


@pytest.fixture
def series(oslo_courses):
    """An open Oslo series with ten seats and three gatherings, starting in six weeks."""
    from tests.factories import CourseSeriesPageFactory

    return CourseSeriesPageFactory(parent=oslo_courses, title="Kjentmann Oslo", slug="kjentmann-oslo")


@pytest.fixture
def make_kjentmann(oslo_courses):
    """Build certified Kjentmenn: a valid certificate for a finished Oslo series."""
    from tests.factories import CertificateFactory, EnrollmentFactory

    def make(**user_fields):
        from tests.factories import UserFactory

        user = UserFactory(**user_fields)
        CertificateFactory(enrollment=EnrollmentFactory(participant=user, series__parent=oslo_courses))
        return user

    return make
