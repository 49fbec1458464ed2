"""The network as two Kjentmenn use it: a topic, a reply with a mention, the notification."""

import re

import pytest
from playwright.sync_api import expect

from network.models import Notification, Post, Topic
from tests.browser.conftest import assert_accessible, login
from tests.factories.accounts import PASSWORD


@pytest.fixture
def two_kjentmenn(page, make_kjentmann, region_pages):
    from home.models import Region
    from network.services.members import member_for
    from tests.factories import AreaFactory

    AreaFactory(name="Hele landet", slug="hele-landet", region=None)
    AreaFactory(name="KORUS Oslo", slug="korus-oslo", region=Region.objects.get(slug="korus-oslo"))
    kari = make_kjentmann(email="kari@skole.test", first_name="Kari", last_name="Berg")
    ola = make_kjentmann(email="ola@skole.test", first_name="Ola", last_name="Lie")
    for person in (kari, ola):
        member_for(person)
    return kari, ola


def test_topic_reply_with_mention_and_notification(page, browser, live_server, two_kjentmenn):
    kari, ola = two_kjentmenn
    login(page, kari.email, PASSWORD)
    page.goto("/nettverk/")
    assert_accessible(page)
    page.get_by_role("link", name="Hele landet").click()
    assert_accessible(page)
    page.get_by_role("link", name="Start et nytt tema").click()
    page.get_by_label("Tittel").fill("Elev som er sliten etter helgene")
    page.get_by_label("Teksten din").fill(
        "En kollega er bekymret for en elev som ofte er trøtt på mandager. Hvordan ville dere startet samtalen?"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Publiser temaet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Elev som er sliten etter helgene")
    topic = Topic.objects.get()
    assert_accessible(page)

    other = browser.new_context(base_url=live_server.url, locale="nb-NO")
    ola_page = other.new_page()
    login(ola_page, ola.email, PASSWORD)
    ola_page.goto(topic.get_absolute_url())
    handle = kari.forum_member.handle
    ola_page.get_by_label("Teksten din").fill(
        f"Godt spørsmål, @{handle}! Jeg ville spurt om lov først: «Er det greit at vi snakker litt?»"
    )
    ola_page.get_by_role("button", name="Publiser svaret").click()
    expect(ola_page.locator(".forum-post").last).to_contain_text("@Kari Berg")
    other.close()

    reply = Post.objects.filter(author=ola).get()
    assert Notification.objects.filter(user=kari, post=reply, kind="mention").exists()
    page.goto("/nettverk/")
    badge = page.get_by_role("link", name=re.compile("Varsler"))
    expect(badge).to_contain_text("1")
    badge.click()
    expect(page.get_by_role("link", name=re.compile("Ola Lie nevnte deg"))).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Ola Lie nevnte deg")).click()
    expect(page.locator(f"#innlegg-{reply.pk}")).to_contain_text("spurt om lov først")
    assert Notification.objects.get(user=kari, post=reply).read_at is not None


def test_privacy_guard_keeps_the_text_and_explains(page, two_kjentmenn):
    from tests.network.test_privacy import FNR

    kari, _ola = two_kjentmenn
    login(page, kari.email, PASSWORD)
    page.goto("/nettverk/hele-landet/nytt-tema/")
    page.get_by_label("Tittel").fill("Et spørsmål")
    text = f"Eleven har nummer {FNR[:6]} {FNR[6:]}."
    page.get_by_label("Teksten din").fill(text)
    page.get_by_role("button", name="Publiser temaet").click()
    expect(page.get_by_label("Teksten din")).to_have_value(text)
    expect(page.locator(".ds-validation-message")).to_contain_text("fødselsnummer")
    assert_accessible(page)
    page.get_by_label("Teksten din").fill("Ola Nordmann i 9B virker sliten.")
    page.get_by_role("button", name="Publiser temaet").click()
    expect(page.get_by_role("alert").filter(has_text="kjennes igjen")).to_be_visible()
    assert_accessible(page)
    page.get_by_label(re.compile("Jeg har sjekket")).check()
    page.get_by_role("button", name="Publiser temaet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Et spørsmål")


def test_visitors_learn_what_the_network_is(page, region_pages):
    page.goto("/nettverk/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kjentmann-nettverket")
    expect(page.get_by_role("link", name="Finn en kursrekke")).to_be_visible()
    assert_accessible(page)
