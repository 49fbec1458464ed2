"""The forum's privacy guard: no pupil must be identifiable.

A post containing a valid Norwegian national identity number (fødselsnummer, D-number or
H-number) is refused. A number is valid when its date part is a real day of the year
(D-numbers add 4 to the first digit, H-numbers add 4 to the third) and its two check
digits hold: with weights 3,7,6,1,8,9,4,5,2,1 over digits 1–10 and 5,4,3,2,7,6,5,4,3,2,1
over digits 1–11, both sums are divisible by 11. For numbers issued from 2032 the first
sum may also leave remainder 1, 2 or 3. Ordinary 11-digit numbers that fail this pass.

Other likely identifiers (telephone numbers, e-mail addresses, a full name next to a class
or a school) give warnings the writer must confirm before posting.
"""

import calendar
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

FIRST_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
SECOND_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
FIRST_REMAINDERS_FROM_2032 = {0, 1, 2, 3}

# Eleven digits, optionally grouped with single spaces, dots or hyphens ("010190 12345", "010 190 123 45").
ELEVEN_DIGITS = re.compile(r"(?<![\d])(?:\d[ .\-\u00a0]?){10}\d(?![\d])")
PHONE = re.compile(
    r"(?<![\d])(?:\+47[ \u00a0]?|0047[ \u00a0]?)?"
    r"(?:[2-9]\d(?:[ \u00a0]?\d{2}){3}|[2-9]\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{3})(?![\d])"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NAME = r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?"
FULL_NAME = rf"{NAME}\s+(?:{NAME}\s+)?{NAME}"
CLASS_OR_SCHOOL = (
    r"(?:\b(?:[1-9]|10)\s?\.?\s?[A-Za-zÆØÅæøå]\b"  # 9B, 10 A, 8.c
    r"|\b(?:[1-9]|10)\.\s?(?:trinn|klasse)\b"
    r"|\b[Vv][Gg]\s?[1-3]\b"
    r"|\b[Kk]lasse\s?\w+"
    r"|\b\w*(?:skole|skule)n?\b)"
)
NAME_NEAR_CLASS = re.compile(
    rf"\b({FULL_NAME})\b[^.\n]{{0,40}}?{CLASS_OR_SCHOOL}|{CLASS_OR_SCHOOL}[^.\n]{{0,40}}?\b({FULL_NAME})\b"
)


def _weighted(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 11


def _valid_date(digits: list[int]) -> bool:
    day = digits[0] * 10 + digits[1]
    month = digits[2] * 10 + digits[3]
    if day > 40:  # D-number
        day -= 40
    if month > 40:  # H-number
        month -= 40
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= calendar.monthrange(2000, month)[1]  # a leap year, so 29 February passes


def is_identity_number(value: str) -> bool:
    """A valid fødselsnummer, D- or H-number, by today's rule or the one from 2032."""
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 11 or not _valid_date(digits):
        return False
    if _weighted(digits, SECOND_WEIGHTS) != 0:
        return False
    return _weighted(digits, FIRST_WEIGHTS) in FIRST_REMAINDERS_FROM_2032


def identity_numbers(text: str) -> list[str]:
    return [match.group(0) for match in ELEVEN_DIGITS.finditer(text) if is_identity_number(match.group(0))]


@dataclass(frozen=True)
class Warning:
    kind: str
    text: str

    @property
    def message(self) -> str:
        return {
            "phone": _("“%(text)s” looks like a telephone number."),
            "email": _("“%(text)s” looks like an e-mail address."),
            "name": _("“%(text)s” looks like a person's name together with a class or a school."),
        }[self.kind] % {"text": self.text}


def warnings(text: str) -> list[Warning]:
    """Likely identifiers other than identity numbers, for the writer to confirm."""
    found: list[Warning] = []
    without_ids = ELEVEN_DIGITS.sub(" ", text)
    for match in EMAIL.finditer(text):
        found.append(Warning("email", match.group(0)))
    for match in PHONE.finditer(EMAIL.sub(" ", without_ids)):
        found.append(Warning("phone", match.group(0).strip()))
    for match in NAME_NEAR_CLASS.finditer(text):
        found.append(Warning("name", (match.group(0)).strip()))
    return found
