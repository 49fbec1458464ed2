"""home.access: who is KORUS staff, for which regions, and who answers for a region."""

import pytest

from home import access
from home.models import Region
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_national_admin(national_admin, oslo_staff):
    assert access.is_national_admin(national_admin)
    assert not access.is_national_admin(oslo_staff)
    assert access.is_national_admin(UserFactory(is_superuser=True))


def test_staff_regions_and_region_staff(oslo_staff, oslo_editor, bergen_staff, national_admin):
    oslo = Region.objects.get(slug="korus-oslo")
    assert list(access.staff_regions(oslo_staff)) == [oslo]
    assert list(access.staff_regions(oslo_editor)) == [oslo]
    assert access.staff_regions(national_admin).count() == 7
    assert access.is_region_staff(oslo_editor, oslo)
    assert not access.is_region_staff(bergen_staff, oslo)
    assert access.is_region_staff(national_admin, oslo)
    assert not access.is_region_staff(oslo_staff, None)  # national content is the national administrators'
    assert access.is_region_staff(national_admin, None)


def test_korus_staff_is_not_djangos_is_staff(oslo_editor, db):
    participant = UserFactory(is_staff=True)  # Django's flag alone makes nobody KORUS staff
    assert access.is_korus_staff(oslo_editor)
    assert not access.is_korus_staff(participant)


def test_who_answers_for_a_region(oslo_staff, oslo_editor, national_admin):
    oslo = Region.objects.get(slug="korus-oslo")
    assert set(access.staff_of(oslo)) == {oslo_staff, oslo_editor}
    assert list(access.region_staff(oslo)) == [oslo_staff]  # the leads first
    assert national_admin in access.national_admins()
    assert national_admin in access.region_staff(None)
