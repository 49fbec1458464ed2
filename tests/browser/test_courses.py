"""Course series as schools and participants use them: sign-up, waiting list, dashboards, and axe-core.

Visible text is looked up through the bokmål catalogue (``nb()``), so the tests read the words the
page shows a Norwegian visitor, and keep doing so as the translations are filled in.
"""

import contextlib
import re

from playwright.sync_api import expect

from django.conf import settings
from django.core import mail
from django.utils import timezone, translation
from django.utils.formats import date_format

from courses.services import seats
from tests.browser.conftest import assert_accessible, login

OSLO_SERIES = "/korus-oslo/kurs/kjentmann-vgs-varen-2027/"
SOR_SERIES = "/korus-sor/kurs/kjentmann-sor-2027/"
MIDT_SERIES = "/korus-midt/kurs/kjentmann-midt-hosten-2027/"
BERGEN_SERIES = "/korus-bergen/kurs/kjentmann-hosten-2026/"


@contextlib.contextmanager
def own_page(browser, live_server, **options):
    """A page in a browser context of its own: another person, or a browser without JavaScript."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="nb-NO", base_url=live_server.url, **options
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()


def nb(message: str, **values) -> str:
    """What the bokmål site shows for ``message``."""
    with translation.override("nb"):
        text = translation.gettext(message)
    return text % values if values else text


def valid_orgnr(first_eight: int) -> str:
    """A made-up organisation number with a correct MOD11 check digit."""
    from courses.validators import orgnr_check_digit

    while (check := orgnr_check_digit(str(first_eight))) is None:
        first_eight += 1
    return f"{first_eight}{check}"


def series(path: str):
    from courses.models import CourseSeriesPage

    return CourseSeriesPage.objects.get(url_path__endswith=path)


def participant(page, number: int):
    """The fieldset of participant row ``number`` (1-based), found by its legend."""
    return page.get_by_role("group", name=f"{nb('Participant')} {number}", exact=True)


def remove_label(number: int) -> str:
    """The remove button's accessible name: "Remove" and, for screen readers, which participant."""
    return f"{nb('Remove')} {nb('participant')} {number}"


def participant_rows(page):
    return page.locator("[data-participant-rows] [data-participant-row]")


def fill_participant(page, number: int, first: str, last: str, email: str, role: str = "Teacher") -> None:
    row = participant(page, number)
    row.get_by_label(nb("First name")).fill(first)
    row.get_by_label(nb("Last name")).fill(last)
    row.get_by_label(nb("E-mail address")).fill(email)
    row.get_by_label(nb("Role at the school")).select_option(label=nb(role))


def fill_school(page, orgnr: str, name: str, kommune: str = "Oslo (Oslo)", kind: str = "Upper secondary school"):
    school = page.get_by_role("group", name=nb("The school"), exact=True)
    school.get_by_label(nb("Organisation number")).fill(orgnr)
    school.get_by_label(nb("Name of the school")).fill(name)
    school.get_by_label(nb("Municipality")).select_option(label=kommune)
    school.get_by_label(nb("Type of school")).select_option(label=nb(kind))


def fill_contact(page, first: str, last: str, email: str, phone: str = "") -> None:
    contact = page.get_by_role("group", name=nb("You who sign up"), exact=True)
    contact.get_by_label(nb("Your first name")).fill(first)
    contact.get_by_label(nb("Your last name")).fill(last)
    contact.get_by_label(nb("Your e-mail address")).fill(email)
    if phone:
        contact.get_by_label(nb("Your telephone (optional)")).fill(phone)


def confirm_informed(page) -> None:
    page.get_by_role("checkbox").check()


def post(page, button) -> None:
    """Click a button that submits the form, and wait for the page the server answers with."""
    with page.expect_navigation():
        button.click()


def submit(page) -> None:
    post(page, page.get_by_role("button", name=nb("Send the sign-up")))


def selected_label(select) -> str:
    return select.evaluate("select => select.selectedOptions[0].text")


def receipt_row(page, email: str):
    return page.get_by_role("row").filter(has_text=email)


# Sign-up -------------------------------------------------------------------------------------


