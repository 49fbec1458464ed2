"""Open Badges: the 2.0 assertion (hosted, baked, 410 when revoked), the signed 3.0 credential,
case-insensitive codes, and the owner's badge on My courses."""

import base64
import datetime
import hashlib
import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from joserfc import jwt
from joserfc.jwk import KeySet, import_key
from PIL import Image

from django.utils import timezone

from courses.services import attendance, certificates
from tests.factories import CourseSeriesPageFactory, EnrollmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(oslo_courses):
    series = CourseSeriesPageFactory(
        parent=oslo_courses,
        title="Kjentmann Oslo 2026",
        registration_opens=timezone.now() - datetime.timedelta(days=200),
        registration_closes=timezone.now() - datetime.timedelta(days=150),
        start=timezone.now() - datetime.timedelta(days=100),
        gathering_count=2,
    )
    enrollment = EnrollmentFactory(
        series=series,
        participant=UserFactory(first_name="Åse", last_name="Ødegård", email="ase@skole.test"),
        confirmed_at=timezone.now() - datetime.timedelta(days=160),
    )
    for gathering in series.gathering_list:
        attendance.set_status(gathering, enrollment, "present")
    return certificates.issue(enrollment.pk)


def local(url: str) -> str:
    """The path of an absolute URL on this site, for the test client."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# The fields each document must have, from the specifications:
# Open Badges 2.0 (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html),
# "Assertion", "BadgeClass", "Profile" (Issuer), "IdentityObject", "VerificationObject";
# Open Badges 3.0 (https://www.imsglobal.org/spec/ob/v3p0/), "OpenBadgeCredential",
# "Profile", "AchievementSubject", "Achievement", "Criteria", "IdentityObject"; and
# VC Data Model 2.0 (@context first entry, type).
OB2_ASSERTION = {"@context", "id", "type", "recipient", "badge", "verification", "issuedOn"}
OB2_IDENTITY = {"type", "identity", "hashed"}
OB2_BADGE_CLASS = {"@context", "id", "type", "name", "description", "image", "criteria", "issuer"}
OB2_ISSUER = {"@context", "id", "type", "name", "url"}
OB3_CREDENTIAL = {"@context", "id", "type", "issuer", "validFrom", "name", "credentialSubject"}
OB3_PROFILE = {"id", "type", "name"}
OB3_SUBJECT = {"type", "achievement"}
OB3_ACHIEVEMENT = {"id", "type", "criteria", "description", "name"}
OB3_IDENTITY = {"type", "identityHash", "identityType", "hashed"}


def test_the_2_0_assertion_badge_class_and_issuer_have_the_required_fields(client, certificate):
    assertion = client.get(f"/kursbevis/{certificate.code}/badge.json").json()
    assert set(assertion) >= OB2_ASSERTION
    assert assertion["@context"] == "https://w3id.org/openbadges/v2"
    assert assertion["type"] == "Assertion"
    assert set(assertion["recipient"]) >= OB2_IDENTITY
    assert assertion["verification"]["type"] == "hosted"
    datetime.datetime.fromisoformat(assertion["issuedOn"])
    badge = client.get(local(assertion["badge"])).json()
    assert set(badge) >= OB2_BADGE_CLASS
    assert badge["type"] == "BadgeClass"
    assert badge["criteria"]["narrative"]
    issuer = client.get(local(badge["issuer"])).json()
    assert set(issuer) >= OB2_ISSUER
    assert issuer["type"] == "Issuer"
    for document in (assertion, badge, issuer):
        assert document["id"].startswith("http")
        assert client.get(local(document["id"])).status_code == 200  # every id answers


def test_the_3_0_credential_has_the_required_fields(client, certificate):
    token = client.get(f"/kursbevis/{certificate.code}/credential.jwt").content.decode()
    header, payload, _signature = token.split(".")
    credential = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert set(credential) >= OB3_CREDENTIAL
    assert credential["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" in credential["@context"]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert set(credential["issuer"]) >= OB3_PROFILE
    assert "Profile" in credential["issuer"]["type"]
    subject = credential["credentialSubject"]
    assert set(subject) >= OB3_SUBJECT
    assert "AchievementSubject" in subject["type"]
    assert set(subject["identifier"][0]) >= OB3_IDENTITY
    expected = hashlib.sha256(("ase@skole.test" + subject["identifier"][0]["salt"]).encode()).hexdigest()
    assert subject["identifier"][0]["identityHash"] == f"sha256${expected}"
    achievement = subject["achievement"]
    assert set(achievement) >= OB3_ACHIEVEMENT
    assert "Achievement" in achievement["type"]
    assert achievement["criteria"]["narrative"]
    assert datetime.datetime.fromisoformat(credential["validFrom"]).tzinfo is not None
    # The JWT claims mirror the credential (OB 3.0 §8.2).
    assert credential["iss"] == credential["issuer"]["id"]
    assert credential["jti"] == credential["id"]
    assert credential["nbf"] == int(certificate.issued_at.timestamp())
    profile = client.get(local(credential["issuer"]["id"])).json()
    assert profile["name"] == "KORUS Oslo"
    assert json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))["typ"] == "JWT"


def test_the_credential_signature_verifies_with_the_key_published_on_the_site(client, certificate):
    token = client.get(f"/kursbevis/{certificate.code}/credential.jwt").content.decode()
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "ES256"
    # The key named in the header, fetched from the site: nothing else is trusted.
    published = client.get(local(header["kid"]))
    assert published["Content-Type"] == "application/jwk+json"
    key = import_key(published.json())
    verified = jwt.decode(token, key, algorithms=["ES256"])
    assert verified.claims["credentialSubject"]["achievement"]["name"] == "Kjentmann (KORUS Oslo)"
    # The same key is in the site's JWK Set.
    key_set = KeySet.import_key_set(client.get("/.well-known/jwks.json").json())
    assert jwt.decode(token, key_set, algorithms=["ES256"]).claims["jti"] == verified.claims["jti"]
    assert header["jwk"] == {k: v for k, v in published.json().items() if k in header["jwk"]}
    # A changed payload does not verify.
    head, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["name"] = "Noe annet"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    with pytest.raises(Exception, match="signature"):
        jwt.decode(f"{head}.{forged}.{signature}", key, algorithms=["ES256"])


def test_the_baked_badge_carries_the_assertion_and_the_credential(client, certificate):
    response = client.get(f"/kursbevis/{certificate.code}/merke.png?last_ned=1")
    assert response["Content-Type"] == "image/png"
    assert f"merke-{certificate.code}.png" in response["Content-Disposition"]
    image = Image.open(io.BytesIO(response.content))
    baked = json.loads(image.text["openbadges"])
    assert baked == client.get(f"/kursbevis/{certificate.code}/badge.json").json()
    assert image.text["openbadgecredential"].count(".") == 2
    assert b"iTXtopenbadges\x00\x00\x00" in response.content  # an uncompressed iTXt chunk, as the spec asks


def test_a_revoked_badge_answers_410_gone_with_the_reason(client, certificate, oslo_staff):
    certificates.revoke(certificate, reason="Utstedt ved en feil", by=oslo_staff)
    response = client.get(f"/kursbevis/{certificate.code}/badge.json")
    assert response.status_code == 410
    data = response.json()
    assert data["revoked"] is True
    assert data["revocationReason"] == "Utstedt ved en feil"
    assert data["id"].endswith(f"/kursbevis/{certificate.code}/badge.json")
    assert client.get(f"/kursbevis/{certificate.code}/merke.png").status_code == 410
    assert client.get(f"/kursbevis/{certificate.code}/credential.jwt").status_code == 410


def test_codes_are_case_insensitive_everywhere(client, certificate):
    lower = certificate.code.lower()
    bare = certificate.code.replace("-", "").lower()
    for typed in (lower, bare):
        response = client.get(f"/kursbevis/{typed}/")
        assert response.status_code == 302
        assert response["Location"] == f"/kursbevis/{certificate.code}/"
        assert client.get(f"/kursbevis/{typed}/badge.json").json()["id"].endswith(f"{certificate.code}/badge.json")
        assert client.get(f"/kursbevis/{typed}/merke.png").status_code == 200
        assert client.get(f"/kursbevis/{typed}/credential.jwt").status_code == 200
    assert client.get("/kursbevis/", {"kode": bare})["Location"] == f"/kursbevis/{certificate.code}/"
    client.force_login(certificate.enrollment.participant)
    response = client.get(f"/kursbevis/{lower}/kursbevis.pdf")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_owner_sees_their_badge_on_my_courses(client, certificate):
    client.force_login(certificate.enrollment.participant)
    html = client.get("/mine-kurs/").content.decode()
    assert "Ditt merke" in html
    assert f'href="/kursbevis/{certificate.code}/merke.png?last_ned=1"' in html
    assert f'href="/kursbevis/{certificate.code}/credential.jwt?last_ned=1"' in html
    start = html.index("https://www.linkedin.com/profile/add?")
    link = html[start : html.index('"', start)].replace("&amp;", "&")
    query = parse_qs(urlsplit(link).query)
    issued = timezone.localtime(certificate.issued_at)
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["name"] == ["Kjentmann: Kjentmann Oslo 2026"]
    assert query["organizationName"] == ["KORUS Oslo"]
    assert (query["issueYear"], query["issueMonth"]) == ([str(issued.year)], [str(issued.month)])
    assert query["certId"] == [certificate.code]
    assert query["certUrl"][0].endswith(f"/kursbevis/{certificate.code}/")
    certificates.revoke(certificate, reason="x", by=None)
    assert "Ditt merke" not in client.get("/mine-kurs/").content.decode()
