import feedparser
import pytest

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_regional_feed_parses_without_errors(client, oslo):
    index = oslo.get_children().get(slug="nyheter")
    item = NewsPageFactory(parent=index, title="Ny kursrekke i Oslo – påmelding åpen", lead="Skolene kan melde på nå.")
    item.tags.add("kjentmann")
    item.save()
    response = client.get("/korus-oslo/nyheter/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Nyheter fra KORUS Oslo"
    assert [entry.title for entry in feed.entries] == ["Ny kursrekke i Oslo – påmelding åpen"]
    entry = feed.entries[0]
    assert entry.link == item.get_full_url()
    assert entry.summary == "Skolene kan melde på nå."
    assert entry.published_parsed is not None
    assert [tag.term for tag in entry.tags] == ["kjentmann"]


def test_national_feed_has_every_region(client, region_pages, national_news_index):
    for slug, page in region_pages.items():
        NewsPageFactory(parent=page.get_children().get(slug="nyheter"), title=f"Fra {slug}")
    feed = feedparser.parse(client.get("/nyheter/feed/").content)
    assert not feed.bozo, feed.bozo_exception
    assert {entry.title for entry in feed.entries} == {f"Fra {slug}" for slug in region_pages}
    assert {entry.author for entry in feed.entries} == {page.region.name for page in region_pages.values()}


def test_feed_leaves_out_drafts(client, oslo):
    index = oslo.get_children().get(slug="nyheter")
    NewsPageFactory(parent=index, title="Publisert")
    NewsPageFactory(parent=index, title="Utkast", live=False)
    feed = feedparser.parse(client.get("/korus-oslo/nyheter/feed/").content)
    assert [entry.title for entry in feed.entries] == ["Publisert"]


def test_search_finds_a_news_item(client, oslo):
    index = oslo.get_children().get(slug="nyheter")
    NewsPageFactory(
        parent=index, title="Nettverkssamling for kjentmenn", lead="Erfaringsdeling om samtaler med elever."
    )
    NewsPageFactory(parent=index, title="Noe helt annet", lead="Om skolemat.")
    response = client.get("/sok/", {"q": "nettverkssamling"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nettverkssamling for kjentmenn" in html
    assert "Noe helt annet" not in html


def test_search_matches_body_words(client, oslo):
    index = oslo.get_children().get(slug="nyheter")
    NewsPageFactory(parent=index, title="Samling", lead="Om motiverende samtaler.")
    html = client.get("/sok/", {"q": "motiverende"}).content.decode()
    assert "Samling" in html


def test_empty_search_shows_the_form(client, home_page):
    response = client.get("/sok/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize("query", ['"', 'a"b', '"nettverkssamling', "nettverkssamling'", "(", "*", "-", "NOT", "a:b"])
def test_search_takes_punctuation_as_typed(client, oslo, query):
    """A stray quote or operator is read as punctuation: the page answers, and words still match."""
    index = oslo.get_children().get(slug="nyheter")
    NewsPageFactory(parent=index, title="Nettverkssamling for kjentmenn", lead="Erfaringsdeling.")
    response = client.get("/sok/", {"q": query})
    assert response.status_code == 200
    if "nettverkssamling" in query:
        assert "Nettverkssamling for kjentmenn" in response.content.decode()
