"""The number of SQL queries of the main pages does not grow with the amount of news."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import KorusImageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def add_news(region_pages, national_index, count):
    pages = list(region_pages.values())
    image = KorusImageFactory()
    for n in range(count):
        page = pages[n % len(pages)]
        item = NewsPageFactory(parent=page.get_children().get(slug="nyheter"), image=image if n % 3 == 0 else None)
        item.tags.add("kjentmann")
        item.save()


def count_queries(client, path):
    client.get(path)  # warm caches (site root, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["/", "/korus-oslo/", "/nyheter/", "/korus-oslo/nyheter/", "/nyheter/feed/"])
def test_query_count_independent_of_news(client, region_pages, national_news_index, path):
    add_news(region_pages, national_news_index, 10)
    with_ten = count_queries(client, path)
    add_news(region_pages, national_news_index, 190)
    with_two_hundred = count_queries(client, path)
    assert with_ten == with_two_hundred, f"{path}: {with_ten} queries with 10 news items, {with_two_hundred} with 200"
