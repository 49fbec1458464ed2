"""After logging in, or after choosing a password from the e-mail link, each person lands where their role works."""

import pytest

from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from courses.services import enrollment as service
from courses.services.enrollment import Person
from tests.factories import EnrollmentFactory, SchoolFactory, UserFactory
from tests.factories.accounts import PASSWORD
from tests.forms import Form

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "et-langt-nytt-passord-42"


def choose_password(client, user):
    """Open the e-mail's link to choose a password, as a new person does, and save one."""
    link = f"/konto/passord/{urlsafe_base64_encode(force_bytes(user.pk))}/{default_token_generator.make_token(user)}/"
    form = Form.from_response(client.get(link, follow=True), having="new_password1")
    return form.submit(client, changes={"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})


def log_in(client, user):
    form = Form.open(client, "/konto/logg-inn/", having="password")
    return form.submit(client, changes={"username": user.email, "password": PASSWORD})


@pytest.fixture
def new_contact(series):
    contact = UserFactory(email="ny.kontakt@bakkeby.test", password=None)
    people = [Person("Ola", "Lærer", "ola@bakkeby.test", "laerer")]
    service.register(series=series, school=SchoolFactory(), contact=contact, people=people, notify=False)
    return contact


def test_a_new_contact_lands_on_my_school_after_choosing_a_password(client, new_contact):
    response = choose_password(client, new_contact)
    assert response.status_code == 302
    assert response["Location"] == "/min-skole/"
    page = client.get("/min-skole/")
    assert "ola@bakkeby.test" in page.content.decode()


def test_a_new_participant_lands_on_my_courses_after_choosing_a_password(client, series):
    participant = EnrollmentFactory(series=series).participant
    response = choose_password(client, participant)
    assert response["Location"] == "/mine-kurs/"
    assert series.title in client.get("/mine-kurs/").content.decode()


def test_regional_staff_land_in_the_admin_after_choosing_a_password_and_after_logging_in(client, oslo_staff):
    assert choose_password(client, oslo_staff)["Location"] == "/admin/"
    client.logout()
    oslo_staff.set_password(PASSWORD)
    oslo_staff.save()
    assert log_in(client, oslo_staff)["Location"] == "/admin/"


def test_logging_in_from_a_page_returns_to_that_page(client, new_contact):
    new_contact.set_password(PASSWORD)
    new_contact.save()
    form = Form.open(client, "/konto/logg-inn/?next=/konto/mine-data/", having="password")
    response = form.submit(client, changes={"username": new_contact.email, "password": PASSWORD})
    assert response["Location"] == "/konto/mine-data/"


def account_menu(client) -> str:
    html = client.get("/konto/").content.decode()
    start = html.index('class="site-account"')
    return html[start : html.index("</nav>", start)]


def test_the_menu_offers_my_school_to_school_contacts_and_my_courses_to_participants(client, series, new_contact):
    participant = EnrollmentFactory(series=series).participant
    client.force_login(new_contact)
    menu = account_menu(client)
    assert 'href="/min-skole/"' in menu
    assert 'href="/mine-kurs/"' not in menu

    client.force_login(participant)
    menu = account_menu(client)
    assert 'href="/mine-kurs/"' in menu
    assert 'href="/min-skole/"' not in menu
    assert client.get("/min-skole/").status_code == 200  # still there for whoever opens it


def test_regional_staff_see_neither_in_the_menu_but_the_admin(client, oslo_staff):
    client.force_login(oslo_staff)
    menu = account_menu(client)
    assert 'href="/admin/"' in menu
    assert 'href="/mine-kurs/"' not in menu
    assert 'href="/min-skole/"' not in menu
    assert client.get("/mine-kurs/").status_code == 200
