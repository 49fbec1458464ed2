"""Navigation, footer and region cards are cached fragments that follow every change they show."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from tests.core.test_admin_forms import saved
from tests.forms import Form

pytestmark = pytest.mark.django_db


def tables_read(path: str) -> str:
    """The SQL an anonymous request to ``path`` asks, once its fragments are cached."""
    client = Client()
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return " ".join(query["sql"] for query in queries.captured_queries)


def test_the_footer_is_rendered_once_and_follows_the_site_settings(client, national_admin, national_news_index):
    sql = tables_read("/nyheter/")
    assert "home_sitesettings" not in sql
    assert 'FROM "home_region"' not in sql  # the footer's list of regions
    client.force_login(national_admin)
    edit = f"/admin/settings/home/sitesettings/{Site.objects.get(is_default_site=True).pk}/"
    saved(Form.open(client, edit).submit(client, changes={"footer_text": "Sju kompetansesentre, ett kurs"}))
    assert "Sju kompetansesentre, ett kurs" in Client().get("/nyheter/").content.decode()


def test_region_cards_follow_publishing_and_unpublishing(region_pages, home_page):
    oslo = region_pages["korus-oslo"]
    assert oslo.title in Client().get("/").content.decode()
    assert '"home_regionpage"' not in tables_read("/")
    oslo.title = "KORUS Oslo sentrum"
    oslo.save_revision().publish()
    assert "KORUS Oslo sentrum" in Client().get("/").content.decode()
    oslo.unpublish()
    assert "KORUS Oslo sentrum" not in Client().get("/").content.decode()


def test_the_wagtail_userbar_shows_for_staff_only(client, oslo_editor, national_news_index):
    """Wagtail's userbar (edit this page) is for staff; for anyone else the page asks no permissions."""
    from tests.factories import UserFactory

    client.force_login(oslo_editor)
    assert "wagtail-userbar" in client.get("/nyheter/").content.decode()
    client.force_login(UserFactory(email="deltaker@skole.test"))
    client.get("/nyheter/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/nyheter/").content.decode()
    assert "wagtail-userbar" not in html
    assert not [query for query in queries.captured_queries if "auth_permission" in query["sql"]]


def test_the_feeds_in_the_head_follow_unpublishing(oslo, national_news_index):
    """The feeds each page's head advertises are kept with the fragments and follow unpublishing."""
    assert Client().get("/korus-oslo/").content.decode().count('type="application/rss+xml"') == 2
    oslo.get_children().get(slug="nyheter").specific.unpublish()
    html = Client().get("/korus-oslo/").content.decode()
    assert html.count('type="application/rss+xml"') == 1  # the national feed only
