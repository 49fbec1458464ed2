import datetime
import json
import re

import pytest
from pyld import jsonld

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.choices import TargetGroup
from courses.services.finder import find_series
from home.models import Fylke, Region
from tests.factories import CourseIndexPageFactory, CourseSeriesPageFactory, EnrollmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def national_finder(home_page):
    return CourseIndexPageFactory(parent=home_page)


def titles(series):
    return {s.title for s in series}


def test_finder_filters(oslo_courses, bergen_courses):
    now = timezone.now()
    a = CourseSeriesPageFactory(parent=oslo_courses, title="Oslo ungdom", target_group=TargetGroup.LOWER_SECONDARY)
    b = CourseSeriesPageFactory(
        parent=bergen_courses,
        title="Bergen vgs",
        target_group=TargetGroup.UPPER_SECONDARY,
        start=now + datetime.timedelta(days=120),
    )
    c = CourseSeriesPageFactory(parent=bergen_courses, title="Bergen begge", target_group=TargetGroup.BOTH)
    CourseSeriesPageFactory(parent=oslo_courses, title="Startet", start=now - datetime.timedelta(days=1))
    CourseSeriesPageFactory(parent=oslo_courses, title="Kladd", status="draft")
    assert titles(find_series()) == {a.title, b.title, c.title}
    assert titles(find_series(region=Region.objects.get(slug="korus-bergen"))) == {b.title, c.title}
    assert titles(find_series(fylke=Fylke.objects.get(name="Vestland"))) == {b.title, c.title}
    assert titles(find_series(target_group=TargetGroup.LOWER_SECONDARY)) == {a.title, c.title}
    month = (now + datetime.timedelta(days=120)).strftime("%Y-%m")
    assert b.title in titles(find_series(month=month))
    assert a.title not in titles(find_series(month=month))


def test_finder_page_shows_seats_left_or_waiting_list(client, national_finder, oslo_courses):
    open_series = CourseSeriesPageFactory(parent=oslo_courses, title="Har plass", seats=3)
    EnrollmentFactory(series=open_series)
    full = CourseSeriesPageFactory(parent=oslo_courses, title="Full", seats=1)
    EnrollmentFactory(series=full)
    html = client.get("/kurs/").content.decode()
    assert "2 ledige plasser av 3" in html
    assert "Full: nye påmeldinger havner på venteliste" in html


def test_finder_page_filters_by_query_string(client, national_finder, oslo_courses, bergen_courses):
    CourseSeriesPageFactory(parent=oslo_courses, title="I Oslo")
    CourseSeriesPageFactory(parent=bergen_courses, title="I Bergen")
    html = client.get("/kurs/", {"region": "korus-bergen"}).content.decode()
    assert "I Bergen" in html
    assert "I Oslo" not in html
    regional = client.get("/korus-oslo/kurs/").content.decode()
    assert "I Oslo" in regional
    assert "I Bergen" not in regional


def count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_series(parent, count, enrollments_each):
    for _ in range(count):
        series = CourseSeriesPageFactory(parent=parent, seats=50)
        for _ in range(enrollments_each):
            EnrollmentFactory(series=series)


@pytest.mark.parametrize("path", ["/kurs/", "/korus-oslo/kurs/", "/korus-oslo/", "/"])
def test_finder_query_count_is_independent_of_series_and_enrollments(client, national_finder, oslo_courses, path):
    add_series(oslo_courses, 2, 1)
    few = count_queries(client, path)
    add_series(oslo_courses, 12, 4)
    many = count_queries(client, path)
    assert few == many, f"{path}: {few} queries with 2 series, {many} with 14"


def test_series_page_query_count_is_independent_of_enrollments(client, oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=100, gathering_count=2)
    EnrollmentFactory(series=series)
    few = count_queries(client, series.url)
    for _ in range(30):
        EnrollmentFactory(series=series)
    more = count_queries(client, series.url)
    assert few == more


def schema_org_loader(url, options=None):
    """Offline document loader: schema.org's context maps every term into its vocabulary."""
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": "https://schema.org/", "@base": "https://schema.org/"}},
    }


def test_series_page_carries_valid_event_json_ld(client, series):
    html = client.get(series.url).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert match
    data = json.loads(match.group(1))
    assert data["@type"] == "Event"
    assert data["name"] == series.title
    assert data["organizer"]["name"] == "KORUS Oslo"
    assert len(data["subEvent"]) == 3
    assert data["offers"]["priceCurrency"] == "NOK"
    expanded = jsonld.expand(data, {"documentLoader": schema_org_loader})
    event = expanded[0]
    assert event["@type"] == ["https://schema.org/Event"]
    assert len(event["https://schema.org/subEvent"]) == 3
    assert event["https://schema.org/startDate"][0]["@value"] == data["startDate"]
