"""PDF documents with a font that covers Norwegian (and Sámi) letters."""

from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"


class KorusPDF(FPDF):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_font("DejaVu", size=11)
        self.set_auto_page_break(auto=True, margin=20)
        self.set_creator("KORUS Kjentmann")


def simple_document(title: str, paragraphs: list[str], *, subtitle: str = "") -> bytes:
    """A plain A4 document: a title, an optional subtitle and paragraphs."""
    pdf = KorusPDF(format="A4")
    pdf.set_title(title)
    pdf.set_lang("nb")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, title)
    if subtitle:
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 6, subtitle)
    pdf.set_font("DejaVu", "", 11)
    for paragraph in paragraphs:
        pdf.ln(4)
        pdf.multi_cell(0, 6, paragraph)
    return bytes(pdf.output())
