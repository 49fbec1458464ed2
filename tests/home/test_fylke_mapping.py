"""The fylke → KORUS region mapping in the admin, changed as a national administrator changes it."""

import pytest

from wagtail.models import ModelLogEntry

from home.models import Fylke, Region
from tests.admin import refused
from tests.forms import Form

pytestmark = pytest.mark.django_db


def edit_url(fylke):
    return f"/admin/fylker/edit/{fylke.pk}/"


def region_logs(fylke):
    return ModelLogEntry.objects.filter(object_id=str(fylke.pk), action="home.fylke_region")


def test_the_fifteen_fylker_are_listed_with_their_region(client, national_admin):
    client.force_login(national_admin)
    html = client.get("/admin/fylker/").content.decode()
    assert Fylke.objects.count() == 15
    for fylke in Fylke.objects.select_related("region"):
        assert fylke.name in html
    assert "KORUS Bergen" in html
    assert "/admin/fylker/new/" not in html  # the fylker themselves are reference data


def test_national_admin_moves_a_fylke_to_another_region_and_it_is_logged(client, national_admin):
    vestland = Fylke.objects.get(number="46")
    bergen = Region.objects.get(slug="korus-bergen")
    stavanger = Region.objects.get(slug="korus-stavanger")
    assert vestland.region == bergen
    client.force_login(national_admin)

    unchanged = Form.from_response(client.get(edit_url(vestland)))
    assert "name" not in unchanged  # number and name are shown, not editable
    assert unchanged.submit(client).status_code == 302
    vestland.refresh_from_db()
    assert vestland.region == bergen
    assert not region_logs(vestland).exists()

    form = Form.from_response(client.get(edit_url(vestland)))
    form.choose("region", "KORUS Stavanger")
    form["name"] = "Vestlandet"  # a field that is not in the form is ignored
    assert form.submit(client).status_code == 302
    vestland.refresh_from_db()
    assert vestland.region == stavanger
    assert vestland.name == "Vestland"
    (entry,) = region_logs(vestland)
    assert entry.user == national_admin
    assert entry.data["changes"] == [{"field": "region", "from": "KORUS Bergen", "to": "KORUS Stavanger"}]

    history = client.get(f"/admin/fylker/history/{vestland.pk}/").content.decode()
    assert "Endret: KORUS-region: «KORUS Bergen» → «KORUS Stavanger»" in history


def test_regional_staff_cannot_change_the_mapping(client, national_admin, oslo_staff):
    vestland = Fylke.objects.get(number="46")
    client.force_login(national_admin)
    form = Form.from_response(client.get(edit_url(vestland)))
    form.choose("region", "KORUS Oslo")

    client.force_login(oslo_staff)
    assert refused(client.get("/admin/fylker/"))
    assert refused(client.get(edit_url(vestland)))
    assert refused(form.submit(client))
    vestland.refresh_from_db()
    assert vestland.region.slug == "korus-bergen"
    assert not region_logs(vestland).exists()


def test_nobody_adds_or_deletes_a_fylke(client, national_admin):
    client.force_login(national_admin)
    vestland = Fylke.objects.get(number="46")
    assert refused(client.get("/admin/fylker/new/"))
    assert refused(client.post(f"/admin/fylker/delete/{vestland.pk}/"))
    assert Fylke.objects.filter(pk=vestland.pk).exists()
