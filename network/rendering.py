"""Markdown for posts, rendered and sanitised: no scripts, no event handlers, no javascript: links."""

import re

import markdown
import nh3

from django.utils.html import escape

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
    "span",
    "del",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}}
# Which rules rendered a stored post (Post.render_version). Raise it whenever ``render`` would give
# different HTML for the same text (tags allowed, Markdown extensions, mentions); posts rendered
# by older rules are then rendered again by ``manage.py rerender_posts``.
RENDER_VERSION = 1
MENTION = re.compile(r"(?<![\w@/])@([a-z0-9][a-z0-9._-]{1,58}[a-z0-9])", re.IGNORECASE)


def mentioned_handles(text: str) -> set[str]:
    return {handle.lower() for handle in MENTION.findall(text)}


def render(text: str, known_handles: dict[str, str] | None = None) -> str:
    """Markdown to safe HTML. ``known_handles`` maps handle -> display name for @mentions."""
    # Literal "<" is shown as typed: nobody writes HTML here, and it keeps "a < b" readable.
    html = markdown.markdown(text.replace("<", "&lt;"), extensions=["sane_lists", "nl2br"], output_format="html")
    if known_handles:

        def replace(match):
            handle = match.group(1).lower()
            if handle not in known_handles:
                return match.group(0)
            return f'<span class="mention">@{escape(known_handles[handle])}</span>'

        html = _outside_tags(html, lambda chunk: MENTION.sub(replace, chunk))
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )


def plain_text(html: str) -> str:
    """A rendered post as plain text for e-mail: no Markdown, tags or entities, lists and paragraphs kept.

    Uses inscriptis, which lays out block elements and lists the way a text browser would.
    """
    from inscriptis import get_text

    html = re.sub(r"</?span[^>]*>", "", html or "")  # mentions are inline text, not a separate chunk
    lines = [line.rstrip() for line in get_text(html).strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def _outside_tags(html: str, change) -> str:
    """Apply ``change`` to text between tags only, never inside a tag's attributes."""
    parts = re.split(r"(<[^>]*>)", html)
    return "".join(part if part.startswith("<") else change(part) for part in parts)


def quote(text: str, author_name: str) -> str:
    """A reply's opening: the quoted post as a Markdown block quote."""
    lines = [f"> {line}" if line else ">" for line in text.strip().splitlines()]
    return f"> **{author_name}:**\n>\n" + "\n".join(lines) + "\n\n"
