"""The network day to day: «Nytt og ulest», a preview before publishing, and «takk» on posts.

Every form is read from the real page and sent back (tests/forms.py).
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import Area, Post, PostThanks, Topic, TopicRead
from network.services import posting, thanks
from tests.factories import UserFactory
from tests.forms import Form
from tests.network.test_privacy import FNR

pytestmark = pytest.mark.django_db


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# «Nytt og ulest» ---------------------------------------------------------------------------


def test_unread_lists_new_activity_across_areas_newest_first(client, areas, kjentmann, other_kjentmann):
    old = posting.start_topic(user=other_kjentmann, area=areas["national"], title="Gammelt tema", text="Først.")
    newer = posting.start_topic(user=other_kjentmann, area=areas["korus-oslo"], title="Nytt i Oslo", text="Hei.")
    read = posting.start_topic(user=other_kjentmann, area=areas["korus-bergen"], title="Lest i Bergen", text="Lest.")
    client.force_login(kjentmann)
    page_html(client, read.get_absolute_url())  # reading sets the marker

    html = page_html(client, "/nettverk/nytt/")
    assert "Nytt i Oslo" in html
    assert "Gammelt tema" in html
    assert "Lest i Bergen" not in html
    assert html.index("Nytt i Oslo") < html.index("Gammelt tema")

    # A reply after the marker brings the read topic back, as the newest, linked to the reply.
    reply = posting.reply(user=other_kjentmann, topic=read, text="Et svar til.", rate_limited=False)
    html = page_html(client, "/nettverk/nytt/")
    assert html.index("Lest i Bergen") < html.index("Nytt i Oslo")
    assert f"{read.get_absolute_url()}#innlegg-{reply.pk}" in html
    assert f'href="{old.get_absolute_url()}"' in html  # never read: from the start
    assert newer.area.name in html


def test_unread_leaves_out_hidden_areas_and_topics(client, areas, kjentmann, other_kjentmann, oslo_staff):
    posting.start_topic(user=other_kjentmann, area=areas["korus-oslo"], title="Tema i skjult område", text="Hei.")
    hidden_topic = posting.start_topic(user=other_kjentmann, area=areas["national"], title="Skjult tema", text="Hei.")
    Topic.objects.filter(pk=hidden_topic.pk).update(hidden=True)
    Area.objects.filter(pk=areas["korus-oslo"].pk).update(is_active=False)
    client.force_login(kjentmann)
    html = page_html(client, "/nettverk/nytt/")
    assert "Tema i skjult område" not in html
    assert "Skjult tema" not in html
    assert "Du har lest alt" in html
    # The area's moderators still read it.
    client.force_login(oslo_staff)
    assert "Tema i skjult område" in page_html(client, "/nettverk/nytt/")


def test_unread_is_for_members_only(client, areas, other_kjentmann):
    posting.start_topic(user=other_kjentmann, area=areas["national"], title="Bare for medlemmer", text="Hei.")
    assert client.get("/nettverk/nytt/").status_code == 302  # to the login
    client.force_login(UserFactory())
    response = client.get("/nettverk/nytt/")
    assert response.status_code == 403
    assert "Bare for medlemmer" not in response.content.decode()


UNREAD_QUERIES = 16  # as reached


def test_unread_queries_do_not_grow_with_topics_or_read_markers(client, areas, kjentmann, other_kjentmann):
    area = areas["national"]
    client.force_login(kjentmann)

    def count(path):
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    posting.start_topic(user=other_kjentmann, area=area, title="Ett tema", text="Hei.")
    few = count("/nettverk/nytt/")
    now = timezone.now()
    Topic.objects.bulk_create(
        Topic(
            area=area, title=f"Tema {n}", author=other_kjentmann, last_activity_at=now - timezone.timedelta(minutes=n)
        )
        for n in range(25 * 8)
    )
    topics = list(Topic.objects.filter(title__startswith="Tema "))
    # Half of them read after their last activity, so they drop out of the list.
    TopicRead.objects.bulk_create(TopicRead(user=kjentmann, topic=t, read_at=now) for t in topics[::2])
    many = count("/nettverk/nytt/")
    deep = count("/nettverk/nytt/?side=4")
    assert few == many == deep, f"{few} queries with one topic, {many} with 200, {deep} on page 4"
    assert many <= UNREAD_QUERIES
    html = page_html(client, "/nettverk/nytt/?side=4")
    assert 'aria-current="page" href="?side=4"' in html


# Preview -------------------------------------------------------------------------------------


def test_preview_a_reply_renders_it_and_saves_nothing(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=other_kjentmann, area=areas["national"], title="Samtalen", text="Hvordan?")
    client.force_login(kjentmann)
    form = Form.open(client, topic.get_absolute_url(), having="text")
    form["text"] = "Jeg spør **alltid** om lov først, @" + other_kjentmann.forum_member.handle
    response = form.submit(client, "preview")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>alltid</strong>" in html
    assert '<span class="mention">@Ola Lie</span>' in html
    assert "Forhåndsvisning" in html
    assert Post.objects.count() == 1

    # The preview page's form holds the text; publishing it from there saves it once.
    again = Form.from_response(response, having="text")
    assert "**alltid**" in again["text"]
    published = again.submit(client)
    assert published.status_code == 302
    reply = Post.objects.get(author=kjentmann)
    assert "<strong>alltid</strong>" in reply.body_html


def test_preview_a_new_topic_and_an_edit(client, areas, kjentmann):
    client.force_login(kjentmann)
    form = Form.open(client, "/nettverk/hele-landet/nytt-tema/", having="title")
    form["title"] = "Foreldremøte"
    form["text"] = "- første punkt\n- andre punkt"
    html = form.submit(client, "preview").content.decode()
    assert "<li>første punkt</li>" in html
    assert "Foreldremøte" in html
    assert not Topic.objects.exists()

    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Gammel tekst.")
    post = topic.posts.get()
    form = Form.open(client, f"/nettverk/innlegg/{post.pk}/rediger/", having="text")
    form["text"] = "Ny *tekst*."
    html = form.submit(client, "preview").content.decode()
    assert "<em>tekst</em>" in html
    post.refresh_from_db()
    assert post.body == "Gammel tekst."
    assert post.revision_count == 0


def test_the_privacy_guard_applies_to_a_preview(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=other_kjentmann, area=areas["national"], title="Tema", text="Hei.")
    client.force_login(kjentmann)
    form = Form.open(client, topic.get_absolute_url(), having="text")
    form["text"] = f"Eleven har nummer {FNR}."
    html = form.submit(client, "preview").content.decode()
    assert "fødselsnummer, D- eller H-nummer" in html
    assert "Forhåndsvisning" not in html  # nothing rendered for others to see
    assert f"Eleven har nummer {FNR}." in html  # the text is kept in the form
    # Likely identifiers must be confirmed before a preview too.
    form["text"] = "Ring meg på 912 34 567."
    response = form.submit(client, "preview")
    assert "Forhåndsvisning" not in response.content.decode()
    confirm = Form.from_response(response, having="confirm_identifiers")
    confirm.check("confirm_identifiers")
    html = confirm.submit(client, "preview").content.decode()
    assert "Forhåndsvisning" in html
    assert "912 34 567" in html
    assert Post.objects.count() == 1


def test_a_preview_says_what_publishing_would_refuse(client, areas, kjentmann, other_kjentmann, oslo_staff):
    topic = posting.start_topic(user=other_kjentmann, area=areas["korus-oslo"], title="Tema", text="Hei.")
    client.force_login(kjentmann)
    form = Form.open(client, f"/nettverk/tema/{topic.pk}/svar/", having="text")
    Topic.objects.filter(pk=topic.pk).update(locked=True)
    form["text"] = "Et svar."
    html = form.submit(client, "preview").content.decode()
    assert "Temaet er låst" in html
    assert "Forhåndsvisning" not in html


# «Takk» ---------------------------------------------------------------------------------------


@pytest.fixture
def shared(areas, other_kjentmann):
    topic = posting.start_topic(user=other_kjentmann, area=areas["national"], title="Erfaring", text="Slik gjorde vi.")
    return topic.posts.get()


def thanks_form(client, post):
    return Form.open(client, post.topic.get_absolute_url(), selector=f"#innlegg-{post.pk} form[action$='/takk/']")


def test_thank_a_post_and_take_it_back(client, shared, kjentmann):
    client.force_login(kjentmann)
    response = thanks_form(client, shared).submit(client)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#innlegg-{shared.pk}")
    shared.refresh_from_db()
    assert shared.thanks_count == 1
    assert PostThanks.objects.filter(user=kjentmann, post=shared).exists()
    html = page_html(client, shared.topic.get_absolute_url())
    assert "1 takk" in html
    assert 'aria-pressed="true"' in html

    thanks_form(client, shared).submit(client)  # pressed again: taken back
    shared.refresh_from_db()
    assert shared.thanks_count == 0
    assert not PostThanks.objects.exists()


def test_thanks_count_once_per_member(client, shared, kjentmann, oslo_staff):
    for person in (kjentmann, oslo_staff):
        client.force_login(person)
        form = thanks_form(client, shared)
        form.submit(client)
        form.submit(client)  # the same page sent twice (a double click): still one
    shared.refresh_from_db()
    assert shared.thanks_count == 2 == PostThanks.objects.count()
    assert "2 takk" in page_html(client, shared.topic.get_absolute_url())


def test_no_thanks_for_ones_own_post(client, shared, other_kjentmann):
    client.force_login(other_kjentmann)
    html = page_html(client, shared.topic.get_absolute_url())
    assert "/takk/" not in html
    response = client.post(f"/nettverk/innlegg/{shared.pk}/takk/", {"thanks": "1"}, follow=True)
    assert "Du kan ikke takke for dette innlegget" in response.content.decode()
    shared.refresh_from_db()
    assert shared.thanks_count == 0


def test_thanks_only_where_the_post_can_be_read(client, areas, kjentmann, other_kjentmann, shared):
    hidden = posting.start_topic(user=other_kjentmann, area=areas["korus-oslo"], title="Oslo", text="Hei.")
    Area.objects.filter(pk=areas["korus-oslo"].pk).update(is_active=False)
    client.force_login(kjentmann)
    assert client.post(f"/nettverk/innlegg/{hidden.posts.get().pk}/takk/", {"thanks": "1"}).status_code == 404
    posting.hide(user=other_kjentmann, post=shared, reason="")
    assert client.post(f"/nettverk/innlegg/{shared.pk}/takk/", {"thanks": "1"}).status_code == 404
    client.force_login(UserFactory())  # not a member
    assert client.post(f"/nettverk/innlegg/{shared.pk}/takk/", {"thanks": "1"}).status_code == 403
    client.logout()
    assert client.post(f"/nettverk/innlegg/{shared.pk}/takk/", {"thanks": "1"}).status_code == 302
    assert not PostThanks.objects.exists()


def test_thanks_needs_post_and_csrf(areas, kjentmann, shared):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(kjentmann)
    assert strict.get(f"/nettverk/innlegg/{shared.pk}/takk/").status_code == 405
    assert strict.post(f"/nettverk/innlegg/{shared.pk}/takk/", {"thanks": "1"}).status_code == 403
    assert not PostThanks.objects.exists()


def test_set_thanks_refuses_suspended_members_and_sends_no_mail(shared, kjentmann, mailoutbox, national_admin):
    from network.services.members import member_for

    assert thanks.set_thanks(user=kjentmann, post=shared, thanked=True) is True
    assert thanks.set_thanks(user=kjentmann, post=shared, thanked=True) is False
    assert mailoutbox == []
    member = member_for(kjentmann)
    member.suspended_until = timezone.now() + timezone.timedelta(days=1)
    member.save()
    with pytest.raises(thanks.ThanksRefused):
        thanks.set_thanks(user=kjentmann, post=shared, thanked=False)
    shared.refresh_from_db()
    assert shared.thanks_count == 1


def test_a_deleted_account_takes_its_thanks_back(shared, kjentmann, oslo_staff):
    from network import own_data

    thanks.set_thanks(user=kjentmann, post=shared, thanked=True)
    thanks.set_thanks(user=oslo_staff, post=shared, thanked=True)
    assert [row["post__topic__title"] for row in own_data.thanks_rows(kjentmann)] == ["Erfaring"]
    own_data.anonymise_forum(kjentmann)
    shared.refresh_from_db()
    assert shared.thanks_count == 1
    assert list(PostThanks.objects.values_list("user", flat=True)) == [oslo_staff.pk]
