"""The roll at each gathering: staff take it, or participants check in with a QR code.

Every change is kept in AttendanceChange (who, what, when, how), and completion is
checked after each one.
"""

import datetime
import time

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.choices import AttendanceMethod, AttendanceStatus, EnrollmentStatus
from courses.models import Attendance, AttendanceChange, Enrollment, Gathering
from courses.services.completion import on_attendance_changed

CHECK_IN_SALT = "courses.check-in"
ROTATE_SECONDS = 120  # the QR code shows a new link every two minutes
VALID_SECONDS = 300  # and a scanned link works for five


class CheckInRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def expected_enrollments(gathering: Gathering):
    """Everyone with a seat now, leaving out those who got it after the gathering ended."""
    return (
        Enrollment.objects.filter(series_id=gathering.series_id, status=EnrollmentStatus.CONFIRMED)
        .filter(confirmed_at__lte=min(gathering.ends_at, timezone.now()))
        .select_related("participant", "school")
        .order_by("participant__last_name", "participant__first_name")
    )


def set_status(
    gathering: Gathering, enrollment: Enrollment, status: str, *, by=None, method: str = AttendanceMethod.ROLL_CALL
) -> bool:
    """Record one person's attendance; returns whether anything changed."""
    if enrollment.series_id != gathering.series_id:
        raise ValueError("The enrollment is not in this gathering's series.")
    with transaction.atomic():
        record = Attendance.objects.select_for_update().filter(gathering=gathering, enrollment=enrollment).first()
        old = record.status if record else ""
        if old == status:
            return False
        Attendance.objects.update_or_create(
            gathering=gathering,
            enrollment=enrollment,
            defaults={"status": status, "method": method, "changed_by": by},
        )
        AttendanceChange.objects.create(
            gathering=gathering, enrollment=enrollment, old_status=old, new_status=status, method=method, changed_by=by
        )
        on_attendance_changed(enrollment.pk)
    return True


def take_roll(gathering: Gathering, statuses: dict[int, str], *, by) -> int:
    """Save a whole roll call: {enrollment id: status}. Returns how many changed."""
    enrollments = {e.pk: e for e in expected_enrollments(gathering)}
    changed = 0
    with transaction.atomic():
        for enrollment_id, status in statuses.items():
            enrollment = enrollments.get(enrollment_id)
            if enrollment is not None and status in AttendanceStatus.values:
                changed += set_status(gathering, enrollment, status, by=by)
    return changed


def mark_all_present(gathering: Gathering, *, by) -> int:
    """Everyone not yet marked becomes present; those already marked keep their status."""
    marked = set(Attendance.objects.filter(gathering=gathering).values_list("enrollment_id", flat=True))
    return take_roll(
        gathering,
        {e.pk: AttendanceStatus.PRESENT for e in expected_enrollments(gathering) if e.pk not in marked},
        by=by,
    )


def roll(gathering: Gathering) -> list[tuple[Enrollment, Attendance | None]]:
    records = {a.enrollment_id: a for a in Attendance.objects.filter(gathering=gathering)}
    return [(e, records.get(e.pk)) for e in expected_enrollments(gathering)]


# Self check-in ------------------------------------------------------------------------------


def check_in_token(gathering: Gathering, now: float | None = None) -> str:
    """A signed token for the current two-minute window; the QR code shows it as a link."""
    window = int((now or time.time()) // ROTATE_SECONDS)
    return signing.dumps({"g": gathering.pk, "w": window}, salt=CHECK_IN_SALT, compress=True)


def check_in(token: str, user, *, now: datetime.datetime | None = None) -> tuple[Gathering, str]:
    """Mark the logged-in participant present (late after the series' grace period).

    Raises ``CheckInRefused`` for an expired, tampered or foreign link, or a person
    without a seat; nothing changes then.
    """
    now = now or timezone.now()
    try:
        data = signing.loads(token, salt=CHECK_IN_SALT, max_age=VALID_SECONDS)
    except signing.SignatureExpired as error:
        raise CheckInRefused(_("This check-in code has expired. Scan the code on the screen again.")) from error
    except signing.BadSignature as error:
        raise CheckInRefused(_("This check-in link is not valid.")) from error
    gathering = Gathering.objects.select_related("series").filter(pk=data.get("g")).first()
    if gathering is None:
        raise CheckInRefused(_("This check-in link is not valid."))
    if not gathering.starts_at - datetime.timedelta(hours=1) <= now <= gathering.ends_at:
        raise CheckInRefused(_("Check-in is open from an hour before the gathering until it ends."))
    enrollment = Enrollment.objects.filter(
        series_id=gathering.series_id, participant=user, status=EnrollmentStatus.CONFIRMED
    ).first()
    if enrollment is None:
        raise CheckInRefused(_("You do not have a seat in this course series, so you cannot check in here."))
    late = now > gathering.starts_at + datetime.timedelta(minutes=gathering.series.late_after_minutes)
    status = AttendanceStatus.LATE if late else AttendanceStatus.PRESENT
    current = (
        Attendance.objects.filter(gathering=gathering, enrollment=enrollment).values_list("status", flat=True).first()
    )
    if current in {AttendanceStatus.PRESENT, AttendanceStatus.LATE}:
        return gathering, current
    set_status(gathering, enrollment, status, by=user, method=AttendanceMethod.CHECK_IN)
    return gathering, status
