"""Waiting only because the school's share is used: the receipt, the e-mails and My school say so.

Every sign-up goes through the real form at /<region>/kurs/<series>/pamelding/: the test GETs
it, adds participant rows with the form's own button (no JavaScript), fills in what a school
contact types and presses "Send påmeldingen".
"""

import pytest

from courses.choices import WaitlistReason
from courses.models import Enrollment
from courses.services import enrollment as enrollment_service
from courses.services import seats
from korus_site.accounts.models import User
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory
from tests.factories.courses import orgnr
from tests.forms import Form

pytestmark = pytest.mark.django_db

SHARE_USED = (
    "Venteliste fordi skolen har brukt sine 2 plasser. "
    "Kursrekka har fortsatt ledige plasser; kontakt KORUS om dere trenger flere."
)
SERIES_FULL = "Alle plassene er tatt foreløpig"


def sign_up(client, series, people, *, school_orgnr=None, school_name="Bakkeby ungdomsskole"):
    """Fill in and send the sign-up form as a school contact would; returns the response."""
    page = client.get(series.url + "pamelding/")
    form = Form.from_response(page, "form[data-signup-form]")
    for _extra in people[1:]:
        form = Form.from_response(form.submit(client, "add_participant"), "form[data-signup-form]")
    form["orgnr"] = school_orgnr or orgnr(500)
    form["school_name"] = school_name
    form.choose("kommune", "Oslo")
    form["school_type"] = "ungdomsskole"
    form["contact_first_name"] = "Kari"
    form["contact_last_name"] = "Kontakt"
    form["contact_email"] = "kari.kontakt@bakkeby.test"
    form.check("informed")
    for i, (first, email) in enumerate(people):
        form[f"participants-{i}-first_name"] = first
        form[f"participants-{i}-last_name"] = "Lærer"
        form[f"participants-{i}-email"] = email
        form[f"participants-{i}-role"] = "laerer"
    return form.submit(client, "submit")


def people(n):
    return [(f"Deltaker{i}", f"d{i}@bakkeby.test") for i in range(1, n + 1)]


def mails_to(mailoutbox, address):
    return [m for m in mailoutbox if m.to == [address]]


def test_waiting_for_the_school_share_is_explained_on_the_receipt_in_the_emails_and_on_my_school(
    client, oslo_courses, mailoutbox, django_capture_on_commit_callbacks
):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=10, max_per_school=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, series, people(3))
    assert response.status_code == 302, response.content.decode()[:2000]
    waiting = Enrollment.objects.get(series=series, participant__email="d3@bakkeby.test")
    assert waiting.is_waitlisted
    assert Enrollment.objects.filter(series=series, status="confirmed").count() == 2
    assert seats.waitlist_reasons(series) == {waiting.pk: WaitlistReason.SCHOOL_SHARE}

    receipt = client.get(response["Location"]).content.decode()
    assert "Venteliste, nummer 1" in receipt
    assert receipt.count(SHARE_USED) == 1  # only beside the one who waits

    (notice,) = [m for m in mails_to(mailoutbox, "d3@bakkeby.test") if m.subject.startswith("Venteliste")]
    html = notice.alternatives[0][0]
    assert SHARE_USED in notice.body
    assert SHARE_USED in html
    assert SERIES_FULL not in notice.body
    assert SERIES_FULL not in html
    (seated,) = [m for m in mails_to(mailoutbox, "d1@bakkeby.test") if m.subject.startswith("Du har plass")]
    assert SHARE_USED not in seated.body

    (summary,) = [m for m in mails_to(mailoutbox, "kari.kontakt@bakkeby.test") if "Påmelding mottatt" in m.subject]
    assert summary.body.count(SHARE_USED) == 1
    assert summary.alternatives[0][0].count(SHARE_USED) == 1

    client.force_login(User.objects.get(email="kari.kontakt@bakkeby.test"))
    my_school = client.get("/min-skole/").content.decode()
    assert my_school.count(SHARE_USED) == 1
    assert my_school.index("Deltaker3") < my_school.index(SHARE_USED)


def test_a_full_series_says_seats_are_taken_not_that_the_share_is_used(
    client, oslo_courses, mailoutbox, django_capture_on_commit_callbacks
):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=2, max_per_school=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, series, people(3))
    receipt = client.get(response["Location"]).content.decode()
    assert "Venteliste, nummer 1" in receipt
    assert "Venteliste fordi skolen" not in receipt
    (notice,) = [m for m in mails_to(mailoutbox, "d3@bakkeby.test") if m.subject.startswith("Venteliste")]
    assert SERIES_FULL in notice.body
    assert "Venteliste fordi skolen" not in notice.body
    (summary,) = [m for m in mails_to(mailoutbox, "kari.kontakt@bakkeby.test") if "Påmelding mottatt" in m.subject]
    assert "Venteliste fordi skolen" not in summary.body


def test_my_school_stops_saying_seats_are_free_once_other_schools_take_them(
    client, oslo_courses, django_capture_on_commit_callbacks
):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=4, max_per_school=2)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, series, people(3))
    contact = User.objects.get(email="kari.kontakt@bakkeby.test")
    client.force_login(contact)
    assert SHARE_USED in client.get("/min-skole/").content.decode()

    other = SchoolFactory(name="Fjellby skole")
    enrollment_service.register(
        series=series,
        school=other,
        contact=UserFactory(),
        people=[enrollment_service.Person(f"Annen{n}", "Skole", f"a{n}@fjellby.test", "laerer") for n in (1, 2)],
        notify=False,
    )
    html = client.get("/min-skole/").content.decode()
    assert "Venteliste, nummer 1" in html
    assert "Venteliste fordi skolen" not in html


def test_the_explanation_is_in_nynorsk_for_a_nynorsk_reader(client, oslo_courses, django_capture_on_commit_callbacks):
    series = CourseSeriesPageFactory(parent=oslo_courses, seats=10, max_per_school=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, series, people(2), school_orgnr=orgnr(501))
    client.post("/sprak/", {"language": "nn", "next": "/"})
    receipt = client.get(response["Location"]).content.decode()
    assert "Venteliste fordi skulen har brukt den 1 plassen sin." in receipt
