"""Changes staff publish to a running series, and the people who must hear about them.

Called when a series is published or unpublished (``courses.signals``). A gathering whose
time, place, link, title or cancellation differs from what participants were last told
gets a higher iCalendar SEQUENCE and a new LAST-MODIFIED, and everyone with a seat is sent
the updated event (once per change). A published network gathering invites the region's
certified people (once per person). A series set to cancelled ends every enrollment; a
series cancelled or unpublished is announced to its participants and school contacts.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from courses.choices import SeriesStatus
from courses.models import CourseSeriesPage, Gathering, GatheringCalendarState
from courses.services import enrollment as enrollment_service
from courses.services import notices

# Differences in these are worth an e-mail; a new title alone only updates calendars.
NOTIFIED_FIELDS = ("starts_at", "ends_at", "location", "online_url", "cancelled")


def announce_gatherings(series: CourseSeriesPage, now: datetime.datetime | None = None) -> int:
    """Compare each gathering with what its participants were told; record and announce differences.

    The first time a gathering is published it is only recorded. Returns how many notices
    were queued.
    """
    now = now or timezone.now()
    queued = 0
    with transaction.atomic():
        for gathering in Gathering.objects.filter(series=series).select_for_update():
            values = gathering.announced_values()
            state, created = GatheringCalendarState.objects.select_for_update().get_or_create(
                gathering=gathering, defaults={"announced": values, "last_modified": now}
            )
            if created or state.announced == values:
                continue
            before = state.announced
            state.sequence += 1
            state.last_modified = now
            state.announced = values
            state.save()
            if any(before.get(field) != values[field] for field in NOTIFIED_FIELDS):
                kind = "cancelled" if values["cancelled"] and not before.get("cancelled") else "changed"
                queued += notices.gathering_changed(gathering, state.sequence, kind=kind, before=before)
    return queued


def series_published(series: CourseSeriesPage) -> None:
    """Everything a publication of ``series`` sets off: cancellation, seats from the waiting list, notices."""
    from courses.services.completion import on_rules_changed

    if series.status == SeriesStatus.CANCELLED:
        with transaction.atomic():
            ended = enrollment_service.cancel_series(series)
            if ended:
                notices.series_withdrawn(series, reason="cancelled", occasion=_occasion(series))
        return
    announce_gatherings(series)
    enrollment_service.refill(series)
    on_rules_changed(series)
    if series.is_network_gathering:
        with transaction.atomic():
            notices.invite_to_network_gathering(series)


def series_unpublished(series: CourseSeriesPage) -> None:
    """The series is taken off the site: its participants and school contacts are told; reminders stop."""
    if series.status == SeriesStatus.CANCELLED:
        return  # already announced as cancelled
    notices.series_withdrawn(series, reason="unpublished", occasion=_occasion(series))


def _occasion(series: CourseSeriesPage) -> str:
    """Names the publication that ends, so a later withdrawal of a republished series is a new notice."""
    published = series.last_published_at or series.first_published_at
    return published.isoformat() if published else "never"
