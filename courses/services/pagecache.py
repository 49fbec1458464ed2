"""Which cached pages a sign-up, a cancellation or a certificate makes stale, and when a page
showing sign-up must be drawn again by itself.

The full-page cache is ``korus_site/core/pagecache.py``; the signal handlers are in
``courses/signals.py``. Source: issue 13 ("Fast pages"), point 1.
"""

import datetime

from django.db.models import Min, Q
from django.utils import timezone

from courses.models import CourseSeriesPage
from home.services.pagecache import purge_page, purge_region_pages
from korus_site.core.pagecache import enabled


def purge_series(series_id: int) -> None:
    """Make stale every cached page that shows the seats left or the waiting list of the series
    ``series_id``: the series page and its calendar, the finder (its region's and the national
    one), its region's page and the front page. Does nothing for a series that is gone."""
    if not enabled():
        return
    series = CourseSeriesPage.objects.filter(pk=series_id).first()
    if series is not None:
        purge_page(series, sitemap=False)


def purge_kjentmann_lists() -> None:
    """Make stale the regional pages, which list schools with a Kjentmann (a certificate issued
    or withdrawn, a participant's name or listing choice, a school's name or kommune changed)."""
    purge_region_pages()


def next_registration_change(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The next moment (after ``now``, default the current time) at which sign-up to a live series
    opens or closes, or None. Pages that show whether sign-up is open expire from the cache then,
    so that «Påmelding åpner …» turns into an open sign-up on time. One query."""
    now = now or timezone.now()
    found = CourseSeriesPage.objects.live().aggregate(
        opens=Min("registration_opens", filter=Q(registration_opens__gt=now)),
        closes=Min("registration_closes", filter=Q(registration_closes__gt=now)),
    )
    moments = [moment for moment in found.values() if moment is not None]
    return min(moments) if moments else None
