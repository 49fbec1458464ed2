"""The school's plan, its partner list, the kommune's common list and the checklist (issue 15, points 1–3)."""

import datetime

import pytest

from django.utils import timezone

from courses import access
from courses.models import KommunePartner, PartnerRow, PlanVersion, SchoolPlan
from courses.services import notices, plans
from home.models import Kommune
from tests.factories import CertificateFactory, EnrollmentFactory, RegistrationFactory, SchoolFactory, UserFactory
from tests.forms import Form

IDENTITY_NUMBER = "21020375989"  # a valid fødselsnummer (see tests/network/privacy_vectors.json)


@pytest.fixture
def school(oslo):
    return SchoolFactory(name="Tårnåsen skole")


@pytest.fixture
def contact(school, series):
    return RegistrationFactory(school=school, series=series, contact=UserFactory(email="kontakt@skole.test")).contact


@pytest.fixture
def kjentmann(school, oslo_courses):
    user = UserFactory(email="kjentmann@skole.test")
    CertificateFactory(
        enrollment=EnrollmentFactory(participant=user, series__parent=oslo_courses, registration__school=school)
    )
    return user


def plan_url(school, tail: str = "") -> str:
    return f"/skoleplan/{school.pk}/{tail}"


# Who may see and edit ----------------------------------------------------------------------------


def test_contacts_and_certified_kjentmenn_edit_the_plan(school, contact, kjentmann):
    assert access.may_edit_plan(contact, school)
    assert access.may_edit_plan(kjentmann, school)


def test_a_participant_of_the_school_reads_but_does_not_edit(school, series):
    participant = EnrollmentFactory(series=series, registration__school=school).participant
    assert access.may_read_plan(participant, school)
    assert not access.may_edit_plan(participant, school)


def test_others_and_korus_staff_see_nothing(client, school, contact, oslo_staff):
    other = UserFactory()
    for person in (other, oslo_staff):
        client.force_login(person)
        assert client.get(plan_url(school)).status_code == 404
        assert client.get(plan_url(school, "plan.pdf")).status_code == 404


def test_a_reader_cannot_open_the_editor(client, school, series):
    participant = EnrollmentFactory(series=series, registration__school=school).participant
    client.force_login(participant)
    assert client.get(plan_url(school)).status_code == 200
    assert client.get(plan_url(school, "rediger/oppfolging/")).status_code == 404


def test_the_start_page_leads_to_the_only_school(client, school, contact):
    client.force_login(contact)
    response = client.get("/skoleplan/")
    assert response.status_code == 302
    assert response["Location"] == plan_url(school)


# The plan and its template ------------------------------------------------------------------------


def test_a_new_plan_starts_with_the_templates_rows(school):
    plan = plans.plan_for(school)
    assert len(plans.rows(plan, "prevention")) == len(plans.AUDIENCES)
    assert len(plans.rows(plan, "situations")) == 3
    assert len(plans.rows(plan, "partners")) == len(plans.PARTNER_FUNCTIONS)
    assert [row.function for row in plans.rows(plan, "roles")][-2:] == ["Kjentmann", "Skolehelsetjeneste"]
    assert plans.plan_for(school).pk == plan.pk


def test_the_plan_page_shows_the_five_parts(client, school, contact):
    client.force_login(contact)
    html = client.get(plan_url(school)).content.decode()
    for number in range(1, 6):
        assert f'id="part-{list(plans.SECTIONS)[number - 1]}"' in html
    assert "Bekymring for at en elev har et rusproblem" in html


def test_kjentmann_edits_the_follow_up_routine_and_a_version_is_kept(client, school, kjentmann):
    client.force_login(kjentmann)
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    form["situations-0-follow_up"] = "Kontaktlærer snakker med eleven samme dag og melder til rådgiver."
    form["situations-0-responsible"] = "Rådgiver"
    response = form.submit(client)
    assert response.status_code == 302
    row = plans.rows(SchoolPlan.objects.get(school=school), "situations")[0]
    assert row.follow_up.startswith("Kontaktlærer snakker")
    version = PlanVersion.objects.get()
    assert version.author == kjentmann
    assert version.section == "situations"
    assert "1 rad endret" in version.summary
    assert version.snapshot["situations"][0]["responsible"] == "Rådgiver"


