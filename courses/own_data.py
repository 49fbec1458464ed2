"""What the courses app holds about a person, and what deleting the account does to it
(registered with korus_site.accounts.own_data)."""

from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.choices import CancelReason
from courses.models import (
    Attendance,
    AttendanceChange,
    Certificate,
    Enrollment,
    ModuleProgress,
    PlanVersion,
    QuizAttempt,
    ReflectionAnswer,
    Registration,
)
from courses.services import enrollment as enrollment_service
from courses.services.seats import waitlist_positions
from korus_site.accounts.models import User
from korus_site.accounts.own_data import Row, erasure, exclude, section


@section(
    "enrollments",
    _("Sign-ups"),
    "courses.Enrollment",
    labels={"waiting_list_place": _("place on the waiting list"), "signed_up_at": _("signed up")},
)
def enrollment_rows(user: User) -> Iterable[Row]:
    enrollments = Enrollment.objects.filter(participant=user).select_related("series", "school").order_by("created_at")
    places: dict[int, dict[int, int]] = {}  # each series' waiting list, read once
    for enrollment in enrollments:
        place = None
        if enrollment.is_waitlisted:
            if enrollment.series_id not in places:
                places[enrollment.series_id] = waitlist_positions(enrollment.series)
            place = places[enrollment.series_id].get(enrollment.pk)
        yield {
            "series": enrollment.series.title,
            "school": enrollment.school.name,
            "role": enrollment.role,
            "status": enrollment.status,
            "waiting_list_place": place,
            "signed_up_at": enrollment.created_at,
            "confirmed_at": enrollment.confirmed_at,
            "cancelled_at": enrollment.cancelled_at,
            "cancel_reason": enrollment.cancel_reason,
        }


@section("attendance", _("Attendance"), model="courses.Attendance")
def attendance_rows(user: User) -> Iterable[Row]:
    return (
        Attendance.objects.filter(enrollment__participant=user)
        .order_by("gathering__starts_at")
        .values(
            "gathering__series__title", "gathering__title", "gathering__starts_at", "status", "method", "changed_at"
        )
    )


@section("attendance_changes", _("Changes to attendance"), model="courses.AttendanceChange")
def attendance_change_rows(user: User) -> Iterable[Row]:
    return (
        AttendanceChange.objects.filter(enrollment__participant=user)
        .order_by("changed_at")
        .values("gathering__series__title", "gathering__title", "old_status", "new_status", "method", "changed_at")
    )


@section("module_progress", _("Learning modules"), "courses.ModuleProgress")
def progress_rows(user: User) -> Iterable[Row]:
    return (
        ModuleProgress.objects.filter(user=user)
        .order_by("started_at")
        .values("module__title", "last_part", "started_at", "updated_at")
    )


@section("reflections", _("Reflections"), "courses.ReflectionAnswer", labels={"prompt_id": _("question (id)")})
def reflection_rows(user: User) -> Iterable[Row]:
    return (
        ReflectionAnswer.objects.filter(user=user)
        .order_by("updated_at")
        .values("module__title", "prompt_id", "text", "updated_at")
    )


@section("quiz_attempts", _("Quiz attempts"), "courses.QuizAttempt")
def quiz_rows(user: User) -> Iterable[Row]:
    return (
        QuizAttempt.objects.filter(user=user)
        .order_by("submitted_at")
        .values("module__title", "submitted_at", "correct", "total", "score", "passed", "answers")
    )


@section(
    "certificates",
    _("Certificates"),
    model="courses.Certificate",
    labels={"verification_link": _("link for checking the certificate")},
)
def certificate_rows(user: User) -> Iterable[Row]:
    for certificate in Certificate.objects.filter(enrollment__participant=user).order_by("issued_at"):
        yield {
            "name": certificate.name,
            "series_title": certificate.series_title,
            "programme": certificate.programme,
            "region_name": certificate.region_name,
            "school_name": certificate.school_name,
            "first_gathering": certificate.first_gathering,
            "last_gathering": certificate.last_gathering,
            "issued_at": certificate.issued_at,
            "revoked_at": certificate.revoked_at,
            "code": certificate.code,
            "verification_link": certificate.get_absolute_url(),
        }


@section("school_contact", _("Sign-ups you made as a school contact"), "courses.Registration")
def registration_rows(user: User) -> Iterable[Row]:
    return (
        Registration.objects.filter(contact=user)
        .order_by("created_at")
        .values("series__title", "school__name", "contact_phone", "created_at")
    )


@section("plan_changes", _("Changes you made to a school's plan"), "courses.PlanVersion")
def plan_change_rows(user: User) -> Iterable[Row]:
    return (
        PlanVersion.objects.filter(author=user)
        .order_by("created_at")
        .values("plan__school__name", "section", "summary", "created_at")
    )


exclude(
    "courses.Attendance", "Only records who changed attendance (staff); a participant's own attendance is exported."
)
exclude("courses.AttendanceChange", "Only records who changed attendance (staff); the participant's side is exported.")
exclude("courses.Certificate", "Only records the staff member who revoked it; own certificates are exported.")


@erasure(
    "enrollments",
    _(
        "Your sign-ups to series that have not finished are cancelled, and a seat you held passes at once to the "
        "first on the waiting list. Sign-ups to finished series stay, without your name, until the retention "
        "rules below delete them."
    ),
)
def end_enrollments(user: User) -> None:
    now = timezone.now()
    for enrollment in Enrollment.objects.filter(participant=user).exclude(status="cancelled").select_related("series"):
        if not enrollment.series.has_finished(now):
            enrollment_service.cancel(enrollment, reason=CancelReason.BY_PARTICIPANT, now=now)


@erasure(
    "learning",
    _("Your progress in learning modules, your reflections and your quiz answers are deleted at once."),
)
def delete_learning(user: User) -> None:
    ModuleProgress.objects.filter(user=user).delete()
    ReflectionAnswer.objects.filter(user=user).delete()
    QuizAttempt.objects.filter(user=user).delete()


erasure(
    "certificates",
    _(
        "Certificates already issued are kept with the name printed on them, so that anyone you have shown one "
        "to can still verify it with its code."
    ),
)(lambda user: None)


@erasure(
    "school_contact",
    _(
        "Sign-ups you made for your school stay with the school's participants, without your name, e-mail "
        "address or telephone number."
    ),
)
def forget_contact_phone(user: User) -> None:
    Registration.objects.filter(contact=user).update(contact_phone="")


@erasure(
    "plan_changes",
    _(
        "Changes you made to a school's plan stay with the school's plan, without your name: the history says "
        "they were made by a closed account. Where the plan itself names you, as a key person or a contact, the "
        "school changes it."
    ),
)
def forget_plan_authorship(user: User) -> None:
    """Unlink ``user`` from the plan versions they saved; the versions and the plan stay with the school."""
    PlanVersion.objects.filter(author=user).update(author=None)
