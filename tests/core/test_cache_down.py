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
