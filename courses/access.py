"""Who may see or do what with course series: the one place these questions are answered.

Views, the admin, exports, notices and tasks ask here; nothing else compares groups or flags.
"""

from courses.choices import SeriesStatus
from courses.models import CourseSeriesPage


def may_receive_notices(user) -> bool:
    """Whether e-mails may go to this account at all: never to a closed (inactive) account."""
    return bool(user.is_active)


def series_runs(series: CourseSeriesPage) -> bool:
    """Whether the series is published and not cancelled, so its participants hear about it."""
    return bool(series.live) and series.status != SeriesStatus.CANCELLED


def running_series():
    """The series that ``series_runs`` would accept, as a queryset."""
    return CourseSeriesPage.objects.live().exclude(status=SeriesStatus.CANCELLED)
