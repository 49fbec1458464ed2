"""Writing in the network through the web: privacy guard, editing history, deleting, images, limits."""

import io
import re

import pytest
from PIL import Image

from network.models import Attachment, Post, PostRevision, Topic, TopicFollow
from network.services import posting
from tests.factories import UserFactory
from tests.network.test_privacy import FNR

pytestmark = pytest.mark.django_db


def new_topic(client, area, **data):
    return client.post(f"/nettverk/{area.slug}/nytt-tema/", {"title": "Et tema", "text": "Hei alle sammen.", **data})


def test_start_a_topic_and_follow_it(client, areas, kjentmann):
    client.force_login(kjentmann)
    response = new_topic(client, areas["national"], title="Slitne elever", text="Hvordan starter dere samtalen?")
    topic = Topic.objects.get()
    assert response.status_code == 302
    assert response["Location"] == topic.get_absolute_url()
    assert topic.reply_count == 0
    assert TopicFollow.objects.filter(user=kjentmann, topic=topic).exists()
    assert "Hvordan starter dere samtalen?" in client.get(topic.get_absolute_url()).content.decode()


def test_an_identity_number_is_refused_and_the_text_kept(client, areas, kjentmann):
    client.force_login(kjentmann)
    text = f"Eleven har fødselsnummer {FNR[:6]} {FNR[6:]}, hva gjør jeg?"
    response = new_topic(client, areas["national"], text=text)
    assert response.status_code == 200
    html = response.content.decode()
    assert "fødselsnummer, D- eller H-nummer" in html
    assert f"{FNR[:6]} {FNR[6:]}" in html  # the text is kept in the form
    assert not Topic.objects.exists()


def test_an_identity_number_in_the_title_is_refused_too(client, areas, kjentmann):
    client.force_login(kjentmann)
    assert new_topic(client, areas["national"], title=f"Om {FNR}").status_code == 200
    assert not Topic.objects.exists()


def test_other_identifiers_need_confirmation(client, areas, kjentmann):
    client.force_login(kjentmann)
    text = "Ola Nordmann i 9B har ringt meg på 22 33 44 55."
    response = new_topic(client, areas["national"], text=text)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ser ut som et telefonnummer" in html
    assert "ser ut som et personnavn sammen med en klasse eller skole" in html
    assert "Ola Nordmann i 9B" in html
    assert not Topic.objects.exists()
    response = new_topic(client, areas["national"], text=text, confirm_identifiers="on")
    assert response.status_code == 302
    assert Topic.objects.count() == 1


def test_ordinary_eleven_digit_numbers_pass(client, areas, kjentmann):
    client.force_login(kjentmann)
    assert new_topic(client, areas["national"], text="Saksnummeret er 12345678901.").status_code == 302


