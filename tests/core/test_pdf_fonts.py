import io

from pypdf import PdfReader

from korus_site.core.pdf import fallbacks_for, needs_shaping, simple_document


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


def test_only_text_with_marks_other_scripts_or_right_to_left_needs_shaping():
    assert not needs_shaping("Kjentmann-håndboken – «Æ, ø og å», 2026")
    assert needs_shaping("Ahmed أحمد")
    assert needs_shaping("Ŋ\u0301")  # a letter with a combining accent, as some Sámi names are written
    assert needs_shaping("שלום")


def test_a_simple_document_without_shaping_has_its_text():
    data = simple_document("Kjentmann-håndboken", ["Tidlige tegn på rusbruk."], subtitle="Versjon 2.0")
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Kjentmann-håndboken" in text
    assert "Tidlige tegn på rusbruk." in text
