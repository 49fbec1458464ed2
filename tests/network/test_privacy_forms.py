"""The privacy guard through the network's real forms: GET the page, fill in its form, post it back.

Each kind of field others read gets a disguised identity number from privacy_vectors.json: the
answer is the same page with a Norwegian error beside that field, what was typed kept, and
nothing saved. The reply form is run over every disguise in the file.
"""

import io

import pytest
from PIL import Image

from network.models import Attachment, Member, Post, Report, Topic
from network.services import moderation, posting
from tests.forms import Form, field_errors
from tests.network.test_privacy import FNR, VECTORS

pytestmark = pytest.mark.django_db

REFUSED = "ser ut som et fødselsnummer, D- eller H-nummer"
SPLIT = "Lest sammen med feltene ved siden av"
DISGUISES = {disguise["how"]: disguise["text"] for disguise in VECTORS["refuse"][0]["disguises"]}
# Disguises a browser can send from a one-line text box (it drops line breaks there).
ONE_LINE = ["zero-width space", "decimal entity for one digit", "fullwidth digits", "soft hyphen", "hyphen"]
# And from a text area.
MULTI_LINE = [*ONE_LINE, "line break in a sentence", "CRLF", "quote block", "Markdown bold around the personal number"]


def kept(form_value: str | None, typed: str) -> bool:
    """Whether the form shows the text as typed (browsers send line breaks as CRLF; Django strips the ends)."""
    return (form_value or "").replace("\r\n", "\n") == typed.replace("\r\n", "\n").strip()


@pytest.fixture
def topic(areas, kjentmann):
    return posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Tema", text="Første innlegg.")


def test_a_reply_refuses_every_disguise_in_the_file(client, topic, other_kjentmann):
    client.force_login(other_kjentmann)
    for how, text in DISGUISES.items():
        form = Form.open(client, topic.get_absolute_url(), having="text", action_contains="/svar/")
        response = form.submit(client, changes={"text": text})
        assert response.status_code == 200, how
        assert REFUSED in field_errors(response, "id_text"), how
        assert kept(Form.from_response(response, having="text").get("text"), text), how
    assert Post.objects.filter(topic=topic).count() == 1


def test_a_new_topic_refuses_a_number_in_the_title(client, areas, kjentmann):
    client.force_login(kjentmann)
    for how in ONE_LINE:
        title = f"Om {DISGUISES[how]}"
        form = Form.open(client, f"/nettverk/{areas['national'].slug}/nytt-tema/", having="title")
        response = form.submit(client, changes={"title": title, "text": "Hva gjør jeg?"})
        assert response.status_code == 200, how
        assert REFUSED in field_errors(response, "id_title"), how
        assert field_errors(response, "id_text") == "", how
        assert kept(Form.from_response(response, having="title").get("title"), title), how
    assert not Topic.objects.exists()


def test_a_new_topic_refuses_a_number_in_the_text(client, areas, kjentmann):
    client.force_login(kjentmann)
    for how in MULTI_LINE:
        form = Form.open(client, f"/nettverk/{areas['national'].slug}/nytt-tema/", having="title")
        response = form.submit(client, changes={"title": "Et spørsmål", "text": DISGUISES[how]})
        assert REFUSED in field_errors(response, "id_text"), how
        assert kept(Form.from_response(response, having="text").get("text"), DISGUISES[how]), how
    assert not Topic.objects.exists()


def test_a_number_split_between_title_and_text_is_refused_beside_both(client, areas, kjentmann):
    client.force_login(kjentmann)
    form = Form.open(client, f"/nettverk/{areas['national'].slug}/nytt-tema/", having="title")
    response = form.submit(client, changes={"title": f"Eleven {FNR[:6]}", "text": f"{FNR[6:]} er nummeret."})
    assert SPLIT in field_errors(response, "id_title")
    assert SPLIT in field_errors(response, "id_text")
    assert not Topic.objects.exists()


def png() -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(buffer, format="PNG")
    buffer.seek(0)
    buffer.name = "bilde.png"
    return buffer


def test_an_image_description_is_checked(client, topic, other_kjentmann):
    client.force_login(other_kjentmann)
    for how in ONE_LINE:
        form = Form.open(client, topic.get_absolute_url(), having="image_alt", action_contains="/svar/")
        changes = {"text": "Se bildet.", "image_alt": f"Lapp med {DISGUISES[how]}"}
        response = form.submit(client, changes=changes, files={"image": png()})
        assert REFUSED in field_errors(response, "id_image_alt"), how
    assert not Attachment.objects.exists()
    assert Post.objects.filter(topic=topic).count() == 1


