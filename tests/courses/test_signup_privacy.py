"""No identity number in what staff read from a sign-up: names and free text, through the real forms."""

import pytest

from courses.models import Enrollment, School
from courses.services import enrollment as service
from courses.services.enrollment import Person
from home.models import Kommune
from tests.factories import CertificateFactory, EnrollmentFactory, SchoolFactory, UserFactory
from tests.factories.courses import orgnr
from tests.forms import Form, field_errors
from tests.network.test_privacy import FNR, VECTORS

pytestmark = pytest.mark.django_db

REFUSED = "ser ut som et fødselsnummer, D- eller H-nummer"
SPLIT = "Lest sammen med feltene ved siden av"
DISGUISES = {disguise["how"]: disguise["text"] for disguise in VECTORS["refuse"][0]["disguises"]}
ONE_LINE = ["as typed", "zero-width space", "decimal entity for one digit", "fullwidth digits", "soft hyphen", "hyphen"]


def filled_in(**overrides) -> dict[str, str]:
    return {
        "orgnr": orgnr(500),
        "school_name": "Bakkeby ungdomsskole",
        "kommune": str(Kommune.objects.get(number="0301").pk),
        "school_type": "ungdomsskole",
        "contact_first_name": "Kari",
        "contact_last_name": "Kontakt",
        "contact_email": "kari.kontakt@bakkeby.test",
        "informed": "on",
        "participants-0-first_name": "Per",
        "participants-0-last_name": "Deltaker",
        "participants-0-email": "per@bakkeby.test",
        "participants-0-role": "laerer",
        **overrides,
    }


def test_a_participant_name_with_a_number_is_refused_beside_the_field(client, series):
    for how in ONE_LINE:
        name = f"Per {DISGUISES[how]}"
        form = Form.open(client, series.url + "pamelding/", having="orgnr")
        response = form.submit(client, changes=filled_in(**{"participants-0-first_name": name}), button=("submit", "1"))
        assert response.status_code == 200, how
        assert REFUSED in field_errors(response, "id_participants-0-first_name"), how
        assert field_errors(response, "id_participants-0-last_name") == "", how
        again = Form.from_response(response, having="orgnr")
        assert again.get("participants-0-first_name") == name, how
        assert again.get("school_name") == "Bakkeby ungdomsskole", how
    assert not Enrollment.objects.exists()
    assert not School.objects.exists()


def test_a_number_split_between_first_and_last_name_is_refused(client, series):
    form = Form.open(client, series.url + "pamelding/", having="orgnr")
    data = filled_in(**{"participants-0-first_name": f"Per {FNR[:6]}", "participants-0-last_name": FNR[6:]})
    response = form.submit(client, changes=data, button=("submit", "1"))
    assert SPLIT in field_errors(response, "id_participants-0-first_name")
    assert SPLIT in field_errors(response, "id_participants-0-last_name")
    assert not Enrollment.objects.exists()


@pytest.mark.parametrize(
    "field", ["contact_first_name", "contact_last_name", "school_name", "contact_phone"], ids=lambda name: name
)
def test_the_contact_and_school_fields_are_checked(client, series, field):
    form = Form.open(client, series.url + "pamelding/", having="orgnr")
    dotted = f"{FNR[:2]}.{FNR[2:4]}.{FNR[4:6]} {FNR[6:]}"
    value = dotted if field == "contact_phone" else f"X {DISGUISES['soft hyphen']}"
    response = form.submit(client, changes=filled_in(**{field: value}), button=("submit", "1"))
    assert REFUSED in field_errors(response, f"id_{field}")
    assert Form.from_response(response, having="orgnr").get(field) == value
    assert not Enrollment.objects.exists()


def test_ordinary_names_and_numbers_still_sign_up(client, series):
    form = Form.open(client, series.url + "pamelding/", having="orgnr")
    data = filled_in(contact_phone="+47 22 33 44 55", **{"participants-0-last_name": "Deltaker-Olsen"})
    assert form.submit(client, changes=data, button=("submit", "1")).status_code == 302
    assert Enrollment.objects.filter(participant__email="per@bakkeby.test").exists()


def test_staff_adding_a_participant_by_hand_cannot_put_a_number_in_a_name(client, oslo_staff, series):
    client.force_login(oslo_staff)
    url = f"/admin/kurs/{series.pk}/deltakere/"
    for field in ("add-first_name", "add-last_name", "add-school_name"):
        form = Form.open(client, url, having="add-first_name")
        data = {
            "add-first_name": "Manuelt",
            "add-last_name": "Lagt Til",
            "add-email": "manuell@skole.test",
            "add-role": "radgiver",
            "add-orgnr": orgnr(777),
            "add-school_name": "Ny skole",
            "add-kommune": str(Kommune.objects.get(number="0301").pk),
            "add-school_type": "ungdomsskole",
            field: f"Navn {DISGUISES['fullwidth digits']}",
        }
        response = form.submit(client, changes=data)
        assert response.status_code == 200, field
        assert REFUSED in field_errors(response, f"id_{field}"), field
        assert Form.from_response(response, having="add-first_name").get(field) == data[field], field
    assert not Enrollment.objects.exists()


def test_a_swap_to_a_name_with_a_number_is_refused(client, series):
    contact = UserFactory(email="kontakt@bakkeby.test")
    people = [Person("Navn", "Deltaker", "d0@bakkeby.test", "laerer")]
    service.register(series=series, school=SchoolFactory(name="Bakkeby skole"), contact=contact, people=people)
    enrollment = Enrollment.objects.get(participant__email="d0@bakkeby.test")
    client.force_login(contact)
    form = Form.open(client, f"/min-skole/pamelding/{enrollment.pk}/bytt/", having="first_name")
    data = {"first_name": "Ny", "last_name": DISGUISES["hyphen"], "email": "ny@bakkeby.test", "role": "laerer"}
    response = form.submit(client, changes=data)
    assert REFUSED in field_errors(response, "id_last_name")
    assert not Enrollment.objects.filter(participant__email="ny@bakkeby.test").exists()


def test_a_certificate_revocation_reason_is_checked(client, series, oslo_staff):
    certificate = CertificateFactory(enrollment=EnrollmentFactory(series=series))
    client.force_login(oslo_staff)
    url = f"/admin/kurs/{series.pk}/kursbevis/{certificate.pk}/tilbakekall/"
    form = Form.open(client, url, having="reason")
    response = form.submit(client, changes={"reason": f"Feil person, {DISGUISES['zero-width space']}"})
    assert REFUSED in field_errors(response, "id_reason")
    certificate.refresh_from_db()
    assert certificate.is_valid