def test_school_contact_signs_up_two_participants_and_corrects_a_mistake(page, demo):
    from courses.models import Enrollment, Registration, School

    oslo = series(OSLO_SERIES)
    orgnr = valid_orgnr(91234567)
    spaced = f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}"

    page.goto(OSLO_SERIES)
    page.get_by_role("link", name=nb("Sign up your school")).click()
    page.wait_for_url(f"**{OSLO_SERIES}pamelding/")
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Sign up your school"))
    assert_accessible(page)

    # With JavaScript, a lone row cannot be removed.
    expect(participant_rows(page)).to_have_count(1)
    lone_remove = participant(page, 1).get_by_role("button", name=remove_label(1), include_hidden=True)
    expect(lone_remove).to_have_count(1)
    expect(lone_remove).to_be_hidden()

    fill_school(page, spaced, "Bjerke videregående skole")
    fill_contact(page, "Kari", "Nordmann", "kari.nordmann@bjerke.test", phone="22 33 44 55")
    fill_participant(page, 1, "Astrid", "Lien", "astrid.lien@bjerke.test", role="Adviser (rådgiver)")
    page.get_by_role("button", name=nb("Add a participant")).click()
    expect(participant_rows(page)).to_have_count(2)
    second_email = participant(page, 2).get_by_label(nb("E-mail address"))
    expect(participant(page, 2).get_by_label(nb("First name"))).to_be_focused()
    fill_participant(page, 2, "Bjørn", "Dahl", "bjorn.dahl@bjerke")
    confirm_informed(page)
    submit(page)

    # Nothing was saved; the summary and the field both say what is wrong.
    assert not Registration.objects.filter(series=oslo, school__orgnr=orgnr).exists()
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("heading")).to_have_text(nb("Please correct the following"))
    expect(summary).to_be_focused()  # heard first by screen reader users
    invalid_email = nb("Enter a valid email address.")
    summary_link = summary.get_by_role(
        "link", name=re.compile(rf"^{re.escape(nb('Participant'))} 2, .*{re.escape(invalid_email)}")
    )
    expect(summary_link).to_have_count(1)
    expect(summary.get_by_role("listitem")).to_have_count(1)
    expect(second_email).to_have_attribute("aria-invalid", "true")
    expect(second_email).to_have_accessible_description(invalid_email)
    expect(participant(page, 2)).to_contain_text(invalid_email)
    summary_link.click()
    expect(second_email).to_be_focused()

    # Everything typed is still there.
    school = page.get_by_role("group", name=nb("The school"), exact=True)
    expect(school.get_by_label(nb("Organisation number"))).to_have_value(spaced)
    expect(school.get_by_label(nb("Name of the school"))).to_have_value("Bjerke videregående skole")
    assert selected_label(school.get_by_label(nb("Municipality"))) == "Oslo (Oslo)"
    assert selected_label(school.get_by_label(nb("Type of school"))) == nb("Upper secondary school")
    expect(page.get_by_label(nb("Your first name"))).to_have_value("Kari")
    expect(page.get_by_label(nb("Your last name"))).to_have_value("Nordmann")
    expect(page.get_by_label(nb("Your e-mail address"))).to_have_value("kari.nordmann@bjerke.test")
    expect(page.get_by_label(nb("Your telephone (optional)"))).to_have_value("22 33 44 55")
    expect(participant_rows(page)).to_have_count(2)
    first = participant(page, 1)
    expect(first.get_by_label(nb("First name"))).to_have_value("Astrid")
    expect(first.get_by_label(nb("Last name"))).to_have_value("Lien")
    expect(first.get_by_label(nb("E-mail address"))).to_have_value("astrid.lien@bjerke.test")
    assert selected_label(first.get_by_label(nb("Role at the school"))) == nb("Adviser (rådgiver)")
    expect(participant(page, 2).get_by_label(nb("First name"))).to_have_value("Bjørn")
    expect(second_email).to_have_value("bjorn.dahl@bjerke")
    expect(page.get_by_role("checkbox")).to_be_checked()
    assert_accessible(page)

    second_email.fill("Bjorn.Dahl@bjerke.test")
    submit(page)

    page.wait_for_url(re.compile(rf"{re.escape(OSLO_SERIES)}pamelding/kvittering/[0-9a-f-]{{36}}/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Thank you, the sign-up is received"))
    expect(page.get_by_role("main")).to_contain_text(
        nb("%(school)s is signed up for %(series)s.", school="Bjerke videregående skole", series=oslo.title)
    )
    for name, email in [("Astrid Lien", "astrid.lien@bjerke.test"), ("Bjørn Dahl", "bjorn.dahl@bjerke.test")]:
        row = receipt_row(page, email)
        expect(row).to_contain_text(name)
        expect(row).to_contain_text(nb("Has a seat"))
    assert_accessible(page)
    assert not page.console_errors, page.console_errors

    school = School.objects.get(orgnr=orgnr)
    assert school.name == "Bjerke videregående skole"
    assert school.kommune.number == "0301"
    assert school.school_type == "videregaende"
    registration = Registration.objects.get(series=oslo, school=school)
    assert registration.contact.email == "kari.nordmann@bjerke.test"
    assert registration.contact_phone == "22 33 44 55"
    enrollments = Enrollment.objects.filter(registration=registration)
    assert sorted(enrollments.values_list("participant__email", "status", "role")) == [
        ("astrid.lien@bjerke.test", "confirmed", "radgiver"),
        ("bjorn.dahl@bjerke.test", "confirmed", "laerer"),
    ]
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"astrid.lien@bjerke.test", "bjorn.dahl@bjerke.test", "kari.nordmann@bjerke.test"} <= recipients