def test_a_kjentmann_who_deletes_the_account_leaves_the_plan_and_its_history_without_a_name(
    client, school, kjentmann, contact
):
    from tests.factories.accounts import PASSWORD

    kjentmann.first_name, kjentmann.last_name = "Kari", "Kjentmann"
    kjentmann.save()
    client.force_login(kjentmann)
    form = Form.from_response(client.get(plan_url(school, "rediger/mal/")), having="goals")
    goals = "Ingen elever skal møte en voksen som ikke vet hva hen skal gjøre."
    assert form.submit(client, changes={"goals": goals}).status_code == 302
    version = PlanVersion.objects.get()
    assert version.author == kjentmann

    page = client.get("/konto/slett/")
    assert "uten navnet ditt" in page.content.decode()  # said before the person confirms
    response = Form.from_response(page, having="password").submit(client, "delete", changes={"password": PASSWORD})
    assert response["Location"] == "/konto/slettet/"

    version.refresh_from_db()
    assert version.author is None
    plan = SchoolPlan.objects.get(school=school)
    assert plan.goals.startswith("Ingen elever skal møte")
    assert version.snapshot["goals"] == plan.goals
    client.force_login(contact)
    history = client.get(plan_url(school, "endringer/")).content.decode()
    assert "en lukket konto" in history
    assert "Kari" not in history


def test_a_user_removed_from_the_database_leaves_the_plan_versions(school):
    """An account removed outright (by an administrator, not by the person) unlinks its versions the same way."""
    author = UserFactory(email="fjernet@skole.test")
    plan = plans.plan_for(school)
    version = plans.save_goals(plan, "Alle ansatte kjenner rutinen.", author)
    author.delete()
    version.refresh_from_db()
    assert version.author is None
    assert SchoolPlan.objects.get(pk=plan.pk).goals == "Alle ansatte kjenner rutinen."


def test_a_row_is_added_in_the_empty_row_and_removed_with_its_box(client, school, contact):
    client.force_login(contact)
    url = plan_url(school, "rediger/roller/")
    form = Form.from_response(client.get(url), having="roles-0-function")
    total = int(form["roles-TOTAL_FORMS"])
    form[f"roles-{total - 1}-function"] = "Miljøarbeider på SFO"
    form.check("roles-0-DELETE")
    assert form.submit(client).status_code == 302
    functions = [row.function for row in plans.rows(SchoolPlan.objects.get(school=school), "roles")]
    assert "Rektor" not in functions
    assert functions[-1] == "Miljøarbeider på SFO"
    assert "1 rad lagt til, 1 rad fjernet" in PlanVersion.objects.get().summary


def test_an_identity_number_is_refused_and_what_was_typed_stays(client, school, contact):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    form["situations-0-follow_up"] = f"Gjelder eleven med nummer {IDENTITY_NUMBER}"
    response = form.submit(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "fødselsnummer" in html
    assert IDENTITY_NUMBER in html  # kept in the field, to be corrected
    assert not PlanVersion.objects.exists()


def test_goals_are_saved_from_their_form(client, school, contact):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/mal/")), having="goals")
    form["goals"] = "Alle ansatte kjenner planen og vet hvem de skal kontakte."
    assert form.submit(client).status_code == 302
    assert SchoolPlan.objects.get(school=school).goals.startswith("Alle ansatte")
    assert "Alle ansatte kjenner planen" in client.get(plan_url(school)).content.decode()


def test_unknown_part_is_not_found(client, school, contact):
    client.force_login(contact)
    assert client.get(plan_url(school, "rediger/noe-annet/")).status_code == 404


def test_the_history_lists_who_changed_what(client, school, contact):
    plan = plans.plan_for(school)
    plans.save_goals(plan, "Mål", contact)
    client.force_login(contact)
    html = client.get(plan_url(school, "endringer/")).content.decode()
    assert "Skolens mål er endret" in html
    assert contact.get_full_name() in html


def test_the_pdf_follows_the_template(client, school, contact):
    plan = plans.plan_for(school)
    plans.save_goals(plan, "Et trygt skolemiljø uten rus.", contact)
    client.force_login(contact)
    response = client.get(plan_url(school, "plan.pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    import io

    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Plan for det rusforebyggende arbeidet" in text
    for heading in (
        "1. Skolens mål",
        "2. Forebyggende arbeid",
        "3. Når de ansatte skal følge opp",
        "4. Samarbeidspartnere utenfor skolen",
        "5. Nøkkelpersoner og rollene deres",
    ):
        assert heading in text
    assert "Et trygt skolemiljø uten rus." in text


# Evaluation ---------------------------------------------------------------------------------------


def test_recording_an_evaluation(client, school, contact):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school)), selector="form[action$='/evaluert/']")
    assert form.submit(client).status_code == 302
    assert SchoolPlan.objects.get(school=school).evaluated_on == timezone.localdate()