def test_an_edit_is_checked(client, topic, kjentmann):
    post = topic.posts.get()
    client.force_login(kjentmann)
    for how in MULTI_LINE:
        form = Form.open(client, f"/nettverk/innlegg/{post.pk}/rediger/", having="text")
        response = form.submit(client, changes={"text": f"Første innlegg.\n\n{DISGUISES[how]}"})
        assert REFUSED in field_errors(response, "id_text"), how
    post.refresh_from_db()
    assert post.body == "Første innlegg."
    assert not post.revisions.exists()


def test_a_number_added_to_a_quote_is_refused(client, topic, other_kjentmann):
    quoted = topic.posts.get()
    client.force_login(other_kjentmann)
    form = Form.open(client, f"{topic.get_absolute_url()}?siter={quoted.pk}", having="text", action_contains="/svar/")
    assert "> Første innlegg." in form.get("text")
    text = form.get("text").rstrip() + f"\n> {FNR[:6]}\n> {FNR[6:]}\n\nEnig!"
    response = form.submit(client, changes={"text": text})
    assert REFUSED in field_errors(response, "id_text")
    assert kept(Form.from_response(response, having="text").get("text"), text)
    assert Post.objects.filter(topic=topic).count() == 1


def test_a_delete_reason_is_checked(client, topic, other_kjentmann):
    reply = posting.reply(user=other_kjentmann, topic=topic, text="Et svar.", rate_limited=False)
    client.force_login(other_kjentmann)
    for how in ONE_LINE:
        form = Form.open(client, f"/nettverk/innlegg/{reply.pk}/slett/", having="reason")
        response = form.submit(client, changes={"reason": f"Feil elev {DISGUISES[how]}"})
        assert REFUSED in field_errors(response, "id_reason"), how
        assert kept(Form.from_response(response, having="reason").get("reason"), f"Feil elev {DISGUISES[how]}"), how
        reply.refresh_from_db()
        assert not reply.hidden, how
    assert form.submit(client, changes={"reason": "Skrev i feil tråd"}).status_code == 302
    reply.refresh_from_db()
    assert (reply.hidden, reply.hidden_reason) == (True, "Skrev i feil tråd")


def test_a_moderators_hide_reason_is_checked(client, topic, oslo_staff):
    post = topic.posts.get()
    client.force_login(oslo_staff)
    assert f"/nettverk/moderering/innlegg/{post.pk}/hide/" in client.get(topic.get_absolute_url()).content.decode()
    for how in ONE_LINE:
        form = Form.open(client, f"/nettverk/moderering/innlegg/{post.pk}/hide/", having="reason")
        response = form.submit(client, changes={"reason": DISGUISES[how]})
        assert REFUSED in field_errors(response, "id_reason"), how
        post.refresh_from_db()
        assert not post.hidden, how
    assert form.submit(client, changes={"reason": "Brudd på retningslinjene"}).status_code == 302
    post.refresh_from_db()
    assert (post.hidden, post.hidden_reason) == (True, "Brudd på retningslinjene")


def test_the_reason_given_when_handling_a_report_is_checked(client, topic, other_kjentmann, oslo_staff):
    post = topic.posts.get()
    report = moderation.report(user=other_kjentmann, post=post, reason="Kan peke ut en elev.")
    client.force_login(oslo_staff)
    form = Form.open(client, "/nettverk/moderering/", having="reason", action_contains=f"/rapport/{report.pk}/")
    response = form.submit(client, changes={"reason": DISGUISES["zero-width space"]}, button=("action", "hide"))
    assert response.status_code == 200
    assert REFUSED in field_errors(response, "id_reason")
    page_form = Form.from_response(response, having="reason")
    assert kept(page_form.get("reason"), DISGUISES["zero-width space"])
    post.refresh_from_db()
    report.refresh_from_db()
    assert (post.hidden, report.status) == (False, "open")
    assert page_form.submit(client, changes={"reason": "Skjult etter rapport"}).status_code == 302
    post.refresh_from_db()
    report.refresh_from_db()
    assert (post.hidden, post.hidden_reason, report.status) == (True, "Skjult etter rapport", "hidden")


