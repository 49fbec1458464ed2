"""The full-page cache: anonymous visitors get public pages from the cache, and every change a
page shows is on the next anonymous request (korus_site/core/pagecache.py, issue 13 point 1)."""

import datetime
import gzip
import time
from types import SimpleNamespace

import pytest

from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from courses.models import Enrollment
from courses.services import enrollment as enrollment_service
from courses.services.pagecache import next_registration_change
from home.models import NewsPage, StandardPage
from tests.core.test_cache_down import redis_down  # noqa: F401 (a fixture)
from tests.courses.test_school_share import people, sign_up
from tests.factories import (
    CourseSeriesPageFactory,
    EnrollmentFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.forms import Form

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_SECONDS = 300


def anonymous_get(path: str, **headers):
    """A request from a new anonymous visitor, with no cookies."""
    return Client().get(path, **headers)


def cached_twice(path: str):
    """Fetch ``path`` twice as anonymous visitors; the second answer comes from the cache."""
    first = anonymous_get(path)
    assert first.status_code == 200, path
    assert first["X-Page-Cache"] == "miss", path
    second = anonymous_get(path)
    assert second["X-Page-Cache"] == "hit", path
    return second


def publish_news(index, title: str) -> NewsPage:
    item = NewsPage(title=title, slug=title.lower().replace(" ", "-"), lead="Kort ingress.", live=False)
    index.add_child(instance=item)
    item.save_revision().publish()
    return NewsPage.objects.get(pk=item.pk)


# What is cached, with which headers --------------------------------------------------------


def test_anonymous_public_page_comes_from_the_cache_without_cookie_or_token(home_page):
    response = cached_twice("/")
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]
    assert response["Content-Language"] == "nb"
    assert "Cookie" in response["Vary"]


def test_language_is_a_link_and_each_language_has_its_own_copy(home_page):
    cached_twice("/")
    visitor = Client()
    switched = visitor.get("/sprak/nn/?neste=/")
    assert switched.status_code == 302
    assert switched["Location"] == "/"
    assert switched.cookies["korus_language"].value == "nn"
    nynorsk = visitor.get("/")
    assert nynorsk["X-Page-Cache"] == "miss"
    assert '<html lang="nn"' in nynorsk.content.decode()
    assert "Hopp til hovudinnhaldet" in visitor.get("/").content.decode()
    assert '<html lang="nb"' in anonymous_get("/").content.decode()


def test_language_link_goes_only_to_this_site(home_page):
    visitor = Client()
    assert visitor.get("/sprak/en/?neste=https://evil.example/")["Location"] == "/"
    assert visitor.get("/sprak/en/?neste=/nyheter/%3Fside%3D2")["Location"] == "/nyheter/?side=2"
    assert visitor.get("/sprak/xx/?neste=/").status_code == 404


def test_the_page_links_to_each_language_with_its_own_address(home_page, national_news_index):
    html = anonymous_get("/nyheter/?side=1").content.decode()
    assert 'href="/sprak/nn/?neste=%2Fnyheter%2F%3Fside%3D1"' in html
    assert "<form" not in html.split('class="language-switcher"')[1].split("</nav>")[0]


