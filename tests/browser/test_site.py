"""The public site as a visitor uses it, and axe-core on every kind of page."""

from tests.browser.conftest import assert_accessible


def test_visitor_goes_home_to_region_to_news_item(page, demo):
    page.goto("/")
    assert page.get_by_role("heading", level=1).is_visible()
    page.get_by_role("link", name="KORUS Bergen", exact=True).first.click()
    page.wait_for_url("**/korus-bergen/")
    assert page.get_by_role("heading", level=1, name="KORUS Bergen").is_visible()
    news_section = page.locator("section", has=page.get_by_role("heading", name="Nyheter", exact=True))
    first_news = news_section.get_by_role("heading", level=3).first.get_by_role("link")
    title = first_news.inner_text()
    first_news.click()
    page.wait_for_url("**/korus-bergen/nyheter/**")
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert page.get_by_role("navigation", name="Du er her").is_visible()
    assert not page.console_errors, page.console_errors


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, demo):
    page.goto("/korus-oslo/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Hopp til hovedinnhold"
    assert page.locator(".ds-skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_can_be_switched_without_javascript_knowledge(page, demo):
    page.goto("/")
    page.get_by_role("link", name="Norsk (nynorsk)").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "nn"
    assert page.get_by_role("link", name="Hopp til hovudinnhaldet").count() == 1


PUBLIC_PATHS = [
    "/",
    "/korus-oslo/",
    "/nyheter/",
    "/korus-bergen/nyheter/",
    "/materiell/",
    "/sok/?q=kjentmann",
    "/sok/?q=ingenting+her",
    "/personvern/",
    "/tilgjengelighet/",
    "/konto/logg-inn/",
    "/konto/glemt-passord/",
    "/finnes-ikke/",
]


def test_public_pages_have_no_axe_violations(page, demo):
    from home.models import MaterialPage, NewsPage

    news_item = NewsPage.objects.live().exclude(image=None).first()
    material = MaterialPage.objects.live().first()
    for path in [*PUBLIC_PATHS, news_item.url, material.url]:
        page.goto(path)
        assert_accessible(page)


def test_pages_are_accessible_in_nynorsk_and_on_a_phone(phone_page, demo):
    phone_page.goto("/")
    phone_page.get_by_role("link", name="Norsk (nynorsk)").click()
    for path in ["/", "/korus-midt/", "/nyheter/"]:
        phone_page.goto(path)
        assert phone_page.locator("html").get_attribute("lang") == "nn"
        assert_accessible(phone_page)


def test_login_error_is_announced_and_accessible(page, demo):
    page.goto("/konto/logg-inn/")
    page.get_by_label("E-postadresse").fill("kontakt@skole.test")
    page.get_by_label("Passord").fill("feil-passord")
    page.get_by_role("button", name="Logg inn").click()
    assert page.get_by_role("alert").inner_text().startswith("E-postadressen eller passordet er feil")
    assert page.get_by_label("E-postadresse").input_value() == "kontakt@skole.test"
    assert_accessible(page)
