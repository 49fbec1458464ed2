"""Who may see or do what with course series: the one place these questions are answered.

Views, the admin, exports, notices and tasks ask here; nothing else compares groups or flags.
"""

from django.db.models import Q, QuerySet

from courses.choices import SeriesStatus
from courses.models import Certificate, CourseSeriesPage, Enrollment, Registration, School
from courses.models.pages import CourseSeriesQuerySet
from home import access as staff_access
from home.models import Kommune
from korus_site.accounts.types import AnyUser, User


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


# The school's plan, its partner list and the kommune lists (PRODUCT.md flow 8) --------------------


def plan_editor_schools(user: AnyUser) -> QuerySet[School]:
    """The schools whose plan and partner list this person keeps.

    The school's contacts (who signed the school up to a series) and its certified Kjentmenn
    (a valid certificate from a series they took for that school), as the issue on the
    plan asks. KORUS staff see no school's plan: it belongs to the school.
    """
    if not user.is_authenticated:
        return School.objects.none()
    contact = Q(pk__in=Registration.objects.filter(contact=user).values("school"))
    kjentmann = Q(pk__in=Certificate.objects.valid().filter(enrollment__participant=user).values("enrollment__school"))
    return School.objects.filter(contact | kjentmann)


def plan_reader_schools(user: AnyUser) -> QuerySet[School]:
    """The schools whose plan this person reads: the editors' schools and those they take a series for.

    A participant with a seat or a place on the waiting list is one of the school's own people.
    """
    if not user.is_authenticated:
        return School.objects.none()
    participant = Q(pk__in=Enrollment.objects.active().filter(participant=user).values("school"))
    return School.objects.filter(Q(pk__in=plan_editor_schools(user).values("pk")) | participant)


def may_read_plan(user: AnyUser, school: School) -> bool:
    """Whether this person reads the school's plan and partner list (see ``plan_reader_schools``)."""
    return plan_reader_schools(user).filter(pk=school.pk).exists()


def may_edit_plan(user: AnyUser, school: School) -> bool:
    """Whether this person edits the school's plan and partner list (see ``plan_editor_schools``)."""
    return plan_editor_schools(user).filter(pk=school.pk).exists()


def school_contacts(school: School) -> QuerySet[User]:
    """The school's contacts who may hear about its plan: active accounts that signed it up to a series."""
    return User.objects.filter(
        pk__in=Registration.objects.filter(school=school).values("contact"), is_active=True
    ).order_by("pk")


def partner_list_kommuner(user: AnyUser) -> QuerySet[Kommune]:
    """The kommuner whose common partner list this person keeps: those in their regions' fylker (all for
    national administrators). Source: the fylke → KORUS region mapping in home's reference data."""
    return Kommune.objects.filter(fylke__region__in=staff_access.staff_regions(user))
