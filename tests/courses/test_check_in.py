import datetime
import time

import pytest

from django.core import signing
from django.utils import timezone

from courses.models import Attendance
from courses.services import attendance
from tests.factories import CourseSeriesPageFactory, EnrollmentFactory, UserFactory

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
