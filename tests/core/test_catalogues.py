"""Every UI string has a bokmål and a nynorsk translation, and the compiled catalogues are current."""

from pathlib import Path

import polib
import pytest

from django.conf import settings

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 100
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"untranslated in {language}: {missing[:20]}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy[:20]}"


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_compiled_catalogue_matches_source(language):
    directory = LOCALE_DIR / language / "LC_MESSAGES"
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(directory / "django.po")).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(directory / "django.mo"))
        if entry.msgid
    }
    assert source == compiled, "run `make messages` to recompile"


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_norwegian_text_quotes_with_guillemets(language):
    """Norwegian quotes «so», never “so” or "so" (HTML attributes inside a string are not quotes)."""
    import re

    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    wrong = []
    for entry in catalogue.translated_entries():
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            prose = re.sub(r"<[^>]*>", "", text)
            if re.search(r"[“”„]|\"", prose):
                wrong.append(text)
    assert not wrong, wrong[:10]


def test_one_series_is_singular_in_norwegian():
    from django.utils import translation
    from django.utils.translation import pgettext

    with translation.override("nb"):
        assert pgettext("one series", "Course series") == "Kursrekke"
    with translation.override("nn"):
        assert pgettext("one series", "Course series") == "Kursrekkje"