def test_rows_are_added_and_removed_without_javascript(browser, live_server, demo):
    from courses.models import Enrollment

    with own_page(browser, live_server, java_script_enabled=False) as page:
        page.goto(f"{OSLO_SERIES}pamelding/")
        # A lone row offers no remove button, with or without JavaScript.
        expect(participant(page, 1).get_by_role("button", name=remove_label(1))).to_have_count(0)
        fill_school(page, valid_orgnr(92345678), "Hasle skole", kind="Combined school (years 1–10)")
        fill_contact(page, "Ola", "Hasle", "ola@hasle.test")
        fill_participant(page, 1, "Siri", "Moe", "siri.moe@hasle.test", role="School nurse")
        confirm_informed(page)

        post(page, page.get_by_role("button", name=nb("Add a participant")))
        assert page.url.endswith(f"{OSLO_SERIES}pamelding/")  # the server drew the form again
        expect(participant_rows(page)).to_have_count(2)
        expect(page.locator("#error-summary")).to_have_count(0)
        first = participant(page, 1)
        expect(first.get_by_label(nb("First name"))).to_have_value("Siri")
        expect(first.get_by_label(nb("Last name"))).to_have_value("Moe")
        expect(first.get_by_label(nb("E-mail address"))).to_have_value("siri.moe@hasle.test")
        assert selected_label(first.get_by_label(nb("Role at the school"))) == nb("School nurse")
        second = participant(page, 2)
        expect(second.get_by_label(nb("First name"))).to_have_value("")
        expect(second.get_by_label(nb("E-mail address"))).to_have_value("")
        expect(page.get_by_label(nb("Name of the school"))).to_have_value("Hasle skole")
        assert selected_label(page.get_by_label(nb("Type of school"))) == nb("Combined school (years 1–10)")
        expect(page.get_by_label(nb("Your e-mail address"))).to_have_value("ola@hasle.test")
        expect(page.get_by_role("checkbox")).to_be_checked()

        # Removing the first row leaves the second, now numbered 1.
        fill_participant(page, 2, "Tor", "Aas", "tor.aas@hasle.test")
        post(page, first.get_by_role("button", name=remove_label(1)))
        expect(participant_rows(page)).to_have_count(1)
        expect(participant(page, 1).get_by_label(nb("E-mail address"))).to_have_value("tor.aas@hasle.test")

        submit(page)
        page.wait_for_url("**/pamelding/kvittering/**")
        expect(receipt_row(page, "tor.aas@hasle.test")).to_contain_text(nb("Has a seat"))
        expect(page.get_by_role("row")).to_have_count(2)  # the header and Tor
    assert list(Enrollment.objects.filter(school__name="Hasle skole").values_list("participant__email", "status")) == [
        ("tor.aas@hasle.test", "confirmed")
    ]


