import datetime
import re

import pytest

from django.utils import formats, timezone, translation

pytestmark = pytest.mark.django_db


def test_bokmal_is_the_default_even_for_english_browsers(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Content-Language"] == "nb"
    assert '<html lang="nb"' in response.content.decode()
    assert "Hopp til hovedinnhold" in response.content.decode()


@pytest.mark.parametrize(
    ("code", "skip_link"),
    [("nn", "Hopp til hovudinnhaldet"), ("en", "Skip to main content"), ("nb", "Hopp til hovedinnhold")],
)
def test_visitor_can_choose_language(client, home_page, code, skip_link):
    html = client.get("/").content.decode()
    link = re.search(rf'<a href="([^"]+)" lang="{code}"', html)
    assert link, "the language switcher links to each language"
    response = client.get(link.group(1).replace("&amp;", "&"))
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert set(response.cookies) == {"korus_language"}  # only the language: no session, no CSRF token
    page = client.get("/").content.decode()
    assert f'<html lang="{code}"' in page
    assert skip_link in page


def test_norwegian_date_and_time_format():
    moment = timezone.make_aware(datetime.datetime(2026, 6, 5, 13, 0))
    with translation.override("nb"):
        assert formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT") == "5. juni 2026 kl. 13.00"
        assert formats.date_format(moment.date()) == "5. juni 2026"
    with translation.override("nn"):
        assert formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT") == "5. juni 2026 kl. 13.00"


def test_times_are_in_oslo(settings):
    assert settings.TIME_ZONE == "Europe/Oslo"
    summer = datetime.datetime(2026, 6, 5, 11, 0, tzinfo=datetime.UTC)
    assert timezone.localtime(summer).hour == 13
