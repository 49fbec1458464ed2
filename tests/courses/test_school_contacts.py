"""School contacts: sign-up with their own schools, «Min skole» with progress, corrections and their notices."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import ModelLogEntry

from courses import access
from courses.models import Enrollment, Registration, School
from courses.services import enrollment as service
from courses.services import school_contacts
from courses.services.enrollment import Person
from courses.services.notices import send_participant_corrected
from korus_site.core.outbox import Skip
from tests.factories import (
    AttendanceFactory,
    CourseSeriesPageFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    QuizAttemptFactory,
    SchoolFactory,
    SeriesModuleFactory,
    UserFactory,
)
from tests.factories.accounts import PASSWORD
from tests.forms import Form

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact():
    return UserFactory(email="kontakt@bakkeby.test", first_name="Kari", last_name="Kontakt")


@pytest.fixture
def school():
    return SchoolFactory(name="Bakkeby skole")


@pytest.fixture
def signed_up(series, contact, school):
    people = [Person(f"Navn{i}", "Deltaker", f"d{i}@bakkeby.test", "laerer") for i in range(2)]
    service.register(series=series, school=school, contact=contact, people=people, notify=False)
    return contact


def enrollment_of(email: str) -> Enrollment:
    return Enrollment.objects.select_related("participant").get(participant__email=email)


# Sign-up offers the contact's schools ----------------------------------------------------------


def test_sign_up_offers_the_contacts_school_and_needs_no_retyping(client, series, signed_up, school):
    other_series = CourseSeriesPageFactory(parent=series.get_parent())
    client.force_login(signed_up)
    response = client.get(other_series.url + "pamelding/")
    form = Form.from_response(response, having="participants-0-email")
    assert form["school"] == str(school.pk)  # the only school is chosen already
    html = response.content.decode()
    assert f'name="school" value="{school.pk}"' in html
    assert 'name="school" value="other"' in html
    form["participants-0-first_name"] = "Ola"
    form["participants-0-last_name"] = "Lærer"
    form["participants-0-email"] = "ola@bakkeby.test"
    form["participants-0-role"] = "laerer"
    form.check("informed")
    response = form.submit(client, "submit")
    assert response.status_code == 302
    registration = Registration.objects.get(series=other_series)
    assert registration.school == school
    assert School.objects.count() == 1


def test_another_school_must_be_filled_in(client, series, signed_up):
    other_series = CourseSeriesPageFactory(parent=series.get_parent())
    client.force_login(signed_up)
    form = Form.from_response(client.get(other_series.url + "pamelding/"), having="participants-0-email")
    form["school"] = "other"
    form["participants-0-first_name"] = "Ola"
    form["participants-0-last_name"] = "Lærer"
    form["participants-0-email"] = "ola@bakkeby.test"
    form["participants-0-role"] = "laerer"
    form.check("informed")
    response = form.submit(client, "submit")
    assert response.status_code == 200
    assert "Organisasjonsnummer" in response.content.decode()
    assert not Registration.objects.filter(series=other_series).exists()
    form = Form.from_response(response, having="participants-0-email")
    assert form["participants-0-email"] == "ola@bakkeby.test"  # nothing typed is lost
    form["orgnr"] = "974760673"
    form["school_name"] = "Nyby skole"
    form["kommune"] = form.choices("kommune")[1][0]
    form["school_type"] = "ungdomsskole"
    assert form.submit(client, "submit").status_code == 302
    assert Registration.objects.get(series=other_series).school.name == "Nyby skole"


# Landing, welcome and «Min konto» ---------------------------------------------------------------


def test_a_contact_lands_on_my_school_after_logging_in(client, signed_up):
    form = Form.from_response(client.get("/konto/logg-inn/"), having="password")
    form["username"] = signed_up.email
    form["password"] = PASSWORD
    response = form.submit(client, follow=True)
    assert response.redirect_chain[-1][0] == "/min-skole/"
    assert "d0@bakkeby.test" in response.content.decode()


def test_a_contact_who_takes_part_still_sees_my_courses(client, series, contact, school):
    service.register(
        series=series, school=school, contact=contact, people=[Person("Kari", "Kontakt", contact.email, "skoleleder")]
    )
    client.force_login(contact)
    assert client.get("/mine-kurs/").status_code == 200


def test_welcome_email_speaks_to_a_school_contact(client, series, mailoutbox, django_capture_on_commit_callbacks):
    form = Form.from_response(client.get(series.url + "pamelding/"), having="participants-0-email")
    for name, value in {
        "orgnr": "974760673",
        "school_name": "Bakkeby skole",
        "school_type": "ungdomsskole",
        "contact_first_name": "Kari",
        "contact_last_name": "Kontakt",
        "contact_email": "ny.kontakt@bakkeby.test",
        "participants-0-first_name": "Ola",
        "participants-0-last_name": "Lærer",
        "participants-0-email": "ola@bakkeby.test",
        "participants-0-role": "laerer",
    }.items():
        form[name] = value
    form["kommune"] = form.choices("kommune")[1][0]
    form.check("informed")
    with django_capture_on_commit_callbacks(execute=True):
        assert form.submit(client, "submit").status_code == 302
    to_contact = [m for m in mailoutbox if m.to == ["ny.kontakt@bakkeby.test"] and "passord" in m.subject.lower()]
    to_participant = [m for m in mailoutbox if m.to == ["ola@bakkeby.test"] and "passord" in m.subject.lower()]
    assert "Mi skole" in to_contact[0].body or "Min skole" in to_contact[0].body
    assert "kursbevis" not in to_contact[0].body
    assert "kursbevis" in to_participant[0].body


def test_my_account_speaks_to_a_contact(client, signed_up):
    client.force_login(signed_up)
    response = client.get("/konto/")
    html = response.content.decode()
    assert 'href="/min-skole/"' in html
    assert "list_as_kjentmann" not in html
    form = Form.from_response(response, having="first_name")
    form["first_name"] = "Karianne"
    assert form.submit(client).status_code == 302
    signed_up.refresh_from_db()
    assert signed_up.first_name == "Karianne"


# «Min skole» ---------------------------------------------------------------------------------------


def test_my_school_shows_school_column_attendance_and_modules(client, series, signed_up, school, home_page):
    other_school = SchoolFactory(name="Dalen skole")
    service.register(
        series=series,
        school=other_school,
        contact=signed_up,
        people=[Person("Per", "Dal", "per@dalen.test", "radgiver")],
        notify=False,
    )
    library = ModuleIndexPageFactory(parent=home_page)
    module = ModulePageFactory(parent=library)
    SeriesModuleFactory(series=series, module=module)
    first = series.gathering_list[0]
    first.starts_at = timezone.now() - datetime.timedelta(days=1)
    first.ends_at = first.starts_at + datetime.timedelta(hours=6)
    first.save()
    Enrollment.objects.filter(series=series).update(confirmed_at=first.starts_at - datetime.timedelta(days=10))
    d0 = enrollment_of("d0@bakkeby.test")
    AttendanceFactory(enrollment=d0, gathering=first, status="present")
    QuizAttemptFactory(user=d0.participant, module=module)
    client.force_login(signed_up)
    html = client.get("/min-skole/").content.decode()
    assert "Dalen skole" in html
    assert "Bakkeby skole" in html
    assert html.count('data-label="Skole"') == 3  # a school column when the series has several schools
    assert "1 av 1 så langt (3 i alt)" in html  # d0 attended the one gathering held of the three
    assert "0 av 1 så langt (3 i alt)" in html
    assert "1 av 1</td>" in html  # d0 passed the required module
    assert f"/min-skole/pamelding/{d0.pk}/rett/" in html


def test_my_school_hides_progress_of_those_waiting(client, oslo_courses):
    full = CourseSeriesPageFactory(parent=oslo_courses, seats=1)
    contact = UserFactory()
    people = [Person(f"N{i}", "V", f"v{i}@skole.test", "laerer") for i in range(2)]
    service.register(series=full, school=SchoolFactory(), contact=contact, people=people, notify=False)
    waiting = enrollment_of("v1@skole.test")
    assert not access.contact_sees_progress(contact, waiting)
    assert access.contact_sees_progress(contact, enrollment_of("v0@skole.test"))
    client.force_login(contact)
    html = client.get("/min-skole/").content.decode()
    assert "Venteliste, nummer 1" in html


def test_another_contact_sees_nothing_and_cannot_correct(client, series, signed_up):
    enrollment = enrollment_of("d0@bakkeby.test")
    stranger = UserFactory(email="fremmed@annen.test")
    other_school = SchoolFactory(name="Annen skole")
    service.register(
        series=series,
        school=other_school,
        contact=stranger,
        people=[Person("Anne", "Annen", "anne@annen.test", "laerer")],
        notify=False,
    )
    assert not access.manages_enrollment(stranger, enrollment)
    assert access.manages_enrollment(signed_up, enrollment)
    client.force_login(stranger)
    url = f"/min-skole/pamelding/{enrollment.pk}/rett/"
    assert client.get(url).status_code == 404
    post = {"first_name": "X", "last_name": "Y", "email": "x@y.test", "role": "skoleleder"}
    assert client.post(url, post).status_code == 404
    enrollment.refresh_from_db()
    assert enrollment.participant.email == "d0@bakkeby.test"
    html = client.get("/min-skole/").content.decode()
    assert "anne@annen.test" in html
    assert "d0@bakkeby.test" not in html


# Corrections -------------------------------------------------------------------------------------


def test_contact_corrects_name_and_email_and_both_addresses_are_told(
    client, signed_up, mailoutbox, django_capture_on_commit_callbacks
):
    enrollment = enrollment_of("d0@bakkeby.test")
    client.force_login(signed_up)
    form = Form.from_response(client.get(f"/min-skole/pamelding/{enrollment.pk}/rett/"), having="email")
    assert form["email"] == "d0@bakkeby.test"
    form["first_name"] = "Nora"
    form["email"] = "nora@bakkeby.test"
    form["role"] = "radgiver"
    with django_capture_on_commit_callbacks(execute=True):
        response = form.submit(client)
    assert response.status_code == 302
    enrollment.refresh_from_db()
    person = enrollment.participant
    person.refresh_from_db()
    assert (person.first_name, person.email, enrollment.role) == ("Nora", "nora@bakkeby.test", "radgiver")
    entry = ModelLogEntry.objects.get(action=school_contacts.CORRECTION_LOG_ACTION)
    assert entry.user == signed_up
    assert {c["field"] for c in entry.data["changes"]} == {"first_name", "email", "role"}
    new = [m for m in mailoutbox if m.to == ["nora@bakkeby.test"]]
    old = [m for m in mailoutbox if m.to == ["d0@bakkeby.test"]]
    assert len(new) == 1
    assert len(old) == 1
    assert "Navn0 → Nora" in new[0].body
    assert "/konto/passord/" in new[0].body  # no password yet: the link to choose one
    assert "nora@bakkeby.test" not in old[0].body  # the old address may have been a stranger's
    assert "Kari Kontakt" in old[0].body


def test_an_account_in_use_keeps_its_name_and_email_but_the_role_can_change(
    client, signed_up, mailoutbox, django_capture_on_commit_callbacks
):
    enrollment = enrollment_of("d1@bakkeby.test")
    person = enrollment.participant
    person.set_password(PASSWORD)
    person.save()
    client.force_login(signed_up)
    response = client.get(f"/min-skole/pamelding/{enrollment.pk}/rett/")
    assert "«Min konto»" in response.content.decode()
    form = Form.from_response(response, having="role")
    assert "email" not in form
    form["role"] = "skoleleder"
    with django_capture_on_commit_callbacks(execute=True):
        assert form.submit(client).status_code == 302
    enrollment.refresh_from_db()
    assert enrollment.role == "skoleleder"
    mail = [m for m in mailoutbox if m.to == ["d1@bakkeby.test"]]
    assert len(mail) == 1
    assert "/mine-kurs/" in mail[0].body
    with pytest.raises(school_contacts.CorrectionRefused):
        school_contacts.correct_participant(
            enrollment, by=signed_up, first_name="Ny", last_name="X", email=person.email, role="skoleleder"
        )


def test_an_address_that_belongs_to_someone_else_is_refused_beside_the_field(client, signed_up):
    enrollment = enrollment_of("d0@bakkeby.test")
    client.force_login(signed_up)
    form = Form.from_response(client.get(f"/min-skole/pamelding/{enrollment.pk}/rett/"), having="email")
    form["email"] = "d1@bakkeby.test"
    response = form.submit(client)
    assert response.status_code == 200
    assert "andre har allerede en konto" in response.content.decode()
    assert enrollment_of("d0@bakkeby.test")


def test_nothing_changed_sends_nothing(client, signed_up, mailoutbox, django_capture_on_commit_callbacks):
    enrollment = enrollment_of("d0@bakkeby.test")
    client.force_login(signed_up)
    form = Form.from_response(client.get(f"/min-skole/pamelding/{enrollment.pk}/rett/"), having="email")
    with django_capture_on_commit_callbacks(execute=True):
        response = form.submit(client, follow=True)
    assert "Ingenting vart endra" in response.content.decode() or "Ingenting ble endret" in response.content.decode()
    assert mailoutbox == []
    assert not ModelLogEntry.objects.filter(action=school_contacts.CORRECTION_LOG_ACTION).exists()


def test_the_correction_notice_is_checked_again_when_sent(signed_up, series):
    enrollment = enrollment_of("d0@bakkeby.test")
    changes = [{"field": "role", "from": "laerer", "to": "skoleleder"}]
    service.cancel(enrollment)
    with pytest.raises(Skip):
        send_participant_corrected(enrollment.pk, signed_up.pk, changes)
    other = enrollment_of("d1@bakkeby.test")
    with pytest.raises(Skip):  # the account has its old address again: no notice "to the old address"
        send_participant_corrected(other.pk, signed_up.pk, changes, old_email="D1@bakkeby.test")


def shift_gatherings(series, days: int) -> None:
    """Move every gathering of ``series`` by ``days`` (negative: into the past)."""
    for gathering in series.gatherings.all():
        gathering.starts_at += datetime.timedelta(days=days)
        gathering.ends_at += datetime.timedelta(days=days)
        gathering.save()


def test_sign_up_more_is_offered_only_while_sign_up_is_open(client, oslo_courses, contact, school):
    open_series = CourseSeriesPageFactory(parent=oslo_courses, title="Åpen rekke")
    started = CourseSeriesPageFactory(parent=oslo_courses, title="Startet rekke")
    for series in (open_series, started):
        people = [Person("Ola", "Lærer", f"ola.{series.pk}@bakkeby.test", "laerer")]
        service.register(series=series, school=school, contact=contact, people=people, notify=False)
    shift_gatherings(started, -50)  # the first gathering was five days ago
    client.force_login(contact)
    html = client.get("/min-skole/").content.decode()
    assert html.count("Meld på flere deltakere") == 1
    assert f'href="{open_series.url}pamelding/">Meld på flere deltakere' in html
    assert f'href="{started.url}pamelding/"' not in html


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("nb", "Kollegaen tar over plassen (eller plassen på ventelisten)"), ("nn", "Kollegaen tek over plassen")],
)
def test_the_swap_page_says_the_colleague_takes_over_the_seat(client, signed_up, language, sentence):
    client.force_login(signed_up)
    client.post("/sprak/", {"language": language, "next": "/min-skole/"})
    html = client.get(f"/min-skole/pamelding/{enrollment_of('d0@bakkeby.test').pk}/bytt/").content.decode()
    assert sentence in html
    assert "beholder plassen" not in html
    assert "beheld plassen" not in html


def test_my_account_in_nynorsk_names_my_school_as_the_menu_does(client, signed_up):
    client.force_login(signed_up)
    client.post("/sprak/", {"language": "nn", "next": "/konto/"})
    html = client.get("/konto/").content.decode()
    assert "Sjå påmeldingane dine under Skulen min" in html
    assert "Min skule" not in html


def test_after_a_correction_the_message_says_the_person_will_be_told(client, signed_up):
    enrollment = enrollment_of("d0@bakkeby.test")
    client.force_login(signed_up)
    form = Form.from_response(client.get(f"/min-skole/pamelding/{enrollment.pk}/rett/"), having="email")
    form["first_name"] = "Nora"
    response = form.submit(client, follow=True)  # the e-mail is only queued: nothing is sent in this request
    html = response.content.decode()
    assert "Opplysningene om Nora Deltaker er rettet, og vedkommende får beskjed på e-post." in html
    assert "har fått beskjed" not in html


def test_the_cancellation_email_says_who_cancelled_and_where_to_ask(
    client, series, signed_up, mailoutbox, django_capture_on_commit_callbacks
):
    series.contact_email = "post@korus-oslo.test"
    series.save()
    enrollment = enrollment_of("d1@bakkeby.test")
    client.force_login(signed_up)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/min-skole/pamelding/{enrollment.pk}/avmeld/")
    mail = next(m for m in mailoutbox if m.to == ["d1@bakkeby.test"])
    html = mail.alternatives[0][0]
    for text in (mail.body, html):
        assert "Skolen din har meldt deg av Kjentmann Oslo." in text
        assert "Avmeldt av skolen" not in text
    assert "eller KORUS-senteret på post@korus-oslo.test." in mail.body
    assert 'eller KORUS-senteret på <a href="mailto:post@korus-oslo.test">post@korus-oslo.test</a>.' in html


def test_my_school_lists_running_and_upcoming_series_soonest_first_then_finished_ones_newest_first(
    client, oslo_courses, contact, school
):
    starts = {"Neste år": 300, "Snart": 20, "Går nå": -10, "Ferdig i fjor": -400, "Ferdig i vår": -150}
    for title in starts:
        series = CourseSeriesPageFactory(parent=oslo_courses, title=title)
        people = [Person("Ola", "Lærer", f"ola.{series.pk}@bakkeby.test", "laerer")]
        service.register(series=series, school=school, contact=contact, people=people, notify=False)
        shift_gatherings(series, starts[title] - 45)  # the factory starts a series in 45 days
    client.force_login(contact)
    html = client.get("/min-skole/").content.decode()
    order = sorted(starts, key=lambda title: html.index(f">{title}</a></h2>"))
    assert order == ["Går nå", "Snart", "Neste år", "Ferdig i vår", "Ferdig i fjor"]


def test_my_school_shows_attendance_so_far_beside_the_gatherings_in_all(client, series, signed_up):
    shift_gatherings(series, -60)  # gatherings 15 and 1 days ago; the third in 13 days
    Enrollment.objects.filter(series=series).update(confirmed_at=timezone.now() - datetime.timedelta(days=90))
    d0 = enrollment_of("d0@bakkeby.test")
    for gathering in series.gathering_list[:2]:
        AttendanceFactory(enrollment=d0, gathering=gathering, status="present")
    client.force_login(signed_up)
    html = client.get("/min-skole/").content.decode()
    assert "2 av 2 så langt (3 i alt)" in html
    assert "0 av 2 så langt (3 i alt)" in html
