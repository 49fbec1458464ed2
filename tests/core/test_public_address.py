"""One public address: every absolute URL that leaves the site starts with settings.BASE_URL."""

import json
import re
from pathlib import Path

import feedparser
import pytest
from icalendar import Calendar

from django.apps import apps
from django.conf import settings as django_settings

from wagtail.models import Site

from courses.services import enrollment as service
from courses.services.enrollment import Person
from home.services.site import base_url_host_and_port, sync_default_site, sync_default_site_after_migrate
from tests.factories import NewsPageFactory, SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://kjentmann.example.no"
EMAIL_TEMPLATES = Path(django_settings.BASE_DIR) / "templates" / "emails"


@pytest.fixture
def public_address(settings, home_page):
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    sync_default_site()
    return PUBLIC


def absolute_urls(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)


def assert_public(urls, *, allowed=()) -> None:
    assert urls
    for url in urls:
        assert "localhost" not in url, url
        assert "testserver" not in url, url
        assert url.startswith((PUBLIC, *allowed)), url


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://kjentmann.no", ("kjentmann.no", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://kjentmann.test/", ("kjentmann.test", 80)),
    ],
)
def test_base_url_gives_the_sites_hostname_and_port(base_url, expected):
    assert base_url_host_and_port(base_url) == expected


@pytest.mark.parametrize("base_url", ["kjentmann.no", "https://kjentmann.no:8443", "https://kjentmann.no/sub/"])
def test_a_base_url_wagtail_cannot_write_is_refused(base_url):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        base_url_host_and_port(base_url)


def test_migrate_keeps_the_wagtail_site_in_line_with_base_url(settings, home_page):
    Site.objects.update(hostname="localhost", port=80)
    settings.BASE_URL = PUBLIC
    sync_default_site_after_migrate(sender=apps.get_app_config("home"))
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("kjentmann.example.no", 443)
    assert site.root_url == PUBLIC
    assert home_page.get_full_url() == f"{PUBLIC}/"


def test_feed_links_and_guids_use_the_public_address(client, oslo, public_address):
    NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"), title="Nytt")
    feed = feedparser.parse(client.get("/korus-oslo/nyheter/feed/").content)
    assert not feed.bozo, feed.bozo_exception
    assert_public([feed.feed.link] + [e.link for e in feed.entries] + [e.id for e in feed.entries])
    assert feed.entries[0].link == f"{PUBLIC}/korus-oslo/nyheter/{feed.entries[0].link.rstrip('/').rsplit('/')[-1]}/"


def test_calendars_and_json_ld_use_the_public_address(client, series, public_address):
    calendar = Calendar.from_ical(client.get(series.url + "kalender.ics").content)
    assert_public([str(event["URL"]) for event in calendar.walk("VEVENT")])
    html = client.get(series.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert_public([data["@id"], data["url"], data["organizer"]["url"]])


def test_every_email_template_links_through_the_public_address():
    """Links in e-mails are built from ``base_url`` (or ``site_url``), mailto: or an address someone typed in."""
    allowed = ("{{ base_url }}", "{{ site_url }}", "mailto:", "{{ gathering.online_url }}")
    templates = sorted(EMAIL_TEMPLATES.rglob("*.html"))
    assert len(templates) > 20
    for template in templates:
        source = template.read_text()
        for href in re.findall(r'href="([^"]*)"', source):
            assert href.startswith(allowed), f"{template.name}: {href}"
        assert "localhost" not in source
    for template in sorted(EMAIL_TEMPLATES.rglob("*.txt")):
        assert "localhost" not in template.read_text()
        assert "http://" not in template.read_text(), template.name


def test_sent_emails_link_to_the_public_address(series, public_address, mailoutbox, django_capture_on_commit_callbacks):
    people = [Person("Kari", "Nordmann", "kari@skole.test", "laerer")]
    with django_capture_on_commit_callbacks(execute=True):
        service.register(series=series, school=SchoolFactory(), contact=UserFactory(), people=people)
    assert len(mailoutbox) >= 2  # the participant's confirmation and the contact's receipt
    for message in mailoutbox:
        assert_public(absolute_urls(message.body))
        assert_public(absolute_urls(message.alternatives[0][0]), allowed=("https://www.w3.org",))


def test_wagtail_workflow_emails_use_the_public_address(oslo_editor, oslo_staff, oslo, public_address, mailoutbox):
    index = oslo.get_children().get(slug="nyheter")
    news = NewsPageFactory(parent=index, title="Til godkjenning")
    news.save_revision(user=oslo_editor)
    news.get_workflow().start(news, oslo_editor)
    assert mailoutbox, "the lead is told that a page waits for approval"
    for message in mailoutbox:
        assert_public(absolute_urls(message.body))


def test_the_database_check_warns_when_the_site_and_base_url_differ(settings, home_page):
    from home.services.site import check_default_site

    assert check_default_site(databases=["default"]) == []
    assert check_default_site() == []  # without --database nothing is queried
    Site.objects.update(hostname="localhost", port=80)
    (warning,) = check_default_site(databases=["default"])
    assert warning.id == "home.W001"


def test_the_site_check_waits_for_the_tables_on_a_fresh_database(monkeypatch):
    """``migrate`` runs the database checks before any table exists: the check must not stop it."""
    from django.db import OperationalError

    from home.services import site as site_service

    def no_table(*args, **kwargs):
        raise OperationalError("no such table: wagtailcore_site")

    monkeypatch.setattr(site_service.Site.objects, "filter", no_table)
    assert site_service.check_default_site(databases=["default"]) == []