def test_removing_a_row_with_javascript_renumbers_the_rest(page, demo):
    from courses.models import Enrollment

    page.goto(f"{OSLO_SERIES}pamelding/")
    fill_school(page, valid_orgnr(93456789), "Ulsrud videregående skole")
    fill_contact(page, "Liv", "Ulsrud", "liv@ulsrud.test")
    add = page.get_by_role("button", name=nb("Add a participant"))
    fill_participant(page, 1, "Anne", "Ask", "anne@ulsrud.test")
    add.click()
    fill_participant(page, 2, "Bent", "Bø", "bent@ulsrud.test")
    add.click()
    fill_participant(page, 3, "Cato", "Cruz", "cato@ulsrud.test")
    expect(participant_rows(page)).to_have_count(3)

    participant(page, 2).get_by_role("button", name=remove_label(2)).click()

    expect(participant_rows(page)).to_have_count(2)
    expect(page.locator("[data-participant-row] legend")).to_have_text(
        [f"{nb('Participant')} 1", f"{nb('Participant')} 2"]
    )
    expect(participant(page, 3)).to_have_count(0)
    expect(participant(page, 2).get_by_label(nb("E-mail address"))).to_have_value("cato@ulsrud.test")
    expect(participant(page, 2).get_by_role("button", name=remove_label(2))).to_be_visible()
    expect(participant(page, 1).get_by_label(nb("First name"))).to_be_focused()
    expect(page.locator("[name=participants-TOTAL_FORMS]")).to_have_value("2")
    names = page.locator("[data-participant-row] input, [data-participant-row] select").evaluate_all(
        "els => els.map(el => el.name)"
    )
    assert names == [
        f"participants-{i}-{field}" for i in (0, 1) for field in ("first_name", "last_name", "email", "role")
    ]

    # Down to one row, it can no longer be removed.
    participant(page, 1).get_by_role("button", name=remove_label(1)).click()
    expect(participant_rows(page)).to_have_count(1)
    expect(participant(page, 1).get_by_label(nb("E-mail address"))).to_have_value("cato@ulsrud.test")
    lone_remove = participant(page, 1).get_by_role("button", name=remove_label(1), include_hidden=True)
    expect(lone_remove).to_have_count(1)
    expect(lone_remove).to_be_hidden()
    add.click()
    fill_participant(page, 2, "Dina", "Dale", "dina@ulsrud.test")

    confirm_informed(page)
    submit(page)
    page.wait_for_url("**/pamelding/kvittering/**")
    expect(receipt_row(page, "cato@ulsrud.test")).to_contain_text(nb("Has a seat"))
    expect(receipt_row(page, "dina@ulsrud.test")).to_contain_text(nb("Has a seat"))
    assert not page.console_errors, page.console_errors
    assert sorted(
        Enrollment.objects.filter(school__name="Ulsrud videregående skole").values_list("participant__email", flat=True)
    ) == ["cato@ulsrud.test", "dina@ulsrud.test"]


