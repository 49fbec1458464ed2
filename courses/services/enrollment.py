"""Seats and the waiting list: the one place where enrollments change.

Every change takes a row lock on the series (``_lock_series``) before it counts seats, so
however many sign-ups arrive at the same moment there are never more confirmed
participants than seats, and the waiting list keeps the order in which they got the lock.
Views, the admin and tasks call these functions; e-mails go out after the commit.
"""

import datetime
from dataclasses import dataclass
from typing import cast

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from courses import access
from courses.choices import CancelReason, EnrollmentStatus
from courses.models import CourseSeriesPage, Enrollment, Registration, School
from courses.services import notices, seats
from korus_site.accounts.models import User, normalise_email
from korus_site.accounts.services import get_or_create_person, queue_password_link

CONFIRMED = EnrollmentStatus.CONFIRMED
WAITLISTED = EnrollmentStatus.WAITLISTED
CANCELLED = EnrollmentStatus.CANCELLED


class EnrollmentError(Exception):
    """A rule refused the change; ``message`` is for the person who asked."""

    message: str | Promise = _("The change could not be made.")

    def __init__(self, message: str | Promise | None = None, *, email: str | None = None) -> None:
        super().__init__(message or self.message)
        if message:
            self.message = message
        self.email = email


class RegistrationClosed(EnrollmentError):
    message = _("Sign-up for this series is closed.")


class AlreadyEnrolled(EnrollmentError):
    message = _("This person is already signed up for the series.")


class NoSeatAvailable(EnrollmentError):
    message = _("There is no free seat in the series.")


class SeriesStarted(EnrollmentError):
    message = _("The series has started, so the waiting list is closed.")


class NotCertified(EnrollmentError):
    message = _(
        "This network gathering is only for people who hold a certificate from the programme, and there is no "
        "valid certificate for this e-mail address. Use the address the certificate was issued to."
    )


class NotAllowed(EnrollmentError):
    message = _("That change is not possible for this enrollment.")


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    email: str
    role: str

    @property
    def normalised_email(self) -> str:
        return normalise_email(self.email)


# Locking and counting -------------------------------------------------------------------


def _lock_series(series_id: int) -> CourseSeriesPage:
    """Lock the series row for the rest of the transaction and return it fresh.

    Only the series' own table is locked (not Wagtail's page row), so editors are not held up.
    """
    return CourseSeriesPage.objects.select_for_update(of=("self",)).get(pk=series_id)


def _next_waitlist_number(series: CourseSeriesPage) -> int:
    current = Enrollment.objects.filter(series=series).aggregate(top=Max("waitlist_number"))["top"]
    return (current or 0) + 1


def _notify(enrollment: Enrollment, kind: str) -> None:
    notices.enrollment_changed(enrollment, kind)


# Sign-up ----------------------------------------------------------------------------------


