"""Certificates (kursbevis): issued exactly once per completed enrollment, verifiable by anyone.

``issue`` locks the enrollment row and relies on the one-to-one constraint, so two
triggers at the same moment still give one certificate. What the certificate says (name,
series, period, hours, gatherings, modules, school, signatory) is stored with it as issued,
and the PDF and the verification page both show exactly that. The PDF's SHA-256 is stored,
so a PDF uploaded for checking is recognised only if it is exactly the file issued.

A name with letters the PDF fonts cannot draw is never printed with gaps: the certificate
is held back (``CertificateHold``) and the region's staff are told.
"""

import datetime
import decimal
import hashlib
import io
import logging
import unicodedata
from typing import Any

import qrcode
from fpdf import ViewerPreferences
from PIL import Image, ImageDraw, ImageFont

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import Certificate, CertificateHold, Enrollment, Gathering, SeriesModule
from courses.services import learning, notices
from courses.services.completion import is_complete
from home.models import Region
from korus_site.accounts.types import AnyUser, User
from korus_site.core import outbox
from korus_site.core.pdf import FONT_DIR, MAIN_FAMILY, KorusPDF, fallbacks_for, missing_characters

logger = logging.getLogger(__name__)

KORUS_BLUE = (0, 98, 186)
INK = (30, 43, 60)
# The page: A4 portrait in millimetres. The foot (signature, QR code, code) has a fixed place;
# everything above it must end before CONTENT_BOTTOM, or it is set again in a smaller size.
PAGE_W, PAGE_H = 210, 297
MARGIN = 22
CONTENT_BOTTOM = 218
# (heading scale, list scale): the lists of gatherings and modules give way first, then everything.
SCALES = (
    (1.0, 1.0),
    (1.0, 0.9),
    (1.0, 0.8),
    (0.9, 0.8),
    (0.9, 0.72),
    (0.8, 0.72),
    (0.8, 0.66),
    (0.72, 0.62),
    (0.66, 0.58),
    (0.6, 0.55),
    (0.55, 0.5),
    (0.5, 0.46),
    (0.45, 0.42),
    (0.4, 0.38),
)


def verification_url(certificate: Certificate) -> str:
    """The public page that confirms the certificate: an absolute URL from settings.BASE_URL."""
    return f"{settings.BASE_URL}{certificate.get_absolute_url()}"


