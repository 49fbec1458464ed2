"""Open Badges: every certificate is also a badge a backpack, a wallet or a CV can take.

* Open Badges 2.0 (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html):
  a hosted Assertion, its BadgeClass and Issuer as JSON-LD, and the badge picture "baked" with
  the assertion (a PNG iTXt chunk with the keyword ``openbadges``, Baking Specification 2.0).
  A revoked assertion answers 410 Gone with ``revoked`` and ``revocationReason``.
* Open Badges 3.0 (https://www.imsglobal.org/spec/ob/v3p0/): an OpenBadgeCredential, a W3C
  Verifiable Credential (data model 2.0), secured as a JWT (OB 3.0 §8.2, "VC-JWT"): the payload
  is the credential with the registered claims iss, jti, nbf; the header names the key (kid,
  a URL on this site that returns the public JWK) and carries it (jwk). Signed ES256 with
  ``settings.OPEN_BADGES_SIGNING_KEY``; the public key is published at /.well-known/jwks.json.
"""

import datetime
import functools
import hashlib
import hmac
import io
import json
from typing import Any
from urllib.parse import urlencode

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from joserfc import jwt
from joserfc.jwk import ECKey
from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate, CourseSeriesPage, Programme
from home.models import Region
from korus_site.core.links import absolute_url
from korus_site.core.pdf import FONT_DIR

CONTEXT = "https://w3id.org/openbadges/v2"
VC_CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
SIGNING_ALGORITHM = "ES256"
CRITERIA = "Fullført kursrekka med oppmøte på samlingene og bestått alle påkrevde e-læringsmoduler."


def absolute(path: str) -> str:
    """``path`` on this site as an absolute URL (from settings.BASE_URL)."""
    return absolute_url(path)


def _url(name: str, *args: object) -> str:
    return absolute(reverse(name, args=args))


def issuer_url(region_slug: str) -> str:
    return _url("badge_issuer", region_slug)


def profile_url(region_slug: str) -> str:
    """The Open Badges 3.0 issuer Profile of a region."""
    return _url("badge_profile", region_slug)


def badge_class_url(programme_slug: str, region_slug: str) -> str:
    return _url("badge_class", programme_slug, region_slug)


def badge_image_url(programme_slug: str, region_slug: str) -> str:
    return _url("badge_image", programme_slug, region_slug)


def assertion_url(certificate: Certificate) -> str:
    return _url("badge_assertion", certificate.code)


def baked_image_url(certificate: Certificate) -> str:
    return _url("baked_badge", certificate.code)


def credential_url(certificate: Certificate) -> str:
    return _url("badge_credential", certificate.code)


def key_url() -> str:
    """The verification method: a URL that returns the public key as a JWK."""
    return _url("badge_signing_key")


def _region_slug(certificate: Certificate) -> str:
    series: CourseSeriesPage = certificate.enrollment.series
    return series.region.slug if series.region else "korus"


def _salt(certificate: Certificate) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), certificate.code.encode(), hashlib.sha256).hexdigest()[:16]


def _identity(certificate: Certificate) -> tuple[str, str]:
    """(salt, "sha256$…") of the owner's e-mail address: who holds the badge, without showing the address."""
    salt = _salt(certificate)
    email = certificate.enrollment.participant.email.lower()
    return salt, "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


# Open Badges 2.0 ----------------------------------------------------------------------------


def assertion(certificate: Certificate) -> dict[str, Any]:
    """The hosted OB 2.0 Assertion of a certificate (also for a revoked one, then with the reason)."""
    series: CourseSeriesPage = certificate.enrollment.series
    salt, identity = _identity(certificate)
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate),
        "recipient": {"type": "email", "hashed": True, "salt": salt, "identity": identity},
        "badge": badge_class_url(series.programme.slug, _region_slug(certificate)),
        "verification": {"type": "hosted"},
        "issuedOn": certificate.issued_at.isoformat(),
        "image": baked_image_url(certificate),
        "evidence": {"id": absolute(certificate.get_absolute_url()), "narrative": certificate.series_title},
    }
    if not certificate.is_valid:
        data["revoked"] = True
        data["revocationReason"] = certificate.revoked_reason
    return data


def revoked_assertion(certificate: Certificate) -> dict[str, Any]:
    """What a revoked assertion's URL answers (with 410 Gone), as OB 2.0 "Hosted Verification" describes."""
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate),
        "revoked": True,
        "revocationReason": certificate.revoked_reason,
    }


def badge_class(programme: Programme, region: Region) -> dict[str, Any]:
    title = programme.participant_title or programme.name
    return {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": badge_class_url(programme.slug, region.slug),
        "name": f"{title} ({region.name})",
        "description": programme.description or title,
        "image": badge_image_url(programme.slug, region.slug),
        "criteria": {"narrative": CRITERIA},
        "issuer": issuer_url(region.slug),
        "tags": ["KORUS", title],
    }


def issuer(region: Region) -> dict[str, Any]:
    page = getattr(region, "page", None)
    data = {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": issuer_url(region.slug),
        "name": region.name,
        "url": absolute(region.get_absolute_url()),
    }
    if page is not None and page.email:
        data["email"] = page.email
    return data