def test_full_series_waitlists_and_a_closed_window_refuses_politely(page, demo):
    from courses.models import Enrollment

    sor = series(SOR_SERIES)
    waiting_before = Enrollment.objects.filter(series=sor, status="waitlisted").count()
    assert sor.seats_left == 0
    assert waiting_before > 0

    page.goto(SOR_SERIES)
    expect(page.get_by_role("complementary")).to_contain_text(nb("Full: new sign-ups go on the waiting list"))
    page.get_by_role("link", name=nb("Sign up for the waiting list")).click()
    page.wait_for_url(f"**{SOR_SERIES}pamelding/")
    fill_school(
        page,
        valid_orgnr(94567890),
        "Porsgrunn ungdomsskole",
        kommune="Porsgrunn (Telemark)",
        kind="Lower secondary school",
    )
    fill_contact(page, "Pål", "Porsgrunn", "pal@porsgrunn.test")
    fill_participant(page, 1, "Vera", "Vik", "vera.vik@porsgrunn.test")
    confirm_informed(page)
    submit(page)

    page.wait_for_url("**/pamelding/kvittering/**")
    position = waiting_before + 1
    expect(receipt_row(page, "vera.vik@porsgrunn.test")).to_contain_text(
        nb("Waiting list, number %(position)s", position=position)
    )
    enrollment = Enrollment.objects.get(series=sor, participant__email="vera.vik@porsgrunn.test")
    assert enrollment.status == "waitlisted"
    assert seats.waitlist_positions(enrollment.series).get(enrollment.pk) == position
    assert sor.enrollments.filter(status="confirmed").count() == sor.seats

    # Sign-up for the Midt series opens later: a message, a way on, and no form.
    midt = series(MIDT_SERIES)
    assert midt.registration_opens > timezone.now()
    page.goto(f"{MIDT_SERIES}pamelding/")
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("Sign-up is not open"))
    with translation.override("nb"):
        opens = date_format(timezone.localtime(midt.registration_opens), "DATETIME_FORMAT")
    expect(page.locator(".ds-alert")).to_contain_text(
        nb("Sign-up for this series opens %(opens)s. Welcome back then!", opens=opens)
    )
    expect(page.locator("form[data-signup-form]")).to_have_count(0)
    expect(page.get_by_role("textbox")).to_have_count(0)
    expect(page.get_by_role("link", name=nb("Find another series"))).to_have_attribute("href", "/kurs/")
    assert_accessible(page)


# Finder and series pages -----------------------------------------------------------------------


