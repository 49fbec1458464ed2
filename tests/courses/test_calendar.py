import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from courses.services import enrollment as service
from courses.services.enrollment import Person
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_series_calendar_has_one_event_per_gathering_in_oslo_time(client, series):
    calendar = parse(client.get(series.url + "kalender.ics"))
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Oslo"]
    events = calendar.walk("VEVENT")
    gatherings = series.gathering_list
    assert len(events) == len(gatherings) == 3
    for event, gathering in zip(events, gatherings, strict=True):
        start = event.decoded("DTSTART")
        assert start.tzinfo is not None
        assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
        assert start == gathering.starts_at.astimezone(OSLO).replace(microsecond=0)
        assert event.decoded("DTEND") == gathering.ends_at.astimezone(OSLO).replace(microsecond=0)
        assert str(event["SUMMARY"]) == f"{series.title}: {gathering.title}"
        assert str(event["LOCATION"]) == gathering.location


def test_uids_are_stable_when_a_gathering_changes(client, series):
    before = [str(e["UID"]) for e in parse(client.get(series.url + "kalender.ics")).walk("VEVENT")]
    gathering = series.gathering_list[0]
    gathering.starts_at += datetime.timedelta(hours=1)
    gathering.ends_at += datetime.timedelta(hours=1)
    gathering.save()
    after = [str(e["UID"]) for e in parse(client.get(series.url + "kalender.ics")).walk("VEVENT")]
    assert before == after
    assert len(set(before)) == 3


def test_personal_feed_has_only_series_with_a_seat(client, oslo_courses):
    seated = CourseSeriesPageFactory(parent=oslo_courses, title="Med plass", seats=5)
    waiting = CourseSeriesPageFactory(parent=oslo_courses, title="Venteliste", seats=0)
    person = UserFactory(email="meg@skole.test")
    me = Person(first_name="Meg", last_name="Selv", email="meg@skole.test", role="laerer")
    for series in (seated, waiting):
        service.register(series=series, school=SchoolFactory(), contact=UserFactory(), people=[me])
    calendar = parse(client.get(f"/kalender/{person.calendar_token}.ics"))
    summaries = {str(e["SUMMARY"]).split(":")[0] for e in calendar.walk("VEVENT")}
    assert summaries == {"Med plass"}
    assert client.get("/kalender/not-a-token.ics").status_code == 404
