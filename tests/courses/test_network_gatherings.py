"""Network gatherings (issue 15, point 4): only certified people sign up, they are invited, no certificate."""

import datetime

import pytest

from django.utils import timezone

from courses import access
from courses.models import Certificate, Enrollment
from courses.services import certificates, completion, notices
from courses.services import enrollment as enrollment_service
from home.models import Kommune
from korus_site.core import outbox
from korus_site.core.models import OutboxMessage
from tests.factories import (
    AttendanceFactory,
    CertificateFactory,
    CourseSeriesPageFactory,
    EnrollmentFactory,
    ProgrammeFactory,
    SchoolFactory,
    UserFactory,
)
from tests.forms import Form

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def gathering(oslo_courses):
    """An unpublished Oslo network gathering of the Kjentmann programme, open for sign-up, in six weeks."""
    series = CourseSeriesPageFactory(
        parent=oslo_courses, title="Nettverkssamling Oslo", slug="nettverkssamling-oslo", is_network_gathering=True
    )
    series.unpublish()
    return series


@pytest.fixture
def oslo_kjentmann(make_kjentmann):
    return make_kjentmann(email="kjentmann@skole.test", first_name="Kari", last_name="Kjentmann")


@pytest.fixture
def bergen_kjentmann(bergen_courses):
    user = UserFactory(email="bergen-kjentmann@skole.test")
    school = SchoolFactory(kommune=Kommune.objects.get(number="4601"))
    CertificateFactory(
        enrollment=EnrollmentFactory(participant=user, series__parent=bergen_courses, registration__school=school)
    )
    return user


def publish(client, series, staff, capture):
    client.force_login(staff)
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"), having="is_network_gathering")
    with capture(execute=True):
        response = form.submit(client, "action-publish")
    assert response.status_code == 302, response.content.decode()[:2000]


def test_staff_mark_a_series_as_a_network_gathering_in_the_editor(client, oslo_courses, oslo_staff):
    series = CourseSeriesPageFactory(parent=oslo_courses)
    client.force_login(oslo_staff)
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"), having="is_network_gathering")
    form.check("is_network_gathering")
    response = form.submit(client, "action-publish")
    assert response.status_code == 302, response.content.decode()[:2000]
    series.refresh_from_db()
    assert series.is_network_gathering
    assert not series.issues_certificates


def test_publishing_invites_the_regions_certified_people_once(
    client, gathering, oslo_staff, oslo_kjentmann, bergen_kjentmann, mailoutbox, django_capture_on_commit_callbacks
):
    UserFactory(email="ikke-sertifisert@skole.test")
    revoked = UserFactory(email="tilbakekalt@skole.test")
    CertificateFactory(
        enrollment=EnrollmentFactory(participant=revoked, series__parent=gathering.get_parent()),
        revoked_at=timezone.now(),
    )
    publish(client, gathering, oslo_staff, django_capture_on_commit_callbacks)
    invitations = [m for m in mailoutbox if m.subject.startswith("Invitasjon:")]
    assert [m.to[0] for m in invitations] == ["kjentmann@skole.test"]
    body = invitations[0].body
    assert "Nettverkssamling Oslo" in body
    assert "/pamelding/" in body

    mailoutbox.clear()
    publish(client, gathering, oslo_staff, django_capture_on_commit_callbacks)
    assert not [m for m in mailoutbox if m.subject.startswith("Invitasjon:")]


def test_an_invitation_is_checked_again_when_it_is_sent(gathering, oslo_kjentmann, mailoutbox):
    gathering.save_revision().publish()
    message = OutboxMessage.objects.get(key=f"network-invitation:{gathering.pk}:{oslo_kjentmann.pk}")
    Certificate.objects.filter(enrollment__participant=oslo_kjentmann).update(revoked_at=timezone.now())
    assert outbox.run(message.pk) == "skipped"
    assert not mailoutbox


def test_an_invitation_is_skipped_for_someone_already_signed_up(gathering, oslo_kjentmann, mailoutbox):
    gathering.save_revision().publish()
    EnrollmentFactory(series=gathering, participant=oslo_kjentmann)
    message = OutboxMessage.objects.get(key=f"network-invitation:{gathering.pk}:{oslo_kjentmann.pk}")
    assert outbox.run(message.pk) == "skipped"
    assert not mailoutbox


