"""PDF documents whose fonts draw the names people in Norway write.

DejaVu Sans draws Latin (Norwegian, Sámi, Vietnamese …), Greek and Cyrillic; Noto Sans draws
Arabic-script names (Arabic, Persian, Urdu, Sorani), Ethiopic (Tigrinya, Amharic) and Thai as
fallbacks. HarfBuzz shapes the text, so Arabic joins and runs right to left and combining marks
sit on their letters. The fonts are vendored from npm by ``make vendor`` (korus_site/fonts).
"""

import functools
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

MAIN_FAMILY = "DejaVu"
# family: (regular file, bold file); the first is the main font, the others fill in what it lacks.
FONTS = {
    MAIN_FAMILY: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "NotoArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "NotoEthiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    "NotoThai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
}
# Characters that are never drawn as glyphs of their own: spaces, joiners, direction marks.
INVISIBLE_CATEGORIES = {"Zs", "Cf", "Cc"}


class KorusPDF(FPDF):
    """An FPDF with every font registered, fallbacks set and text shaping on.

    ``archival=True`` makes the file PDF/A-2b (ISO 19005-2, level B): fpdf2 then embeds the
    sRGB output intent and writes the XMP metadata with the PDF/A identification, and refuses
    anything PDF/A forbids. ``fallbacks`` names the fallback families to register (all when
    None); each registered font costs time to read and to subset, so a document whose text is
    known up front registers only those ``fallbacks_for`` its text.
    """

    def __init__(self, *args, archival: bool = False, fallbacks: list[str] | None = None, **kwargs):
        if archival:
            kwargs["enforce_compliance"] = "PDF/A-2B"
        super().__init__(*args, **kwargs)
        if fallbacks is None:
            fallbacks = [family for family in FONTS if family != MAIN_FAMILY]
        for family in [MAIN_FAMILY, *fallbacks]:
            regular, bold = FONTS[family]
            self.add_font(family, "", str(FONT_DIR / regular))
            self.add_font(family, "B", str(FONT_DIR / bold))
        if fallbacks:
            self.set_fallback_fonts(fallbacks)
        self.set_text_shaping(True)
        self.set_font(MAIN_FAMILY, size=11)
        self.set_auto_page_break(auto=True, margin=20)
        self.set_creator("KORUS Kjentmann")


@functools.cache
def _faces(family: str) -> frozenset[int]:
    """Code points that both the regular and the bold face of ``family`` can draw."""
    regular, bold = (set(TTFont(FONT_DIR / name, lazy=True).getBestCmap()) for name in FONTS[family])
    return frozenset(regular & bold)


def fallbacks_for(text: str) -> list[str]:
    """The fallback families (in fallback order) that draw some character of ``text`` the main font cannot."""
    needed = {ord(char) for char in unicodedata.normalize("NFC", text)} - _faces(MAIN_FAMILY)
    return [family for family in FONTS if family != MAIN_FAMILY and needed & _faces(family)]


def needs_shaping(text: str) -> bool:
    """Whether ``text`` needs HarfBuzz to be drawn right: letters of a fallback font, combining
    marks, or right-to-left script. Other text (Norwegian, English …) is set as well without it, faster.
    """
    text = unicodedata.normalize("NFC", text)
    if any(unicodedata.combining(char) or unicodedata.bidirectional(char) in {"R", "AL"} for char in text):
        return True
    return bool(fallbacks_for(text))


@functools.cache
def _covered() -> frozenset[int]:
    """Code points that both the regular and the bold face of some font can draw."""
    return frozenset().union(*(_faces(family) for family in FONTS))


def missing_characters(text: str) -> list[str]:
    """The characters of ``text`` (taken in Unicode NFC) that no PDF font can draw, in order, once each.

    Spaces, joiners and direction marks are never missing. An empty list means the text can be
    printed as it is.
    """
    covered = _covered()
    missing: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if ord(char) in covered or unicodedata.category(char) in INVISIBLE_CATEGORIES or char in missing:
            continue
        missing.append(char)
    return missing


def simple_document(title: str, paragraphs: list[str], *, subtitle: str = "") -> bytes:
    """A plain A4 document: a title, an optional subtitle and paragraphs. Returns the PDF's bytes."""
    text = "".join([title, subtitle, *paragraphs])
    pdf = KorusPDF(format="A4", fallbacks=fallbacks_for(text))
    pdf.set_text_shaping(needs_shaping(text))
    pdf.set_title(title)
    pdf.set_lang("nb")
    pdf.add_page()
    pdf.set_font(MAIN_FAMILY, "B", 18)
    pdf.multi_cell(0, 9, title)
    if subtitle:
        pdf.ln(2)
        pdf.set_font(MAIN_FAMILY, "", 10)
        pdf.multi_cell(0, 6, subtitle)
    pdf.set_font(MAIN_FAMILY, "", 11)
    for paragraph in paragraphs:
        pdf.ln(4)
        pdf.multi_cell(0, 6, paragraph)
    return bytes(pdf.output())
