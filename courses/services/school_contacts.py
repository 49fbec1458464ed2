"""What a school contact sees and changes on «Min skole»: the sign-ups they made, per series.

Which enrollments a contact may see and touch is decided in ``courses.access``
(``contact_enrollments``, ``contact_sees_progress``); seats and the waiting list change only in
``courses.services.enrollment`` (``cancel``, ``swap``). This module gathers the overview and
corrects a participant's name, e-mail address or role (PRODUCT.md, roles: school contact).
"""

import datetime
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from courses import access
from courses.choices import WaitlistReason
from courses.models import Attendance, CourseSeriesPage, Enrollment, School, SeriesModule
from courses.services import learning, notices, seats
from courses.services.enrollment import NotAllowed
from korus_site.accounts.models import User, normalise_email
from korus_site.accounts.types import AnyUser
from korus_site.core.audit import field_changes

CORRECTION_LOG_ACTION = "courses.enrollment_correct"
USER_FIELDS = ("first_name", "last_name", "email")


@dataclass
class ParticipantRow:
    """One participant on «Min skole»; the progress numbers are ``None`` where the contact may not see them."""

    enrollment: Enrollment
    position: int | None = None  # place on the waiting list, 1 = next
    waitlist_reason: str | None = None
    can_change: bool = False  # replace, correct or cancel: until the series has finished
    attended: int | None = None  # gatherings attended of those held since the person got the seat
    held: int | None = None
    total: int | None = None  # gatherings in the series, not cancelled: held and still to come
    modules_passed: int | None = None  # required learning modules passed
    modules_required: int | None = None


@dataclass
class SeriesGroup:
    series: CourseSeriesPage
    rows: list[ParticipantRow] = field(default_factory=list)
    cancelled: list[Enrollment] = field(default_factory=list)
    schools: list[School] = field(default_factory=list)
    sign_up_open: bool = False  # more people may be signed up (CourseSeriesPage.registration_is_open)

    @property
    def several_schools(self) -> bool:
        return len(self.schools) > 1


def overview(user: AnyUser, now: datetime.datetime | None = None) -> list[SeriesGroup]:
    """The contact's sign-ups grouped by series, with each participant's school, status, place on the
    waiting list, attendance and required modules passed.

    Running and upcoming series come first, the soonest first, then finished ones, the newest first.

    Takes the person logged in; returns only what ``courses.access`` lets them see. Attendance
    counts the gatherings begun since the person got the seat (not cancelled) and the statuses the
    series counts as attended (``CourseSeriesPage.attended_statuses``), beside the series' gatherings
    in all (not cancelled). A fixed number of queries
    plus two per series with people waiting.
    """
    now = now or timezone.now()
    enrollments = list(
        access.contact_enrollments(user)
        .select_related("series", "series__region", "school", "participant", "registration")
        .prefetch_related("series__gatherings")
        .order_by("-series__pk", "status", "waitlist_number", "participant__last_name", "participant__first_name")
    )
    groups: dict[int, SeriesGroup] = {}
    for enrollment in enrollments:
        group = groups.setdefault(enrollment.series_id, SeriesGroup(series=enrollment.series))
        if enrollment.school not in group.schools:
            group.schools.append(enrollment.school)
        if enrollment.is_cancelled:
            group.cancelled.append(enrollment)
        else:
            group.rows.append(ParticipantRow(enrollment=enrollment))
    seen = [row.enrollment for group in groups.values() for row in group.rows]
    seen = [e for e in seen if access.contact_sees_progress(user, e)]
    attendance = _attendance_counts(seen)
    required = _required_modules([g.series for g in groups.values()])
    seen_ids = {e.pk for e in seen}
    passed = learning.statuses({e.participant_id for e in seen}, {m for modules in required.values() for m in modules})
    for group in groups.values():
        series = group.series
        finished = series.has_finished(now)
        group.sign_up_open = series.registration_is_open(now)
        not_cancelled = [g for g in series.gathering_list if not g.cancelled]
        positions: dict[int, int] = {}
        reasons: dict[int, WaitlistReason] = {}
        if any(row.enrollment.is_waitlisted for row in group.rows):
            positions = seats.waitlist_positions(series)
            reasons = seats.waitlist_reasons(series)
        for row in group.rows:
            enrollment = row.enrollment
            row.position = positions.get(enrollment.pk)
            row.waitlist_reason = reasons.get(enrollment.pk)
            row.can_change = not finished
            if enrollment.pk in seen_ids:
                held = [g for g in not_cancelled if g.starts_at <= now and enrollment.had_seat_at(g)]
                row.held = len(held)
                row.total = len(not_cancelled)
                row.attended = sum(attendance.get((enrollment.pk, g.pk), 0) for g in held)
                modules = required.get(series.pk, [])
                row.modules_required = len(modules)
                row.modules_passed = sum(
                    1 for m in modules if (s := passed.get((enrollment.participant_id, m))) is not None and s.passed
                )
        group.schools.sort(key=lambda school: school.name)
    return sorted(groups.values(), key=lambda group: _series_order(group.series, now))


