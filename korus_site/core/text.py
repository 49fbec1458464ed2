"""Text made for addresses: slugs and handles with Norwegian (and Sámi) letters spelt out in ASCII."""

from slugify import slugify as _transliterating_slugify


def slug(text: str, *, separator: str = "-", max_length: int = 0) -> str:
    """A URL slug of ``text``: lower-case ASCII, letters transliterated (ø→o, æ→ae, å→a, č→c) by python-slugify.

    "Foreldremøte" gives "foreldremote"; ``max_length`` (0: no limit) cuts at a word boundary.
    Returns "" for text without letters or digits.
    """
    return _transliterating_slugify(text or "", separator=separator, max_length=max_length, word_boundary=True)