def test_the_yearly_reminder_goes_to_the_contacts_once(school, contact, mailoutbox, django_capture_on_commit_callbacks):
    plan = plans.plan_for(school)
    SchoolPlan.objects.filter(pk=plan.pk).update(evaluated_on=timezone.localdate() - datetime.timedelta(days=366))
    with django_capture_on_commit_callbacks(execute=True):
        assert notices.queue_plan_evaluation_reminders() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert notices.queue_plan_evaluation_reminders() == 0
    assert [m.to for m in mailoutbox] == [[contact.email]]
    assert "evaluere" in mailoutbox[0].subject
    assert plan_url(school) in mailoutbox[0].body


def test_no_reminder_for_a_plan_evaluated_this_year(school, contact):
    plans.mark_evaluated(plans.plan_for(school), contact, on=timezone.localdate() - datetime.timedelta(days=200))
    assert notices.queue_plan_evaluation_reminders() == 0


def test_the_reminder_is_skipped_when_evaluated_before_it_is_sent(school, contact):
    from korus_site.core.outbox import Skip

    plan = plans.plan_for(school)
    plans.mark_evaluated(plan, contact)
    with pytest.raises(Skip):
        notices.send_plan_evaluation_reminder(plan.pk, contact.pk)


# The kommune's common list ------------------------------------------------------------------------


@pytest.fixture
def oslo_list(oslo):
    kommune = Kommune.objects.get(number="0301")
    return [
        KommunePartner.objects.create(
            kommune=kommune, function="Skolehelsetjeneste", name="Helsesykepleier", phone="22 00 00 01"
        ),
        KommunePartner.objects.create(
            kommune=kommune, function="Politikontakt", name="Forebyggende politi", phone="02800"
        ),
    ]


def test_a_contact_adopts_the_kommunes_list(client, school, contact, oslo_list):
    client.force_login(contact)
    page = client.get(plan_url(school, "samarbeidspartnere/"))
    assert "Bruk kommunens liste" in page.content.decode()
    response = Form.from_response(page, having="adopt").submit(client)
    assert response.status_code == 302
    plan = SchoolPlan.objects.get(school=school)
    health = PartnerRow.objects.get(plan=plan, function="Skolehelsetjeneste")
    assert (health.source, health.source_version, health.phone) == (oslo_list[0], 1, "22 00 00 01")
    assert PartnerRow.objects.filter(plan=plan, function="Skolehelsetjeneste").count() == 1  # filled, not doubled
    html = client.get(plan_url(school, "samarbeidspartnere/")).content.decode()
    assert 'href="tel:22000001"' in html
    assert "Bruk kommunens liste" not in html


