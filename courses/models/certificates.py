import secrets
from typing import Self

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from korus_site.core.storage import private_storage

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: codes are typed in from paper


def new_code() -> str:
    """A verification code like KJ7P-4QXM-2HRT: 60 bits, easy to read aloud and type."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(typed: str) -> str:
    """A code as people type it (any case, spaces, with or without dashes) in its stored form.

    "kj7p 4qxm2hrt" becomes "KJ7P-4QXM-2HRT". Anything that is not twelve letters and digits
    comes back upper-cased with spaces removed, so that a lookup simply finds nothing.
    """
    code = "".join(typed.split()).upper()
    raw = code.replace("-", "")
    if len(raw) == 12 and raw.isascii() and raw.isalnum():
        return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    return code


class CertificateQuerySet(models.QuerySet["Certificate"]):
    def valid(self) -> Self:
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    """A kursbevis: issued once per completed enrollment, verifiable by its code and by the PDF's digest.

    The name, series, region and dates are kept as issued, so verification shows what the
    certificate says even if the series or the person's name changes later.
    """

    enrollment = models.OneToOneField(
        "courses.Enrollment", verbose_name=_("enrollment"), on_delete=models.PROTECT, related_name="certificate"
    )
    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_code, editable=False)
    name = models.CharField(_("name"), max_length=300)
    series_title = models.CharField(_("course series"), max_length=255)
    programme = models.CharField(_("programme"), max_length=100)
    region_name = models.CharField(_("region"), max_length=100)
    first_gathering = models.DateField(_("first gathering"))
    last_gathering = models.DateField(_("last gathering"))
    school_name = models.CharField(_("school"), max_length=200, blank=True)
    hours = models.DecimalField(
        _("hours"), max_digits=5, decimal_places=1, null=True, blank=True, help_text=_("Time at the gatherings.")
    )
    days = models.PositiveSmallIntegerField(_("course days"), null=True, blank=True)
    gatherings = models.JSONField(
        _("gatherings"), default=list, blank=True, help_text=_("Number, date and topic of each gathering.")
    )
    modules = models.JSONField(_("modules passed"), default=list, blank=True)
    signatory_name = models.CharField(_("signed by"), max_length=150, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=150, blank=True)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    pdf = models.FileField(_("PDF"), upload_to="kursbevis/%Y/", storage=private_storage, blank=True)
    sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64, blank=True, db_index=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return f"{self.code} – {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("certificate_verify", args=[self.code])

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


class CertificateHold(models.Model):
    """A certificate that could not be issued although the enrollment is complete.

    Today the one reason is a name with letters the certificate's fonts cannot draw: rather
    than print a name with letters missing, nothing is issued and the region's staff are told.
    The hold goes away when the certificate is issued.
    """

    enrollment = models.OneToOneField(
        "courses.Enrollment", verbose_name=_("enrollment"), on_delete=models.CASCADE, related_name="certificate_hold"
    )
    name = models.CharField(_("name"), max_length=300)
    missing = models.CharField(_("characters that cannot be drawn"), max_length=200)
    created_at = models.DateTimeField(_("held since"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last tried"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("certificate on hold")
        verbose_name_plural = _("certificates on hold")

    def __str__(self):
        return f"{self.name} ({self.missing})"
