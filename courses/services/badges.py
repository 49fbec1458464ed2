"""Open Badges 2.0: every certificate is also a hosted badge assertion a backpack can import."""

import hashlib
import hmac
import io

from PIL import Image, ImageDraw, ImageFont

from django.conf import settings

from courses.models import Certificate, CourseSeriesPage
from home.models import Region
from korus_site.core.pdf import FONT_DIR

CONTEXT = "https://w3id.org/openbadges/v2"


def absolute(path: str) -> str:
    return f"{settings.BASE_URL}{path}"


def issuer_url(region_slug: str) -> str:
    return absolute(f"/kursbevis/utsteder/{region_slug}.json")


def badge_class_url(programme_slug: str, region_slug: str) -> str:
    return absolute(f"/kursbevis/merke/{programme_slug}/{region_slug}.json")


def badge_image_url(programme_slug: str, region_slug: str) -> str:
    return absolute(f"/kursbevis/merke/{programme_slug}/{region_slug}.png")


def assertion_url(certificate: Certificate) -> str:
    return absolute(f"/kursbevis/{certificate.code}/badge.json")


def _salt(certificate: Certificate) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), certificate.code.encode(), hashlib.sha256).hexdigest()[:16]


def assertion(certificate: Certificate) -> dict:
    series: CourseSeriesPage = certificate.enrollment.series
    region_slug = series.region.slug if series.region_id else "korus"
    email = certificate.enrollment.participant.email.lower()
    salt = _salt(certificate)
    data = {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": salt,
            "identity": "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest(),
        },
        "badge": badge_class_url(series.programme.slug, region_slug),
        "verification": {"type": "hosted"},
        "issuedOn": certificate.issued_at.isoformat(),
        "evidence": {"id": absolute(certificate.get_absolute_url()), "narrative": certificate.series_title},
    }
    if not certificate.is_valid:
        data["revoked"] = True
        data["revocationReason"] = certificate.revoked_reason
    return data


def badge_class(programme, region: Region) -> dict:
    title = programme.participant_title or programme.name
    return {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": badge_class_url(programme.slug, region.slug),
        "name": f"{title} ({region.name})",
        "description": programme.description or title,
        "image": badge_image_url(programme.slug, region.slug),
        "criteria": {
            "narrative": "Fullført kursrekka med oppmøte på samlingene og bestått alle påkrevde e-læringsmoduler."
        },
        "issuer": issuer_url(region.slug),
        "tags": ["KORUS", title],
    }


def issuer(region: Region) -> dict:
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
    """A round badge picture: the programme's name and the region."""
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
