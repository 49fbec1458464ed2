"""Feeds and discovery: feed links, sitemap, robots.txt, canonical links, descriptions and Open Graph."""

import feedparser
import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET

from home.services.site import sync_default_site
from tests.factories import KorusImageFactory, NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://kjentmann.example.no"


@pytest.fixture
def public(settings, home_page):
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    sync_default_site()


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def feed_links(soup):
    return [link["href"] for link in soup.find_all("link", rel="alternate", type="application/rss+xml")]


def meta(soup, prop):
    tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def test_news_items_with_an_image_have_an_enclosure(client, oslo, public):
    index = oslo.get_children().get(slug="nyheter")
    NewsPageFactory(parent=index, title="Med bilde", image=KorusImageFactory(description="Elever i en gang."))
    NewsPageFactory(parent=index, title="Uten bilde")
    feed = feedparser.parse(client.get("/korus-oslo/nyheter/feed/").content)
    assert not feed.bozo, feed.bozo_exception
    entries = {entry.title: entry for entry in feed.entries}
    (enclosure,) = entries["Med bilde"].enclosures
    assert enclosure.href.startswith(f"{PUBLIC}/")
    assert enclosure.type.startswith("image/")
    assert int(enclosure.length) > 0
    assert entries["Uten bilde"].enclosures == []


def test_every_page_advertises_each_feed_once(client, region_pages, national_news_index, public):
    oslo = region_pages["korus-oslo"]
    national = f"{PUBLIC}/nyheter/feed/"
    regional = f"{PUBLIC}/korus-oslo/nyheter/feed/"
    news = NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"))
    assert feed_links(head(client, "/")) == [national]
    assert feed_links(head(client, "/nyheter/")) == [national]
    assert feed_links(head(client, "/sok/")) == [national]
    for url in (oslo.url, "/korus-oslo/nyheter/", news.url):
        assert feed_links(head(client, url)) == [national, regional], url
    for href in (national, regional):
        assert not feedparser.parse(client.get(href.removeprefix(PUBLIC)).content).bozo


def test_public_pages_have_canonical_description_and_open_graph(client, oslo, public):
    image = KorusImageFactory(description="Elever i en gang.")
    news = NewsPageFactory(
        parent=oslo.get_children().get(slug="nyheter"), title="Nytt", lead="Kort om saken.", image=image
    )
    soup = head(client, news.url + "?utm_source=test")
    canonical = f"{PUBLIC}{news.url}"
    assert soup.find("link", rel="canonical")["href"] == canonical
    assert meta(soup, "description") == "Kort om saken."
    assert meta(soup, "og:title") == "Nytt"
    assert meta(soup, "og:description") == "Kort om saken."
    assert meta(soup, "og:url") == canonical
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:image").startswith(f"{PUBLIC}/")
    assert meta(soup, "og:image:alt") == "Elever i en gang."

    page = StandardPageFactory(parent=oslo, title="Om oss", intro="Introen.", search_description="For søkemotorer.")
    soup = head(client, page.url)
    assert meta(soup, "description") == meta(soup, "og:description") == "For søkemotorer."
    assert meta(soup, "og:image") is None
    soup = head(client, oslo.url)
    assert meta(soup, "description") == oslo.intro
    assert len(soup.find_all("link", rel="canonical")) == 1


def test_sitemap_lists_live_public_pages_at_the_public_address(client, oslo, public):
    news = NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"), title="Publisert")
    draft = NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"), title="Utkast", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    assert f"{PUBLIC}{news.url}" in locations
    assert f"{PUBLIC}{oslo.url}" in locations
    assert f"{PUBLIC}{draft.url}" not in locations
    assert all(location.startswith(f"{PUBLIC}/") for location in locations)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_personal_pages(client, public):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in lines
    for path in ("/admin/", "/konto/", "/mine-kurs/", "/min-skole/", "/nettverk/", "/kalender/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