def test_a_change_to_the_kommunes_list_is_offered_not_forced(client, school, contact, oslo_list):
    plan = plans.plan_for(school)
    plans.adopt_kommune_list(plan, contact)
    oslo_list[0].phone = "22 99 99 99"
    oslo_list[0].save()
    assert oslo_list[0].version == 2
    row = PartnerRow.objects.get(plan=plan, source=oslo_list[0])
    assert row.phone == "22 00 00 01"
    client.force_login(contact)
    page = client.get(plan_url(school, "samarbeidspartnere/"))
    assert "Kommunens liste er endret" in page.content.decode()
    form = Form.from_response(page, selector=f"form[action$='/kommunens-liste/{oslo_list[0].pk}/']")
    assert form.submit(client, ("decision", "accept")).status_code == 302
    row.refresh_from_db()
    assert (row.phone, row.source_version) == ("22 99 99 99", 2)
    assert "Kommunens liste er endret" not in client.get(plan_url(school, "samarbeidspartnere/")).content.decode()


def test_keeping_the_schools_own_row(client, school, contact, oslo_list):
    plan = plans.plan_for(school)
    plans.adopt_kommune_list(plan, contact)
    oslo_list[1].name = "Ny kontakt"
    oslo_list[1].save()
    client.force_login(contact)
    page = client.get(plan_url(school, "samarbeidspartnere/"))
    form = Form.from_response(page, selector=f"form[action$='/kommunens-liste/{oslo_list[1].pk}/']")
    form.submit(client, ("decision", "keep"))
    row = PartnerRow.objects.get(plan=plan, source=oslo_list[1])
    assert (row.name, row.source_version) == ("Forebyggende politi", 2)
    assert plans.partner_offers(plan) == []


def test_a_saved_row_without_change_keeps_its_version(oslo_list):
    oslo_list[0].sort_order = 5
    oslo_list[0].save()
    assert oslo_list[0].version == 1


def test_regional_staff_keep_the_lists_of_their_own_kommuner(client, oslo_staff, bergen_staff, oslo_list):
    client.force_login(oslo_staff)
    assert "Skolehelsetjeneste" in client.get("/admin/samarbeidspartnere/").content.decode()
    form = Form.from_response(client.get("/admin/samarbeidspartnere/new/"), having="function")
    assert {label for value, label in form.options["kommune"] if value} == {"Oslo"}
    form.choose("kommune", "Oslo")
    form["function"] = "Utekontakten"
    form["phone"] = "23 00 00 00"
    assert form.submit(client).status_code == 302
    assert KommunePartner.objects.filter(function="Utekontakten", kommune__number="0301").exists()
    client.force_login(bergen_staff)
    assert "Skolehelsetjeneste" not in client.get("/admin/samarbeidspartnere/").content.decode()
    assert client.get(f"/admin/samarbeidspartnere/edit/{oslo_list[0].pk}/").status_code in {302, 403}


def test_staff_edits_bump_the_version_and_refuse_identity_numbers(client, oslo_staff, oslo_list):
    client.force_login(oslo_staff)
    url = f"/admin/samarbeidspartnere/edit/{oslo_list[0].pk}/"
    form = Form.from_response(client.get(url), having="function")
    form["name"] = f"Elev {IDENTITY_NUMBER}"
    assert form.submit(client).status_code == 200
    form["name"] = "Helsesykepleier Nord"
    assert form.submit(client).status_code == 302
    oslo_list[0].refresh_from_db()
    assert (oslo_list[0].name, oslo_list[0].version) == ("Helsesykepleier Nord", 2)


# The checklist ------------------------------------------------------------------------------------


