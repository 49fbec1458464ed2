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