def test_an_ordinary_series_invites_nobody(series, oslo_kjentmann):
    assert notices.invite_to_network_gathering(series) == 0
    assert not access.network_invitees(series).exists()


def test_a_person_without_a_certificate_is_refused_with_a_clear_message(client, gathering):
    gathering.save_revision().publish()
    response = client.get(gathering.url + "pamelding/")
    form = Form.from_response(response, having="school_name")
    form["orgnr"] = SchoolFactory.build().orgnr
    form["school_name"] = "Bakkeby skole"
    form["kommune"] = str(Kommune.objects.get(number="0301").pk)
    form["school_type"] = "ungdomsskole"
    form["contact_first_name"] = "Kari"
    form["contact_last_name"] = "Kontakt"
    form["contact_email"] = "kontakt@bakkeby.test"
    form.check("informed")
    form["participants-0-first_name"] = "Ola"
    form["participants-0-last_name"] = "Nordmann"
    form["participants-0-email"] = "ola@bakkeby.test"
    form["participants-0-role"] = "laerer"
    response = form.submit(client, "submit")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Denne nettverkssamlingen er bare for dem som har kursbevis fra programmet, og det finnes ikke" in html
    assert 'value="ola@bakkeby.test"' in html
    assert not Enrollment.objects.filter(series=gathering).exists()


NOTICE = {
    "nb": (
        "Bare for deg som er sertifisert Kjentmann",
        (
            "Denne nettverkssamlingen er bare for dem som har kursbevis fra en Kjentmann-kursrekke; andre kan ikke "
            "meldes på. Det gis ikke kursbevis for å delta."
        ),
    ),
    "nn": (
        "Berre for deg som er sertifisert Kjentmann",
        (
            "Denne nettverkssamlinga er berre for dei som har kursbevis frå ei Kjentmann-kursrekkje; andre kan ikkje "
            "meldast på. Det blir ikkje gitt kursbevis for å delta."
        ),
    ),
}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_series_page_and_the_sign_up_page_say_who_may_come_before_any_form(client, gathering, language):
    gathering.save_revision().publish()
    gathering.refresh_from_db()
    client.post("/sprak/", {"language": language, "next": gathering.url})
    series_page = client.get(gathering.url).content.decode()
    sign_up_page = client.get(gathering.url + "pamelding/").content.decode()
    for html in (series_page, sign_up_page):
        for sentence in NOTICE[language]:
            assert sentence in html
    assert series_page.index(NOTICE[language][0]) < series_page.index('href="' + gathering.url + 'pamelding/"')
    assert sign_up_page.index(NOTICE[language][0]) < sign_up_page.index("data-signup-form")
    assert "Slik får du kursbevis" not in series_page  # no rule for a certificate the gathering never issues


def test_an_ordinary_series_has_no_such_notice(client, series):
    html = client.get(series.url).content.decode()
    assert NOTICE["nb"][0] not in html
    assert "Slik får du kursbevis" in html  # its certificate rule stands as before
    assert NOTICE["nb"][0] not in client.get(series.url + "pamelding/").content.decode()


