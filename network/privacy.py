"""The privacy guard: nobody, and above all no pupil, may be identifiable from what others read.

**Refused.** A valid Norwegian national identity number: a fødselsnummer, D-number or H-number.
A number is valid when its date part is a real day of the year (D-numbers add 4 to the first
digit, H-numbers add 4 to the third) and its two check digits hold: with weights
3,7,6,1,8,9,4,5,2,1 over digits 1–10 and 5,4,3,2,7,6,5,4,3,2,1 over digits 1–11, both sums are
divisible by 11. For numbers issued from 2032 the first sum may also leave remainder 1, 2 or 3
(Skatteetaten's announced change; the second check digit stays as today). Ordinary 11-digit
numbers that fail this pass. Source: the product rule in PRODUCT.md.

**Checked: what readers will see.** A text is looked at in two ways, and a number found in
either is refused:

1. as readers see a post: the Markdown rendered by the forum's own pipeline
   (:func:`network.rendering.render`), tags dropped, entities decoded;
2. as typed, with HTML entities decoded (so ``2102&#48;375989`` is caught in a title or a
   name too, and so is a number hidden in a link address or a Markdown image).

Both are then normalised (:func:`normalise`): Unicode NFKC (fullwidth and other compatibility
digits become 0–9, no-break spaces become spaces), invisible format characters such as the
zero-width space and joiner and the soft hyphen are dropped, and any other decimal digit
(Arabic-Indic and the like) is read as its value. Letters stay letters: ``O`` is not ``0``.

**How digit groups join.** In the normalised text, two neighbouring groups of digits belong to
one number when what lies between them is a separator: no letter or digit at all, and at most
:data:`MAX_SEPARATOR` (three) characters once every run of white space, and every run of one
repeated mark (``--``, ``...``), counts as one. So ``210203 75989``, ``21.02.03-75989``,
``(210203) 75989``, ``210203 / 75989``, ``210203 ... 75989``, a line break with a quote marker
(``"\\n> "``) and Markdown emphasis (``**``) all join. The limit of three is chosen because
every way of writing a number that a reader still reads as one number uses a short run of
punctuation and space, while two unrelated numbers in prose always have a word between them
(``og``, ``kl.``, ``tlf.``), which breaks the chain; a longer run of different marks reads as
a break between two things, not as a number. A candidate is any run of
consecutive *whole* groups holding exactly eleven digits: it never starts or ends inside a
group, so a twelve-digit account number is not read as an identity number with a digit in
front, and the date, check-digit and eleven-digit tests together keep dates, phone numbers,
organisation numbers and prices from being mistaken for one (see the must-pass vectors in
``tests/network/privacy_vectors.json``).

**Warned.** Other likely identifiers give warnings the writer must confirm before posting:
telephone numbers, e-mail addresses, a person's name together with a class or a school, with
an age ("Ola, 14 år") or with a street address ("Storgata 12"), and the word fødselsnummer,
personnummer, fnr, D- or H-nummer within 30 characters of eleven digits even when the check
digits fail.

**Applied once.** :class:`PrivacyGuardMixin` is the one place the guard runs: every form whose
free text others read (the forum's posts, edits, quotes, image descriptions, delete, hide and
report reasons, handles and profile names, and the sign-up forms staff read) uses it, and the
services behind those forms do not check again.
"""

import calendar
import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from network import rendering

if TYPE_CHECKING:
    _FormBase = forms.BaseForm  # what the mixin is mixed into, for the type checker
else:
    _FormBase = object

FIRST_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
SECOND_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
FIRST_REMAINDERS_FROM_2032 = {0, 1, 2, 3}
NUMBER_LENGTH = 11
# The longest run of separator characters (white space runs counting as one) that still joins two digit groups.
MAX_SEPARATOR = 3
# How far (in characters) the word "fødselsnummer" and its kin may be from eleven digits for a warning.
ID_WORD_DISTANCE = 30

