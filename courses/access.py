"""Who may see or do what with course series: the one place these questions are answered.

Views, the admin, exports, notices and tasks ask here; nothing else compares groups or flags.
"""

from django.db.models import QuerySet

from courses.choices import SeriesStatus
from courses.models import CourseSeriesPage, Enrollment, Registration, School
from courses.models.pages import CourseSeriesQuerySet
from korus_site.accounts.types import AnyUser


def may_receive_notices(user: AnyUser) -> bool:
    """Whether e-mails may go to this account at all: never to a closed (inactive) account."""
    return bool(user.is_active)


def series_runs(series: CourseSeriesPage) -> bool:
    """Whether the series is published and not cancelled, so its participants hear about it."""
    return bool(series.live) and series.status != SeriesStatus.CANCELLED


def running_series() -> CourseSeriesQuerySet:
    """The series that ``series_runs`` would accept, as a queryset."""
    running: CourseSeriesQuerySet = CourseSeriesPage.objects.live().exclude(status=SeriesStatus.CANCELLED)
    return running


def managed_series(user: AnyUser) -> CourseSeriesQuerySet:
    """The series whose participants, roll and reports this person manages.

    Those whose page they may edit: their own regions' series, every series for national
    administrators (Wagtail's page permissions, set up per region in home.services.regions).
    """
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if not user.is_authenticated:
        return CourseSeriesPage.objects.none()
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return CourseSeriesPage.objects.filter(pk__in=pages.values("pk"))


def manages_series(user: AnyUser, series: CourseSeriesPage) -> bool:
    """Whether this person manages ``series`` (see ``managed_series``)."""
    return user.is_authenticated and bool(series.permissions_for_user(user).can_edit())


# School contacts ------------------------------------------------------------------------------


def contact_enrollments(user: AnyUser) -> QuerySet[Enrollment]:
    """The enrollments a school contact manages: those in the sign-ups (registrations) they made.

    A contact sees, corrects, replaces and cancels only these, never a colleague's or another
    school's sign-ups (anyone may type a school's organisasjonsnummer, so holding the same school
    gives no right to the sign-ups of others). Empty for anonymous visitors.
    """
    if not user.is_authenticated:
        return Enrollment.objects.none()
    return Enrollment.objects.filter(registration__contact_id=user.pk)


def manages_enrollment(user: AnyUser, enrollment: Enrollment) -> bool:
    """Whether this person is the school contact who signed ``enrollment`` up (see ``contact_enrollments``)."""
    if not user.is_authenticated or enrollment.registration_id is None:
        return False
    # Read through the relation: callers that list many enrollments load it with select_related.
    registration = enrollment.registration
    return registration is not None and registration.contact_id == user.pk


def contact_schools(user: AnyUser) -> QuerySet[School]:
    """The schools this person has signed up before, offered first when they sign up again."""
    if not user.is_authenticated:
        return School.objects.none()
    return School.objects.filter(
        pk__in=Registration.objects.filter(contact_id=user.pk).values("school_id")
    ).select_related("kommune")


def is_school_contact(user: AnyUser) -> bool:
    """Whether this person has made at least one sign-up (PRODUCT.md, roles: school contact)."""
    return bool(user.is_authenticated and Registration.objects.filter(contact_id=user.pk).exists())


def contact_sees_progress(user: AnyUser, enrollment: Enrollment) -> bool:
    """Whether the contact may see this participant's attendance and modules passed.

    Only the contact who made the sign-up, and only while the participant holds a seat: a
    waiting or cancelled enrollment has no progress a school needs to follow.
    """
    return enrollment.is_confirmed and manages_enrollment(user, enrollment)
