import datetime
import re
import time

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.core import signing
from django.utils import timezone, translation
from django.utils.formats import date_format

from courses.models import Attendance, AttendanceChange, Gathering
from courses.services import attendance
from courses.views.attendance import CODE_TRIES_PER_ADDRESS, CODE_TRIES_PER_PERSON, CODE_TRY_WINDOW
from tests.factories import CourseSeriesPageFactory, EnrollmentFactory, UserFactory
from tests.forms import Form

pytestmark = pytest.mark.django_db


@pytest.fixture
def now_series(oslo_courses):
    """A series whose first gathering started ten minutes ago."""
    return CourseSeriesPageFactory(
        parent=oslo_courses,
        registration_opens=timezone.now() - datetime.timedelta(days=60),
        registration_closes=timezone.now() - datetime.timedelta(days=30),
        start=timezone.now() - datetime.timedelta(minutes=10),
        gathering_count=2,
    )


@pytest.fixture
def seated(now_series):
    return EnrollmentFactory(series=now_series, confirmed_at=timezone.now() - datetime.timedelta(days=40))


def test_valid_link_marks_present(client, now_series, seated):
    gathering = now_series.gathering_list[0]
    client.force_login(seated.participant)
    response = client.get(f"/innsjekk/{attendance.check_in_token(gathering)}/")
    assert response.status_code == 200
    assert Attendance.objects.get(enrollment=seated, gathering=gathering).status == "present"
    record = Attendance.objects.get(enrollment=seated)
    assert record.method == "check_in"


def test_after_the_grace_period_it_is_late(client, now_series, seated):
    now_series.late_after_minutes = 5
    now_series.save()
    gathering = now_series.gathering_list[0]
    client.force_login(seated.participant)
    client.get(f"/innsjekk/{attendance.check_in_token(gathering)}/")
    assert Attendance.objects.get(enrollment=seated).status == "late"


def test_expired_link_is_refused(client, now_series, seated, monkeypatch):
    """A link scanned from a code shown ten minutes ago no longer works."""
    gathering = now_series.gathering_list[0]
    real_time = time.time
    with monkeypatch.context() as patched:
        patched.setattr(time, "time", lambda: real_time() - 600)
        token = attendance.check_in_token(gathering)
    client.force_login(seated.participant)
    response = client.get(f"/innsjekk/{token}/")
    assert response.status_code == 400
    assert "utløpt" in response.content.decode()
    assert not Attendance.objects.exists()


def test_tampered_link_is_refused(client, now_series, seated):
    gathering = now_series.gathering_list[0]
    token = attendance.check_in_token(gathering)
    client.force_login(seated.participant)
    response = client.get(f"/innsjekk/{token[:-2]}xy/")
    assert response.status_code == 400
    assert "ikke gyldig" in response.content.decode()
    forged = signing.dumps({"g": gathering.pk, "w": 1}, key="another-key", salt=attendance.CHECK_IN_SALT)
    assert client.get(f"/innsjekk/{forged}/").status_code == 400
    assert not Attendance.objects.exists()


def test_someone_without_a_seat_changes_nothing(client, now_series, seated):
    gathering = now_series.gathering_list[0]
    stranger = UserFactory()
    waiting = EnrollmentFactory(series=now_series, status="waitlisted", confirmed_at=None).participant
    for person in (stranger, waiting):
        client.force_login(person)
        response = client.get(f"/innsjekk/{attendance.check_in_token(gathering)}/")
        assert response.status_code == 400
        assert "har ikke plass" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_link_for_another_series_is_refused(client, oslo_courses, now_series, seated):
    other = CourseSeriesPageFactory(parent=oslo_courses, start=timezone.now() - datetime.timedelta(minutes=5))
    client.force_login(seated.participant)
    response = client.get(f"/innsjekk/{attendance.check_in_token(other.gathering_list[0])}/")
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_anonymous_must_log_in_first(client, now_series):
    response = client.get(f"/innsjekk/{attendance.check_in_token(now_series.gathering_list[0])}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logg-inn/")


