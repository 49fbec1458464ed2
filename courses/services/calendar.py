"""iCalendar (RFC 5545) files: a series' gatherings, or a person's own, in Europe/Oslo time."""

from collections.abc import Iterable

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

from courses.models import CourseSeriesPage, Gathering

PRODID = "-//KORUS//Kjentmann//NO"
UID_DOMAIN = "kjentmann.korus.no"


def gathering_uid(gathering: Gathering) -> str:
    """Stable across edits of the gathering, so calendars update instead of duplicating."""
    return f"gathering-{gathering.pk}@{UID_DOMAIN}"


def _event(gathering: Gathering, series: CourseSeriesPage) -> Event:
    oslo = timezone.get_default_timezone()
    event = Event()
    event.add("uid", gathering_uid(gathering))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(gathering.starts_at, oslo))
    event.add("dtend", timezone.localtime(gathering.ends_at, oslo))
    event.add("summary", f"{series.title}: {gathering.title}")
    place = gathering.location or gathering.online_url
    if place:
        event.add("location", place)
    url = series.get_full_url()
    if url:
        event.add("url", url)
    description = strip_tags(gathering.programme or "").strip()
    lines = [f"Samling {gathering.number} av {len(series.gathering_list)}", description]
    if gathering.online_url:
        lines.append(gathering.online_url)
    if url:
        lines.append(url)
    event.add("description", "\n\n".join(line for line in lines if line))
    event.add("organizer", f"mailto:{series.contact_email or settings.DEFAULT_FROM_EMAIL.split('<')[-1].rstrip('>')}")
    if series.region_id:
        event.add("categories", [series.region.name])
    return event


def build_calendar(name: str, gatherings: Iterable[tuple[Gathering, CourseSeriesPage]]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for gathering, series in gatherings:
        calendar.add_component(_event(gathering, series))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def series_calendar(series: CourseSeriesPage) -> bytes:
    return build_calendar(series.title, ((gathering, series) for gathering in series.gathering_list))


def personal_calendar(user) -> bytes:
    """Every gathering of the series where ``user`` has a seat."""
    from courses.models import Enrollment

    series_ids = Enrollment.objects.filter(participant=user, status="confirmed").values("series_id")
    series_by_id = {
        series.pk: series
        for series in CourseSeriesPage.objects.filter(pk__in=series_ids)
        .select_related("region")
        .prefetch_related("gatherings")
    }
    pairs = [(gathering, series) for series in series_by_id.values() for gathering in series.gathering_list]
    pairs.sort(key=lambda pair: pair[0].starts_at)
    return build_calendar("Mine Kjentmann-samlinger", pairs)
