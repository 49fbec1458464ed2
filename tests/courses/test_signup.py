"""Sign-up through the web form, without JavaScript."""

import datetime
import importlib

import pytest

from django.utils import timezone

from courses.models import Enrollment, School
from home.models import Kommune
from tests.factories import CourseSeriesPageFactory, UserFactory
from tests.factories.courses import orgnr

pytestmark = pytest.mark.django_db


def form_data(rows, **overrides):
    data = {
        "orgnr": orgnr(500),
        "school_name": "Bakkeby ungdomsskole",
        "kommune": str(Kommune.objects.get(number="0301").pk),
        "school_type": "ungdomsskole",
        "contact_first_name": "Kari",
        "contact_last_name": "Kontakt",
        "contact_email": "kari.kontakt@bakkeby.test",
        "contact_phone": "",
        "informed": "on",
        "participants-TOTAL_FORMS": str(len(rows)),
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "1",
        "participants-MAX_NUM_FORMS": "30",
    }
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"participants-{i}-{key}"] = value
    data.update(overrides)
    return data


def row(n, **overrides):
    return {
        "first_name": f"Fornavn{n}",
        "last_name": "Etternavn",
        "email": f"d{n}@bakkeby.test",
        "role": "laerer",
        **overrides,
    }


def test_the_form_is_shown(client, series):
    response = client.get(series.url + "pamelding/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Organisasjonsnummer" in html
    assert 'name="participants-0-email"' in html


def test_successful_sign_up_creates_school_enrollments_and_sends_mail(
    client, series, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(series.url + "pamelding/", form_data([row(1), row(2)], submit="1"))
    assert response.status_code == 302
    assert "/pamelding/kvittering/" in response["Location"]
    school = School.objects.get(orgnr=orgnr(500))
    assert school.name == "Bakkeby ungdomsskole"
    enrollments = Enrollment.objects.filter(series=series).select_related("participant", "registration__contact")
    assert {(e.participant.email, e.status) for e in enrollments} == {
        ("d1@bakkeby.test", "confirmed"),
        ("d2@bakkeby.test", "confirmed"),
    }
    assert {e.registration.contact.email for e in enrollments} == {"kari.kontakt@bakkeby.test"}

    by_recipient = {}
    for message in mailoutbox:
        by_recipient.setdefault(message.to[0], []).append(message)
    confirmation = next(m for m in by_recipient["d1@bakkeby.test"] if m.subject.startswith("Du har plass"))
    assert confirmation.alternatives[0][1] == "text/html"
    (name, content, mimetype) = confirmation.attachments[0]
    assert name.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    assert b"BEGIN:VEVENT" in (content if isinstance(content, bytes) else content.encode())
    assert any("passord" in m.subject.lower() for m in by_recipient["d1@bakkeby.test"])  # set-password link
    assert any("Påmelding mottatt" in m.subject for m in by_recipient["kari.kontakt@bakkeby.test"])

    receipt = client.get(response["Location"])
    html = receipt.content.decode()
    assert "Fornavn1 Etternavn" in html
    assert "Har plass" in html
    # Names and addresses at a secret address: no proxy keeps it. The e-mails may still wait
    # in the outbox (the broker away), so the receipt does not say they have gone.
    assert receipt["Cache-Control"] == "private, no-store"
    assert "Et sammendrag sendes til kari.kontakt@bakkeby.test" in html


def test_invalid_input_shows_norwegian_errors_and_keeps_what_was_typed(client, series):
    data = form_data([row(1), row(2, email="ikke-en-adresse")], orgnr="974760672", submit="1")
    response = client.post(series.url + "pamelding/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dette organisasjonsnummeret er ikke gyldig" in html
    assert "Skriv inn en gyldig e-postadresse." in html
    assert 'value="ikke-en-adresse"' in html
    assert 'value="Bakkeby ungdomsskole"' in html
    assert 'value="Fornavn1"' in html
    assert 'aria-invalid="true"' in html
    assert 'id="error-summary"' in html
    assert not Enrollment.objects.exists()


def test_the_same_person_twice_in_the_form_is_caught_on_that_row(client, series):
    response = client.post(series.url + "pamelding/", form_data([row(1), row(1)], submit="1"))
    assert response.status_code == 200
    assert "Denne personen står allerede i lista over" in response.content.decode()


def test_a_person_already_in_the_series_is_refused_on_that_row(client, series):
    client.post(series.url + "pamelding/", form_data([row(1)], submit="1"))
    response = client.post(series.url + "pamelding/", form_data([row(3), row(1)], submit="1"))
    assert response.status_code == 200
    assert "Denne personen er allerede påmeldt kursrekka" in response.content.decode()
    assert Enrollment.objects.filter(series=series).count() == 1


def test_adding_a_row_without_javascript_keeps_everything(client, series):
    response = client.post(series.url + "pamelding/", form_data([row(1)], add_participant="1"))
    html = response.content.decode()
    assert 'name="participants-TOTAL_FORMS" value="2"' in html
    assert 'value="d1@bakkeby.test"' in html
    assert 'value="Bakkeby ungdomsskole"' in html
    assert "aria-invalid" not in html  # redrawing is not a failed submit
    assert not Enrollment.objects.exists()


def test_removing_a_row_without_javascript(client, series):
    response = client.post(series.url + "pamelding/", form_data([row(1), row(2), row(3)], remove_participant="1"))
    html = response.content.decode()
    assert 'name="participants-TOTAL_FORMS" value="2"' in html
    assert 'value="d1@bakkeby.test"' in html
    assert 'value="d2@bakkeby.test"' not in html
    assert 'value="d3@bakkeby.test"' in html


def test_logged_in_contact_is_the_contact(client, series):
    contact = UserFactory(email="rektor@bakkeby.test")
    client.force_login(contact)
    data = form_data([row(1)], submit="1")
    for key in ("contact_first_name", "contact_last_name", "contact_email"):
        del data[key]
    response = client.post(series.url + "pamelding/", data)
    assert response.status_code == 302
    assert Enrollment.objects.get().registration.contact == contact


def test_sign_up_outside_the_window_is_refused_politely(client, oslo_courses):
    now = timezone.now()
    later = CourseSeriesPageFactory(parent=oslo_courses, registration_opens=now + datetime.timedelta(days=3))
    response = client.get(later.url + "pamelding/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Påmeldingen til denne kursrekka åpner" in html
    assert 'name="orgnr"' not in html
    response = client.post(later.url + "pamelding/", form_data([row(1)], submit="1"))
    assert not Enrollment.objects.exists()


def test_full_series_puts_people_on_the_waiting_list_and_says_so(client, oslo_courses):
    full = CourseSeriesPageFactory(parent=oslo_courses, seats=1)
    response = client.post(full.url + "pamelding/", form_data([row(1), row(2)], submit="1"))
    html = client.get(response["Location"]).content.decode()
    assert "Venteliste, nummer 1" in html


def test_receipt_with_an_unknown_code_is_404(client, series):
    assert client.get(series.url + "pamelding/kvittering/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get(series.url + "pamelding/kvittering/" + "-" * 36 + "/").status_code == 404


def test_sign_ups_are_rate_limited_per_address(client, series, monkeypatch):
    signup_view = importlib.import_module("courses.views.signup")  # the package exports the view under this name
    monkeypatch.setattr(signup_view, "SIGNUPS_PER_HOUR", 2)
    for n in range(2):
        assert client.post(series.url + "pamelding/", form_data([row(n)], submit="1")).status_code == 302
    response = client.post(series.url + "pamelding/", form_data([row(9)], submit="1"))
    assert response.status_code == 200
    assert "For mange påmeldinger" in response.content.decode()
    assert 'value="d9@bakkeby.test"' in response.content.decode()
