"""Who may see or do what with course series: the one place these questions are answered.

Views, the admin, exports, notices and tasks ask here; nothing else compares groups or flags.
"""

from courses.choices import SeriesStatus
from courses.models import CourseSeriesPage
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
