"""E-mail as mail clients expect: Reply-To, Auto-Submitted, one-click unsubscribe, viewport, real plain text."""

import pytest

from django.test import Client

from courses.services import enrollment as service
from courses.services.enrollment import Person
from home.models import SiteSettings
from korus_site.accounts.services import queue_password_link
from network.choices import EmailFrequency
from network.models import Member
from network.services import posting
from network.services.members import member_for
from tests.factories import SchoolFactory, UserFactory
from tests.network.conftest import areas  # noqa: F401 (the network's areas, as a fixture here)

pytestmark = pytest.mark.django_db

NATIONAL = "post@kjentmann.test"


@pytest.fixture
def national_address(home_page):
    from wagtail.models import Site

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = NATIONAL
    site_settings.save()
    return NATIONAL


def sign_up(series, django_capture_on_commit_callbacks):
    people = [Person("Kari", "Nordmann", "kari@skole.test", "laerer")]
    with django_capture_on_commit_callbacks(execute=True):
        service.register(series=series, school=SchoolFactory(), contact=UserFactory(), people=people)


@pytest.fixture
def forum_mail(areas, make_kjentmann, mailoutbox, django_capture_on_commit_callbacks):  # noqa: F811
    """A mention in Oslo's area and a reply in the national area, both e-mailed at once to Nora."""
    reader = make_kjentmann(email="nora@skole.test", first_name="Nora", last_name="Nes")
    writer = make_kjentmann(email="siv@skole.test", first_name="Siv", last_name="Skog")
    handle = member_for(reader).handle
    oslo_topic = posting.start_topic(user=writer, area=areas["korus-oslo"], title="Oslo", text="Start.")
    national_topic = posting.start_topic(user=reader, area=areas["national"], title="Hele landet", text="Start.")
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(
            user=writer,
            topic=oslo_topic,
            text=f'**Viktig** for @{handle}: Ås & Co sier "hei" <nå>.\n\n- én\n- to',
        )
        posting.reply(user=writer, topic=national_topic, text="Et svar.", rate_limited=False)
    messages = [m for m in mailoutbox if m.to == ["nora@skole.test"]]
    assert len(messages) == 2
    mention = next(m for m in messages if "nevnt" in m.subject)
    reply = next(m for m in messages if m is not mention)
    return {"reader": reader, "mention": mention, "reply": reply}


def test_every_email_is_marked_as_sent_automatically(series, mailoutbox, django_capture_on_commit_callbacks):
    sign_up(series, django_capture_on_commit_callbacks)
    assert len(mailoutbox) >= 3  # confirmation, password link, receipt
    for message in mailoutbox:
        assert message.extra_headers["Auto-Submitted"] == "auto-generated"
        assert message.message()["Auto-Submitted"] == "auto-generated"


def test_course_emails_reply_to_the_regions_centre(series, mailoutbox, django_capture_on_commit_callbacks):
    sign_up(series, django_capture_on_commit_callbacks)
    course_mail = [m for m in mailoutbox if "passord" not in m.subject.lower()]
    assert course_mail
    for message in course_mail:
        assert message.reply_to == ["post@korus.test"]  # the Oslo page's address
        assert message.message()["Reply-To"] == "post@korus.test"
        assert "List-Unsubscribe" not in message.extra_headers


def test_a_series_contact_address_wins(series, mailoutbox, django_capture_on_commit_callbacks):
    series.contact_email = "kurs@korus.test"
    series.save()
    sign_up(series, django_capture_on_commit_callbacks)
    assert {m.reply_to[0] for m in mailoutbox if "passord" not in m.subject.lower()} == {"kurs@korus.test"}


def test_emails_without_a_region_reply_to_the_national_address(
    national_address, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queue_password_link(UserFactory(password=None), purpose="reset")
    (message,) = mailoutbox
    assert message.reply_to == [NATIONAL]


def test_forum_emails_reply_to_the_areas_centre_and_offer_one_click_unsubscribe(national_address, forum_mail):
    assert forum_mail["mention"].reply_to == ["post@korus.test"]
    assert forum_mail["reply"].reply_to == [NATIONAL]
    for message in (forum_mail["mention"], forum_mail["reply"]):
        headers = message.message()
        assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        url = headers["List-Unsubscribe"]
        assert url.startswith("<http")
        assert url.endswith(">")
        assert "/nettverk/avmeld/" in url


def test_the_digest_offers_one_click_unsubscribe(areas, make_kjentmann, mailoutbox, django_capture_on_commit_callbacks):  # noqa: F811
    from network.tasks import send_daily_digests

    reader = make_kjentmann(email="dag@skole.test", first_name="Dag", last_name="Dal")
    writer = make_kjentmann(email="siv@skole.test", first_name="Siv", last_name="Skog")
    member = member_for(reader)
    member.email_frequency = EmailFrequency.DAILY
    member.save()
    topic = posting.start_topic(user=reader, area=areas["national"], title="Tema", text="Start.")
    posting.reply(user=writer, topic=topic, text="Svar.")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests() == 1
    (digest,) = [m for m in mailoutbox if m.to == ["dag@skole.test"]]
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert digest.extra_headers["List-Unsubscribe"].startswith("<http")


def test_one_click_unsubscribe_works_without_login_or_csrf_token(forum_mail, settings):
    url = forum_mail["mention"].extra_headers["List-Unsubscribe"].strip("<>").removeprefix(settings.BASE_URL)
    client = Client(enforce_csrf_checks=True)
    page = client.get(url)
    assert page.status_code == 200
    assert "nora@skole.test" in page.content.decode()
    assert Member.objects.get(user=forum_mail["reader"]).email_frequency != EmailFrequency.NEVER  # GET only asks
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Member.objects.get(user=forum_mail["reader"]).email_frequency == EmailFrequency.NEVER
    assert client.post(url.replace("/avmeld/", "/avmeld/x")).status_code == 404  # a forged token does nothing


def test_the_confirm_page_form_posts_back(forum_mail, settings, client):
    from tests.forms import Form

    url = forum_mail["mention"].extra_headers["List-Unsubscribe"].strip("<>").removeprefix(settings.BASE_URL)
    form = Form.from_response(client.get(url), selector="main form")
    response = form.submit(client)
    assert response.status_code == 200
    assert Member.objects.get(user=forum_mail["reader"]).email_frequency == EmailFrequency.NEVER


def test_html_parts_have_a_viewport(forum_mail):
    for message in (forum_mail["mention"], forum_mail["reply"]):
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in message.alternatives[0][0]


def test_plain_text_is_text_without_markdown_or_entities(forum_mail):
    text = forum_mail["mention"].body
    assert 'Viktig for @Nora Nes: Ås & Co sier "hei" <nå>.' in text
    assert "**" not in text
    assert "&amp;" not in text
    assert "&quot;" not in text
    assert "&lt;" not in text
    assert "<p>" not in text
    assert "én" in text
    assert "to" in text
    assert "Ås &amp; Co" in forum_mail["mention"].alternatives[0][0]  # the HTML part stays escaped