def test_finder_and_series_page_filter_and_are_accessible(page, demo):
    from courses.services.finder import find_series
    from home.models import Region

    every = list(find_series())
    page.goto("/kurs/")
    cards = page.locator(".series-card")
    expect(cards).to_have_count(len(every))
    assert_accessible(page)

    page.get_by_label(nb("Region"), exact=True).select_option(label="KORUS Oslo")
    page.get_by_role("button", name=nb("Show series")).click()
    page.wait_for_url(re.compile(r"/kurs/\?.*region=korus-oslo"))
    in_oslo = list(find_series(region=Region.objects.get(slug="korus-oslo")))
    assert 0 < len(in_oslo) < len(every)
    expect(cards).to_have_count(len(in_oslo))
    expect(cards.get_by_role("heading")).to_have_text([s.title for s in in_oslo])
    expect(page.get_by_role("link", name=nb("Clear the filters"))).to_be_visible()
    assert_accessible(page)

    ordinary = next(series for series in in_oslo if not series.is_network_gathering)  # open to every school
    cards.get_by_role("link", name=ordinary.title).click()
    page.wait_for_url(f"**{ordinary.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(ordinary.title)
    expect(page.get_by_role("link", name=nb("Sign up your school"))).to_be_visible()
    assert_accessible(page)


# Dashboards --------------------------------------------------------------------------------------


def test_participant_and_school_contact_dashboards(page, browser, live_server, demo):
    from courses.models import Enrollment

    # The participant sees the Bergen series and its next gathering.
    bergen = series(BERGEN_SERIES)
    next_gathering = bergen.next_gathering()
    login(page, "deltaker@skole.test", settings.DEMO_PASSWORD)
    page.goto("/mine-kurs/")
    expect(page.get_by_role("heading", level=1)).to_have_text(nb("My courses"))
    panel = page.get_by_role("region", name=bergen.title)
    expect(panel).to_contain_text(nb("You have a seat"))
    expect(panel.get_by_role("heading", name=nb("Next gathering"))).to_be_visible()
    expect(panel.locator(".next-gathering")).to_contain_text(f"{next_gathering.number}. {next_gathering.title}")
    expect(panel.locator(".next-gathering time")).to_have_attribute(
        "datetime", timezone.localtime(next_gathering.starts_at).isoformat()
    )
    if next_gathering.online_url:
        expect(panel.get_by_role("link", name=nb("Join online"))).to_have_attribute("href", next_gathering.online_url)
    expect(page.locator(".course-panel")).to_have_count(1)
    assert_accessible(page)

    # The school contact replaces one participant and cancels another.
    with own_page(browser, live_server) as contact:
        oslo, sor = series(OSLO_SERIES), series(SOR_SERIES)
        leaving, staying = Enrollment.objects.filter(series=oslo, status="confirmed").order_by("pk")[:2]
        login(contact, "kontakt@skole.test", settings.DEMO_PASSWORD)
        contact.goto("/min-skole/")
        expect(contact.get_by_role("heading", level=1)).to_have_text(nb("My school"))
        assert_accessible(contact)

        old_name = leaving.participant.get_full_name()
        oslo_section = contact.get_by_role("region", name=oslo.title)
        oslo_section.get_by_role("link", name=f"{nb('Replace')} {old_name}", exact=True).click()
        contact.wait_for_url(f"**/min-skole/pamelding/{leaving.pk}/bytt/")
        expect(contact.get_by_role("heading", level=1)).to_have_text(nb("Replace participant"))
        assert_accessible(contact)

        contact.get_by_label(nb("First name")).fill("Nina")
        contact.get_by_label(nb("Last name")).fill("Nysted")
        contact.get_by_label(nb("E-mail address")).fill(staying.participant.email)  # already in the series
        contact.get_by_label(nb("Role at the school")).select_option(label=nb("Social worker (miljøterapeut)"))
        post(contact, contact.get_by_role("button", name=nb("Replace"), exact=True))
        expect(contact.get_by_role("alert")).to_contain_text(nb("This person is already signed up for the series."))
        expect(contact.get_by_label(nb("First name"))).to_have_value("Nina")
        assert_accessible(contact)
        leaving.refresh_from_db()
        assert leaving.status == "confirmed"

        contact.get_by_label(nb("E-mail address")).fill("nina.nysted@elvebakken.test")
        post(contact, contact.get_by_role("button", name=nb("Replace"), exact=True))
        contact.wait_for_url("**/min-skole/")
        expect(contact.get_by_role("status")).to_contain_text(
            nb("%(new)s has taken over the place of %(old)s.", new="Nina Nysted", old=old_name)
        )
        expect(
            contact.get_by_role("region", name=oslo.title).get_by_role("row").filter(has_text="Nina Nysted")
        ).to_contain_text(nb("Has a seat"))
        leaving.refresh_from_db()
        assert (leaving.status, leaving.cancel_reason) == ("cancelled", "replaced")
        new = Enrollment.objects.get(series=oslo, participant__email="nina.nysted@elvebakken.test")
        assert (new.status, new.replaces_id, new.school_id, new.role) == (
            "confirmed",
            leaving.pk,
            leaving.school_id,
            "miljoterapeut",
        )

        cancelled = Enrollment.objects.filter(series=sor, status="confirmed").order_by("pk").first()
        first_waiting = Enrollment.objects.filter(series=sor, status="waitlisted").order_by("waitlist_number").first()
        cancelled_name = cancelled.participant.get_full_name()
        contact.get_by_role("region", name=sor.title).get_by_role(
            "link", name=f"{nb('Cancel')} {cancelled_name}", exact=True
        ).click()
        contact.wait_for_url(f"**/min-skole/pamelding/{cancelled.pk}/avmeld/")
        expect(contact.get_by_role("heading", level=1)).to_have_text(nb("Cancel the enrollment?"))
        assert_accessible(contact)
        cancelled.refresh_from_db()
        assert cancelled.status == "confirmed"  # only the button cancels
        post(contact, contact.get_by_role("button", name=nb("Yes, cancel")))
        contact.wait_for_url("**/min-skole/")
        message = nb("%(name)s is no longer signed up for %(series)s.", name=cancelled_name, series=sor.title)
        expect(contact.get_by_role("status")).to_contain_text(
            f"{message} {nb('The seat went to the first person on the waiting list.')}"
        )
        assert_accessible(contact)
    cancelled.refresh_from_db()
    first_waiting.refresh_from_db()
    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "school")
    assert first_waiting.status == "confirmed"
    assert Enrollment.objects.filter(series=sor, status="confirmed").count() == sor.seats