def badge_png(title: str, region_name: str) -> bytes:
    """A round badge picture with the programme's name and the region, as PNG bytes."""
    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), fill=(0, 98, 186), outline=(0, 60, 120), width=10)
    draw.ellipse((40, 40, size - 40, size - 40), outline=(255, 255, 255), width=4)
    big = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 26)
    draw.text((size / 2, size / 2 - 20), title, font=big, fill="white", anchor="mm")
    draw.text((size / 2, size / 2 + 35), region_name, font=small, fill="white", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def baked_png(certificate: Certificate) -> bytes:
    """The badge picture with the certificate baked in, as PNG bytes.

    Two uncompressed iTXt chunks: ``openbadges`` holds the OB 2.0 assertion JSON (Baking
    Specification 2.0) and ``openbadgecredential`` the signed OB 3.0 credential (OB 3.0 §5.3).
    """
    picture = Image.open(io.BytesIO(badge_png(certificate.programme, certificate.region_name)))
    info = PngInfo()
    info.add_itxt("openbadges", json.dumps(assertion(certificate), ensure_ascii=False), zip=False)
    info.add_itxt("openbadgecredential", signed_credential(certificate), zip=False)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


# Open Badges 3.0 ----------------------------------------------------------------------------


@functools.cache
def _key_from(pem: str, secret: str) -> ECKey:
    if pem:
        private = serialization.load_pem_private_key(pem.replace("\\n", "\n").encode(), password=None)
    else:
        # No key configured (a laptop, the tests): one derived from SECRET_KEY, the same in every process.
        seed = int.from_bytes(hashlib.sha256(f"open-badges:{secret}".encode()).digest(), "big")
        private = ec.derive_private_key(seed % (2**255) + 1, ec.SECP256R1())
    if not isinstance(private, ec.EllipticCurvePrivateKey) or private.curve.name != "secp256r1":
        raise ValueError("OPEN_BADGES_SIGNING_KEY must be a P-256 (prime256v1) private key in PEM.")
    pem_bytes = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ECKey.import_key(pem_bytes)


def signing_key() -> ECKey:
    """The private key that signs OB 3.0 credentials, from settings.OPEN_BADGES_SIGNING_KEY.

    Raises ValueError if the setting holds something else than a P-256 private key.
    """
    return _key_from(settings.OPEN_BADGES_SIGNING_KEY, settings.SECRET_KEY)


def public_jwk() -> dict[str, Any]:
    """The public half of the signing key as a JWK (RFC 7517), its ``kid`` being the URL it is published at."""
    return {
        **signing_key().as_dict(private=False),
        "kid": key_url(),
        "alg": SIGNING_ALGORITHM,
        "use": "sig",
    }


def jwks() -> dict[str, Any]:
    """The JWK Set published at /.well-known/jwks.json."""
    return {"keys": [public_jwk()]}


def profile(region: Region) -> dict[str, Any]:
    """The OB 3.0 issuer Profile of a region."""
    page = getattr(region, "page", None)
    data = {
        "@context": VC_CONTEXTS,
        "id": profile_url(region.slug),
        "type": ["Profile"],
        "name": region.name,
        "url": absolute(region.get_absolute_url()),
    }
    if page is not None and page.email:
        data["email"] = page.email
    return data


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def credential(certificate: Certificate) -> dict[str, Any]:
    """The certificate as an OB 3.0 OpenBadgeCredential (unsigned JSON-LD)."""
    series: CourseSeriesPage = certificate.enrollment.series
    region = series.region if series.region_id else None
    region_slug = _region_slug(certificate)
    salt, identity = _identity(certificate)
    title = f"{certificate.programme} ({certificate.region_name})"
    issuer_profile = profile(region) if region else {"id": profile_url("korus"), "type": ["Profile"], "name": "KORUS"}
    issuer_profile.pop("@context", None)
    return {
        "@context": VC_CONTEXTS,
        "id": credential_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "description": certificate.series_title,
        "issuer": issuer_profile,
        "validFrom": _utc(certificate.issued_at),
        "image": {"id": baked_image_url(certificate), "type": "Image"},
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": identity,
                    "salt": salt,
                }
            ],
            "achievement": {
                "id": badge_class_url(series.programme.slug, region_slug),
                "type": ["Achievement"],
                "achievementType": "CertificateOfCompletion",
                "name": title,
                "description": series.programme.description or title,
                "criteria": {"narrative": CRITERIA},
                "image": {"id": badge_image_url(series.programme.slug, region_slug), "type": "Image"},
            },
        },
        "evidence": [
            {
                "id": absolute(certificate.get_absolute_url()),
                "type": ["Evidence"],
                "name": certificate.series_title,
            }
        ],
    }


def signed_credential(certificate: Certificate) -> str:
    """The OB 3.0 credential as a compact JWT signed ES256 (OB 3.0 §8.2).

    The payload is the credential with iss (the issuer's id), jti (the credential's id) and nbf
    (validFrom, in seconds since the epoch); the header has kid (see ``key_url``) and the public
    jwk. Returns the JWT text.
    """
    data = credential(certificate)
    claims = {
        **data,
        "iss": data["issuer"]["id"],
        "jti": data["id"],
        "nbf": int(certificate.issued_at.timestamp()),
    }
    header = {"alg": SIGNING_ALGORITHM, "typ": "JWT", "kid": key_url(), "jwk": signing_key().as_dict(private=False)}
    return jwt.encode(header, claims, signing_key(), algorithms=[SIGNING_ALGORITHM])


# Sharing ------------------------------------------------------------------------------------


def linkedin_add_url(certificate: Certificate) -> str:
    """A link that opens LinkedIn's "add licence or certification" form filled in with this certificate."""
    issued = timezone.localtime(certificate.issued_at)
    query = {
        "startTask": "CERTIFICATION_NAME",
        "name": f"{certificate.programme}: {certificate.series_title}",
        "organizationName": certificate.region_name,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": absolute(certificate.get_absolute_url()),
        "certId": certificate.code,
    }
    return "https://www.linkedin.com/profile/add?" + urlencode(query)
