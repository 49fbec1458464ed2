"""The network on a 390 px phone and a 1280 px desktop: «Nytt og ulest», a previewed reply, and a «takk»."""

from playwright.sync_api import expect

from network.models import Post, PostThanks
from tests.browser.conftest import assert_accessible, fits, login
from tests.factories.accounts import PASSWORD


def test_unread_preview_reply_and_thanks_on_a_phone_and_a_desktop(screen, make_kjentmann, region_pages):
    from home.models import Region
    from network.services import posting
    from tests.factories import AreaFactory

    national = AreaFactory(name="Hele landet", slug="hele-landet", region=None)
    AreaFactory(name="KORUS Oslo", slug="korus-oslo", region=Region.objects.get(slug="korus-oslo"))
    kari = make_kjentmann(email="kari@skole.test", first_name="Kari", last_name="Berg")
    ola = make_kjentmann(email="ola@skole.test", first_name="Ola", last_name="Lie")
    topic = posting.start_topic(
        user=ola,
        area=national,
        title="Samtaler med foresatte om rusmiddelbekymring",
        text="Hvordan forbereder dere en samtale med foresatte når en kollega er bekymret?",
    )
    first = topic.posts.get()

    login(screen, kari.email, PASSWORD)
    screen.goto("/nettverk/")
    screen.get_by_role("link", name="Nytt og ulest").click()
    expect(screen.get_by_role("heading", level=1)).to_have_text("Nytt og ulest")
    assert_accessible(screen)
    fits(screen)

    screen.get_by_role("link", name=topic.title).click()
    expect(screen.get_by_role("heading", level=1)).to_have_text(topic.title)
    screen.get_by_label("Teksten din").fill("Vi starter med det vi **har sett**, ikke med det vi tror.")
    screen.get_by_role("button", name="Forhåndsvis").click()
    preview = screen.locator(".forum-preview")
    expect(preview).to_contain_text("Forhåndsvisning")
    expect(preview.locator("strong")).to_have_text("har sett")
    assert Post.objects.count() == 1
    assert_accessible(screen)
    fits(screen)

    screen.get_by_role("button", name="Publiser svaret").click()
    reply = Post.objects.get(author=kari)
    expect(screen.locator(f"#innlegg-{reply.pk}")).to_contain_text("har sett")
    fits(screen)

    # «Takk» for Ola's post; none for one's own.
    expect(screen.locator(f"#innlegg-{reply.pk}").get_by_role("button", name="Takk")).to_have_count(0)
    screen.locator(f"#innlegg-{first.pk}").get_by_role("button", name="Takk").click()
    expect(screen.locator(f"#innlegg-{first.pk}")).to_contain_text("1 takk")
    expect(screen.locator(f"#innlegg-{first.pk}").get_by_role("button", name="Takk")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert PostThanks.objects.filter(user=kari, post=first).exists()
    assert_accessible(screen)
    fits(screen)

    # Read now: the list is empty.
    screen.get_by_role("link", name="Nytt og ulest").click()
    expect(screen.get_by_text("Du har lest alt.")).to_be_visible()
    fits(screen)