def test_conditional_get_is_answered_304_from_the_cache_and_fresh(home_page):
    response = cached_twice("/")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert anonymous_get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert anonymous_get("/", HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304  # as gzip makes it weak
    assert anonymous_get("/", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    cache.clear()
    assert anonymous_get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # rendered afresh, same body
    assert anonymous_get("/")["X-Page-Cache"] == "hit"
    assert anonymous_get("/", HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_html_is_compressed(home_page):
    response = anonymous_get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)
    hit = anonymous_get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Encoding"] == "gzip"
    assert hit["ETag"].startswith('W/"')


def test_logged_in_visitors_and_sessions_bypass_the_cache(client, home_page):
    cached_twice("/")
    user = UserFactory()
    client.force_login(user)
    response = client.get("/")
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"
    assert "Log out" in response.content.decode() or "Logg ut" in response.content.decode()

    with_session = Client()
    with_session.cookies["sessionid"] = "not-a-session"
    assert "X-Page-Cache" not in with_session.get("/")
    assert "X-Page-Cache" not in anonymous_get("/", HTTP_AUTHORIZATION="Bearer x")


def test_sign_up_form_is_its_own_page_and_never_cached(series):
    cached_twice(series.url)
    for _ in range(2):
        response = anonymous_get(series.url + "pamelding/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()
    assert "csrfmiddlewaretoken" not in anonymous_get(series.url).content.decode()


def test_admin_and_posts_are_never_cached(home_page):
    assert "X-Page-Cache" not in anonymous_get("/admin/login/")
    assert "X-Page-Cache" not in Client().post("/", {})


def test_feeds_calendars_sitemap_and_the_finder_are_cached(series, national_news_index):
    for path in ["/nyheter/feed/", series.url + "kalender.ics", "/sitemap.xml", "/korus-oslo/kurs/"]:
        cached_twice(path)


@pytest.mark.parametrize("path", ["/", "/nyheter/feed/", "/sitemap.xml"])
def test_page_is_served_with_the_cache_down_and_still_says_how_to_keep_it(redis_down, path, national_news_index):  # noqa: F811
    """With the cache away a public answer keeps its validators: without Cache-Control a browser
    would reuse a feed or the sitemap (they carry Last-Modified) by its own guess."""
    response = anonymous_get(path)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert anonymous_get(path, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_page_cache_setting_off_serves_every_page_fresh(settings, home_page):
    settings.PAGE_CACHE = False
    anonymous_get("/")
    response = anonymous_get("/")
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "ETag" in response


def test_a_304_varies_as_the_full_answer_does(home_page):
    full = cached_twice("/")
    assert "Accept-Encoding" in full["Vary"]
    not_modified = anonymous_get("/", HTTP_IF_NONE_MATCH=full["ETag"])
    assert not_modified.status_code == 304
    assert not_modified["Vary"] == full["Vary"]


def test_made_up_query_strings_cannot_fill_the_cache(monkeypatch, national_news_index):
    """Beyond ``MAX_VARIANTS`` query strings per path, answers are served fresh and not stored."""
    from korus_site.core import pagecache

    monkeypatch.setattr(pagecache, "MAX_VARIANTS", 3)
    for n in range(3):
        assert anonymous_get(f"/nyheter/?utm_source=x{n}")["X-Page-Cache"] == "miss"
        assert anonymous_get(f"/nyheter/?utm_source=x{n}")["X-Page-Cache"] == "hit"
    assert anonymous_get("/nyheter/?utm_source=one-too-many").status_code == 200
    assert anonymous_get("/nyheter/?utm_source=one-too-many")["X-Page-Cache"] == "miss"  # not stored
    assert cached_twice("/nyheter/")  # the plain address is not limited


# Each change is on the next anonymous request ------------------------------------------------


def test_publishing_a_news_item_shows_on_home_news_index_feed_and_sitemap(national_news_index):
    for path in ["/", "/nyheter/", "/nyheter/feed/", "/sitemap.xml"]:
        cached_twice(path)
    item = publish_news(national_news_index, "Ny kursrekke i nord")
    for path in ["/", "/nyheter/", "/nyheter/feed/"]:
        assert "Ny kursrekke i nord" in anonymous_get(path).content.decode(), path
    assert item.url in anonymous_get("/sitemap.xml").content.decode()


def test_a_regional_news_item_shows_on_its_region_and_the_national_news(oslo, national_news_index):
    oslo_news = oslo.get_children().get(slug="nyheter").specific
    for path in ["/", "/nyheter/", oslo.url, oslo_news.url]:
        cached_twice(path)
    publish_news(oslo_news, "Samling i Oslo")
    for path in ["/", "/nyheter/", oslo.url, oslo_news.url]:
        assert "Samling i Oslo" in anonymous_get(path).content.decode(), path


def test_editing_and_republishing_a_page_shows_the_new_text(national_news_index):
    item = publish_news(national_news_index, "Gammel tittel")
    cached_twice(item.url)
    item.title = "Ny tittel"
    item.save_revision().publish()
    assert "Ny tittel" in anonymous_get(item.url).content.decode()
    assert "Ny tittel" in anonymous_get("/nyheter/").content.decode()


def test_unpublishing_a_page_removes_it(national_news_index):
    item = publish_news(national_news_index, "Snart borte")
    cached_twice(item.url)
    cached_twice("/nyheter/")
    item.unpublish()
    assert anonymous_get(item.url).status_code == 404
    assert "Snart borte" not in anonymous_get("/nyheter/").content.decode()


def test_moving_a_page_changes_its_address_everywhere(home_page, oslo):
    about = StandardPageFactory(parent=home_page, title="Om kurset", slug="om-kurset")
    cached_twice("/om-kurset/")
    cached_twice(oslo.url)
    about.move(oslo, pos="last-child")
    old = anonymous_get("/om-kurset/")
    assert old.status_code in (301, 404)  # Wagtail may leave a redirect behind
    assert "X-Page-Cache" not in old
    assert anonymous_get(oslo.url + "om-kurset/").status_code == 200


def test_deleting_a_page_removes_it(home_page):
    StandardPageFactory(parent=home_page, title="Til sletting", slug="til-sletting")
    cached_twice("/til-sletting/")
    StandardPage.objects.get(slug="til-sletting").delete()
    assert anonymous_get("/til-sletting/").status_code == 404


def test_sign_up_changes_seats_left_wherever_the_series_shows(client, series, home_page):
    paths = [series.url, "/korus-oslo/kurs/", "/korus-oslo/", "/"]
    for path in paths:
        assert "10 ledige plasser av 10" in cached_twice(path).content.decode(), path
    response = sign_up(client, series, people(2))
    assert response.status_code == 302
    assert Enrollment.objects.filter(series=series).count() == 2
    for path in paths:
        assert "8 ledige plasser av 10" in anonymous_get(path).content.decode(), path


def test_cancellation_frees_a_seat(home_page, oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=1, title="Liten rekke", slug="liten-rekke")
    seated = EnrollmentFactory(series=series)
    for path in [series.url, "/korus-oslo/kurs/", "/"]:
        assert "ledig plass av 1" not in cached_twice(path).content.decode(), path
    enrollment_service.cancel(seated)
    for path in [series.url, "/korus-oslo/kurs/", "/"]:
        assert "1 ledig plass av 1" in anonymous_get(path).content.decode(), path


def test_a_full_series_shows_the_waiting_list_after_a_sign_up(client, home_page, oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=1, title="Liten rekke", slug="liten-rekke")
    assert "1 ledig plass av 1" in cached_twice(series.url).content.decode()
    assert sign_up(client, series, people(1)).status_code == 302
    html = anonymous_get(series.url).content.decode()
    assert "venteliste" in html.lower()
    assert "1 ledig plass av 1" not in html


def test_a_new_kjentmann_shows_on_the_region_page(oslo, make_kjentmann):
    cached_twice(oslo.url)
    make_kjentmann(first_name="Liv", last_name="Listeføring", list_as_kjentmann=True)
    assert "Liv Listeføring" in anonymous_get(oslo.url).content.decode()


def test_a_kjentmann_who_stops_being_listed_leaves_the_region_page(oslo, make_kjentmann):
    person = make_kjentmann(first_name="Per", last_name="Synlig", list_as_kjentmann=True)
    assert "Per Synlig" in cached_twice(oslo.url).content.decode()
    person.list_as_kjentmann = False
    person.save(update_fields=["list_as_kjentmann"])
    assert "Per Synlig" not in anonymous_get(oslo.url).content.decode()


def test_a_page_showing_sign_up_expires_when_sign_up_opens(oslo_courses):
    opens = timezone.now() + datetime.timedelta(seconds=2)
    series = CourseSeriesPageFactory(parent=oslo_courses, registration_opens=opens, slug="snart-apen")
    assert next_registration_change() == opens
    before = cached_twice(series.url).content.decode()
    assert "pamelding/" not in before.split("<main")[1]
    time.sleep((opens - timezone.now()).total_seconds() + 0.2)
    after = anonymous_get(series.url)
    assert after["X-Page-Cache"] == "miss"
    assert series.url + "pamelding/" in after.content.decode()


def test_making_a_page_private_in_the_admin_takes_it_out_of_the_cache(client, national_admin, home_page):
    """Wagtail's privacy setting changes no revision: the cached copies and the links to the page
    must still go at once (home/signals.py, ``purge_after_privacy_change``)."""
    about = StandardPageFactory(parent=home_page, title="Bare for innloggede", slug="bare-innlogget")
    cached_twice(about.url)
    client.force_login(national_admin)
    address = f"/admin/pages/{about.pk}/privacy/"
    answer = client.get(address)
    assert answer.status_code == 200
    # The admin opens the privacy form in a dialog: the page's HTML comes inside JSON.
    dialog = SimpleNamespace(status_code=200, content=answer.json()["html"].encode(), wsgi_request=answer.wsgi_request)
    form = Form.from_response(dialog)
    form["restriction_type"] = "login"
    saved = form.submit(client)
    assert saved.status_code == 200
    assert saved.json()["step"] == "set_privacy_done"
    private = anonymous_get(about.url)
    assert private.status_code == 302
    assert "X-Page-Cache" not in private