def test_edit_keeps_history_and_checks_again(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Første utgave.")
    post = topic.posts.get()
    client.force_login(kjentmann)
    response = client.post(f"/nettverk/innlegg/{post.pk}/rediger/", {"text": f"Ny utgave med {FNR}"})
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.body == "Første utgave."
    client.post(f"/nettverk/innlegg/{post.pk}/rediger/", {"text": "Andre utgave."})
    post.refresh_from_db()
    assert post.body == "Andre utgave."
    assert post.edited_at is not None
    assert list(PostRevision.objects.filter(post=post).values_list("body", flat=True)) == ["Første utgave."]
    assert "Første utgave." in client.get(f"/nettverk/innlegg/{post.pk}/historikk/").content.decode()
    client.force_login(other_kjentmann)
    assert client.post(f"/nettverk/innlegg/{post.pk}/rediger/", {"text": "Kapret"}).status_code == 404


def test_deleting_hides_and_keeps_counts_right(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Start.")
    reply = posting.reply(user=other_kjentmann, topic=topic, text="Et svar.")
    topic.refresh_from_db()
    assert (topic.reply_count, topic.last_post_id) == (1, reply.pk)
    client.force_login(other_kjentmann)
    client.post(f"/nettverk/innlegg/{reply.pk}/slett/")
    reply.refresh_from_db()
    topic.refresh_from_db()
    assert reply.hidden
    assert Post.objects.filter(pk=reply.pk).exists()
    assert (topic.reply_count, topic.last_post_id) == (0, topic.posts.first().pk)
    assert "Et svar." not in client.get(topic.get_absolute_url()).content.decode()


def test_quote_prefills_the_reply(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Spør om lov først.")
    client.force_login(other_kjentmann)
    html = client.get(f"{topic.get_absolute_url()}?siter={topic.posts.get().pk}").content.decode()
    assert "&gt; **Kari Berg:**" in html
    assert "&gt; Spør om lov først." in html


def image_upload(size=(2400, 1800), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 100, 50)).save(buffer, format=fmt)
    buffer.seek(0)
    buffer.name = f"bilde.{fmt.lower()}"
    return buffer


def test_images_are_checked_and_resized(client, areas, kjentmann):
    client.force_login(kjentmann)
    response = new_topic(client, areas["national"], image=image_upload(), image_alt="En tegning av en skole")
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert max(attachment.width, attachment.height) == posting.MAX_IMAGE_SIDE
    assert attachment.alt_text == "En tegning av en skole"
    response = new_topic(client, areas["national"], image=image_upload((100, 100)))
    assert "Beskriv bildet" in response.content.decode()
    fake = io.BytesIO(b"not an image at all")
    fake.name = "bilde.png"
    response = new_topic(client, areas["national"], image=fake, image_alt="x")
    assert response.status_code == 200
    assert Attachment.objects.count() == 1


def test_images_are_private_to_members(client, settings, areas, kjentmann, other_kjentmann, oslo_staff):
    client.force_login(kjentmann)
    new_topic(client, areas["korus-oslo"], image=image_upload((300, 200)), image_alt="En tegning")
    attachment = Attachment.objects.select_related("post__topic").get()
    # Stored outside the public media folder, under a name that says nothing about the uploader.
    assert (settings.PRIVATE_MEDIA_ROOT / attachment.image.name).exists()
    assert not (settings.MEDIA_ROOT / attachment.image.name).exists()
    assert re.fullmatch(r"nettverk/\d{4}/[0-9a-f]{32}\.jpg", attachment.image.name)
    address = f"/nettverk/bilde/{attachment.pk}/"
    assert address in client.get(attachment.post.topic.get_absolute_url()).content.decode()

    client.force_login(other_kjentmann)
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store"
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (300, 200)

    client.logout()
    assert client.get(address).status_code == 302  # to the login page
    client.force_login(UserFactory())
    assert client.get(address).status_code == 403  # not a member

    posting.hide(user=kjentmann, post=attachment.post, reason="")
    client.force_login(other_kjentmann)
    assert client.get(address).status_code == 404
    client.force_login(oslo_staff)
    assert client.get(address).status_code == 200  # the area's moderator still sees it


def test_posting_is_rate_limited(client, areas, kjentmann):
    client.force_login(kjentmann)
    for n in range(posting.POSTS_PER_MINUTE):
        assert new_topic(client, areas["national"], title=f"Tema {n}").status_code == 302
    response = new_topic(client, areas["national"], title="Ett for mye", text="Teksten blir stående.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Du skriver veldig fort" in html
    assert "Teksten blir stående." in html


def test_a_suspended_member_cannot_post(client, areas, kjentmann, national_admin):
    from network.services import moderation

    moderation.suspend(user=national_admin, member_user=kjentmann, days=3, reason="Brudd på retningslinjene")
    client.force_login(kjentmann)
    response = new_topic(client, areas["national"])
    assert response.status_code == 200
    assert "utestengt" in response.content.decode()
    assert not Topic.objects.exists()
    assert client.get("/nettverk/").status_code == 200  # can still read


def test_a_locked_topic_takes_no_replies(client, areas, kjentmann, other_kjentmann, oslo_staff):
    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Start.")
    topic.locked = True
    topic.save()
    client.force_login(other_kjentmann)
    response = client.post(f"/nettverk/tema/{topic.pk}/svar/", {"text": "Svar"})
    assert response.status_code == 200
    assert topic.posts.count() == 1
    client.force_login(oslo_staff)  # moderators may still write
    assert client.post(f"/nettverk/tema/{topic.pk}/svar/", {"text": "Vi stenger her."}).status_code == 302
