"""Personal answers are never stored by a shared cache; features and third parties are shut out."""

import re

import pytest

from django.core.management import call_command

from courses.models import Certificate
from korus_site.accounts.models import User

pytestmark = pytest.mark.django_db

PRIVATE = "private, no-store"


@pytest.fixture
def demo(db):
    call_command("seed_demo", verbosity=0)


def as_person(client, email):
    client.force_login(User.objects.get(email=email))
    return client


def test_personal_pages_and_files_are_private_and_never_stored(client, demo):
    as_person(client, "deltaker@skole.test")
    for path in ["/mine-kurs/", "/konto/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"] == PRIVATE, path
    as_person(client, "kontakt@skole.test")
    response = client.get("/min-skole/")
    assert response.status_code == 200
    assert response["Cache-Control"] == PRIVATE
    certificate = Certificate.objects.select_related("enrollment__participant").first()
    client.force_login(certificate.enrollment.participant)
    for path in [f"/kursbevis/{certificate.code}/kursbevis.pdf"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"] == PRIVATE, path


def test_forum_pages_for_members_are_private(client, demo):
    as_person(client, "oslo@korus.test")
    response = client.get("/nettverk/")
    assert response.status_code == 200
    assert response["Cache-Control"] == PRIVATE


def test_answers_at_secret_addresses_are_private_without_a_login(client, demo):
    person = User.objects.get(email="deltaker@skole.test")
    response = client.get(f"/kalender/{person.calendar_token}.ics")
    assert response.status_code == 200
    assert response["Cache-Control"] == PRIVATE
    certificate = Certificate.objects.first()
    response = client.get(f"/kursbevis/{certificate.code}/")
    assert response.status_code == 200
    assert response["Cache-Control"] == PRIVATE


def test_public_answers_stay_cacheable(client, demo):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
    as_person(client, "kjentmann@skole.test")
    certificate = Certificate.objects.first()
    badge = client.get(f"/kursbevis/merke/{certificate.enrollment.series.programme.slug}/korus-oslo.png")
    if badge.status_code == 200:
        assert "public" in badge["Cache-Control"]


def test_every_page_sends_a_permissions_policy(client, demo):
    for path in ["/", "/kurs/", "/konto/logg-inn/"]:
        policy = client.get(path)["Permissions-Policy"]
        assert "geolocation=()" in policy
        assert "camera=()" in policy
        assert "microphone=()" in policy
    as_person(client, "admin@korus.test")
    assert "geolocation=()" in client.get("/admin/")["Permissions-Policy"]


# What makes a browser fetch something: src and srcset, and <link href> (style sheets, icons).
FETCHED = re.compile(r"""(?:\ssrc|\ssrcset|<link[^>]*\shref)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def third_party_fetches(html: str) -> list[str]:
    """Absolute addresses a page loads or links in its head, other than the site's own (BASE_URL)."""
    from django.conf import settings

    own = settings.BASE_URL.rstrip("/") + "/"
    found = []
    for value in FETCHED.findall(html):
        for url in value.split(","):
            url = url.strip().split(" ")[0]
            if url.startswith(("http://", "https://", "//")) and "testserver" not in url and not url.startswith(own):
                found.append(url)
    return found


def test_no_page_fetches_anything_from_a_third_party(client, demo):
    as_person(client, "admin@korus.test")
    for path in ["/admin/", "/admin/users/", "/admin/account/", "/admin/pages/", "/", "/nettverk/", "/mine-kurs/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert third_party_fetches(html) == [], path
        assert "gravatar" not in html.lower(), path
