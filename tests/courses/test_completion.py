"""The completion rule and attendance, and what happens when an enrollment completes."""

import datetime

import pytest

from django.utils import timezone

from courses.choices import AttendanceStatus, CancelReason
from courses.models import AttendanceChange, Certificate
from courses.services import attendance, learning
from courses.services.completion import completion, is_complete
from tests.courses.test_learning import correct_answers
from tests.factories import (
    CourseSeriesPageFactory,
    EnrollmentFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    SeriesModuleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
P, L, E, A = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT


@pytest.fixture
def past_series(oslo_courses):
    """Four gatherings, all in the past, no modules."""
    return CourseSeriesPageFactory(
        parent=oslo_courses,
        registration_opens=timezone.now() - datetime.timedelta(days=200),
        registration_closes=timezone.now() - datetime.timedelta(days=150),
        start=timezone.now() - datetime.timedelta(days=100),
        gathering_count=4,
    )


def enrolled(series, **kwargs):
    kwargs.setdefault("confirmed_at", series.gathering_list[0].starts_at - datetime.timedelta(days=10))
    return EnrollmentFactory(series=series, **kwargs)


def mark(series, enrollment, *statuses):
    for gathering, status in zip(series.gathering_list, statuses, strict=False):
        if status:
            attendance.set_status(gathering, enrollment, status)


@pytest.mark.parametrize(
    ("min_gatherings", "excused_counts", "statuses", "complete"),
    [
        (None, False, [P, P, P, P], True),
        (None, False, [P, L, L, P], True),  # late counts as attended
        (None, False, [P, P, P, E], False),  # excused does not, by default
        (None, True, [P, P, P, E], True),  # unless the series says so
        (None, False, [P, P, P, A], False),
        (3, False, [P, P, P, A], True),  # all but one
        (3, False, [P, P, A, A], False),
        (3, True, [P, P, E, A], True),
        (3, False, [P, P, P, None], True),  # unmarked is simply not attended
    ],
)
def test_attendance_rule_combinations(past_series, min_gatherings, excused_counts, statuses, complete):
    past_series.min_gatherings = min_gatherings
    past_series.excused_counts = excused_counts
    past_series.save()
    enrollment = enrolled(past_series)
    mark(past_series, enrollment, *statuses)
    enrollment.refresh_from_db()
    assert is_complete(enrollment) is complete


def test_joining_late_is_not_counted_as_absence(past_series):
    """Someone who got the seat after gathering 2 started must attend the rest, not the ones they missed."""
    gatherings = past_series.gathering_list
    latecomer = enrolled(past_series, confirmed_at=gatherings[1].starts_at + datetime.timedelta(hours=1))
    mark(past_series, latecomer, None, None, P, P)
    result = completion(latecomer)
    assert (result.counted_gatherings, result.required, result.attended) == (2, 2, 2)
    assert result.is_complete


def test_joining_late_keeps_the_same_allowance(past_series):
    past_series.min_gatherings = 3  # one may be missed
    past_series.save()
    latecomer = enrolled(
        past_series, confirmed_at=past_series.gathering_list[1].starts_at + datetime.timedelta(hours=1)
    )
    mark(past_series, latecomer, None, None, P, A)
    assert completion(latecomer).required == 1
    assert is_complete(latecomer)


def test_nobody_completes_without_attending_a_gathering(past_series):
    past_series.min_gatherings = 2  # two may be missed
    past_series.save()
    gatherings = past_series.gathering_list
    # Joined before the last gathering: the allowance would cover it, but one must be attended.
    before_last = enrolled(past_series, confirmed_at=gatherings[2].starts_at + datetime.timedelta(hours=1))
    mark(past_series, before_last, None, None, None, A)
    assert completion(before_last).required == 1
    assert not is_complete(before_last)
    mark(past_series, before_last, None, None, None, P)
    assert is_complete(before_last)
    # Joined after the last gathering started: nothing left to attend, so no certificate.
    after_last = enrolled(past_series, confirmed_at=gatherings[3].starts_at + datetime.timedelta(hours=1))
    result = completion(after_last)
    assert (result.counted_gatherings, result.required, result.attended) == (0, 1, 0)
    assert not result.is_complete


def test_required_modules_must_be_passed(past_series, home_page):
    library = ModuleIndexPageFactory(parent=home_page)
    required = ModulePageFactory(parent=library)
    optional = ModulePageFactory(parent=library)
    SeriesModuleFactory(series=past_series, module=required)
    SeriesModuleFactory(series=past_series, module=optional, required=False)
    enrollment = enrolled(past_series)
    mark(past_series, enrollment, P, P, P, P)
    assert completion(enrollment).missing_modules == [required]
    learning.submit(enrollment.participant, required, correct_answers(required))
    assert is_complete(enrollment)


def test_a_waitlisted_or_cancelled_person_never_completes(past_series):
    enrollment = enrolled(past_series)
    mark(past_series, enrollment, P, P, P, P)
    enrollment.end(CancelReason.BY_PARTICIPANT, timezone.now())
    assert not is_complete(enrollment)


def test_attendance_keeps_a_history(past_series, oslo_staff):
    enrollment = enrolled(past_series)
    gathering = past_series.gathering_list[0]
    assert attendance.set_status(gathering, enrollment, P, by=oslo_staff)
    assert not attendance.set_status(gathering, enrollment, P, by=oslo_staff)  # no change, no history
    assert attendance.set_status(gathering, enrollment, E, by=oslo_staff)
    changes = list(AttendanceChange.objects.filter(enrollment=enrollment).order_by("pk"))
    assert [(c.old_status, c.new_status, c.changed_by) for c in changes] == [("", P, oslo_staff), (P, E, oslo_staff)]


def test_mark_all_present_keeps_those_already_marked(past_series, oslo_staff):
    first, second, third = (enrolled(past_series) for _ in range(3))
    gathering = past_series.gathering_list[0]
    attendance.set_status(gathering, first, E, by=oslo_staff)
    assert attendance.mark_all_present(gathering, by=oslo_staff) == 2
    statuses = {e.pk: (a.status if a else None) for e, a in attendance.roll(gathering)}
    assert statuses == {first.pk: E, second.pk: P, third.pk: P}


def test_a_milder_rule_published_completes_those_who_now_qualify(
    past_series, mailoutbox, django_capture_on_commit_callbacks
):
    enrollment = enrolled(past_series)
    with django_capture_on_commit_callbacks(execute=True):
        mark(past_series, enrollment, P, P, P, A)
    assert not Certificate.objects.exists()
    past_series.min_gatherings = 3
    with django_capture_on_commit_callbacks(execute=True):
        past_series.save_revision().publish()
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_the_roll_of_a_past_gathering_leaves_out_those_who_got_the_seat_afterwards(past_series, oslo_staff):
    gatherings = past_series.gathering_list
    there = enrolled(past_series)
    replacement = enrolled(past_series, confirmed_at=gatherings[1].ends_at + datetime.timedelta(hours=1))
    assert [e.pk for e, _ in attendance.roll(gatherings[0])] == [there.pk]
    assert attendance.mark_all_present(gatherings[0], by=oslo_staff) == 1
    assert {e.pk for e, _ in attendance.roll(gatherings[2])} == {there.pk, replacement.pk}


def test_completing_issues_exactly_one_certificate(past_series, mailoutbox, django_capture_on_commit_callbacks):
    enrollment = enrolled(past_series)
    with django_capture_on_commit_callbacks(execute=True):
        mark(past_series, enrollment, P, P, P)
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        mark(past_series, enrollment, None, None, None, L)
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.pdf
    assert len(certificate.sha256) == 64
    with django_capture_on_commit_callbacks(execute=True):
        attendance.set_status(past_series.gathering_list[0], enrollment, L)  # another change
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    sent = [m for m in mailoutbox if m.to == [enrollment.participant.email]]
    assert len(sent) == 1
    _name, content, mimetype = sent[0].attachments[0]
    assert mimetype == "application/pdf"
    assert content.startswith(b"%PDF")


def test_staff_roll_call_pages(client, past_series, oslo_staff, bergen_staff):
    enrollment = enrolled(past_series, participant=UserFactory(first_name="Rune", last_name="Rulle"))
    gathering = past_series.gathering_list[0]
    client.force_login(bergen_staff)
    assert client.get(f"/oppmote/{gathering.pk}/").status_code == 403
    assert client.post(f"/oppmote/{gathering.pk}/", {f"status-{enrollment.pk}": P}).status_code == 403
    client.force_login(oslo_staff)
    html = client.get(f"/oppmote/{gathering.pk}/").content.decode()
    assert "Rune Rulle" in html
    response = client.post(f"/oppmote/{gathering.pk}/", {f"status-{enrollment.pk}": L})
    assert response.status_code == 302
    assert enrollment.attendance.get(gathering=gathering).status == L
    client.post(f"/oppmote/{gathering.pk}/", {"all_present": "1"})
    assert enrollment.attendance.get(gathering=gathering).status == L  # already marked stays
    sheet = client.get(f"/oppmote/{gathering.pk}/signaturliste/").content.decode()
    assert "Rune Rulle" in sheet
    assert client.get(f"/oppmote/{gathering.pk}/qr/").status_code == 200
    assert client.get(f"/admin/kurs/{past_series.pk}/oppmote/").status_code == 200
    export = client.get(f"/admin/kurs/{past_series.pk}/oppmote.csv").content.decode("utf-8-sig")
    assert "Rune;Rulle" in export
    client.force_login(bergen_staff)
    response = client.get(f"/admin/kurs/{past_series.pk}/oppmote.csv")
    assert b"Rulle" not in response.content
