"""Find English in what Wagtail's admin shows staff: visible text, attributes and script data.

``texts(response)`` yields every string a person can see or hear on an admin page: text nodes
(also inside the ``<template>`` rows that scripts copy in), the attributes a screen reader or a
tooltip reads out, button values, and the labels and strings inside the JSON from which Wagtail's
scripts draw StreamField blocks, panels and choosers. ``english(text)`` says whether one of those
strings reads as English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

# Attributes whose value a person reads or hears.
READ_ATTRIBUTES = (
    "title",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "placeholder",
    "alt",
    "data-w-tooltip-content-value",
    "data-w-progress-active-value",
    "data-w-clipboard-success-value",
    "data-w-clipboard-error-value",
    "data-w-upgrade-message-value",
    "data-w-tag-delete-label-value",
)
# Attributes holding the JSON Wagtail's Stimulus controllers build widgets from.
JSON_ATTRIBUTE = re.compile(r"^data-w-[a-z-]+-value$")
# Keys in that JSON whose string values end up on screen.
JSON_TEXT_KEYS = {
    "label",
    "helpText",
    "help_text",
    "title",
    "heading",
    "placeholder",
    "description",
    "text",
    "messages",
    "message",
    "content",
    "caption",
    "addText",
    "chooseText",
    "editText",
    "chooseAnotherText",
    "errorMessage",
}
UPPER_KEY = re.compile(r"^[A-Z][A-Z0-9_]+$")  # {"ADD_COMMENT": "Add Comment"}

# Words of English UI text that neither bokmål nor nynorsk uses. Words that are Norwegian too
# ("for", "at", "by", "side", "time", "type", "status", "filter", "all", "no", "last", "open",
# "sort", "just", "be") are left out.
ENGLISH_WORDS = frozenset(
    " ".join(
        (
            "the and of this that these those with your you are is was were has have been will would",
            "can't don't doesn't isn't won't cannot not yes which what when where there their them they",
            "its an or on in into onto must should could may here if than then some any more only",
            "other others also being such each every please sorry success successfully unknown none",
            "add added adding edit edited editing delete deleted deleting save saved saving cancel",
            "cancelled choose chosen select selected search searching settings setting comment comments",
            "publish published publishing unpublish unpublished draft drafts help view viewing preview",
            "image images document documents user users name title date created updated changed",
            "live locked unlocked lock unlock move moved copy copied history revision revisions compare",
            "current previous next back close show hide toggle submit submitted approve approved",
            "reject rejected workflow workflows task tasks moderation upload uploaded download file files",
            "size order items item results result found clear remove replace reset apply first",
            "private public root site sites children child parent subpage subpages page pages new",
            "insert block blocks field fields required optional error errors invalid empty",
            "yesterday today tomorrow ago minute minutes hour hours day days week weeks month months",
            "year years collection collections tag tags snippet snippets report reports account",
            "password email logout log dashboard explorer welcome recent owner author latest earliest",
            "link links text heading paragraph list bold italic superscript subscript strikethrough",
            "undo redo embed table caption",
        )
    ).split()
)
# Names and loanwords that read the same in Norwegian.
ALLOWED = ("Wagtail", "KORUS", "Kjentmann", "Markdown", "RSS", "PDF", "CSV", "URL", "ID", "API", "HTML", "Draftail")
ENGLISH_WORD = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")(?![\w-])", re.I)
ALLOWED_WORD = re.compile(r"\b(" + "|".join(ALLOWED) + r")\b")
# Norwegian writes nouns in lower case: "Legg til Samlinger" is a label built from a title-cased,
# plural verbose name.
TITLE_CASED_ADD = re.compile(r"\bLegg til (?!KORUS|Kjentmann)[A-ZÆØÅ][a-zæøå]")
ADDRESSES = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+")
NOT_TEXT = re.compile(r"^(https?://|/|#|[\w.+-]+@[\w.-]+$|[\w-]+(\.[\w-]+)*$)")


@cache
def english_msgids() -> frozenset[str]:
    """Every English source string of Wagtail and of this project that has no placeholder."""
    import polib

    from django.conf import settings

    import wagtail

    catalogues = [*Path(wagtail.__file__).parent.glob("**/locale/en/LC_MESSAGES/*.po")]
    catalogues.append(Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES" / "django.po")
    msgids: set[str] = set()
    for po in catalogues:
        for entry in polib.pofile(str(po)):
            for msgid in (entry.msgid, entry.msgid_plural):
                if msgid and "%" not in msgid and "{" not in msgid and re.search(r"[A-Za-z]{3}", msgid):
                    msgids.add(msgid.strip())
    return frozenset(msgids)


@cache
def norwegian_msgstrs() -> frozenset[str]:
    """Every nb and nn translation in use, to tell a word both languages share from English."""
    from django.utils import translation

    strings: set[str] = set()
    for language in ("nb", "nn"):
        catalogue = translation.trans_real.translation(language)
        while catalogue is not None:
            strings.update(str(value).strip() for _key, value in (getattr(catalogue, "_catalog", None) or {}).items())
            catalogue = getattr(catalogue, "_fallback", None)
    return frozenset(strings)


def english(text: str) -> bool:
    """Whether ``text`` (one visible string) reads as English, or as a label built the English way."""
    text = " ".join(text.split())
    if not text or NOT_TEXT.match(text) or not re.search(r"[A-Za-z]", text):
        return False
    if TITLE_CASED_ADD.search(text):
        return True
    if ENGLISH_WORD.search(ALLOWED_WORD.sub(" ", ADDRESSES.sub(" ", text))):
        return True
    return text in english_msgids() and text not in norwegian_msgstrs()


def _json_texts(value, key: str | None = None, in_strings: bool = False) -> Iterator[str]:
    if isinstance(value, dict):
        for child_key, child in value.items():
            yield from _json_texts(child, child_key, in_strings or child_key in {"strings", "STRINGS"})
    elif isinstance(value, list):
        for child in value:
            yield from _json_texts(child, key, in_strings)
    elif isinstance(value, str) and value.strip():
        if value.lstrip()[:1] in "{[":
            return  # a field's stored value (rich text as Draftail JSON), not the admin's words
        if key == "html":
            yield from html_texts(value)
        elif key in JSON_TEXT_KEYS or in_strings or (key and UPPER_KEY.match(key)):
            yield value


def _json_in(value: str) -> Iterator[str]:
    value = value.strip()
    if value[:1] not in ("[", "{"):
        return
    try:
        data = json.loads(value)
    except ValueError:
        return
    yield from _json_texts(data)


def html_texts(html: str) -> Iterator[str]:
    """The strings a person reads or hears on an HTML page or in a fragment of one."""
    soup = BeautifulSoup(html, "lxml")
    for node in soup.descendants:
        if isinstance(node, Comment | Doctype):
            continue
        if isinstance(node, NavigableString):
            yield from _string_texts(node)
        elif isinstance(node, Tag):
            yield from _tag_texts(node)


def _string_texts(node: NavigableString) -> Iterator[str]:
    parent = node.parent
    if parent is not None and parent.name == "script":
        if (parent.get("type") or "").endswith("json"):
            yield from _json_in(str(node))
    elif parent is not None and parent.name in {"style", "textarea"}:
        return  # a textarea holds a field's value, not the admin's words
    elif str(node).strip():
        yield str(node)


def _tag_texts(node: Tag) -> Iterator[str]:
    """A tag's readable attributes, a button's value, and the words inside its JSON attributes."""
    for attribute in READ_ATTRIBUTES:
        if node.get(attribute):
            yield node[attribute]
    if node.name == "input" and node.get("type") in {"submit", "button", "reset"} and node.get("value"):
        yield node["value"]
    for attribute, value in node.attrs.items():
        if JSON_ATTRIBUTE.match(attribute) and isinstance(value, str):
            yield from _json_in(value)


def texts(response) -> Iterator[str]:
    """The readable strings of an admin response: an HTML page, or a dialog's JSON."""
    content = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        yield from _json_texts(json.loads(content))
    else:
        yield from html_texts(content)


def english_in(response) -> list[str]:
    """The distinct English strings of a response, in the order they appear."""
    found: list[str] = []
    for text in texts(response):
        text = " ".join(text.split())
        if english(text) and text not in found:
            found.append(text)
    return found