def test_a_logged_in_person_without_a_certificate_is_told_first_and_refused_with_a_clear_message(client, gathering):
    gathering.save_revision().publish()
    gathering.refresh_from_db()
    person = UserFactory(email="ola@bakkeby.test", first_name="Ola", last_name="Nordmann")
    client.force_login(person)
    page = client.get(gathering.url + "pamelding/")
    html = page.content.decode()
    told = "Du har ikke kursbevis fra en Kjentmann-kursrekke selv, så du kan bare melde på kolleger som har det."
    assert told in html
    assert html.index(told) < html.index("data-signup-form")

    form = Form.from_response(page, having="participants-0-email")
    response = form.submit(
        client,
        "submit",
        changes={
            "orgnr": SchoolFactory.build().orgnr,
            "school_name": "Bakkeby skole",
            "kommune": str(Kommune.objects.get(number="0301").pk),
            "school_type": "ungdomsskole",
            "informed": True,
            "participants-0-first_name": "Ola",
            "participants-0-last_name": "Nordmann",
            "participants-0-email": "ola@bakkeby.test",
            "participants-0-role": "laerer",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "Denne nettverkssamlingen er bare for dem som har kursbevis fra programmet, og det finnes ikke noe gyldig "
        "kursbevis for denne e-postadressen. Bruk adressen kursbeviset ble sendt til."
    ) in html
    assert 'value="Bakkeby skole"' in html  # nothing typed is lost
    assert not Enrollment.objects.filter(series=gathering).exists()


def test_a_certified_person_is_not_told_they_lack_a_certificate(client, gathering, oslo_kjentmann):
    gathering.save_revision().publish()
    gathering.refresh_from_db()
    client.force_login(oslo_kjentmann)
    html = client.get(gathering.url + "pamelding/").content.decode()
    assert NOTICE["nb"][0] in html
    assert "Du har ikke kursbevis" not in html


def test_a_certified_person_gets_a_seat(gathering, oslo_kjentmann):
    gathering.save_revision().publish()
    gathering.refresh_from_db()
    school = SchoolFactory()
    person = enrollment_service.Person("Kari", "Kjentmann", "Kjentmann@Skole.test", "laerer")
    registration = enrollment_service.register(series=gathering, school=school, contact=oslo_kjentmann, people=[person])
    assert [e.participant for e in registration.enrollments.all()] == [oslo_kjentmann]


def test_a_certificate_from_another_programme_does_not_open_the_gathering(gathering):
    other = UserFactory(email="utsett@skole.test")
    CertificateFactory(
        enrollment=EnrollmentFactory(
            participant=other,
            series__parent=gathering.get_parent(),
            series__programme=ProgrammeFactory(name="Utsett", slug="utsett"),
        )
    )
    assert not access.may_join_series("utsett@skole.test", gathering)
    with pytest.raises(enrollment_service.NotCertified):
        enrollment_service.register(
            series=gathering,
            school=SchoolFactory(),
            contact=other,
            people=[enrollment_service.Person("U", "T", "utsett@skole.test", "laerer")],
            by_staff=True,
        )


def test_completing_a_network_gathering_issues_no_certificate(oslo_courses, oslo_kjentmann):
    series = CourseSeriesPageFactory(
        parent=oslo_courses, is_network_gathering=True, start=timezone.now() - 10 * DAY, gathering_count=1
    )
    enrollment = EnrollmentFactory(series=series, participant=oslo_kjentmann, confirmed_at=timezone.now() - 30 * DAY)
    AttendanceFactory(enrollment=enrollment)
    assert completion.evaluate(enrollment.pk) is True
    assert certificates.issue(enrollment.pk) is None
    assert not Certificate.objects.filter(enrollment=enrollment).exists()
    assert not OutboxMessage.objects.filter(key__startswith=f"certificate:issue:{enrollment.pk}:").exists()


def test_mine_kurs_shows_the_gatherings_a_kjentmann_is_invited_to(client, gathering, oslo_kjentmann, bergen_kjentmann):
    gathering.save_revision().publish()
    client.force_login(oslo_kjentmann)
    html = client.get("/mine-kurs/").content.decode()
    assert "Nettverkssamlinger du er invitert til" in html
    assert "Nettverkssamling Oslo" in html

    client.force_login(bergen_kjentmann)
    assert "Nettverkssamling Oslo" not in client.get("/mine-kurs/").content.decode()

    EnrollmentFactory(series=gathering, participant=oslo_kjentmann)
    client.force_login(oslo_kjentmann)
    html = client.get("/mine-kurs/").content.decode()
    assert "Nettverkssamlinger du er invitert til" not in html


# A network gathering is an event, not a course: no modules, no completion, and the Kjentmann signed up -----


def sign_up_self(gathering, kjentmann):
    """The Kjentmann signs themselves up for the published gathering, as on the sign-up page."""
    gathering.save_revision().publish()
    gathering.refresh_from_db()
    person = enrollment_service.Person(kjentmann.first_name, kjentmann.last_name, kjentmann.email, "laerer")
    registration = enrollment_service.register(
        series=gathering, school=SchoolFactory(name="Lia skole"), contact=kjentmann, people=[person]
    )
    return registration.enrollments.get()


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_seat_e_mail_for_a_network_gathering_has_no_module_or_school_sentence(
    gathering, oslo_kjentmann, mailoutbox, language
):
    oslo_kjentmann.language = language
    oslo_kjentmann.save()
    enrollment = sign_up_self(gathering, oslo_kjentmann)
    assert enrollment.signed_up_self
    mailoutbox.clear()
    notices.send_enrollment_notice(enrollment.pk, "confirmed")
    [message] = mailoutbox
    html = message.alternatives[0][0]
    for text in (message.body, html):
        assert "e-læringsmodul" not in text.replace("ingen e-læringsmodul", "")
        assert "Mellom samlingane" not in text
        assert "Mellom samlingene" not in text
        assert "som meldte deg på" not in text
        assert "som melde deg på" not in text
        assert "Lia skole har meldt deg på" not in text
        assert "Du har meldt deg på Nettverkssamling Oslo" in text
        assert "svar på denne e-posten" in text
        assert "kursbevis" in text  # says it gives none


def test_a_seat_the_school_asked_for_still_names_the_school_and_the_modules(series, mailoutbox):
    from tests.factories import ModulePageFactory, SeriesModuleFactory

    SeriesModuleFactory(series=series, module=ModulePageFactory(), due_before=1)
    enrollment = EnrollmentFactory(series=series, participant=UserFactory(email="elev@skole.test", language="nb"))
    assert not enrollment.signed_up_self
    notices.send_enrollment_notice(enrollment.pk, "confirmed")
    [message] = mailoutbox
    assert f"{enrollment.school.name} har meldt deg på" in message.body
    assert "e-læringsmoduler" in message.body
    assert "den på skolen din som meldte deg på" in message.body


def test_the_promotion_and_change_e_mails_do_not_send_a_kjentmann_to_their_school(
    gathering, oslo_kjentmann, mailoutbox
):
    enrollment = sign_up_self(gathering, oslo_kjentmann)
    mailoutbox.clear()
    notices.send_enrollment_notice(enrollment.pk, "promoted")
    gathering_now = gathering.gathering_list[0]
    notices.send_gathering_change(
        enrollment.pk,
        gathering_now.pk,
        gathering_now.calendar_sequence,
        kind="changed",
        before={"starts_at": gathering_now.starts_at.isoformat()},
    )
    notices.send_gathering_reminder(enrollment.pk, gathering_now.pk)
    assert len(mailoutbox) == 3
    for message in mailoutbox:
        assert "meldte deg på" not in message.body
        assert "e-læringsmodulene" not in message.body
        assert "svar på denne e-posten" in message.body or "Mine kurs" in message.body


def test_mine_kurs_shows_a_network_gathering_as_an_event_not_a_course(client, gathering, oslo_kjentmann):
    enrollment = sign_up_self(gathering, oslo_kjentmann)
    client.force_login(oslo_kjentmann)
    html = client.get("/mine-kurs/").content.decode()
    start = html.index(f'id="series-{enrollment.series_id}"')
    panel = html[start : html.index("</section>", start)]
    assert "Nettverkssamling: ingenting å fullføre og ikke noe kursbevis" in panel
    assert "samlingene som kreves" not in panel
    assert "modul" not in panel


def test_the_editor_refuses_learning_modules_on_a_network_gathering(client, gathering, oslo_staff, home_page):
    from tests.factories import ModuleIndexPageFactory, ModulePageFactory

    module = ModulePageFactory(parent=ModuleIndexPageFactory(parent=home_page), title="Rus og ungdom")
    client.force_login(oslo_staff)
    form = Form.from_response(client.get(f"/admin/pages/{gathering.pk}/edit/"), having="is_network_gathering")
    form.add_inline("series_modules", {"module": module.pk, "due_before": 1, "required": True})
    response = form.submit(client)
    assert response.status_code == 200
    assert "En nettverkssamling har ingen e-læringsmoduler" in response.content.decode()
    assert not gathering.series_modules.exists()


def test_the_demo_network_gatherings_have_no_modules(oslo_courses, home_page):
    from courses import demo
    from tests.factories import ModuleIndexPageFactory, ModulePageFactory

    ProgrammeFactory()
    library = ModuleIndexPageFactory(parent=home_page)
    modules = [ModulePageFactory(parent=library, title=f"Modul {n}") for n in range(1, 6)]
    data = demo.read_yaml(demo.DEMO / "courses.yaml")
    kinds = {}
    for series_data in data["series"]:
        series_data = {**data["series_defaults"], **series_data}
        series = demo.new_series(oslo_courses, series_data, data["gatherings"], timezone.localdate())
        demo.link_modules(series, modules)
        kinds.setdefault(series.is_network_gathering, []).append(len(series.series_modules.all()))
    assert kinds[True]
    assert set(kinds[True]) == {0}  # every demo network gathering: no modules
    assert set(kinds[False]) == {5}  # every course: all five
