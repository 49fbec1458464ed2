"""iCalendar (RFC 5545) files: a series' gatherings, or a person's own, in Europe/Oslo time.

Each gathering is one event whose UID never changes. When staff publish a change to it,
its SEQUENCE goes up and LAST-MODIFIED is set (``courses.services.changes``), so calendar
programs replace the event instead of adding a second one; a cancelled gathering is sent
with STATUS:CANCELLED. The personal feed also shows the due dates of the modules a
participant has still to pass.
"""

import datetime
from collections.abc import Iterable

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from courses.models import CourseSeriesPage, Gathering, ModulePage
from korus_site.accounts.types import User

PRODID = "-//KORUS//Kjentmann//NO"
UID_DOMAIN = "kjentmann.korus.no"
METHODS = {"PUBLISH", "REQUEST", "CANCEL"}


def gathering_uid(gathering: Gathering) -> str:
    """Stable across edits of the gathering, so calendars update instead of duplicating."""
    return f"gathering-{gathering.pk}@{UID_DOMAIN}"


def module_due_uid(series_id: int, module_id: int) -> str:
    return f"module-{module_id}-series-{series_id}@{UID_DOMAIN}"


def _organizer(series: CourseSeriesPage) -> str:
    return f"mailto:{series.contact_email or settings.DEFAULT_FROM_EMAIL.split('<')[-1].rstrip('>')}"


def _event(gathering: Gathering, series: CourseSeriesPage, now: datetime.datetime) -> Event:
    oslo = timezone.get_default_timezone()
    event = Event()
    event.add("uid", gathering_uid(gathering))
    event.add("dtstamp", now)
    event.add("sequence", gathering.calendar_sequence)
    last_modified = gathering.calendar_last_modified
    if last_modified:
        event.add("last-modified", last_modified)
    event.add("dtstart", timezone.localtime(gathering.starts_at, oslo))
    event.add("dtend", timezone.localtime(gathering.ends_at, oslo))
    event.add("summary", f"{series.title}: {gathering.title}")
    event.add("status", "CANCELLED" if gathering.cancelled else "CONFIRMED")
    place = gathering.location or gathering.online_url
    if place:
        event.add("location", place)
    url = series.get_full_url()
    if url:
        event.add("url", url)
    description = strip_tags(gathering.programme or "").strip()
    lines = [
        _("Gathering %(number)s of %(count)s") % {"number": gathering.number, "count": len(series.gathering_list)},
        description,
    ]
    if gathering.online_url:
        lines.append(gathering.online_url)
    if url:
        lines.append(url)
    event.add("description", "\n\n".join(line for line in lines if line))
    event.add("organizer", _organizer(series))
    if series.region:
        event.add("categories", [series.region.name])
    return event


def _due_event(series: CourseSeriesPage, module: ModulePage, due: datetime.datetime, now: datetime.datetime) -> Event:
    """An all-day event on the day a module is due (before a gathering begins)."""
    event = Event()
    event.add("uid", module_due_uid(series.pk, module.pk))
    event.add("dtstamp", now)
    event.add("sequence", 0)
    day = timezone.localdate(due)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("summary", _("Due: the module “%(title)s”") % {"title": module.title})
    event.add("transp", "TRANSPARENT")
    url = module.get_full_url()
    if url:
        event.add("url", url)
    event.add(
        "description",
        _("Pass the module before the gathering in %(series)s.") % {"series": series.title}
        + (f"\n\n{url}" if url else ""),
    )
    return event


def build_calendar(
    name: str,
    gatherings: Iterable[tuple[Gathering, CourseSeriesPage]],
    *,
    method: str = "PUBLISH",
    modules_due: Iterable[tuple[CourseSeriesPage, ModulePage, datetime.datetime]] = (),
) -> bytes:
    """An iCalendar file of the gatherings (and module due dates), as bytes in UTF-8.

    ``method`` is PUBLISH for feeds and downloads, REQUEST for an e-mail with an updated
    event, CANCEL for an e-mail about a cancelled one (RFC 5546).
    """
    if method not in METHODS:
        raise ValueError(f"Unknown iTIP method: {method}")
    now = timezone.now()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for gathering, series in gatherings:
        calendar.add_component(_event(gathering, series, now))
    for series, module, due in modules_due:
        calendar.add_component(_due_event(series, module, due, now))
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def calendar_attachment(data: bytes, *, method: str = "PUBLISH") -> tuple[str, bytes, str]:
    """An e-mail attachment of a calendar: (file name, bytes, Content-Type with one charset and the method)."""
    return ("kjentmann-samlinger.ics", data, f"text/calendar; method={method}")


def series_calendar(series: CourseSeriesPage, *, only: list[Gathering] | None = None, method: str = "PUBLISH") -> bytes:
    """The series' gatherings (or ``only`` some of them) as an iCalendar file."""
    gatherings = only if only is not None else series.gathering_list
    return build_calendar(series.title, ((gathering, series) for gathering in gatherings), method=method)


def personal_calendar(user: User) -> bytes:
    """Every gathering of the series where ``user`` has a seat, and the modules still to pass."""
    from courses import access
    from courses.models import Enrollment
    from courses.services import learning

    series_ids = Enrollment.objects.filter(participant=user, status="confirmed").values("series_id")
    series_list = list(
        access.running_series()
        .filter(pk__in=series_ids)
        .select_related("region")
        .prefetch_related("gatherings__calendar_state")
    )
    pairs = [(gathering, series) for series in series_list for gathering in series.gathering_list]
    pairs.sort(key=lambda pair: pair[0].starts_at)
    due = learning.modules_due_for(user, series_list)
    with translation.override(user.language):
        return build_calendar(_("My Kjentmann gatherings"), pairs, modules_due=due)
