"""The roll at each gathering: staff take it, or participants check in with a QR code or a short code.

Every change is kept in AttendanceChange (who, what, when, how), and completion is
checked after each one.
"""

import datetime
import enum
import hmac
import math
import time

from django.core import signing
from django.db import transaction
from django.db.models import QuerySet
from django.utils import formats, timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from courses.choices import AttendanceMethod, AttendanceStatus, EnrollmentStatus
from courses.models import Attendance, AttendanceChange, Enrollment, Gathering
from courses.services.completion import on_attendance_changed
from korus_site.accounts.types import User

CHECK_IN_SALT = "courses.check-in"
ROTATE_SECONDS = 120  # the QR code shows a new link every two minutes
VALID_SECONDS = 300  # and a scanned link works for five


class CheckInRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def expected_enrollments(gathering: Gathering) -> QuerySet[Enrollment]:
    """Everyone with a seat now, leaving out those who got it after the gathering ended."""
    return (
        Enrollment.objects.filter(series_id=gathering.series_id, status=EnrollmentStatus.CONFIRMED)
        .filter(confirmed_at__lte=min(gathering.ends_at, timezone.now()))
        .select_related("participant", "school")
        .order_by("participant__last_name", "participant__first_name")
    )


def set_status(
    gathering: Gathering,
    enrollment: Enrollment,
    status: str,
    *,
    by: User | None = None,
    method: str = AttendanceMethod.ROLL_CALL,
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


def take_roll(gathering: Gathering, statuses: dict[int, str], *, by: User) -> int:
    """Save a whole roll call: {enrollment id: status}. Returns how many changed."""
    enrollments = {e.pk: e for e in expected_enrollments(gathering)}
    changed = 0
    with transaction.atomic():
        for enrollment_id, status in statuses.items():
            enrollment = enrollments.get(enrollment_id)
            if enrollment is not None and status in AttendanceStatus.values:
                changed += set_status(gathering, enrollment, status, by=by)
    return changed


def mark_all_present(gathering: Gathering, *, by: User) -> int:
    """Everyone not yet marked becomes present; those already marked keep their status."""
    marked = set(Attendance.objects.filter(gathering=gathering).values_list("enrollment_id", flat=True))
    return take_roll(
        gathering,
        {e.pk: AttendanceStatus.PRESENT for e in expected_enrollments(gathering) if e.pk not in marked},
        by=by,
    )


def is_before_start(gathering: Gathering, now: datetime.datetime | None = None) -> bool:
    """Whether ``gathering`` has not started yet at ``now`` (default: this moment).

    Staff are asked to confirm before taking the roll then, since the roll is usually taken
    in the room and an early roll is more often the wrong gathering than a deliberate one.
    """
    return (now or timezone.now()) < gathering.starts_at


def roll(gathering: Gathering) -> list[tuple[Enrollment, Attendance | None]]:
    records = {a.enrollment_id: a for a in Attendance.objects.filter(gathering=gathering)}
    return [(e, records.get(e.pk)) for e in expected_enrollments(gathering)]


# Self check-in ------------------------------------------------------------------------------
#
# Check-in is open from an hour before a gathering starts until it ends. In the room staff show
# a QR code holding a signed link, and under it a six-character code people can type at
# /innsjekk/ instead of scanning. Both change every ROTATE_SECONDS and work for VALID_SECONDS
# from the moment they first appear, so a code photographed and sent to someone at home soon
# stops working.

CHECK_IN_OPENS_BEFORE = datetime.timedelta(hours=1)
SHORT_CODE_SALT = "courses.check-in.short-code"
# No 0/O, 1/I/L: nothing that is easy to misread on a projector or mistype on a phone.
SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SHORT_CODE_LENGTH = 6
# How far back a typed code is still recognised, to say "expired" rather than "wrong".
EXPIRED_LOOKBACK = datetime.timedelta(minutes=30)


class CheckInState(enum.StrEnum):
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


def check_in_opens_at(gathering: Gathering) -> datetime.datetime:
    """When self check-in opens: an hour before the gathering starts."""
    return gathering.starts_at - CHECK_IN_OPENS_BEFORE


def check_in_closes_at(gathering: Gathering) -> datetime.datetime:
    """When self check-in closes: when the gathering ends."""
    return gathering.ends_at


def check_in_state(gathering: Gathering, now: datetime.datetime | None = None) -> CheckInState:
    """Whether self check-in to ``gathering`` is open at ``now`` (default: this moment)."""
    now = now or timezone.now()
    if now < check_in_opens_at(gathering):
        return CheckInState.NOT_OPEN
    if now > check_in_closes_at(gathering):
        return CheckInState.CLOSED
    return CheckInState.OPEN


def check_in_notice(gathering: Gathering, now: datetime.datetime | None = None) -> str:
    """A sentence saying when check-in opens or when it closed; empty while it is open.

    The time is local (Europe/Oslo) in the active language's format, with the date added
    when it is not today: "Innsjekkingen åpner kl. 08.30." or "… åpner 5. juni kl. 08.30."
    """
    now = now or timezone.now()
    state = check_in_state(gathering, now)
    if state == CheckInState.OPEN:
        return ""
    moment = timezone.localtime(
        check_in_opens_at(gathering) if state == CheckInState.NOT_OPEN else check_in_closes_at(gathering)
    )
    values = {"time": formats.time_format(moment, "TIME_FORMAT")}
    today = moment.date() == timezone.localdate(now)
    if not today:
        values["date"] = formats.date_format(moment, "MONTH_DAY_FORMAT")
    if state == CheckInState.NOT_OPEN:
        text = _("Check-in opens at %(time)s.") if today else _("Check-in opens on %(date)s at %(time)s.")
    else:
        text = _("Check-in closed at %(time)s.") if today else _("Check-in closed on %(date)s at %(time)s.")
    return text % values


def _window(at: float | None = None) -> int:
    """The number of the rotation window holding the Unix time ``at`` (seconds; default now)."""
    return int((time.time() if at is None else at) // ROTATE_SECONDS)


def seconds_to_rotation(at: float | None = None) -> int:
    """Whole seconds from the Unix time ``at`` (default now) until the code next changes, at least 1."""
    at = time.time() if at is None else at
    return max(1, math.ceil((_window(at) + 1) * ROTATE_SECONDS - at))


def check_in_token(gathering: Gathering, now: float | None = None) -> str:
    """A signed token for the current two-minute window; the QR code shows it as a link.

    ``now`` is a Unix time in seconds (default: this moment).
    """
    return signing.dumps({"g": gathering.pk, "w": _window(now)}, salt=CHECK_IN_SALT, compress=True)


def _code_for(gathering_id: int, window: int) -> str:
    digest = salted_hmac(SHORT_CODE_SALT, f"{gathering_id}:{window}", algorithm="sha256").digest()
    number = int.from_bytes(digest[:8], "big")
    letters = []
    for _position in range(SHORT_CODE_LENGTH):
        number, index = divmod(number, len(SHORT_CODE_ALPHABET))
        letters.append(SHORT_CODE_ALPHABET[index])
    return "".join(letters)


def short_code(gathering: Gathering, now: datetime.datetime | None = None) -> str:
    """The six-character code shown under the QR code at ``now`` (default: this moment).

    Derived from the gathering and the rotation window with an HMAC on SECRET_KEY, so every
    web process shows the same code without storing it, and it changes with the QR link.
    """
    return _code_for(gathering.pk, _window((now or timezone.now()).timestamp()))


def format_short_code(code: str) -> str:
    """``"K7P4QX"`` → ``"K7P-4QX"``: two groups of three are easier to read out and type."""
    return f"{code[:3]}-{code[3:]}"


def normalise_short_code(text: str) -> str:
    """What someone typed, as a code: capitals, without spaces, hyphens or other separators."""
    return "".join(character for character in text.upper() if character.isalnum())


def is_short_code_shape(code: str) -> bool:
    """Whether a normalised code has the right length and only letters from the alphabet."""
    return len(code) == SHORT_CODE_LENGTH and all(character in SHORT_CODE_ALPHABET for character in code)


def _match_short_code(code: str, user: User, now: datetime.datetime) -> tuple[Gathering, int] | None:
    """The gathering and window a typed code belongs to, looking back EXPIRED_LOOKBACK; or None.

    Only gatherings whose check-in is open, or near its opening or closing, are tried. In the
    unlikely case that two gatherings share the code, the one where ``user`` has a seat wins.
    """
    newest = _window(now.timestamp())
    oldest = _window((now - EXPIRED_LOOKBACK).timestamp())
    candidates = Gathering.objects.select_related("series").filter(
        starts_at__lte=now + CHECK_IN_OPENS_BEFORE + EXPIRED_LOOKBACK, ends_at__gte=now - EXPIRED_LOOKBACK
    )
    matches = [
        (gathering, window)
        for gathering in candidates
        for window in range(newest, oldest - 1, -1)
        if hmac.compare_digest(_code_for(gathering.pk, window), code)
    ]
    if not matches:
        return None
    series_ids = {gathering.series_id for gathering, _window in matches}
    seated = set(_seated_series(user).filter(series_id__in=series_ids).values_list("series_id", flat=True))
    return max(matches, key=lambda match: (match[0].series_id in seated, match[1]))


def _seated_series(user: User) -> QuerySet[Enrollment]:
    return Enrollment.objects.filter(participant=user, status=EnrollmentStatus.CONFIRMED)


def todays_check_ins(user: User, now: datetime.datetime | None = None) -> list[tuple[Gathering, CheckInState, str]]:
    """The participant's gatherings whose check-in hours fall on today's date (Europe/Oslo).

    Returns (gathering, state, notice) for each, earliest first; ``notice`` says when check-in
    opens or when it closed, and is empty while it is open. ``now`` defaults to this moment.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    end = start + datetime.timedelta(days=1)
    gatherings = (
        Gathering.objects.select_related("series")
        .filter(series_id__in=_seated_series(user).values("series_id"))
        .filter(starts_at__lt=end + CHECK_IN_OPENS_BEFORE, ends_at__gte=start)
        .order_by("starts_at")
    )
    return [(g, check_in_state(g, now), check_in_notice(g, now)) for g in gatherings]


def check_in(token: str, user: User, *, now: datetime.datetime | None = None) -> tuple[Gathering, str]:
    """Check in the logged-in participant with the link from the QR code.

    Returns the gathering and the status recorded (present, or late after the series' grace
    period). Raises ``CheckInRefused`` for an expired, tampered or foreign link, check-in not
    open, or a person without a seat; nothing changes then.
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
    return _check_in(gathering, user, now)


def check_in_with_code(code: str, user: User, *, now: datetime.datetime | None = None) -> tuple[Gathering, str]:
    """Check in the logged-in participant with the short code typed from the screen.

    ``code`` may hold lower case, spaces and hyphens. Returns the gathering and the status
    recorded, as ``check_in`` does. Raises ``CheckInRefused`` with a sentence to show beside
    the field: a code that was never shown, one shown more than VALID_SECONDS ago, check-in
    not open, or a person without a seat in that gathering's series. Nothing changes then.
    """
    now = now or timezone.now()
    code = normalise_short_code(code)
    match = _match_short_code(code, user, now) if is_short_code_shape(code) else None
    if match is None:
        today = todays_check_ins(user, now)
        waiting = [gathering for gathering, state, _notice in today if state == CheckInState.NOT_OPEN]
        if waiting and not any(state == CheckInState.OPEN for _gathering, state, _notice in today):
            # Whatever they typed, they are early: say when their check-in opens.
            raise CheckInRefused(_refusal_outside_hours(waiting[0], now))
        raise CheckInRefused(_("That is not the code on the screen. Check the letters and digits and try again."))
    gathering, window = match
    if now.timestamp() >= window * ROTATE_SECONDS + VALID_SECONDS:
        raise CheckInRefused(_("This code has expired. Type the code that is on the screen now."))
    return _check_in(gathering, user, now)


def _refusal_outside_hours(gathering: Gathering, now: datetime.datetime) -> str:
    return f"{gathering.title}: {check_in_notice(gathering, now)}"


def _check_in(gathering: Gathering, user: User, now: datetime.datetime) -> tuple[Gathering, str]:
    """Mark ``user`` present or late at ``gathering`` if check-in is open and they have a seat."""
    if check_in_state(gathering, now) != CheckInState.OPEN:
        raise CheckInRefused(_refusal_outside_hours(gathering, now))
    enrollment = _seated_series(user).filter(series_id=gathering.series_id).first()
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