def test_a_report_reason_is_checked(client, topic, other_kjentmann):
    post = topic.posts.get()
    client.force_login(other_kjentmann)
    for how in MULTI_LINE:
        form = Form.open(client, f"/nettverk/innlegg/{post.pk}/rapporter/", having="reason")
        response = form.submit(client, changes={"reason": f"Innlegget nevner {DISGUISES[how]}"})
        assert REFUSED in field_errors(response, "id_reason"), how
    assert not Report.objects.exists()


def test_a_suspension_reason_is_checked(client, topic, kjentmann, oslo_staff):
    client.force_login(oslo_staff)
    form = Form.open(client, f"/nettverk/moderering/medlem/{kjentmann.pk}/", having="reason")
    response = form.submit(client, changes={"days": "3", "reason": f"Skrev {DISGUISES['fullwidth digits']}"})
    assert REFUSED in field_errors(response, "id_reason")
    assert not Member.objects.filter(user=kjentmann, suspended_until__isnull=False).exists()


def test_a_handle_is_checked(client, kjentmann):
    client.force_login(kjentmann)
    for handle in [f"{FNR[:6]}-{FNR[6:]}", f"kari_{FNR[:6]}_{FNR[6:]}", FNR]:
        form = Form.open(client, "/nettverk/innstillinger/", having="handle")
        response = form.submit(client, changes={"handle": handle})
        assert REFUSED in field_errors(response, "id_handle"), handle
        assert not Member.objects.filter(handle=handle).exists()


def test_profile_names_are_checked_alone_and_together(client, kjentmann):
    client.force_login(kjentmann)
    form = Form.open(client, "/konto/", having="first_name")
    response = form.submit(client, changes={"first_name": f"Kari {DISGUISES['decimal entity for one digit']}"})
    assert REFUSED in field_errors(response, "id_first_name")
    response = form.submit(client, changes={"first_name": f"Kari {FNR[:6]}", "last_name": f"{FNR[6:]} Berg"})
    assert SPLIT in field_errors(response, "id_first_name")
    assert SPLIT in field_errors(response, "id_last_name")
    kjentmann.refresh_from_db()
    assert (kjentmann.first_name, kjentmann.last_name) == ("Kari", "Berg")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Ola, 14 år, har vært borte mye.", "ser ut som et personnavn sammen med en alder"),
        ("Kari Hansen, Kirkeveien 5B, ble hentet.", "ser ut som et personnavn sammen med en adresse"),
        ("Fødselsnummeret hans er 12345678901.", "ser ut som et fødselsnummer, selv om kontrollsifrene ikke stemmer"),
    ],
)
def test_broader_warnings_are_confirmed_by_the_writer(client, topic, other_kjentmann, text, message):
    client.force_login(other_kjentmann)
    form = Form.open(client, topic.get_absolute_url(), having="text", action_contains="/svar/")
    response = form.submit(client, changes={"text": text})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert field_errors(response, "id_confirm_identifiers")
    assert Post.objects.filter(topic=topic).count() == 1
    confirm = Form.from_response(response, having="confirm_identifiers")
    assert kept(confirm.get("text"), text)
    assert confirm.submit(client, changes={"confirm_identifiers": "on"}).status_code == 302
    assert Post.objects.filter(topic=topic).count() == 2


def test_an_areas_description_in_the_admin_is_checked(client, areas, oslo_staff):
    area = areas["korus-oslo"]
    before = area.description
    client.force_login(oslo_staff)
    url = f"/admin/snippets/network/area/edit/{area.pk}/"
    form = Form.open(client, url, having="description")
    response = form.submit(client, changes={"description": f"Kontakt: {DISGUISES['line break in a sentence']}"})
    assert response.status_code == 200
    assert REFUSED in field_errors(response, "id_description")
    area.refresh_from_db()
    assert area.description == before


def test_a_member_saves_the_settings_with_the_handle_made_for_them(client, kjentmann):
    """Handles made from names have dots ("kari.berg"): the settings form takes them back as they are."""
    client.force_login(kjentmann)
    form = Form.open(client, "/nettverk/innstillinger/", having="handle")
    assert form["handle"] == "kari.berg"
    assert form.submit(client).status_code == 302
    assert Member.objects.get(user=kjentmann).handle == "kari.berg"
    form = Form.open(client, "/nettverk/innstillinger/", having="handle")
    assert form.submit(client, changes={"handle": "Bjørn-Æsøy"}).status_code == 302
    assert Member.objects.get(user=kjentmann).handle == "bjorn-aesoy"
    form = Form.open(client, "/nettverk/innstillinger/", having="handle")
    response = form.submit(client, changes={"handle": ".kari"})
    assert field_errors(response, "id_handle")
