"""courses.access: who manages a series, and whose notices may go out."""

import pytest

from courses import access
from courses.choices import SeriesStatus
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_managed_series_follow_the_region(series, oslo_staff, oslo_editor, bergen_staff, national_admin):
    assert series in access.managed_series(oslo_staff)
    assert series in access.managed_series(oslo_editor)
    assert series in access.managed_series(national_admin)
    assert series not in access.managed_series(bergen_staff)
    assert access.manages_series(oslo_editor, series)
    assert not access.manages_series(bergen_staff, series)
    assert not access.manages_series(UserFactory(), series)


def test_series_runs_only_when_published_and_not_cancelled(series):
    assert access.series_runs(series)
    assert series in access.running_series()
    series.status = SeriesStatus.CANCELLED
    series.save()
    assert not access.series_runs(series)
    assert series not in access.running_series()
    series.status = SeriesStatus.OPEN
    series.save()
    series.unpublish()
    series.refresh_from_db()
    assert not access.series_runs(series)


def test_notices_go_to_active_accounts_only(db):
    assert access.may_receive_notices(UserFactory())
    assert not access.may_receive_notices(UserFactory(is_active=False))
