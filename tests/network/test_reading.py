"""Topic lists and topic pages: order, unread markers, search, and query counts that do not grow."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import Topic
from network.services import posting
from tests.factories import PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_unread_markers(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Merket tema", text="Start.")
    client.force_login(other_kjentmann)
    assert "topic--unread" in client.get("/nettverk/hele-landet/").content.decode()
    client.get(topic.get_absolute_url())
    assert "topic--unread" not in client.get("/nettverk/hele-landet/").content.decode()
    posting.reply(user=kjentmann, topic=topic, text="Nytt svar.")
    assert "topic--unread" in client.get("/nettverk/hele-landet/").content.decode()


def test_search_finds_posts_and_titles(client, areas, kjentmann):
    posting.start_topic(user=kjentmann, area=areas["national"], title="Foreldremøte om cannabis", text="Tips?")
    posting.start_topic(user=kjentmann, area=areas["national"], title="Annet", text="Vi snakket om motivasjon.")
    client.force_login(kjentmann)
    html = client.get("/nettverk/sok/", {"q": "cannabis"}).content.decode()
    assert "Foreldremøte om cannabis" in html
    assert "Annet" not in html
    assert "Annet" in client.get("/nettverk/sok/", {"q": "motivasjon"}).content.decode()


@pytest.mark.postgresql
def test_search_uses_norwegian_stemming_on_postgresql(client, areas, kjentmann):
    posting.start_topic(
        user=kjentmann, area=areas["national"], title="Samtaler", text="Elevene var slitne etter helgene."
    )
    client.force_login(kjentmann)
    assert "Samtaler" in client.get("/nettverk/sok/", {"q": "elev helg"}).content.decode()


def count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_topic_list_and_topic_page_query_counts(client, areas, kjentmann):
    area = areas["national"]
    first = TopicFactory(area=area, author=kjentmann)
    PostFactory(topic=first)
    client.force_login(kjentmann)
    few = (count_queries(client, "/nettverk/hele-landet/"), count_queries(client, first.get_absolute_url()))
    for _ in range(40):
        topic = TopicFactory(area=area, author=kjentmann)
        PostFactory(topic=topic)
    for _ in range(45):
        PostFactory(topic=first)
    many = (count_queries(client, "/nettverk/hele-landet/"), count_queries(client, first.get_absolute_url()))
    assert few == many, f"{few} queries with few topics and posts, {many} with many"
    assert Topic.objects.count() == 41
