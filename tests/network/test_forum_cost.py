"""What a forum request costs: stored HTML, stored revision counts, pages read by index, read markers."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network import rendering
from network.models import Post, Topic, TopicRead
from network.services import posting
from tests.factories import PostFactory
from tests.forms import Form

pytestmark = pytest.mark.django_db

# As reached. Before the header stopped asking permissions for Wagtail's userbar and the feeds
# were cached: 22 and 20; before that, with the revision count grouped over the whole topic: 25 and 21.
TOPIC_PAGE_QUERIES = 15
TOPIC_LIST_QUERIES = 13


def count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_topic_page_queries_do_not_grow_with_posts_or_revisions(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Langt tema", text="Første.")
    client.force_login(kjentmann)
    few = count_queries(client, topic.get_absolute_url())
    for n in range(60):
        PostFactory(topic=topic, author=other_kjentmann, body=f"Svar {n}.")
    Topic.objects.filter(pk=topic.pk).update(reply_count=60)
    first = topic.posts.order_by("created_at", "pk").first()
    for n in range(5):
        posting.edit(user=kjentmann, post=first, text=f"Utgave {n}.")
    many = count_queries(client, topic.get_absolute_url())
    deep = count_queries(client, topic.get_absolute_url() + "?side=4")
    assert few == many == deep, f"{few} queries with one post, {many} with 61 and 5 revisions, {deep} on page 4"
    assert many <= TOPIC_PAGE_QUERIES


def test_page_twenty_of_the_topic_list_costs_what_page_one_costs(client, areas, kjentmann):
    area = areas["national"]
    now = timezone.now()
    Topic.objects.bulk_create(
        Topic(area=area, title=f"Tema {n}", author=kjentmann, last_activity_at=now - timezone.timedelta(minutes=n))
        for n in range(25 * 20 + 3)
    )
    client.force_login(kjentmann)
    first = count_queries(client, "/nettverk/hele-landet/")
    twentieth = count_queries(client, "/nettverk/hele-landet/?side=20")
    assert first == twentieth <= TOPIC_LIST_QUERIES
    html = client.get("/nettverk/hele-landet/?side=20").content.decode()
    # Page 20 shows topics 476–500 in order: newest activity first.
    assert "Tema 475<" in html
    assert "Tema 499<" in html
    assert "Tema 474<" not in html
    assert "Tema 500<" not in html
    assert "topic--unread" in html


def test_deep_topic_pages_show_their_posts_in_order(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Mange svar", text="Svar 0.")
    for n in range(1, 45):
        posting.reply(user=other_kjentmann, topic=topic, text=f"Svar {n}.", rate_limited=False)
    hidden = topic.posts.get(body="Svar 5.")
    posting.hide(user=other_kjentmann, post=hidden, reason="")
    client.force_login(kjentmann)
    html = client.get(topic.get_absolute_url() + "?side=3").content.decode()
    # 44 posts are visible: page 3 holds the last four (41–44), the hidden one moved the rest up.
    assert [f"Svar {n}." in html for n in (40, 41, 44)] == [False, True, True]
    page_one = client.get(topic.get_absolute_url()).content.decode()
    assert "Svar 5." not in page_one
    assert "Svar 20." in page_one
    assert "Svar 21." not in page_one


def test_edits_are_counted_on_the_post_and_shown_to_the_author(client, areas, kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Redigert", text="Først.")
    post = topic.posts.get()
    client.force_login(kjentmann)
    for text in ("Andre gang.", "Tredje gang."):
        form = Form.open(client, f"/nettverk/innlegg/{post.pk}/rediger/", having="text")
        assert form.submit(client, changes={"text": text}).status_code == 302
    post.refresh_from_db()
    assert post.revision_count == post.revisions.count() == 2
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "2 tidligere versjoner" in html
    assert "<p>Tredje gang.</p>" in html


def test_stored_html_is_rendered_again_when_the_rules_change(client, areas, kjentmann, monkeypatch):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Regler", text="Med **fet** skrift.")
    post = topic.posts.get()
    assert post.body_html == "<p>Med <strong>fet</strong> skrift.</p>"
    assert post.render_version == rendering.RENDER_VERSION
    # New rules: the page shows the post by them at once, and the command stores it.
    monkeypatch.setattr(rendering, "RENDER_VERSION", rendering.RENDER_VERSION + 1)
    original = rendering.render
    monkeypatch.setattr(rendering, "render", lambda text, handles=None: original(text, handles).replace("p>", "h4>"))
    client.force_login(kjentmann)
    assert "<h4>Med <strong>fet</strong> skrift.</h4>" in client.get(topic.get_absolute_url()).content.decode()
    post.refresh_from_db()
    assert post.body_html == "<p>Med <strong>fet</strong> skrift.</p>"  # a GET writes no post
    call_command("rerender_posts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    post.refresh_from_db()
    assert (post.body_html, post.render_version) == ("<h4>Med <strong>fet</strong> skrift.</h4>", 2)


def test_hidden_post_html_is_kept_for_moderators_only(client, areas, kjentmann, other_kjentmann, oslo_staff):
    area = areas["korus-oslo"]
    topic = posting.start_topic(user=kjentmann, area=area, title="Skjult", text="Synlig.")
    reply = posting.reply(user=other_kjentmann, topic=topic, text="Hemmelig *svar*.")
    posting.hide(user=oslo_staff, post=reply, reason="Regelbrudd")
    client.force_login(oslo_staff)
    assert "Hemmelig <em>svar</em>." in client.get(topic.get_absolute_url()).content.decode()
    client.force_login(kjentmann)
    assert "Hemmelig" not in client.get(topic.get_absolute_url()).content.decode()


def test_a_moderator_asks_for_their_areas_once(client, areas, kjentmann, oslo_staff):
    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Moderert", text="Hei.")
    client.force_login(oslo_staff)
    client.get(topic.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        html = client.get(topic.get_absolute_url()).content.decode()
    assert "Verktøy for moderatorer" in html
    # Which areas Oslo's staff moderate is asked once, though the page asks three times
    # (the moderation link, the topic's tools, the list of areas to move to).
    area_lookups = [q["sql"] for q in queries if q["sql"].startswith('SELECT "network_area"."id" AS "pk" FROM')]
    assert len(area_lookups) == 1, area_lookups


def test_reading_a_topic_is_one_upsert_and_no_lock(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Lest", text="Hei.")
    client.force_login(other_kjentmann)
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            client.get(topic.get_absolute_url())
        sql = [q["sql"] for q in queries]
        assert not [s for s in sql if "FOR UPDATE" in s]
        assert len([s for s in sql if "network_topicread" in s]) == 1
    assert TopicRead.objects.filter(user=other_kjentmann, topic=topic).count() == 1


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_readers_at_once_leave_one_read_marker(areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Samtidig", text="Hei.")
    clients = []
    for _ in range(4):
        client = Client()
        client.force_login(other_kjentmann)
        clients.append(client)
    barrier = threading.Barrier(len(clients))

    def read(client):
        barrier.wait()
        try:
            return client.get(topic.get_absolute_url()).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        assert list(pool.map(read, clients)) == [200] * len(clients)
    marker = TopicRead.objects.get(user=other_kjentmann, topic=topic)
    assert marker.read_at >= Post.objects.get(topic=topic).created_at