DIGIT_GROUP = re.compile(r"[0-9]+")
WHITE_SPACE = re.compile(r"\s+")
REPEATED = re.compile(r"(.)\1+", re.DOTALL)
BLOCK_BREAK = re.compile(r"<br\s*/?>|<hr\s*/?>|</(?:p|li|blockquote|h3|h4|pre|ul|ol)>", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")

REFUSAL = _(
    "This contains what looks like a national identity number (fødselsnummer, D- or H-number), read as "
    "%(digits)s. Remove it: identity numbers are never stored here."
)
SPLIT_REFUSAL = _(
    "Read together with the fields next to it, this shows what looks like a national identity number "
    "(fødselsnummer, D- or H-number), read as %(digits)s. Remove the digits: identity numbers are never stored here."
)
CONFIRM_WARNINGS = _("Check the text for the things listed above, change it if needed, and confirm.")


# --- Normalising: what readers will see ----------------------------------------------------------


def normalise(text: str) -> str:
    """Decode HTML entities, apply NFKC, drop invisible format characters, read any decimal digit as 0–9.

    Takes and returns a str. Format characters are Unicode category Cf: zero-width space, joiners,
    soft hyphen, word joiner, byte-order mark, direction marks.
    """
    decoded = unicodedata.normalize("NFKC", html.unescape(text))
    characters = []
    for character in decoded:
        if unicodedata.category(character) == "Cf":
            continue
        if character.isdecimal() and not character.isascii():
            character = str(unicodedata.decimal(character))
        characters.append(character)
    return "".join(characters)


def reader_text(text: str) -> str:
    """A Markdown text as readers see it: rendered as posts are, tags dropped, entities decoded, normalised.

    Block ends and line breaks become newlines; inline tags (emphasis, code, links) vanish, so
    ``210203**75989**`` reads ``21020375989`` as it does on screen.
    """
    rendered = rendering.render(text)
    return normalise(TAG.sub("", BLOCK_BREAK.sub("\n", rendered)))


def views(text: str) -> tuple[str, str]:
    """The two normalised ways of reading a text that the guard checks: as rendered, and as typed."""
    return reader_text(text), normalise(text)


# --- Identity numbers ----------------------------------------------------------------------------


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
    """Whether ``value``'s digits form a valid fødselsnummer, D- or H-number (today's rule or the 2032 one).

    Takes any string; only its ASCII digits count, and there must be exactly eleven.
    """
    digits = [int(c) for c in value if c in "0123456789"]
    if len(digits) != NUMBER_LENGTH or not _valid_date(digits):
        return False
    if _weighted(digits, SECOND_WEIGHTS) != 0:
        return False
    return _weighted(digits, FIRST_WEIGHTS) in FIRST_REMAINDERS_FROM_2032


@dataclass(frozen=True)
class Candidate:
    """Eleven digits as a reader may read them, and where they stand in the normalised text."""

    digits: str
    start: int
    end: int


def is_separator(gap: str) -> bool:
    """Whether the characters between two digit groups join them into one number (see the module docstring).

    Takes the characters between the groups; white space runs and runs of one repeated mark
    (``--``, ``...``, ``**``) each count as one character.
    """
    if any(character.isalnum() for character in gap):
        return False
    return len(REPEATED.sub(r"\1", WHITE_SPACE.sub(" ", gap))) <= MAX_SEPARATOR


def candidates(normalised: str) -> Iterator[Candidate]:
    """Every run of consecutive whole digit groups, joined by separators, that holds exactly eleven digits.

    Takes text already passed through :func:`normalise`; yields candidates in order, whatever
    their check digits.
    """
    chain: list[re.Match] = []
    for group in DIGIT_GROUP.finditer(normalised):
        if chain and not is_separator(normalised[chain[-1].end() : group.start()]):
            yield from _windows(chain)
            chain = []
        chain.append(group)
    yield from _windows(chain)


def _windows(chain: list[re.Match]) -> Iterator[Candidate]:
    for first in range(len(chain)):
        total = 0
        for last in range(first, len(chain)):
            total += len(chain[last].group())
            if total == NUMBER_LENGTH:
                digits = "".join(group.group() for group in chain[first : last + 1])
                yield Candidate(digits, chain[first].start(), chain[last].end())
            if total >= NUMBER_LENGTH:
                break


def identity_numbers(text: str) -> list[str]:
    """The valid identity numbers a reader could read in ``text``, as eleven-digit strings, each once.

    ``text`` is what the writer typed (Markdown or plain); both ways of reading it (:func:`views`)
    are checked. An empty list means the text may be stored.
    """
    found: list[str] = []
    for view in views(text):
        for candidate in candidates(view):
            if is_identity_number(candidate.digits) and candidate.digits not in found:
                found.append(candidate.digits)
    return found


# --- Warnings ------------------------------------------------------------------------------------

PHONE = re.compile(
    r"(?<![\d])(?:\+47[ \u00a0]?|0047[ \u00a0]?)?"
    r"(?:[2-9]\d(?:[ \u00a0]?\d{2}){3}|[2-9]\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{3})(?![\d])"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NAME_WORD = r"[A-ZÆØÅ][a-zæøåäöüéèáàó]+(?:-[A-ZÆØÅ][a-zæøåäöüéèáàó]+)?"
CAPITALISED_RUN = re.compile(rf"\b{NAME_WORD}(?:[ \t]+{NAME_WORD})*\b")
CLASS = re.compile(
    r"\b(?:[1-9]|10)\s?\.?\s?[A-Za-zÆØÅæøå]\b"  # 9B, 10 A, 8.c
    r"|\b(?:[1-9]|10)\.\s?(?:trinn|klasse)\b"
    r"|\b[Vv][Gg]\s?[1-3]\b"
    r"|\b[Kk]lasse\s?\w+"
)
SCHOOL = re.compile(r"\b\w*(?:skole|skule)n?\b")
AGE = re.compile(r"\b(?P<years>\d{1,2})[ \t]?(?:år\b|-?åring\w*)|\((?P<in_brackets>\d{1,2})(?:[ \t]?år)?\)")
YOUNGEST, OLDEST = 5, 25  # ages of pupils, with some room
STREET_SUFFIX = (
    r"(?:gata|gaten|gate|gt\.?|veien|vegen|vei|veg|vn\.?|stien|plassen|plass|alléen|allé|svingen|tunet"
    r"|torget|ringen|løkka|kroken|terrasse)"
)
ADDRESS = re.compile(
    rf"(?:\b(?:[A-ZÆØÅ][a-zæøå]+s?\.?[ \t]+){{1,3}}(?:gate|gata|vei|veg|plass|allé|terrasse)"
    rf"|\b[A-ZÆØÅ][a-zæøå]*{STREET_SUFFIX})"
    r"[ \t]+\d{1,4}(?:[ \t]?[A-Za-z]\b)?(?![ \t]?-?år)"
)
ID_WORD = re.compile(
    r"\b(?:fødsels(?:nummer|numre|nr)\w*|person(?:nummer|numre|nr)\w*|f\.?[ \t]?nr|fnr|p\.?nr"
    r"|[dh]-(?:nummer|numre|nr)\w*|identitetsnummer\w*)\b\.?",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
# Capitalised words that start sentences or name roles and places, not people (lower-cased, bokmål and nynorsk).
_NOT_NAMES = """
    jeg eg vi me du dere de dei han hun ho den det der her hvis viss om når da så men og eller for fordi at som
    hva kva hvem kven hvor kvar hvordan korleis hvorfor kvifor i på til fra frå med uten utan etter før over
    under mellom mot hos ved av ja nei jo hei hallo takk god godt ok kanskje også dessuten likevel derfor altså
    uansett vel nå no en ein ei et eit mange noen nokon alle ingen flere fleire min mitt mine vår vårt våre hans
    hennes hennar deres dykkar denne dette disse desse hver kvart elev eleven elevene elevar elevane gutten
    jenta foreldre foreldrene lærer læreren lærere rådgiver rådgjevar helsesykepleier helsesjukepleiar
    kontaktlærer kontaktlærar rektor kjentmann kjentmenn korus nav bup ppt mandag tirsdag onsdag torsdag
    fredag lørdag søndag måndag tysdag laurdag sundag norge noreg kommunen fylket skolen skulen klassen
    vil kan skal må har er blir bør fikk gikk var hadde oslo bergen trondheim stavanger tromsø kristiansand
    nord midt sør øst vest
"""
NOT_NAMES = frozenset(_NOT_NAMES.split())


@dataclass(frozen=True)
class Warning:
    """A likely identifier the writer must look at: its ``kind`` and the ``text`` as readers see it."""

    kind: str
    text: str

    @property
    def message(self) -> str:
        return {
            "phone": _("“%(text)s” looks like a telephone number."),
            "email": _("“%(text)s” looks like an e-mail address."),
            "name": _("“%(text)s” looks like a person's name together with a class or a school."),
            "age": _("“%(text)s” looks like a person's name together with an age."),
            "address": _("“%(text)s” looks like a person's name together with an address."),
            "id_word": _("“%(text)s” looks like an identity number, even if its check digits do not add up."),
        }[self.kind] % {"text": self.text}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    full: bool = False  # two or more capitalised words
    strong: bool = True  # not just a capitalised word opening a sentence


def _opens_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in " \t\"'«»“”‘’(*_–—•>#-":
        index -= 1
    return index < 0 or text[index] in ".!?:;\n"


def _names(text: str, taken: list[tuple[int, int]]) -> list[_Span]:
    """Capitalised words that may be a person's name, leaving out known non-names and ``taken`` spans."""
    names = []
    for match in CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(NAME_WORD, match.group(0)))
        while words and words[0].group(0).lower() in NOT_NAMES:
            words.pop(0)
        while words and words[-1].group(0).lower() in NOT_NAMES:
            words.pop()
        if not words:
            continue
        start, end = match.start() + words[0].start(), match.start() + words[-1].end()
        if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        full = len(words) > 1
        follows = text[end : end + 2]
        strong = full or not _opens_sentence(text, start) or follows.startswith((",", " ("))
        names.append(_Span(start, end, full, strong))
    return names


def _near(text: str, name: _Span, other: re.Match, distance: int) -> bool:
    if name.start < other.end() and other.start() < name.end:
        return False
    gap = text[name.end : other.start()] if name.end <= other.start() else text[other.end() : name.start]
    return len(gap) <= distance and not SENTENCE_BREAK.search(gap)


def _pairs(text: str, names: list[_Span], others: list[re.Match], distance: int, kind: str) -> Iterator[Warning]:
    for name in names:
        for other in others:
            if _near(text, name, other, distance):
                start, end = min(name.start, other.start()), max(name.end, other.end())
                yield Warning(kind, text[start:end].strip())


def _is_age(match: re.Match) -> bool:
    return YOUNGEST <= int(match.group("years") or match.group("in_brackets")) <= OLDEST


def warnings(text: str) -> list[Warning]:
    """Likely identifiers other than valid identity numbers, for the writer to confirm; each once, in order found.

    Takes what the writer typed and looks at it as readers will see it (:func:`reader_text`).
    """
    seen = reader_text(text)
    found: list[Warning] = []
    elevens = list(candidates(seen))
    for word in ID_WORD.finditer(seen):
        for number in elevens:
            after = 0 <= number.start - word.end() <= ID_WORD_DISTANCE
            before = 0 <= word.start() - number.end <= ID_WORD_DISTANCE
            if after or before:
                found.append(Warning("id_word", seen[min(word.start(), number.start) : max(word.end(), number.end)]))
    blanked = list(seen)
    for number in elevens:
        blanked[number.start : number.end] = " " * (number.end - number.start)
    without_numbers = "".join(blanked)
    found += [Warning("email", match.group(0)) for match in EMAIL.finditer(seen)]
    for match in PHONE.finditer(EMAIL.sub(lambda m: " " * len(m.group(0)), without_numbers)):
        found.append(Warning("phone", match.group(0).strip()))

    addresses = list(ADDRESS.finditer(seen))
    schools = list(SCHOOL.finditer(seen))
    taken = [(match.start(), match.end()) for match in addresses + schools]
    names = _names(seen, taken)
    strong = [name for name in names if name.strong]
    # A full name right before "skole" is the school's own name ("Nordre Fjellstad skole"), not a person's.
    full = [name for name in strong if name.full]
    found += _pairs(seen, strong, list(CLASS.finditer(seen)), 40, "name")
    found += [
        warning
        for warning in _pairs(seen, full, schools, 40, "name")
        if not re.fullmatch(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})*[ \t]+\w*(?:skole|skule)n?", warning.text)
    ]
    ages = [match for match in AGE.finditer(seen) if _is_age(match)]
    found += _pairs(seen, strong, [match for match in ages if match.group("years")], 15, "age")
    # "(14)" is an age only right after a name: "Kari (14)", not "Randaberg kommune (5)".
    found += _pairs(seen, strong, [match for match in ages if match.group("in_brackets")], 1, "age")
    found += _pairs(seen, names, addresses, 40, "address")
    return list(dict.fromkeys(found))


# --- Forms: the one place the guard is applied ---------------------------------------------------


def _shown(numbers: list[str]) -> dict[str, str]:
    """The numbers found, written as readers know them ("210203 75989"), so a writer sees what was read."""
    return {"digits": ", ".join(f"{number[:6]} {number[6:]}" for number in numbers)}


class PrivacyGuardMixin(_FormBase):
    """Refuses identity numbers in a form's free text, beside the field, and warns on other identifiers.

    Put it before the form's base class: ``class PostForm(PrivacyGuardMixin, KorusForm)``.

    - Every text field (any ``forms.CharField``, e-mail and slug fields included) is checked,
      except those named in ``privacy_exempt``. A refused field gets :data:`REFUSAL` as its error;
      what was typed stays in the form.
    - ``privacy_read_together`` lists groups of fields readers see as one text (a post's title,
      text and image description; a first and last name). A number split across them is refused
      too, with :data:`SPLIT_REFUSAL` beside each field of the group that holds digits.
    - ``privacy_warned`` names the fields whose joined text is scanned by :func:`warnings`; when
      nothing is refused and warnings are found, ``self.privacy_warnings`` lists them and the
      form's ``confirm_identifiers`` box must be ticked.

    This mixin is the one place the guard runs; the services behind these forms do not check again.
    """

    privacy_exempt: tuple[str, ...] = ()
    privacy_read_together: tuple[tuple[str, ...], ...] = ()
    privacy_warned: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_warnings: list[Warning] = []

    def privacy_checked_fields(self) -> list[str]:
        """The names of the fields the guard checks."""
        return [
            name
            for name, field in self.fields.items()
            if isinstance(field, forms.CharField) and name not in self.privacy_exempt
        ]

    def clean(self):
        cleaned = super().clean() or self.cleaned_data
        texts = {
            name: cleaned[name]
            for name in self.privacy_checked_fields()
            if isinstance(cleaned.get(name), str) and cleaned[name].strip()
        }
        refused = set()
        for name, text in texts.items():
            if numbers := identity_numbers(text):
                self.add_error(name, ValidationError(REFUSAL, code="identity_number", params=_shown(numbers)))
                refused.add(name)
        for group in self.privacy_read_together:
            present = [name for name in group if name in texts]
            if len(present) < 2 or refused.intersection(present):
                continue
            if numbers := identity_numbers("\n".join(texts[name] for name in present)):
                for name in present:
                    if any(character.isdigit() for character in normalise(texts[name])):
                        error = ValidationError(SPLIT_REFUSAL, code="identity_number", params=_shown(numbers))
                        self.add_error(name, error)
                        refused.add(name)
        if refused or not self.privacy_warned:
            return cleaned
        self.privacy_warnings = warnings("\n".join(texts[name] for name in self.privacy_warned if name in texts))
        if self.privacy_warnings and "confirm_identifiers" in self.fields and not cleaned.get("confirm_identifiers"):
            self.add_error("confirm_identifiers", ValidationError(CONFIRM_WARNINGS, code="warnings"))
        return cleaned
