"""Markdown is rendered and sanitised: no script, no event handlers, no javascript: links survive."""

from html.parser import HTMLParser

import pytest

from network.rendering import render

XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">klikk</a>',
    "[klikk](javascript:alert(1))",
    "[klikk](JaVaScRiPt:alert(1))",
    "[klikk](  javascript:alert(1))",
    "[klikk](java&#x09;script:alert(1))",
    "[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klikk](vbscript:msgbox(1))",
    '<a href="#" onclick="alert(1)">x</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    "<form action=javascript:alert(1)><button>x</button></form>",
    "![x](javascript:alert(1))",
    '![x](x" onerror="alert(1))',
    "<details open ontoggle=alert(1)>",
    "`<script>alert(1)</script>`",
    "<<script>script>alert(1)<</script>/script>",
    '<a href="&#106;avascript:alert(1)">x</a>',
]


class Elements(HTMLParser):
    """The tags and attributes a browser would build from the HTML (text is only text)."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


SAFE_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre", "a", "span", "del"}


@pytest.mark.parametrize("payload", XSS)
def test_no_script_survives(payload):
    parser = Elements()
    parser.feed(render(payload))
    for tag, attrs in parser.tags:
        assert tag in SAFE_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), name
            assert name in {"href", "title", "rel", "class"}, name
            if name == "href":
                assert value.split(":", 1)[0].strip().lower() in {"http", "https", "mailto"} or ":" not in value, value


def test_ordinary_markdown_is_kept():
    html = render("**fet** og *kursiv*\n\n- en\n- to\n\n> et sitat\n\n[KORUS](https://korus.no)")
    assert "<strong>fet</strong>" in html
    assert "<em>kursiv</em>" in html
    assert "<li>en</li>" in html
    assert "<blockquote>" in html
    assert 'href="https://korus.no"' in html
    assert 'rel="nofollow noopener noreferrer ugc"' in html


def test_literal_angle_brackets_are_shown_as_typed():
    assert "&lt;script&gt;" in render("Skriv aldri <script> i et innlegg.")


def test_mentions_become_names_only_for_members():
    html = render("Hei @kari.berg og @ukjent.person", {"kari.berg": "Kari Berg"})
    assert '<span class="mention">@Kari Berg</span>' in html
    assert "@ukjent.person" in html
