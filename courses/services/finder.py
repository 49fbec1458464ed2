"""The course finder: published series that have not started, with filters."""

import datetime

from django.db.models import Q
from django.utils import timezone

from courses.choices import SeriesStatus, TargetGroup
from courses.models import CourseSeriesPage
from courses.models.pages import CourseSeriesQuerySet
from home.models import Fylke, Region


def find_series(
    *,
    region: Region | None = None,
    fylke: Fylke | None = None,
    target_group: str | None = None,
    month: str | None = None,
    now: datetime.datetime | None = None,
) -> CourseSeriesQuerySet:
    """Series a school might still join (not drafts, not cancelled), soonest first.

    ``month`` is "YYYY-MM" of the first gathering; the other filters narrow by region, the
    region serving ``fylke`` and target group. Returns a queryset annotated ``with_stats``.
    """
    now = now or timezone.now()
    series: CourseSeriesQuerySet = (
        CourseSeriesPage.objects.live()
        .public()
        .exclude(status__in=[SeriesStatus.DRAFT, SeriesStatus.CANCELLED])
        .with_stats()
        .filter(first_start__gt=now)
        .select_related("region", "programme")
        .order_by("first_start", "title")
    )
    if region is not None:
        series = series.filter(region=region)
    if fylke is not None:
        series = series.filter(region_id=fylke.region_id)
    if target_group in {TargetGroup.LOWER_SECONDARY, TargetGroup.UPPER_SECONDARY}:
        series = series.filter(Q(target_group=target_group) | Q(target_group=TargetGroup.BOTH))
    if month:
        try:
            first = datetime.datetime.strptime(month, "%Y-%m")  # noqa: DTZ007 - made aware below
        except ValueError:
            first = None
        if first:
            start = timezone.make_aware(first)
            end = timezone.make_aware(first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1))
            series = series.filter(first_start__gte=start, first_start__lt=end)
    return series


def upcoming_series(limit: int = 6) -> list[CourseSeriesPage]:
    """For the front page and regional pages: the next series open for sign-up or coming up."""
    return list(find_series()[:limit])