def test_the_checklist_has_ten_points_and_stores_nothing(client, db, home_page):
    response = client.get("/sjekkliste/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="checklist__point"') == 10
    assert "<form" not in html.split("checklist")[-1]


def test_the_checklist_steps_through_with_links_to_the_schools_partners(client, school, kjentmann):
    client.force_login(kjentmann)
    html = client.get("/sjekkliste/5/").content.decode()
    assert "Punkt 5 av 10" in html
    assert f'href="{plan_url(school, "samarbeidspartnere/")}"' in html
    assert 'href="/sjekkliste/6/"' in html
    assert 'href="/sjekkliste/4/"' in html
    assert client.get("/sjekkliste/11/").status_code == 404
    assert client.get("/sjekkliste/0/").status_code == 404


# Findings on issue 15: long cells, identifiers, the kommune's list, field names, telephone numbers ------


def _pdf_text(response) -> str:
    import io

    from pypdf import PdfReader

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def _in_order(words: list[str], text: str) -> bool:
    position = 0
    for word in words:
        position = text.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


def test_a_cell_as_long_as_allowed_prints_whole_over_pages(client, school, contact):
    from courses.models.plans import CELL_MAX_LENGTH

    client.force_login(contact)
    words = [f"tiltak{n:04d}" for n in range(CELL_MAX_LENGTH // 11)]
    long_text = " ".join(words)
    assert len(long_text) <= CELL_MAX_LENGTH
    form = Form.from_response(client.get(plan_url(school, "rediger/forebygging/")), having="prevention-0-what")
    form["prevention-0-what"] = long_text
    form["prevention-1-how"] = long_text.replace("tiltak", "metode")
    assert form.submit(client).status_code == 302
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    form["situations-0-follow_up"] = long_text.replace("tiltak", "rutine")
    assert form.submit(client).status_code == 302

    response = client.get(plan_url(school, "plan.pdf"))
    import io

    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(response.content)).pages) > 2
    text = _pdf_text(response)
    assert _in_order(words, text)
    assert _in_order([word.replace("tiltak", "metode") for word in words], text)
    assert _in_order([word.replace("tiltak", "rutine") for word in words], text)
    assert "(fortsatt)" in text


def test_a_cell_longer_than_allowed_is_refused_in_norwegian(client, school, contact):
    from courses.models.plans import CELL_MAX_LENGTH, GOALS_MAX_LENGTH

    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    response = form.submit(client, changes={"situations-0-follow_up": "x" * (CELL_MAX_LENGTH + 1)})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Her er det plass til høyst {CELL_MAX_LENGTH} tegn, og teksten har {CELL_MAX_LENGTH + 1}" in html
    assert f'maxlength="{CELL_MAX_LENGTH}"' in html
    form = Form.from_response(client.get(plan_url(school, "rediger/mal/")), having="goals")
    response = form.submit(client, changes={"goals": "x" * (GOALS_MAX_LENGTH + 1)})
    assert f"høyst {GOALS_MAX_LENGTH} tegn" in response.content.decode()
    assert not PlanVersion.objects.exists()


def test_a_new_kommune_service_fills_the_empty_template_row(client, school, contact, oslo_list):
    plan = plans.plan_for(school)
    plans.adopt_kommune_list(plan, contact)
    ppt = KommunePartner.objects.create(
        kommune=oslo_list[0].kommune, function="Pedagogisk-psykologisk tjeneste (PPT)", phone="23 00 00 10"
    )
    before = PartnerRow.objects.filter(plan=plan).count()
    assert PartnerRow.objects.filter(plan=plan, function=ppt.function).count() == 1  # the template's, empty
    client.force_login(contact)
    page = client.get(plan_url(school, "samarbeidspartnere/"))
    form = Form.from_response(page, selector=f"form[action$='/kommunens-liste/{ppt.pk}/']")
    assert form.submit(client, ("decision", "accept")).status_code == 302
    assert PartnerRow.objects.filter(plan=plan).count() == before
    row = PartnerRow.objects.get(plan=plan, function=ppt.function)
    assert (row.source, row.phone) == (ppt, "23 00 00 10")


def test_likely_pupil_identifiers_in_a_plan_row_are_shown_and_confirmed(client, school, contact):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    text = "Ola Nordmann i 9B, tlf 41234567"
    response = form.submit(client, changes={"situations-1-follow_up": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kan noen kjennes igjen?" in html
    assert "ser ut som et telefonnummer" in html
    assert not PlanVersion.objects.exists()
    confirm = Form.from_response(response, having="situations-1-confirm_identifiers")
    assert "situations-0-confirm_identifiers" not in dict(confirm.fields)  # asked only of the row that warns
    confirm.check("situations-1-confirm_identifiers")
    assert confirm.submit(client).status_code == 302
    assert plans.rows(SchoolPlan.objects.get(school=school), "situations")[1].follow_up == text


def test_likely_identifiers_in_the_goals_are_confirmed_too(client, school, contact):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/mal/")), having="goals")
    assert "confirm_identifiers" not in dict(form.fields)
    response = form.submit(client, changes={"goals": "Kari Hansen (14) skal få hjelp."})
    assert "Kan noen kjennes igjen?" in response.content.decode()
    confirm = Form.from_response(response, having="confirm_identifiers")
    confirm.check("confirm_identifiers")
    assert confirm.submit(client).status_code == 302
    assert SchoolPlan.objects.get(school=school).goals.startswith("Kari Hansen")


def test_the_partner_list_names_adults_and_numbers_without_a_warning(client, school, contact):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/samarbeidspartnere/")), having="partners-0-phone")
    response = form.submit(client, changes={"partners-0-name": "Kari Hansen", "partners-0-phone": "412 34 567"})
    assert response.status_code == 302


def test_the_prevention_form_uses_the_plans_own_field_names(client, school, contact):
    client.force_login(contact)
    html = client.get(plan_url(school, "rediger/forebygging/")).content.decode()
    for label in ("For hvem", "Når", "Hvordan", "Ansvarlig"):
        assert f">{label}" in html
    for old in ("Målgruppe", "Tidspunkt", "Måte"):
        assert old not in html
    text = _pdf_text(client.get(plan_url(school, "plan.pdf")))
    for label in ("For hvem", "Når", "Hvordan", "Ansvarlig"):
        assert label in text


@pytest.mark.parametrize("phone", ["ring meg", "22 00 000", "22 00 00 00 00", "+47 abc", "123456789"])
def test_a_partner_telephone_must_be_a_number(client, school, contact, phone):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/samarbeidspartnere/")), having="partners-0-phone")
    response = form.submit(client, changes={"partners-0-phone": phone})
    assert response.status_code == 200
    assert "Skriv et telefonnummer" in response.content.decode()
    assert not PlanVersion.objects.exists()


@pytest.mark.parametrize(
    "phone", ["22 00 00 00", "22000000", "02800", "113", "116 111", "+46 8 123 456 78", "0047 22000000"]
)
def test_a_partner_telephone_in_a_usual_form_is_saved(client, school, contact, phone):
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/samarbeidspartnere/")), having="partners-0-phone")
    assert form.submit(client, changes={"partners-0-phone": phone}).status_code == 302
    assert plans.rows(SchoolPlan.objects.get(school=school), "partners")[0].phone == phone


def test_the_history_shows_each_field_as_it_was_and_became(client, school, contact, kjentmann):
    client.force_login(kjentmann)
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    form["situations-0-responsible"] = "Rådgiver"
    assert form.submit(client).status_code == 302
    form = Form.from_response(client.get(plan_url(school, "rediger/oppfolging/")), having="situations-0-follow_up")
    form["situations-0-responsible"] = "Sosiallærer"
    form["situations-2-follow_up"] = "Rektor melder fra til politikontakten samme dag."
    assert form.submit(client).status_code == 302
    client.force_login(contact)
    html = client.get(plan_url(school, "endringer/")).content.decode()
    latest, first = html.split("Når de ansatte skal følge opp: 2 rader endret")[1].split(
        "Når de ansatte skal følge opp: 1 rad endret"
    )
    assert "Ansvarlig: <del>" in latest
    assert "Rådgiver</del> → <ins>" in latest
    assert "Sosiallærer</ins>" in latest
    assert "Rektor melder fra til politikontakten samme dag.</ins>" in latest
    assert "Bekymring for at en elev har et rusproblem" in latest
    assert "Rektor</del> → <ins>" in first  # the template's row, as it began
    assert "Rådgiver</ins>" in first
    assert "Sosiallærer" not in first


def test_a_service_the_kommune_removes_is_offered_for_removal(client, school, contact, oslo_list):
    plan = plans.plan_for(school)
    plans.adopt_kommune_list(plan, contact)
    police = PartnerRow.objects.get(plan=plan, source=oslo_list[1])
    health = PartnerRow.objects.get(plan=plan, source=oslo_list[0])
    oslo_list[1].delete()
    oslo_list[0].delete()
    client.force_login(contact)
    page = client.get(plan_url(school, "samarbeidspartnere/"))
    assert "Fjernet fra kommunens liste." in page.content.decode()
    assert "Kommunens liste er endret" in client.get(plan_url(school)).content.decode()
    form = Form.from_response(page, selector=f"form[action$='/fjernet-fra-kommunens-liste/{police.pk}/']")
    assert form.submit(client, ("decision", "remove")).status_code == 302
    assert not PartnerRow.objects.filter(pk=police.pk).exists()
    assert "Politikontakt er fjernet" in PlanVersion.objects.first().summary
    page = client.get(plan_url(school, "samarbeidspartnere/"))
    form = Form.from_response(page, selector=f"form[action$='/fjernet-fra-kommunens-liste/{health.pk}/']")
    assert form.submit(client, ("decision", "keep")).status_code == 302
    health.refresh_from_db()
    assert (health.phone, health.source_version) == ("22 00 00 01", None)
    assert "Fjernet fra kommunens liste." not in client.get(plan_url(school, "samarbeidspartnere/")).content.decode()


def test_evaluating_twice_the_same_day_is_recorded_once(client, school, contact):
    client.force_login(contact)
    for _press in range(2):
        form = Form.from_response(client.get(plan_url(school)), selector="form[action$='/evaluert/']")
        assert form.submit(client).status_code == 302
    assert PlanVersion.objects.filter(section="evaluation").count() == 1
    assert "allerede" in client.get(plan_url(school)).content.decode()


def test_call_links_and_checklist_links_have_room(client, school, kjentmann):
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "korus_site/static/css/site.css").read_text()
    assert '.partner-contact a[href^="tel:"] { display: inline-flex; align-items: center; min-height: 44px; }' in css
    assert ".checklist-step__links { margin-bottom:" in css
    client.force_login(kjentmann)
    assert 'class="plain-list checklist-step__links"' in client.get("/sjekkliste/5/").content.decode()


def test_a_row_left_as_it_was_is_not_questioned_again(client, school, contact):
    plan = plans.plan_for(school)
    everyone = plans.rows(plan, "prevention")[0].audience
    plans.fill_rows(plan, "prevention", [(everyone, {"how": "Foredrag, gruppearbeid i klassene"})], contact)
    client.force_login(contact)
    form = Form.from_response(client.get(plan_url(school, "rediger/forebygging/")), having="prevention-1-when")
    assert form.submit(client, changes={"prevention-1-when": "Høsten"}).status_code == 302
    assert plans.rows(plan, "prevention")[1].when == "Høsten"


def test_the_oldest_version_left_after_retention_shows_no_guessed_changes(school, contact):
    from courses.retention import PLAN_VERSIONS_KEPT

    plan = plans.plan_for(school)
    plans.save_goals(plan, "Alle ansatte kjenner planen.", contact)
    assert plans.history(plan)[0][1][0].new == "Alle ansatte kjenner planen."
    SchoolPlan.objects.filter(pk=plan.pk).update(created_at=timezone.now() - PLAN_VERSIONS_KEPT * 2)
    plan.refresh_from_db()
    assert plans.history(plan)[0][1] == []  # earlier versions may be deleted: what it changed is unknown


def test_staff_cannot_give_a_kommune_service_a_telephone_that_is_not_a_number(client, oslo_staff, oslo_list):
    client.force_login(oslo_staff)
    form = Form.from_response(client.get(f"/admin/samarbeidspartnere/edit/{oslo_list[0].pk}/"), having="function")
    response = form.submit(client, changes={"phone": "ring meg"})
    assert response.status_code == 200
    assert "Skriv et telefonnummer" in response.content.decode()
    oslo_list[0].refresh_from_db()
    assert (oslo_list[0].phone, oslo_list[0].version) == ("22 00 00 01", 1)
