import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    HomePage,
    MaterialIndexPage,
    MaterialPage,
    NewsIndexPage,
    NewsPage,
    RegionPage,
    StandardPage,
)
from tests.factories import (
    MaterialIndexPageFactory,
    MaterialPageFactory,
    MaterialVersionFactory,
    NewsPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_home_holds_regions_and_national_indexes(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            RegionPage, {NewsIndexPage, MaterialIndexPage, StandardPage, *self._extra_region_children()}
        )
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(MaterialPage, {MaterialIndexPage})
        self.assertAllowedParentPageTypes(RegionPage, {HomePage})

    def _extra_region_children(self):
        return {
            model
            for model in RegionPage.allowed_subpage_models()
            if model.__module__.startswith(("courses", "network"))
        }


def test_region_page_shows_its_counties_contacts_and_news(client, oslo):
    index = oslo.get_children().get(slug="nyheter")
    NewsPageFactory(parent=index, title="Nytt fra Oslo")
    response = client.get("/korus-oslo/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nytt fra Oslo" in html
    assert "Oslo" in html  # the county it serves


def test_region_page_lists_only_its_own_news(client, oslo, bergen):
    NewsPageFactory(parent=bergen.get_children().get(slug="nyheter"), title="Bare i Bergen")
    assert "Bare i Bergen" not in client.get("/korus-oslo/").content.decode()
    assert "Bare i Bergen" in client.get("/korus-bergen/").content.decode()


def test_national_news_index_lists_every_region(client, region_pages, national_news_index):
    for slug, page in region_pages.items():
        NewsPageFactory(parent=page.get_children().get(slug="nyheter"), title=f"Sak fra {slug}")
    html = client.get("/nyheter/").content.decode()
    for slug in region_pages:
        assert f"Sak fra {slug}" in html


def test_news_page_records_its_region(oslo):
    item = NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"))
    assert item.region.slug == "korus-oslo"


def test_moving_a_page_updates_its_region(oslo, bergen, national_admin):
    item = NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"))
    item.move(bergen.get_children().get(slug="nyheter"), pos="last-child", user=national_admin)
    item.refresh_from_db()
    assert item.region.slug == "korus-bergen"


def test_news_tag_filter(client, oslo):
    index = oslo.get_children().get(slug="nyheter")
    tagged = NewsPageFactory(parent=index, title="Om foreldremøter")
    tagged.tags.add("foreldre")
    tagged.save()
    NewsPageFactory(parent=index, title="Om noe annet")
    html = client.get("/korus-oslo/nyheter/?tag=foreldre").content.decode()
    assert "Om foreldremøter" in html
    assert "Om noe annet" not in html


def test_material_shows_latest_version_first_and_keeps_earlier(client, home_page):
    import datetime

    library = MaterialIndexPageFactory(parent=home_page)
    material = MaterialPageFactory(parent=library, title="Kjentmann-håndboka")
    MaterialVersionFactory(page=material, version="1.0", date=datetime.date(2019, 9, 1), change_note="Første utgave.")
    MaterialVersionFactory(page=material, version="2.0", date=datetime.date(2025, 8, 1), change_note="Nytt kapittel.")
    html = client.get(material.url).content.decode()
    assert html.index("Siste versjon: 2.0") < html.index("Første utgave.")
    assert "Første utgave." in html
    library_html = client.get("/materiell/").content.decode()
    assert "Nytt kapittel." in library_html


def test_standard_page_renders(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Personvern", slug="personvern")
    response = client.get("/personvern/")
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_unknown_page_is_a_friendly_404(client, home_page):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "<main" in response.content.decode()
