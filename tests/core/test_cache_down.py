"""With Redis away every page still renders: the cache is an optimisation, never a dependency."""

import time

import pytest

from django.core.cache import caches
from django.core.management import call_command

from korus_site.core import ratelimit
from korus_site.settings.base import redis_caches
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: every connection is refused at once.
CLOSED_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_caches(CLOSED_REDIS)
    assert caches["default"].__class__.__name__ == "RedisCache"
    yield
    ratelimit._local_counters.clear()


def test_every_public_page_renders_with_redis_down(client, redis_down):
    from wagtail.models import Page

    call_command("seed_demo", verbosity=0)
    pages = [page for page in Page.objects.live().public().specific() if page.depth > 1]
    kinds = {type(page).__name__ for page in pages}
    assert {"HomePage", "RegionPage", "NewsIndexPage", "NewsPage", "CourseSeriesPage"} <= kinds
    started = time.monotonic()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)
    for path in ["/sok/?q=kjentmann", "/konto/logg-inn/", "/konto/glemt-passord/", "/nettverk/"]:
        assert client.get(path).status_code in {200, 302}, path
    assert time.monotonic() - started < 60


def test_healthz_reports_the_cache_down(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["cache"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


def test_login_works_with_redis_down(client, redis_down, home_page):
    UserFactory(email="kari@skole.test")
    response = client.post("/konto/logg-inn/", {"username": "kari@skole.test", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_login_lock_out_holds_with_redis_down(client, redis_down, settings, home_page):
    """Failed logins are counted in the database, so a cache outage opens no door."""
    UserFactory(email="kari@skole.test")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/konto/logg-inn/", {"username": "kari@skole.test", "password": "feil"}, REMOTE_ADDR="10.0.0.9")
    response = client.post(
        "/konto/logg-inn/", {"username": "kari@skole.test", "password": PASSWORD}, REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_rate_limits_count_in_the_process_with_redis_down(redis_down):
    """Limits still hold (per process) while the shared counters are away; no error reaches the caller."""
    results = [ratelimit.allow("test:redis-down", limit=3, window=60) for _ in range(5)]
    assert results == [True, True, True, False, False]


def test_with_redis_down_the_log_gets_one_line_a_minute_not_a_traceback_per_call(client, redis_down, caplog):
    """django-redis logs every ignored error with its traceback; the LOGGING setting filters the
    logger it uses down to one warning a minute (korus_site/core/logfilters.py)."""
    import logging

    from django.conf import settings
    from django.utils.module_loading import import_string

    from korus_site.settings import base

    assert settings.DJANGO_REDIS_LOGGER in base.LOGGING["loggers"]
    wiring = base.LOGGING["filters"][base.LOGGING["loggers"][settings.DJANGO_REDIS_LOGGER]["filters"][0]]
    logger = logging.getLogger(settings.DJANGO_REDIS_LOGGER)
    away = import_string(wiring["()"])()
    logger.addFilter(away)
    try:
        with caplog.at_level(logging.INFO, logger=settings.DJANGO_REDIS_LOGGER):
            for _ in range(3):
                assert client.get("/konto/logg-inn/").status_code == 200
    finally:
        logger.removeFilter(away)
    records = [r for r in caplog.records if r.name == settings.DJANGO_REDIS_LOGGER]
    assert len(records) == 1, [r.getMessage() for r in records]
    assert records[0].levelname == "WARNING"
    assert records[0].exc_info is None
    assert "cannot be reached" in records[0].getMessage()
