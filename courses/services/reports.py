"""What staff see about their series: queries and rows for the admin's screens and exports.

Every function takes the person asking and shows only what ``courses.access`` lets them manage.
"""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from courses import access
from courses.choices import EnrollmentStatus, SeriesStatus
from courses.models import Gathering


def series_overview(user, now: datetime.datetime | None = None, limit: int = 12):
    """The person's series that have not finished, soonest first, with seats taken and waiting-list length.

    Each row is a ``CourseSeriesPage`` annotated ``with_stats`` plus ``waitlisted_total``.
    Drafts and cancelled series are left out.
    """
    now = now or timezone.now()
    return list(
        access.managed_series(user)
        .exclude(status=SeriesStatus.CANCELLED)
        .with_stats()
        .annotate(waitlisted_total=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.WAITLISTED)))
        .filter(Q(last_end__gt=now) | Q(last_end__isnull=True))
        .select_related("region")
        .order_by("first_start", "title")[:limit]
    )


def next_gatherings(user, now: datetime.datetime | None = None, days: int = 14, limit: int = 10) -> list[Gathering]:
    """Gatherings of the person's published series that end after ``now`` and begin within ``days`` days."""
    now = now or timezone.now()
    return list(
        Gathering.objects.filter(
            series__in=access.managed_series(user).live().exclude(status=SeriesStatus.CANCELLED),
            ends_at__gt=now,
            starts_at__lt=now + datetime.timedelta(days=days),
            cancelled=False,
        )
        .select_related("series", "series__region")
        .order_by("starts_at")[:limit]
    )
