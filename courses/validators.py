"""Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a MOD11 check digit."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def normalise_orgnr(value: str) -> str:
    """Drop spaces and the optional "NO" prefix and "MVA" suffix: "NO 974 760 673 MVA" -> "974760673"."""
    value = re.sub(r"\s+", "", str(value)).upper()
    value = value.removeprefix("NO").removesuffix("MVA")
    return value


def orgnr_check_digit(first_eight: str) -> int | None:
    remainder = sum(int(d) * w for d, w in zip(first_eight, ORGNR_WEIGHTS, strict=True)) % 11
    check = 11 - remainder
    if check == 11:
        return 0
    if check == 10:
        return None  # no valid number has these first eight digits
    return check


def is_valid_orgnr(value: str) -> bool:
    value = normalise_orgnr(value)
    if not re.fullmatch(r"[89]\d{8}", value):
        return False
    return orgnr_check_digit(value[:8]) == int(value[8])


def validate_orgnr(value: str) -> None:
    value = normalise_orgnr(value)
    if not re.fullmatch(r"\d{9}", value):
        raise ValidationError(_("An organisation number has nine digits, for example 974 760 673."), code="format")
    if value[0] not in "89":
        raise ValidationError(_("Norwegian organisation numbers start with 8 or 9."), code="prefix")
    if not is_valid_orgnr(value):
        raise ValidationError(
            _("This organisation number is not valid: check the digits against the Brønnøysund Register Centre."),
            code="checksum",
        )