def test_outside_the_gathering_time_is_refused(client, now_series, seated):
    later = now_series.gathering_list[1]
    client.force_login(seated.participant)
    response = client.get(f"/innsjekk/{attendance.check_in_token(later)}/")
    assert response.status_code == 400
    assert not Attendance.objects.exists()


# The room view and the short code -----------------------------------------------------------

ALPHABET = attendance.SHORT_CODE_ALPHABET
CODE_ON_SCREEN = re.compile(rf"^[{ALPHABET}]{{3}}-[{ALPHABET}]{{3}}$")


def local_time(moment: datetime.datetime) -> str:
    """A time as the bokmål pages show it: 08.30."""
    return timezone.localtime(moment).strftime("%H.%M")


def local_day(moment: datetime.datetime) -> str:
    """A day as the bokmål pages show it: 5. juni."""
    with translation.override("nb"):
        return date_format(timezone.localtime(moment), "MONTH_DAY_FORMAT")


@pytest.fixture
def noon(monkeypatch):
    """Today at 12.00 in Oslo, and the clock stands still there: no test meets midnight or a code change."""
    fixed = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12, 0)))
    monkeypatch.setattr(timezone, "now", lambda: fixed)
    return fixed


def room(client, gathering) -> BeautifulSoup:
    response = client.get(f"/oppmote/{gathering.pk}/qr/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]  # a code shown yesterday is never shown from a cache
    return BeautifulSoup(response.content.decode(), "html.parser")


def code_on_screen(client, staff, gathering) -> str:
    """What a participant reads off the projector, as staff show it."""
    client.force_login(staff)
    code = room(client, gathering).select_one("#room-code").get_text(strip=True)
    assert CODE_ON_SCREEN.match(code), code
    return code


def type_code(client, person, code: str):
    """A participant opens /innsjekk/ on the phone, types the code and presses "Sjekk inn"."""
    client.force_login(person)
    form = Form.from_response(client.get("/innsjekk/"), "form.check-in-form")
    form["code"] = code
    return form.submit(client)


def field_error(response) -> str:
    """The message shown beside the code field (and only there)."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    field = soup.select_one("input[name=code]")
    assert field.get("aria-invalid") == "true"
    group = field.find_parent(class_="field-group")
    errors = group.select(".ds-validation-message p")
    assert errors, "no message beside the field"
    return " ".join(error.get_text(" ", strip=True) for error in errors)


def typed_value(response) -> str:
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("input[name=code]")["value"]


def test_room_view_shows_a_large_qr_code_and_a_short_code_without_site_chrome(noon, client, now_series, oslo_staff):
    gathering = now_series.gathering_list[0]
    client.force_login(oslo_staff)
    page = room(client, gathering)
    assert page.h1.get_text(strip=True) == f"Sjekk inn på {gathering.title}"
    assert local_time(gathering.starts_at) in page.select_one(".room__when").get_text()
    qr = page.select_one("svg[role=img]")
    assert qr["aria-label"] == "QR-kode for innsjekking"
    assert "width" not in qr.attrs  # sized by the stylesheet, not fixed in millimetres
    code = page.select_one("#room-code").get_text(strip=True)
    assert CODE_ON_SCREEN.match(code)
    assert code.replace("-", "") == attendance.short_code(gathering)
    assert "/innsjekk/" in page.select_one(".room__address").get_text()
    # No header, footer, navigation or Wagtail userbar: a page of its own.
    assert page.select(".site-header, .site-footer, nav, wagtail-userbar, #wagtail-userbar-template") == []
    # It asks for itself again when the code changes, at most two minutes from now.
    screen = page.select_one("#room")
    seconds = int(re.fullmatch(r"every (\d+)s", screen["data-hx-trigger"]).group(1))
    assert 1 <= seconds <= attendance.ROTATE_SECONDS
    assert screen["data-hx-get"] == f"/oppmote/{gathering.pk}/qr/"
    assert not page.find("meta", attrs={"http-equiv": "refresh"})
    # The link in the QR code is the one a phone opens to check in.
    assert page.find("script", src=False) is None  # no inline script (CSP)


def test_room_view_before_check_in_opens_says_when_it_opens(noon, client, oslo_courses, oslo_staff):
    later = CourseSeriesPageFactory(parent=oslo_courses, start=noon + datetime.timedelta(hours=3, minutes=30))
    gathering = later.gathering_list[0]
    client.force_login(oslo_staff)
    page = room(client, gathering)
    assert page.select_one(".room__notice").get_text(strip=True) == "Innsjekkingen åpner kl. 14.30."
    assert page.select_one("#room-code") is None
    assert page.select_one("svg[role=img]") is None
    # It keeps asking, so the code appears when check-in opens.
    seconds = int(re.fullmatch(r"every (\d+)s", page.select_one("#room")["data-hx-trigger"]).group(1))
    assert 1 <= seconds <= attendance.ROTATE_SECONDS

    # In nynorsk and English too.
    for language, notice in (("nn", "Innsjekkinga opnar kl. 14.30."), ("en", "Check-in opens at 14:30.")):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        assert room(client, gathering).select_one(".room__notice").get_text(strip=True) == notice
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]

    # A minute before opening it asks again just after the opening minute.
    Gathering.objects.filter(pk=gathering.pk).update(starts_at=noon + datetime.timedelta(minutes=60, seconds=30))
    page = room(client, gathering)
    assert page.select_one(".room__notice").get_text(strip=True) == "Innsjekkingen åpner kl. 12.00."
    assert page.select_one("#room")["data-hx-trigger"] == "every 31s"


def test_room_view_of_another_day_and_after_the_end(noon, client, oslo_courses, oslo_staff):
    client.force_login(oslo_staff)
    future = CourseSeriesPageFactory(parent=oslo_courses, start=noon + datetime.timedelta(days=10))
    gathering = future.gathering_list[0]
    opens = gathering.starts_at - datetime.timedelta(hours=1)
    notice = room(client, gathering).select_one(".room__notice").get_text(strip=True)
    assert notice == f"Innsjekkingen åpner {local_day(opens)} kl. {local_time(opens)}."

    past = CourseSeriesPageFactory(parent=oslo_courses, start=noon - datetime.timedelta(days=3))
    gathering = past.gathering_list[0]
    page = room(client, gathering)
    assert page.select_one(".room__notice").get_text(strip=True) == (
        f"Innsjekkingen stengte {local_day(gathering.ends_at)} kl. {local_time(gathering.ends_at)}."
    )
    assert page.select_one("#room-code") is None

    today = CourseSeriesPageFactory(parent=oslo_courses, start=noon - datetime.timedelta(hours=7))
    page = room(client, today.gathering_list[0])
    assert page.select_one(".room__notice").get_text(strip=True) == "Innsjekkingen stengte kl. 11.00."


def test_room_view_is_for_the_series_staff_only(client, now_series, seated, bergen_staff):
    gathering = now_series.gathering_list[0]
    for person in (bergen_staff, seated.participant):
        client.force_login(person)
        response = client.get(f"/oppmote/{gathering.pk}/qr/")
        assert response.status_code == 403
        assert "room-code" not in response.content.decode()


def test_typing_the_code_from_the_screen_checks_in(noon, client, now_series, seated, oslo_staff):
    gathering = now_series.gathering_list[0]
    code = code_on_screen(client, oslo_staff, gathering)
    client.force_login(seated.participant)
    page = BeautifulSoup(client.get("/innsjekk/").content.decode(), "html.parser")
    today = page.select_one(".check-in-today")
    assert gathering.title in today.get_text()
    assert "Innsjekkingen er åpen nå." in today.get_text()

    # Typed on a phone: lower case, a space instead of the hyphen.
    response = type_code(client, seated.participant, code.lower().replace("-", " "))
    assert response.status_code == 200
    assert f"Velkommen! Du er sjekket inn på {gathering.title}." in response.content.decode()
    record = Attendance.objects.get(enrollment=seated, gathering=gathering)
    assert (record.status, record.method, record.changed_by) == ("present", "check_in", seated.participant)

    # Typing it again changes nothing.
    assert type_code(client, seated.participant, code).status_code == 200
    assert AttendanceChange.objects.filter(gathering=gathering).count() == 1


def test_a_code_typed_after_the_grace_period_is_late(noon, client, now_series, seated, oslo_staff):
    now_series.late_after_minutes = 5
    now_series.save()
    gathering = now_series.gathering_list[0]
    code = code_on_screen(client, oslo_staff, gathering)
    response = type_code(client, seated.participant, code)
    assert f"Du er sjekket inn på {gathering.title}, registrert som sen." in response.content.decode()
    assert Attendance.objects.get(enrollment=seated).status == "late"


def test_a_wrong_code_is_answered_beside_the_field(noon, client, now_series, seated, oslo_staff):
    gathering = now_series.gathering_list[0]
    code = code_on_screen(client, oslo_staff, gathering)
    wrong = "".join(ALPHABET[(ALPHABET.index(c) + 1) % len(ALPHABET)] if c != "-" else c for c in code)
    response = type_code(client, seated.participant, wrong)
    assert response.status_code == 200
    assert field_error(response) == (
        "Det er ikke koden som står på skjermen. Se over bokstavene og tallene og prøv igjen."
    )
    assert typed_value(response) == wrong  # nothing typed is lost

    response = type_code(client, seated.participant, "K7P")
    assert field_error(response).startswith("Koden har seks bokstaver og tall")
    assert typed_value(response) == "K7P"

    response = type_code(client, seated.participant, "")
    assert field_error(response) == "Skriv inn koden som står på skjermen."
    assert not Attendance.objects.exists()


def test_an_old_code_has_expired(noon, client, now_series, seated, oslo_staff, monkeypatch):
    """A code read off the screen ten minutes ago, or sent from the room to someone elsewhere."""
    gathering = now_series.gathering_list[0]
    real_now = timezone.now
    with monkeypatch.context() as patched:
        patched.setattr(timezone, "now", lambda: real_now() - datetime.timedelta(minutes=10))
        old = code_on_screen(client, oslo_staff, gathering)
    assert old != code_on_screen(client, oslo_staff, gathering)
    response = type_code(client, seated.participant, old)
    assert field_error(response) == "Koden har utløpt. Skriv inn koden som står på skjermen nå."
    assert not Attendance.objects.exists()


def test_a_code_from_just_before_the_change_still_works(noon, client, now_series, seated, oslo_staff, monkeypatch):
    gathering = now_series.gathering_list[0]
    real_now = timezone.now
    with monkeypatch.context() as patched:
        patched.setattr(timezone, "now", lambda: real_now() - datetime.timedelta(seconds=attendance.ROTATE_SECONDS))
        previous = code_on_screen(client, oslo_staff, gathering)
    assert type_code(client, seated.participant, previous).status_code == 200
    assert Attendance.objects.get(enrollment=seated).status == "present"


def test_before_check_in_opens_the_page_says_when(noon, client, oslo_courses, oslo_staff):
    later = CourseSeriesPageFactory(parent=oslo_courses, start=noon + datetime.timedelta(hours=2, minutes=30))
    gathering = later.gathering_list[0]
    seated_later = EnrollmentFactory(series=later)
    client.force_login(seated_later.participant)
    today = BeautifulSoup(client.get("/innsjekk/").content.decode(), "html.parser").select_one(".check-in-today")
    assert gathering.title in today.get_text()
    assert "Innsjekkingen åpner kl. 13.30." in today.get_text()
    # The room shows no code yet; even the code the room will show once open is refused now.
    client.force_login(oslo_staff)
    assert room(client, gathering).select_one("#room-code") is None
    response = type_code(client, seated_later.participant, attendance.short_code(gathering))
    assert field_error(response) == f"{gathering.title}: Innsjekkingen åpner kl. 13.30."
    # Anything else typed while waiting gets the same answer.
    response = type_code(client, seated_later.participant, "K7P-4QX")
    assert field_error(response) == f"{gathering.title}: Innsjekkingen åpner kl. 13.30."
    assert not Attendance.objects.exists()


def test_after_the_gathering_the_code_no_longer_works(noon, client, oslo_courses, oslo_staff, monkeypatch):
    """The gathering ended at 11.59; the code was on the screen at 11.58."""
    ended = CourseSeriesPageFactory(parent=oslo_courses, start=noon - datetime.timedelta(hours=6, minutes=1))
    gathering = ended.gathering_list[0]
    person = EnrollmentFactory(series=ended, confirmed_at=noon - datetime.timedelta(days=3)).participant
    with monkeypatch.context() as patched:
        patched.setattr(timezone, "now", lambda: noon - datetime.timedelta(minutes=2))
        code = code_on_screen(client, oslo_staff, gathering)
    response = type_code(client, person, code)
    assert field_error(response) == f"{gathering.title}: Innsjekkingen stengte kl. 11.59."
    assert not Attendance.objects.exists()


def test_a_participant_of_another_series_cannot_use_the_code(
    noon, client, oslo_courses, now_series, seated, oslo_staff
):
    other = CourseSeriesPageFactory(parent=oslo_courses, start=timezone.now() - datetime.timedelta(minutes=5))
    elsewhere = EnrollmentFactory(series=other, confirmed_at=timezone.now() - datetime.timedelta(days=3))
    code = code_on_screen(client, oslo_staff, now_series.gathering_list[0])
    response = type_code(client, elsewhere.participant, code)
    assert field_error(response) == "Du har ikke plass i denne kursrekka, så du kan ikke sjekke inn her."
    assert not Attendance.objects.exists()
    # The right person in the room is not affected.
    assert type_code(client, seated.participant, code).status_code == 200


def test_guessing_codes_is_limited(noon, client, now_series, seated, oslo_staff):
    gathering = now_series.gathering_list[0]
    code = code_on_screen(client, oslo_staff, gathering)
    wrong = "".join(ALPHABET[(ALPHABET.index(c) + 7) % len(ALPHABET)] if c != "-" else c for c in code)
    for _attempt in range(CODE_TRIES_PER_PERSON):
        response = type_code(client, seated.participant, wrong)
        assert response.status_code == 200
        assert field_error(response).startswith("Det er ikke koden")
    # Now even the right code is refused for a while, with a clear answer.
    response = type_code(client, seated.participant, code)
    assert response.status_code == 429
    assert response["Retry-After"] == str(CODE_TRY_WINDOW)
    assert field_error(response) == (
        "Du har prøvd mange koder på kort tid. Vent ti minutter, eller be kurslederne registrere deg som til stede."
    )
    assert typed_value(response) == code
    assert not Attendance.objects.exists()
    # Someone else in the room checks in as usual.
    neighbour = EnrollmentFactory(series=now_series, confirmed_at=timezone.now() - datetime.timedelta(days=3))
    assert type_code(client, neighbour.participant, code).status_code == 200


def test_one_address_cannot_try_codes_for_many_accounts(noon, client, now_series, oslo_staff, monkeypatch):
    """Many accounts behind one address share its allowance (made small here to keep the test short)."""
    monkeypatch.setattr("courses.views.attendance.CODE_TRIES_PER_ADDRESS", 4)
    people = [EnrollmentFactory(series=now_series).participant for _n in range(5)]
    for person in people[:4]:
        assert field_error(type_code(client, person, "K7P-4QX")).startswith("Det er ikke koden")
    response = type_code(client, people[4], code_on_screen(client, oslo_staff, now_series.gathering_list[0]))
    assert response.status_code == 429
    assert not Attendance.objects.exists()
    assert CODE_TRIES_PER_ADDRESS > CODE_TRIES_PER_PERSON * 5  # a room behind one address still fits


def test_typing_a_code_needs_a_login(client):
    response = client.get("/innsjekk/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logg-inn/")


# Roll call of a gathering that has not started ------------------------------------------------


@pytest.fixture
def upcoming(oslo_courses):
    """A series whose first gathering starts tomorrow, with two people with a seat."""
    series = CourseSeriesPageFactory(parent=oslo_courses, start=timezone.now() + datetime.timedelta(days=1))
    return series, [EnrollmentFactory(series=series) for _n in range(2)]


def test_roll_call_before_the_gathering_asks_first(noon, client, upcoming, oslo_staff):
    series, (first, second) = upcoming
    gathering = series.gathering_list[0]
    client.force_login(oslo_staff)
    response = client.get(f"/oppmote/{gathering.pk}/")
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert "Samlingen har ikke begynt ennå. Vil du likevel ta opprop?" in page.get_text()
    assert page.select("input[type=radio]") == []

    confirm = Form.from_response(response, "form.hero__actions")
    response = confirm.submit(client)
    assert response.status_code == 200
    roll = Form.from_response(response, "form.roll-form")
    roll[f"status-{first.pk}"] = "late"
    response = roll.submit(client, "save")
    assert response.status_code == 302
    assert response["Location"] == f"/oppmote/{gathering.pk}/?tidlig=1"
    assert dict(Attendance.objects.values_list("enrollment_id", "status")) == {first.pk: "late"}

    # Still on the roll after saving, not back at the question.
    response = client.get(response["Location"])
    assert "Oppropet er lagret (1 endret)." in response.content.decode()
    roll = Form.from_response(response, "form.roll-form")
    assert roll.submit(client, "all_present")["Location"] == f"/oppmote/{gathering.pk}/?tidlig=1"
    assert dict(Attendance.objects.values_list("enrollment_id", "status")) == {first.pk: "late", second.pk: "present"}


def test_a_roll_posted_early_without_confirming_is_kept_until_confirmed(noon, client, upcoming, oslo_staff):
    series, (first, _second) = upcoming
    gathering = series.gathering_list[0]
    client.force_login(oslo_staff)
    response = client.post(f"/oppmote/{gathering.pk}/", {f"status-{first.pk}": "excused", "save": "1"})
    assert response.status_code == 200
    assert "Vil du likevel ta opprop?" in response.content.decode()
    assert not Attendance.objects.exists()
    confirm = Form.from_response(response, "form.hero__actions")
    assert confirm[f"status-{first.pk}"] == "excused"
    assert confirm.submit(client).status_code == 302
    assert Attendance.objects.get(enrollment=first).status == "excused"


def test_roll_call_of_a_started_gathering_does_not_ask(client, now_series, seated, oslo_staff):
    gathering = now_series.gathering_list[0]
    client.force_login(oslo_staff)
    response = client.get(f"/oppmote/{gathering.pk}/")
    assert "Vil du likevel ta opprop?" not in response.content.decode()
    roll = Form.from_response(response, "form.roll-form")
    assert "tidlig" not in roll
    roll[f"status-{seated.pk}"] = "present"
    assert roll.submit(client, "save")["Location"] == f"/oppmote/{gathering.pk}/"
    assert Attendance.objects.get(enrollment=seated).status == "present"


def test_staff_tool_pages_leave_out_the_userbar(client, now_series, seated, oslo_staff):
    """The roll call and the sign-in sheet have no Wagtail userbar; other pages still do."""
    gathering = now_series.gathering_list[0]
    client.force_login(oslo_staff)
    assert "<wagtail-userbar" in client.get("/mine-kurs/").content.decode()
    for path in (f"/oppmote/{gathering.pk}/", f"/oppmote/{gathering.pk}/signaturliste/"):
        assert "<wagtail-userbar" not in client.get(path).content.decode()
