import io

from pypdf import PdfReader

from korus_site.core.pdf import fallbacks_for, simple_document


def embedded_fonts(data: bytes) -> set[str]:
    """The base names of the fonts a PDF's pages use, without the subset prefix."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_norwegian_text_needs_no_fallback_font():
    assert fallbacks_for("Kjentmann-håndboken – «Æ, ø og å»") == []


def test_text_in_other_scripts_gets_the_fallbacks_that_draw_it():
    assert fallbacks_for("Ahmed أحمد") == ["NotoArabic"]
    assert fallbacks_for("ሰላም และ สวัสดี") == ["NotoEthiopic", "NotoThai"]


def test_a_simple_document_draws_every_script_of_its_text():
    data = simple_document("Samtykke", ["Navnet er أحمد.", "Og ሰላም."], subtitle="Versjon 1")
    fonts = embedded_fonts(data)
    assert any("DejaVu" in name for name in fonts)
    assert any("Arabic" in name for name in fonts)
    assert any("Ethiopic" in name for name in fonts)
    assert not any("Thai" in name for name in fonts)