def register(
    *,
    series: CourseSeriesPage,
    school: School,
    contact: User,
    people: list[Person],
    contact_phone: str = "",
    by_staff: bool = False,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> Registration:
    """Sign ``people`` up for ``series`` on behalf of ``school``.

    Each person gets a seat while there are seats (and the school's share allows), otherwise
    the next number on the waiting list, in the order given. Raises ``RegistrationClosed``
    outside the sign-up window (staff may add people until the series starts) and
    ``AlreadyEnrolled`` naming the first person already in the series. A network gathering takes
    only people certified in its programme (``courses.access.may_join_series``): anyone else
    raises ``NotCertified`` naming the first such address, before any account is made. With
    ``notify=False`` (imports, demo data) nobody is e-mailed.
    """
    now = now or timezone.now()
    emails = [person.normalised_email for person in people]
    if len(set(emails)) != len(emails):
        duplicate = next(email for email in emails if emails.count(email) > 1)
        raise AlreadyEnrolled(_("The same person is listed twice."), email=duplicate)

    # Outside the lock: everything that does not decide a seat. Accounts are looked up or
    # created first (each in its own short transaction), so the lock covers counting only.
    if not by_staff and not series.registration_is_open(now):
        raise RegistrationClosed
    refused = next((email for email in emails if not access.may_join_series(email, series)), None)
    if refused:
        raise NotCertified(email=refused)
    users = [
        get_or_create_person(email=person.email, first_name=person.first_name, last_name=person.last_name)[0]
        for person in people
    ]

    with transaction.atomic():
        series = _lock_series(series.pk)
        if by_staff:
            if series.has_started(now):
                raise SeriesStarted
        elif not series.registration_is_open(now):
            raise RegistrationClosed

        taken = _first_taken(series, users)
        if taken:
            raise AlreadyEnrolled(email=taken)

        registration = Registration.objects.create(
            series=series, school=school, contact=contact, contact_phone=contact_phone
        )
        total, per_school = seats.confirmed_counts(series)
        next_number = _next_waitlist_number(series)
        created = []
        for person, user in zip(people, users, strict=True):
            enrollment = Enrollment(
                series=series, registration=registration, school=school, participant=user, role=person.role
            )
            if total < series.seats and seats.school_has_room(series, per_school, school.pk):
                enrollment.confirm(now)
                total += 1
                per_school[school.pk] = per_school.get(school.pk, 0) + 1
            else:
                enrollment.put_on_waitlist(next_number)
                next_number += 1
            created.append(enrollment)
        try:
            with transaction.atomic():
                Enrollment.objects.bulk_create(created)
        except IntegrityError as error:  # a concurrent sign-up of the same person got there first
            raise AlreadyEnrolled(email=_first_taken(series, users) or emails[0]) from error

        # The outbox rows are written with the seats (a notice exists exactly when its seat does);
        # the outbox hands them to the broker after the commit.
        if notify:
            _notify_registration(registration, created)
    return registration


def _first_taken(series: CourseSeriesPage, users: list[User]) -> str | None:
    """The e-mail of the first of ``users`` who holds an active enrollment in ``series``, if any."""
    return (
        Enrollment.objects.filter(series=series, participant__in=users)
        .exclude(status=CANCELLED)
        .values_list("participant__email", flat=True)
        .first()
    )


def _notify_registration(registration: Registration, enrollments: list[Enrollment]) -> None:
    """Queue each participant's notice and welcome, and the contact's receipt, in the seats' transaction."""
    for enrollment in enrollments:
        _notify(enrollment, "confirmed" if enrollment.is_confirmed else "waitlisted")
        queue_password_link(enrollment.participant, purpose="welcome")
    notices.registration_received(registration)
    if registration.contact_id not in {e.participant_id for e in enrollments}:
        queue_password_link(registration.contact, purpose="welcome")


# Leaving, swapping and moving -----------------------------------------------------------


def cancel(
    enrollment: Enrollment, *, reason: str = CancelReason.BY_SCHOOL, now: datetime.datetime | None = None
) -> list[Enrollment]:
    """Cancel an enrollment. A freed seat passes at once to the first on the waiting list.

    Returns the enrollments that got a seat because of it.
    """
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock_series(enrollment.series_id)
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if enrollment.is_cancelled:
            raise NotAllowed(_("This enrollment is already cancelled."))
        if series.has_finished(now):
            raise NotAllowed(_("The series has finished."))
        had_seat = enrollment.is_confirmed
        enrollment.end(reason, now)
        promoted = fill_from_waitlist(series, now=now) if had_seat else []
        if reason != CancelReason.REPLACED:
            _notify(enrollment, "cancelled")
    return promoted


def swap(enrollment: Enrollment, person: Person, *, now: datetime.datetime | None = None) -> Enrollment:
    """Replace a participant with a colleague from the same school, who keeps the seat (or the place in line)."""
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock_series(enrollment.series_id)
        old = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if old.is_cancelled:
            raise NotAllowed(_("A cancelled enrollment cannot be passed on."))
        if series.has_finished(now):
            raise NotAllowed(_("The series has finished."))
        if (
            Enrollment.objects.filter(series=series, participant__email__iexact=person.normalised_email)
            .exclude(status=CANCELLED)
            .exists()
        ):
            raise AlreadyEnrolled(email=person.normalised_email)
        user, _new = get_or_create_person(email=person.email, first_name=person.first_name, last_name=person.last_name)
        had_seat, number = old.is_confirmed, old.waitlist_number
        old.end(CancelReason.REPLACED, now)
        new = Enrollment(
            series=series,
            registration=old.registration,
            school=old.school,
            participant=user,
            role=person.role,
            replaces=old,
        )
        if had_seat:
            new.confirm(now)
        else:
            # A place on the waiting list always has its number (a database constraint on Enrollment).
            new.put_on_waitlist(cast(int, number))
        new.save()
        _notify(old, "replaced")
        _notify(new, "confirmed" if new.is_confirmed else "waitlisted")
        queue_password_link(user, purpose="welcome")
    return new


def fill_from_waitlist(
    series: CourseSeriesPage, *, now: datetime.datetime | None = None, exclude: set[int] | None = None
) -> list[Enrollment]:
    """Give free seats to the first eligible people on the waiting list, in order.

    Call inside a transaction holding the series lock. Nobody is promoted once the series
    has started; a person whose school has used its share waits while others pass.
    """
    now = now or timezone.now()
    if series.has_started(now):
        return []
    total, per_school = seats.confirmed_counts(series)
    promoted = []
    for candidate in Enrollment.objects.filter(series=series, status=WAITLISTED).order_by("waitlist_number"):
        if total >= series.seats:
            break
        if exclude and candidate.pk in exclude:
            continue
        if not seats.school_has_room(series, per_school, candidate.school_id):
            continue
        candidate.confirm(now)
        total += 1
        per_school[candidate.school_id] = per_school.get(candidate.school_id, 0) + 1
        promoted.append(candidate)
        _notify(candidate, "promoted")
    return promoted


def refill(series: CourseSeriesPage, *, now: datetime.datetime | None = None) -> list[Enrollment]:
    """After staff add seats or raise the school share: fill what became free."""
    with transaction.atomic():
        locked = _lock_series(series.pk)
        return fill_from_waitlist(locked, now=now)


def promote(enrollment: Enrollment, *, now: datetime.datetime | None = None) -> Enrollment:
    """Staff: give a waiting person a free seat out of turn (the school share may be exceeded)."""
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock_series(enrollment.series_id)
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if not enrollment.is_waitlisted:
            raise NotAllowed(_("Only someone on the waiting list can be given a seat."))
        if series.has_started(now):
            raise SeriesStarted
        total, _per_school = seats.confirmed_counts(series)
        if total >= series.seats:
            raise NoSeatAvailable
        enrollment.confirm(now)
        _notify(enrollment, "promoted")
    return enrollment


def move_to_waitlist(enrollment: Enrollment, *, now: datetime.datetime | None = None) -> list[Enrollment]:
    """Staff: move someone from a seat to the end of the waiting list; the seat goes to the next in line."""
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock_series(enrollment.series_id)
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if not enrollment.is_confirmed:
            raise NotAllowed(_("Only someone with a seat can be moved to the waiting list."))
        if series.has_started(now):
            raise SeriesStarted
        enrollment.put_on_waitlist(_next_waitlist_number(series))
        promoted = fill_from_waitlist(series, now=now, exclude={enrollment.pk})
        _notify(enrollment, "waitlisted")
    return promoted


def close_waitlist(series: CourseSeriesPage, *, now: datetime.datetime | None = None) -> list[Enrollment]:
    """When the first gathering starts, those still waiting are told the series went ahead without them."""
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock_series(series.pk)
        if not series.has_started(now):
            return []
        closed = list(Enrollment.objects.select_for_update().filter(series=series, status=WAITLISTED))
        for enrollment in closed:
            enrollment.end(CancelReason.WAITLIST_CLOSED, now)
            _notify(enrollment, "waitlist_closed")
    return closed


def cancel_series(series: CourseSeriesPage, *, now: datetime.datetime | None = None) -> list[Enrollment]:
    """The series will not be held: every seat and waiting-list place ends.

    Nobody gets the ordinary cancellation notice; ``notices.series_withdrawn`` tells
    participants and school contacts together. Returns the enrollments ended.
    """
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock_series(series.pk)
        ended = list(Enrollment.objects.select_for_update().filter(series=series).exclude(status=CANCELLED))
        for enrollment in ended:
            enrollment.end(CancelReason.SERIES_CANCELLED, now)
    return ended
