"""The school's plan and partner list on a phone: a Kjentmann edits the follow-up routine and downloads the PDF,
a school contact adopts the kommune's partner list and takes a later change to it (issue 15)."""

from playwright.sync_api import expect

from django.conf import settings

from tests.browser.conftest import assert_accessible, fits, login
from tests.browser.test_courses import nb

PASSWORD = settings.DEMO_PASSWORD


def fits_at(page, width: int) -> None:
    """Resize the page to ``width`` CSS px and check it needs no sideways scrolling there."""
    page.set_viewport_size({"width": width, "height": 740})
    fits(page)


def test_kjentmann_edits_the_follow_up_routine_on_a_phone_and_downloads_the_pdf(phone_page, demo, tmp_path):
    from courses.models import PlanVersion, School

    page = phone_page
    school = School.objects.get(name="Tårnåsen skole")
    login(page, "kjentmann@skole.test", PASSWORD)
    page.goto("/skoleplan/")
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Plan for the substance-use prevention work"))
    expect(page.get_by_text("Den som er bekymret, noterer")).to_be_visible()  # the demo plan is filled in
    for width in (320, 390):
        fits_at(page, width)
    assert_accessible(page)

    part = page.locator("#part-situations")
    part.get_by_role("link", name=nb("Edit")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"3. {nb('When staff follow up')}")
    fits_at(page, 320)
    assert_accessible(page)
    follow_up = page.get_by_role("group", name=nb("Row %(number)s", number=2), exact=True).get_by_label(nb("Follow-up"))
    follow_up.fill("Eleven følges til helsesykepleier. Foresatte ringes av kontaktlærer samme time.")
    page.get_by_role("button", name=nb("Save")).click()
    expect(page.get_by_text(nb("The plan is saved."))).to_be_visible()
    expect(page.locator("#part-situations")).to_contain_text("Foresatte ringes av kontaktlærer samme time.")
    version = PlanVersion.objects.filter(plan__school=school).first()
    assert version.author.email == "kjentmann@skole.test"
    assert version.section == "situations"

    with page.expect_download() as info:
        page.get_by_role("link", name=nb("Download as PDF")).click()
    path = tmp_path / "plan.pdf"
    info.value.save_as(path)
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())  # table cells wrap lines
    assert "Plan for det rusforebyggende arbeidet" in text
    assert "Foresatte ringes av kontaktlærer samme time." in text


def test_school_contact_adopts_the_kommunes_partner_list(phone_page, demo):
    from courses.models import KommunePartner, PartnerRow

    page = phone_page
    login(page, "kontakt@skole.test", PASSWORD)
    page.goto("/skoleplan/")
    page.get_by_role("link", name="Elvebakken videregående skole").click()
    page.get_by_role("link", name=nb("Partner services")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Partner services"))
    fits_at(page, 320)
    assert_accessible(page)
    page.get_by_role("button", name=nb("Use the municipality's list")).click()
    expect(page.get_by_text(nb("The municipality's list is added. You can edit it as you like."))).to_be_visible()
    expect(page.get_by_role("link", name=f"{nb('Call')} 21 80 21 80")).to_have_attribute("href", "tel:21802180")
    fits_at(page, 320)

    salto = KommunePartner.objects.get(kommune__number="0301", function="SLT-/SaLTo-koordinator")
    salto.phone = "21 80 99 99"
    salto.save()
    page.reload()
    expect(page.get_by_role("heading", name=nb("The municipality's list has changed"))).to_be_visible()
    assert_accessible(page)
    offer = page.get_by_role("listitem").filter(has_text="SLT-/SaLTo-koordinator")
    offer.get_by_role("button", name=nb("Take the change")).click()
    expect(page.get_by_role("link", name=f"{nb('Call')} 21 80 99 99")).to_be_visible()
    row = PartnerRow.objects.get(plan__school__name="Elvebakken videregående skole", source=salto)
    assert (row.phone, row.source_version) == ("21 80 99 99", 2)
