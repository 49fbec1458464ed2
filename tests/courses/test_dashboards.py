import pytest

from courses.models import Enrollment
from courses.services import enrollment as service
from courses.services.enrollment import Person
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_up(series):
    contact = UserFactory(email="kontakt@bakkeby.test")
    people = [Person(f"Navn{i}", "Deltaker", f"d{i}@bakkeby.test", "laerer") for i in range(3)]
    service.register(series=series, school=SchoolFactory(name="Bakkeby skole"), contact=contact, people=people)
    return contact


def test_dashboards_need_login(client):
    for path in ("/mine-kurs/", "/min-skole/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logg-inn/")


def test_my_courses_shows_series_status_and_next_gathering(client, series, signed_up):
    participant = Enrollment.objects.get(participant__email="d0@bakkeby.test").participant
    client.force_login(participant)
    html = client.get("/mine-kurs/").content.decode()
    assert series.title in html
    assert "Du har plass" in html
    assert "Neste samling" in html
    assert series.gathering_list[0].title in html
    assert participant.calendar_token in html


def test_my_school_lists_and_cancels(client, series, signed_up, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(signed_up)
    html = client.get("/min-skole/").content.decode()
    for i in range(3):
        assert f"d{i}@bakkeby.test" in html
    enrollment = Enrollment.objects.get(participant__email="d1@bakkeby.test")
    assert client.get(f"/min-skole/pamelding/{enrollment.pk}/avmeld/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/min-skole/pamelding/{enrollment.pk}/avmeld/", follow=True)
    enrollment.refresh_from_db()
    assert enrollment.status == "cancelled"
    assert "er ikke lenger påmeldt" in response.content.decode()
    assert any(m.to == ["d1@bakkeby.test"] for m in mailoutbox)


def test_my_school_swaps(client, series, signed_up):
    client.force_login(signed_up)
    enrollment = Enrollment.objects.get(participant__email="d2@bakkeby.test")
    url = f"/min-skole/pamelding/{enrollment.pk}/bytt/"
    bad = client.post(url, {"first_name": "Ny", "last_name": "Kollega", "email": "d0@bakkeby.test", "role": "laerer"})
    assert "Denne personen er allerede påmeldt kursrekka" in bad.content.decode()
    response = client.post(
        url, {"first_name": "Ny", "last_name": "Kollega", "email": "ny@bakkeby.test", "role": "radgiver"}
    )
    assert response.status_code == 302
    new = Enrollment.objects.get(participant__email="ny@bakkeby.test")
    assert new.status == "confirmed"
    assert new.replaces == enrollment


def test_another_contact_cannot_touch_the_registration(client, series, signed_up):
    enrollment = Enrollment.objects.get(participant__email="d0@bakkeby.test")
    client.force_login(UserFactory(email="fremmed@skole.test"))
    assert client.post(f"/min-skole/pamelding/{enrollment.pk}/avmeld/").status_code == 404
    assert client.get(f"/min-skole/pamelding/{enrollment.pk}/bytt/").status_code == 404
    enrollment.refresh_from_db()
    assert enrollment.status == "confirmed"
    assert "d0@bakkeby.test" not in client.get("/min-skole/").content.decode()


def test_waiting_position_is_shown(client, oslo_courses):
    full = CourseSeriesPageFactory(parent=oslo_courses, seats=1)
    contact = UserFactory()
    people = [Person(f"N{i}", "V", f"v{i}@skole.test", "laerer") for i in range(3)]
    service.register(series=full, school=SchoolFactory(), contact=contact, people=people)
    client.force_login(Enrollment.objects.get(participant__email="v2@skole.test").participant)
    assert "Venteliste, nummer 2" in client.get("/mine-kurs/").content.decode()