def _series_order(series: CourseSeriesPage, now: datetime.datetime) -> tuple[int, float]:
    """Running and upcoming series first, the soonest first; finished series after, the newest first.

    A series without gatherings counts as upcoming, after those with a date.
    """
    if series.has_finished(now):
        end = series.last_gathering_end
        return (1, -end.timestamp() if end else 0.0)
    start = series.first_gathering_start
    return (0, start.timestamp() if start else float("inf"))


def _attendance_counts(enrollments: list[Enrollment]) -> dict[tuple[int, int], int]:
    """1 for each (enrollment id, gathering id) the person attended, by the series' own rule, in one query."""
    if not enrollments:
        return {}
    condition = Q()
    for series in {e.series for e in enrollments}:
        condition |= Q(enrollment__series=series, status__in=series.attended_statuses())
    rows = (
        Attendance.objects.filter(enrollment__in=enrollments)
        .filter(condition)
        .values("enrollment_id", "gathering_id")
        .annotate(n=Count("pk"))
    )
    return {(row["enrollment_id"], row["gathering_id"]): 1 for row in rows}


def _required_modules(series_list: list[CourseSeriesPage]) -> dict[int, list[int]]:
    """Required module ids per series id, in one query."""
    result: dict[int, list[int]] = {}
    for series_id, module_id in SeriesModule.objects.filter(series__in=series_list, required=True).values_list(
        "series_id", "module_id"
    ):
        result.setdefault(series_id, []).append(module_id)
    return result


# Corrections ----------------------------------------------------------------------------------


class CorrectionRefused(NotAllowed):
    """The correction cannot be made; ``field`` names the form field the message belongs to."""

    def __init__(self, message: str | Promise, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def may_correct_identity(enrollment: Enrollment) -> bool:
    """Whether a contact may still correct the participant's name and e-mail address.

    Only while the account is the one the sign-up made: nobody has logged in to it or chosen a
    password, it is not staff, and it has no enrollment that another contact made. After that the
    account is the person's own, and only they change it (on «Min konto»); the contact may still
    change the role, or replace the person.
    """
    person = enrollment.participant
    if person.has_usable_password() or person.last_login is not None or person.is_staff:
        return False
    contact_id = enrollment.registration.contact_id if enrollment.registration else None
    others = Enrollment.objects.filter(participant=person).exclude(registration__contact_id=contact_id)
    return not others.exists()


def correct_participant(
    enrollment: Enrollment,
    *,
    by: User,
    first_name: str,
    last_name: str,
    email: str,
    role: str,
    now: datetime.datetime | None = None,
) -> list[dict[str, str]]:
    """Correct a participant's name, e-mail address or role, as the contact ``by`` typed them.

    Saves what changed, writes it to the audit log (Wagtail's history, ``CORRECTION_LOG_ACTION``)
    and queues a notice to the person: to the new address, and to the old one when the address
    changed. Returns the changes (``korus_site.core.audit.field_changes``), empty when nothing
    changed. Raises ``CorrectionRefused`` when the enrollment is cancelled or its series has
    finished, when the name or address may no longer be changed by the contact
    (``may_correct_identity``), or when the new address belongs to another account.
    """
    now = now or timezone.now()
    email = normalise_email(email)
    with transaction.atomic():
        enrollment = (
            Enrollment.objects.select_for_update(of=("self",))
            .select_related("series", "participant", "registration")
            .get(pk=enrollment.pk)
        )
        if enrollment.is_cancelled:
            raise CorrectionRefused(_("A cancelled enrollment cannot be corrected."))
        if enrollment.series.has_finished(now):
            raise CorrectionRefused(_("The series has finished."))
        person = User.objects.select_for_update().get(pk=enrollment.participant_id)
        before_person = User(first_name=person.first_name, last_name=person.last_name, email=person.email)
        before_enrollment = Enrollment(role=enrollment.role)
        person.first_name, person.last_name, person.email = first_name.strip(), last_name.strip(), email
        enrollment.role = role
        identity = field_changes(before_person, person, list(USER_FIELDS))
        if identity and not may_correct_identity(enrollment):
            raise CorrectionRefused(
                _(
                    "%(name)s has started using the account, so only they can change their name and e-mail "
                    "address (under «My account»). You can change the role, or replace the participant."
                )
                % {"name": before_person.get_full_name()},
                field="email" if any(c["field"] == "email" for c in identity) else "first_name",
            )
        if (
            any(c["field"] == "email" for c in identity)
            and User.objects.filter(email__iexact=email).exclude(pk=person.pk).exists()
        ):
            raise CorrectionRefused(
                _(
                    "Someone else already has an account with this e-mail address. If that colleague should "
                    "take the place, replace the participant instead."
                ),
                field="email",
            )
        changes = identity + field_changes(before_enrollment, enrollment, ["role"])
        if not changes:
            return []
        if identity:
            person.save(update_fields=[c["field"] for c in identity])
        if any(c["field"] == "role" for c in changes):
            enrollment.save(update_fields=["role"])
        _log(enrollment, by, changes)
        old_email = before_person.email if person.email != before_person.email else ""
        notices.participant_corrected(enrollment, by=by, changes=changes, old_email=old_email, token=uuid.uuid4().hex)
    return changes


def _log(enrollment: Enrollment, by: User, changes: list[dict[str, str]]) -> None:
    from wagtail.log_actions import log

    log(instance=enrollment, action=CORRECTION_LOG_ACTION, user=by, data={"changes": changes}, content_changed=True)
