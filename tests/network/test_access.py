"""Who gets into the network and who moderates what: the access matrix over HTTP."""

import pytest

from django.contrib.auth.models import Group

from home.models import NATIONAL_ADMIN_GROUP
from network import access
from network.services import posting
from tests.factories import EnrollmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def status(client, user, path="/nettverk/"):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(path).status_code


def test_access_matrix(client, areas, kjentmann, series):
    participant = EnrollmentFactory(series=series).participant  # a seat, but no certificate yet
    admin = UserFactory(groups=[Group.objects.get(name=NATIONAL_ADMIN_GROUP)])
    from home.models import Region
    from tests.conftest import staff_user

    staff = {region.slug: staff_user(region.slug) for region in Region.objects.all()}
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Hei", text="Første innlegg.")
    paths = ["/nettverk/", "/nettverk/hele-landet/", topic.get_absolute_url(), "/nettverk/sok/?q=hei"]

    for path in paths:
        assert status(client, kjentmann, path) == 200, path
        assert status(client, admin, path) == 200, path
        for user in staff.values():
            assert status(client, user, path) == 200, path
        assert status(client, participant, path) == 403, path
    about = client.get("/nettverk/")
    assert "Kjentmann-nettverket" in about.content.decode()
    client.logout()
    assert client.get("/nettverk/").status_code == 200  # the explanation page
    assert "Finn en kursrekke" in client.get("/nettverk/").content.decode()
    assert client.get("/nettverk/hele-landet/").status_code == 302  # log in first


def test_a_revoked_certificate_closes_the_door(client, kjentmann):
    from django.utils import timezone

    from courses.models import Certificate

    Certificate.objects.filter(enrollment__participant=kjentmann).update(revoked_at=timezone.now())
    client.force_login(kjentmann)
    assert client.get("/nettverk/").status_code == 403


def test_moderation_follows_the_regions(areas, oslo_staff, bergen_staff, national_admin, kjentmann):
    assert access.can_moderate(oslo_staff, areas["korus-oslo"])
    assert not access.can_moderate(oslo_staff, areas["korus-bergen"])
    assert not access.can_moderate(oslo_staff, areas["national"])
    assert access.can_moderate(bergen_staff, areas["korus-bergen"])
    assert all(access.can_moderate(national_admin, area) for area in areas.values())
    assert not access.moderated_areas(kjentmann).exists()


def test_moderation_over_http(client, areas, oslo_staff, bergen_staff, kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Oslo-tema", text="Tekst.")
    post = topic.posts.get()
    client.force_login(bergen_staff)
    assert client.post(f"/nettverk/moderering/innlegg/{post.pk}/hide/").status_code == 403
    assert client.post(f"/nettverk/moderering/tema/{topic.pk}/lock/").status_code == 403
    post.refresh_from_db()
    assert not post.hidden
    client.force_login(oslo_staff)
    assert client.post(f"/nettverk/moderering/tema/{topic.pk}/lock/").status_code == 302
    assert client.post(f"/nettverk/moderering/innlegg/{post.pk}/hide/").status_code == 302
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.hidden
    assert topic.locked
    client.force_login(kjentmann)
    assert client.get("/nettverk/moderering/").status_code == 403


def test_staff_manage_only_their_own_areas_in_the_admin(client, areas, oslo_staff):
    client.force_login(oslo_staff)
    listing = client.get("/admin/snippets/network/area/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "KORUS Oslo" in html
    assert "KORUS Bergen" not in html
    bergen = areas["korus-bergen"]
    response = client.get(f"/admin/snippets/network/area/edit/{bergen.pk}/")
    assert response.status_code in {302, 403}


def test_each_regions_staff_moderate_exactly_their_area(areas):
    from home.models import Region
    from tests.conftest import staff_user

    for region in Region.objects.all():
        person = staff_user(region.slug, email=f"staff-{region.slug}@korus.test")
        assert list(access.moderated_areas(person)) == [areas[region.slug]]


def test_an_area_cannot_take_an_address_the_network_uses(client, areas, national_admin):
    """Every first path segment of the network's own pages is reserved, the image address included."""
    from network.admin_forms import reserved_slugs
    from tests.forms import Form

    assert {"bilde", "sok", "varsler", "innstillinger", "moderering", "tema", "innlegg"} <= reserved_slugs()
    client.force_login(national_admin)
    form = Form.open(client, "/admin/snippets/network/area/add/")
    response = form.submit(client, changes={"name": "Bilder", "slug": "bilde"})
    assert response.status_code == 200
    assert "Denne adressen brukes av nettverket selv" in response.content.decode()
