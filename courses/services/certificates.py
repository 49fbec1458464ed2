"""Certificates (kursbevis): issued exactly once per completed enrollment, verifiable by anyone.

``issue`` locks the enrollment row and relies on the one-to-one constraint, so two
triggers at the same moment still give one certificate. The PDF's SHA-256 is stored, so a
PDF uploaded for checking is recognised only if it is exactly the file issued.
"""

import hashlib
import io

import qrcode

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import formats, timezone

from courses.models import Certificate, Enrollment
from courses.services import notices
from courses.services.completion import is_complete
from korus_site.core import outbox
from korus_site.core.pdf import KorusPDF


def verification_url(certificate: Certificate) -> str:
    return f"{settings.BASE_URL}{certificate.get_absolute_url()}"


def qr_png(data: str) -> bytes:
    image = qrcode.make(data, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def render_pdf(certificate: Certificate, gatherings: list) -> bytes:
    """An A4 certificate with the name, series, region, gathering dates, code and a QR code."""
    pdf = KorusPDF(format="A4")
    pdf.set_title(f"Kursbevis – {certificate.name}")
    pdf.set_subject(certificate.series_title)
    pdf.set_lang("nb")
    pdf.set_creation_date(certificate.issued_at)
    pdf.add_page()
    pdf.set_draw_color(0, 98, 186)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 190, 277)
    pdf.set_y(30)
    pdf.set_font("DejaVu", "B", 28)
    pdf.set_text_color(0, 98, 186)
    pdf.cell(0, 14, "KURSBEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(30, 43, 60)
    pdf.set_font("DejaVu", "", 13)
    pdf.cell(0, 8, certificate.programme, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, certificate.name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 13)
    first = formats.date_format(certificate.first_gathering, "DATE_FORMAT")
    last = formats.date_format(certificate.last_gathering, "DATE_FORMAT")
    pdf.multi_cell(
        0,
        8,
        f"har fullført kursrekka «{certificate.series_title}» hos {certificate.region_name}, {first} – {last}.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Samlinger", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for gathering in gatherings:
        when = formats.date_format(timezone.localtime(gathering.starts_at).date(), "DATE_FORMAT")
        pdf.cell(0, 6, f"{gathering.number}. {gathering.title} – {when}", align="C", new_x="LMARGIN", new_y="NEXT")
    url = verification_url(certificate)
    pdf.image(io.BytesIO(qr_png(url)), x=80, y=210, w=50, h=50)
    pdf.set_y(262)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, f"Kontrollkode: {certificate.code}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"Sjekk at kursbeviset er ekte: {url}", align="C", new_x="LMARGIN", new_y="NEXT")
    issued = formats.date_format(timezone.localdate(certificate.issued_at), "DATE_FORMAT")
    pdf.cell(0, 6, f"Utstedt {issued}", align="C")
    return bytes(pdf.output())


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def queue_issue(enrollment: Enrollment) -> None:
    """Queue the issue of a complete enrollment's certificate; ``issue`` makes sure it happens once."""
    outbox.enqueue(issue, enrollment.pk, key=f"certificate:issue:{enrollment.pk}:{timezone.now().isoformat()}")


@outbox.work
def issue(enrollment_id: int) -> Certificate | None:
    """Issue the certificate of a complete enrollment, once. Returns it, or None if not complete."""
    with transaction.atomic():
        enrollment = (
            Enrollment.objects.select_for_update(of=("self",))
            .select_related("series", "series__region", "series__programme", "participant")
            .get(pk=enrollment_id)
        )
        existing = Certificate.objects.filter(enrollment=enrollment).first()
        if existing is not None:
            return existing
        if not is_complete(enrollment):
            return None
        series = enrollment.series
        gatherings = series.gathering_list
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    enrollment=enrollment,
                    name=enrollment.participant.get_full_name() or enrollment.participant.email,
                    series_title=series.title,
                    programme=series.programme.participant_title or series.programme.name,
                    region_name=series.region.name if series.region_id else "KORUS",
                    first_gathering=timezone.localdate(gatherings[0].starts_at),
                    last_gathering=timezone.localdate(gatherings[-1].ends_at),
                )
        except IntegrityError:  # issued by a concurrent call in the meantime
            return Certificate.objects.get(enrollment=enrollment)
        data = render_pdf(certificate, gatherings)
        certificate.sha256 = digest(data)
        certificate.pdf.save(f"kursbevis-{certificate.code}.pdf", ContentFile(data), save=False)
        certificate.save(update_fields=["sha256", "pdf"])
        notices.certificate_issued(certificate)
    return certificate


def revoke(certificate: Certificate, *, reason: str, by) -> Certificate:
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason.strip()
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    return certificate


def find_by_file(data: bytes) -> Certificate | None:
    """The certificate whose issued PDF is exactly these bytes."""
    return Certificate.objects.filter(sha256=digest(data)).first() if data else None


def is_certified(user) -> bool:
    """A certified Kjentmann: holds at least one certificate that has not been revoked."""
    return user.is_authenticated and Certificate.objects.valid().filter(enrollment__participant=user).exists()


def schools_with_kjentmann(region) -> tuple[list[dict], list[dict]]:
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