def qr_png(data: str) -> bytes:
    """A QR code of ``data`` as PNG bytes."""
    image = qrcode.make(data, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def full_name(user: User) -> str:
    """The name a certificate carries: first and last name in Unicode NFC (e-mail if there is none)."""
    return unicodedata.normalize("NFC", user.get_full_name() or user.email)


def printable(text: str) -> str:
    """``text`` in NFC without the characters no PDF font can draw (an emoji in a title, say)."""
    text = unicodedata.normalize("NFC", text)
    missing = set(missing_characters(text))
    return "".join(char for char in text if char not in missing) if missing else text


def gathering_hours(gatherings: list[Gathering]) -> decimal.Decimal:
    """Time at the gatherings, in hours rounded to the nearest half hour."""
    seconds = sum((g.ends_at - g.starts_at).total_seconds() for g in gatherings)
    return decimal.Decimal(round(seconds / 1800) / 2).quantize(decimal.Decimal("0.1"))


def details(enrollment: Enrollment) -> dict[str, Any]:
    """What the certificate of this enrollment says, as Certificate field values.

    Gatherings are listed with number, date and topic (their title); modules are those of the
    series the person has passed, in the series' order. Hours count the gatherings' time; days
    count the distinct dates they fall on.
    """
    series = enrollment.series
    gatherings = series.gathering_list
    region = series.region if series.region_id else None
    links = list(
        SeriesModule.objects.filter(series=series).select_related("module").order_by("due_before", "sort_order")
    )
    passed = learning.passed_modules(enrollment.participant_id, [link.module_id for link in links])
    return {
        "name": full_name(enrollment.participant),
        "series_title": printable(series.title),
        "programme": printable(series.programme.participant_title or series.programme.name),
        "region_name": region.name if region else "KORUS",
        "first_gathering": timezone.localdate(gatherings[0].starts_at),
        "last_gathering": timezone.localdate(gatherings[-1].ends_at),
        "school_name": printable(enrollment.school.name),
        "hours": gathering_hours(gatherings),
        "days": len({timezone.localdate(g.starts_at) for g in gatherings}),
        "gatherings": [
            {
                "number": g.number,
                "date": timezone.localdate(g.starts_at).isoformat(),
                "topic": printable(g.title),
            }
            for g in gatherings
        ],
        "modules": [printable(link.module.title) for link in links if link.module_id in passed],
        "signatory_name": printable(region.signatory_name) if region else "",
        "signatory_title": printable(region.signatory_title) if region else "",
    }


# Drawing ------------------------------------------------------------------------------------


def default_logo_png(region_name: str) -> bytes:
    """A plain logo for a region without one: "KORUS" over the rest of the region's name, in KORUS blue."""
    width, height = 900, 300
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((6, 6, width - 6, height - 6), radius=36, fill=KORUS_BLUE)
    big = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 120)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 64)
    rest = region_name.removeprefix("KORUS").strip()
    draw.text((width / 2, height / 2 - (40 if rest else 0)), "KORUS", font=big, fill="white", anchor="mm")
    if rest:
        draw.text((width / 2, height / 2 + 80), rest, font=small, fill="white", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def region_logo_png(region: Region | None) -> bytes:
    """The region's logo as PNG bytes: its uploaded image, or the drawn default (also if the image is unreadable)."""
    name = region.name if region else "KORUS"
    if region is not None and region.logo is not None:
        try:
            rendition = region.logo.get_rendition("max-900x300|format-png")
            with rendition.file.open("rb") as file:
                data: bytes = file.read()
                return data
        except Exception:  # a missing or unreadable file must not stop a certificate
            logger.exception("The logo of %s could not be read; the certificate gets the drawn one", name)
    return default_logo_png(name)


def _date(value: datetime.date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _gathering_lines(certificate: Certificate) -> list[str]:
    return [
        f"{item['number']}. {_date(datetime.date.fromisoformat(item['date']))} – {item['topic']}"
        for item in certificate.gatherings
    ]


def scope_text(certificate: Certificate) -> str:
    """How much the course was: "5 gatherings · 5 course days · 32.5 hours" in the active language."""
    parts = []
    count = len(certificate.gatherings)
    if count:
        parts.append(ngettext("%(count)s gathering", "%(count)s gatherings", count) % {"count": count})
    if certificate.days:
        parts.append(
            ngettext("%(count)s course day", "%(count)s course days", certificate.days) % {"count": certificate.days}
        )
    if certificate.hours:
        hours = certificate.hours.normalize() if certificate.hours % 1 else int(certificate.hours)
        parts.append(_("%(hours)s hours") % {"hours": formats.number_format(hours)})
    return " · ".join(parts)


def _stored_text(certificate: Certificate) -> str:
    """Everything the certificate draws that comes from what people typed (the labels are the site's own)."""
    parts = [
        certificate.name,
        certificate.programme,
        certificate.series_title,
        certificate.region_name,
        certificate.school_name,
        certificate.signatory_name,
        certificate.signatory_title,
        *(item["topic"] for item in certificate.gatherings),
        *certificate.modules,
    ]
    return " ".join(str(part) for part in parts if part)


def _draw(certificate: Certificate, logo: bytes, scale: float, list_scale: float) -> tuple[KorusPDF, bool]:
    """Lay the certificate out: the heading part at ``scale``, the lists at ``list_scale`` (1 = full size).

    Returns the PDF and whether everything fits above the foot of the one page.
    """
    pdf = KorusPDF(format="A4", archival=True, fallbacks=fallbacks_for(_stored_text(certificate)))
    pdf.set_title(_("Certificate – %(name)s") % {"name": certificate.name})
    pdf.set_subject(certificate.series_title)
    pdf.set_author(certificate.region_name)
    pdf.set_keywords(f"{_('certificate')} {certificate.programme} {certificate.code}")
    pdf.set_lang(translation.get_language() or settings.LANGUAGE_CODE)
    pdf.set_creation_date(certificate.issued_at)
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.set_margins(MARGIN, 15, MARGIN)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    width = PAGE_W - 2 * MARGIN

    current = scale

    def size(points: float) -> float:
        return points * current

    def block(
        text: str, points: float, *, bold: bool = False, gap: float = 0.0, color: tuple[int, int, int] = INK
    ) -> None:
        pdf.set_font(MAIN_FAMILY, "B" if bold else "", size(points))
        pdf.set_text_color(*color)
        pdf.multi_cell(width, size(points) * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        if gap:
            pdf.ln(size(gap))

    pdf.set_draw_color(*KORUS_BLUE)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, PAGE_W - 20, PAGE_H - 20)
    pdf.set_line_width(0.3)
    pdf.rect(13, 13, PAGE_W - 26, PAGE_H - 26)

    with Image.open(io.BytesIO(logo)) as picture:
        ratio = picture.width / picture.height
    logo_h = min(22 * max(scale, 0.7), 60 / ratio)
    pdf.image(io.BytesIO(logo), x=(PAGE_W - logo_h * ratio) / 2, y=18, h=logo_h)
    pdf.set_y(18 + logo_h + size(8))

    block(_("CERTIFICATE"), 28, bold=True, color=KORUS_BLUE, gap=2)
    block(certificate.programme, 13, gap=10)
    block(certificate.name, 24, bold=True, gap=6)
    block(_("has completed the course series"), 12, gap=1.5)
    block(f"«{certificate.series_title}»", 14, bold=True, gap=2)
    period = _("with %(region)s, %(first)s – %(last)s") % {
        "region": certificate.region_name,
        "first": _date(certificate.first_gathering),
        "last": _date(certificate.last_gathering),
    }
    block(period, 12, gap=1.5)
    scope = scope_text(certificate)
    if scope:
        block(scope, 11, gap=1.5)
    if certificate.school_name:
        block(_("Participant from %(school)s") % {"school": certificate.school_name}, 11)
    pdf.ln(size(8))

    current = list_scale
    lines = _gathering_lines(certificate)
    if lines:
        block(_("Gatherings and topics"), 11, bold=True, color=KORUS_BLUE, gap=1.5)
        for line in lines:
            block(line, 10, gap=1)
        pdf.ln(size(5))
    if certificate.modules:
        block(_("Learning modules passed"), 11, bold=True, color=KORUS_BLUE, gap=1.5)
        block(" · ".join(certificate.modules), 10)
    fits = pdf.page_no() == 1 and pdf.get_y() <= CONTENT_BOTTOM

    # The foot: signature on the left, QR code on the right, the code and the address below.
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.3)
    pdf.line(MARGIN, 244, MARGIN + 75, 244)
    pdf.set_xy(MARGIN, 246)
    signer = [
        (certificate.signatory_name, "B", 10),
        (certificate.signatory_title, "", 9),
        (certificate.region_name, "", 9),
    ]
    for text, style, points in signer:
        if text:
            pdf.set_font(MAIN_FAMILY, style, points)
            pdf.set_text_color(*INK)
            pdf.multi_cell(75, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    url = verification_url(certificate)
    pdf.image(io.BytesIO(qr_png(url)), x=PAGE_W - MARGIN - 34, y=222, w=34, h=34)
    pdf.set_xy(MARGIN, 263)
    pdf.set_font(MAIN_FAMILY, "B", 10)
    pdf.set_text_color(*INK)
    pdf.cell(width, 5.5, _("Verification code: %(code)s") % {"code": certificate.code}, align="C")
    pdf.set_xy(MARGIN, 268.5)
    pdf.set_font(MAIN_FAMILY, "", 9)
    pdf.cell(width, 5, _("Check that the certificate is genuine: %(url)s") % {"url": url}, align="C")
    pdf.set_xy(MARGIN, 273.5)
    issued = _date(timezone.localdate(certificate.issued_at))
    pdf.cell(width, 5, _("Issued %(date)s") % {"date": issued}, align="C")
    return pdf, fits


def render_pdf(certificate: Certificate, logo: bytes | None = None, language: str | None = None) -> bytes:
    """The certificate as a one-page A4 PDF/A-2b, from what the certificate stores.

    Takes the region's logo as PNG bytes (the drawn default if None). Long names, titles and
    lists are set in smaller type until everything fits the page above its fixed foot.
    Written in ``language`` (the participant's ``User.language`` when issued; default: the
    active language). Returns the PDF's bytes.
    """
    logo = logo or default_logo_png(certificate.region_name)
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        for scale, list_scale in SCALES:
            pdf, fits = _draw(certificate, logo, scale, list_scale)
            if fits:
                break
        return bytes(pdf.output())


def digest(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


# Issuing ------------------------------------------------------------------------------------


def hold_back(enrollment: Enrollment, name: str, missing: list[str]) -> CertificateHold:
    """Record that the certificate waits for a name that can be drawn, and have the region's staff told."""
    hold, _created = CertificateHold.objects.update_or_create(
        enrollment=enrollment, defaults={"name": name[:300], "missing": "".join(missing)[:200]}
    )
    notices.certificate_held(hold)
    return hold


def queue_issue(enrollment: Enrollment) -> None:
    """Queue the issue of a complete enrollment's certificate; ``issue`` makes sure it happens once."""
    outbox.enqueue(issue, enrollment.pk, key=f"certificate:issue:{enrollment.pk}:{timezone.now().isoformat()}")


@outbox.work
def issue(enrollment_id: int) -> Certificate | None:
    """Issue the certificate of a complete enrollment, once.

    Returns the certificate, or None when the enrollment is not complete or when the name has
    letters the PDF cannot draw (then a ``CertificateHold`` records it and staff are e-mailed;
    calling again after the name is corrected issues the certificate).
    """
    with transaction.atomic():
        enrollment = (
            Enrollment.objects.select_for_update(of=("self",))
            .select_related("series", "series__region", "series__programme", "participant", "school")
            .get(pk=enrollment_id)
        )
        existing = Certificate.objects.filter(enrollment=enrollment).first()
        if existing is not None:
            return existing
        if not enrollment.series.issues_certificates or not is_complete(enrollment):
            return None
        name = full_name(enrollment.participant)
        missing = missing_characters(name)
        if missing:
            hold_back(enrollment, name, missing)
            return None
        region = enrollment.series.region if enrollment.series.region_id else None
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(enrollment=enrollment, **details(enrollment))
        except IntegrityError:  # issued by a concurrent call in the meantime
            return Certificate.objects.get(enrollment=enrollment)
        data = render_pdf(certificate, region_logo_png(region), language=enrollment.participant.language)
        certificate.sha256 = digest(data)
        certificate.pdf.save(f"kursbevis-{certificate.code}.pdf", ContentFile(data), save=False)
        certificate.save(update_fields=["sha256", "pdf"])
        CertificateHold.objects.filter(enrollment=enrollment).delete()
        notices.certificate_issued(certificate)
    return certificate


def revoke(certificate: Certificate, *, reason: str, by: User) -> Certificate:
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason.strip()
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    return certificate


def find_by_file(data: bytes) -> Certificate | None:
    """The certificate whose issued PDF is exactly these bytes."""
    return Certificate.objects.filter(sha256=digest(data)).first() if data else None


def certified_people(region: Region | None = None) -> QuerySet[User]:
    """Active people with a valid certificate: all, or those certified by ``region``'s series."""
    from korus_site.accounts.models import User

    valid = Certificate.objects.valid()
    if region is not None:
        valid = valid.filter(enrollment__series__region=region)
    return User.objects.filter(is_active=True, pk__in=valid.values("enrollment__participant_id"))


def is_certified(user: AnyUser) -> bool:
    """A certified Kjentmann: holds at least one certificate that has not been revoked."""
    return user.is_authenticated and Certificate.objects.valid().filter(enrollment__participant=user).exists()


def schools_with_kjentmann(region: Region) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """For a region's page: per kommune, how many schools have a certified Kjentmann.

    Only schools are counted. People appear by name only if they chose to be listed.
    Returns (kommuner, listed people), both sorted by name.
    """
    from django.db.models import Count

    valid = Certificate.objects.valid().filter(enrollment__school__kommune__fylke__region=region)
    kommuner = list(
        valid.values("enrollment__school__kommune__name", "enrollment__school__kommune__number")
        .annotate(schools=Count("enrollment__school", distinct=True))
        .order_by("enrollment__school__kommune__name")
    )
    listed = list(
        valid.filter(enrollment__participant__list_as_kjentmann=True)
        .values("enrollment__participant__first_name", "enrollment__participant__last_name", "enrollment__school__name")
        .distinct()
        .order_by("enrollment__participant__last_name", "enrollment__participant__first_name")
    )
    return (
        [{"kommune": row["enrollment__school__kommune__name"], "schools": row["schools"]} for row in kommuner],
        [
            {
                "name": f"{row['enrollment__participant__first_name']} {row['enrollment__participant__last_name']}",
                "school": row["enrollment__school__name"],
            }
            for row in listed
        ],
    )
