"""Sending e-mail: plain text and HTML from templates, in the reader's language.

Notices are sent from outbox work (korus_site/core/outbox.py), which makes each one happen
once; this module only renders and sends.
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

Attachment = tuple[str, bytes | str, str]  # filename, content, mimetype
# Every notice is sent by the platform, not a person: out-of-office replies stay away (RFC 3834).
AUTOMATIC_HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def _render_text(name: str, context: dict) -> str:
    """A plain-text template, without HTML escaping: "Ås & Co" stays as typed, never "&amp;"."""
    # The backend template wraps the engine's Template, which renders a Context as built here.
    return get_template(name).template.render(Context(context, autoescape=False))  # type: ignore[attr-defined]


def render_email(template: str, context: dict, language: str | None = None) -> tuple[str, str, str]:
    """Render ``emails/<template>_subject.txt``, ``.txt`` and ``.html`` in ``language``.

    Returns (subject on one line, plain text, HTML). Without a language: the site default.
    The subject and text are plain text (not HTML-escaped); the HTML is escaped as usual.
    """
    context = {"base_url": settings.BASE_URL, **context}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = _render_text(f"emails/{template}_subject.txt", context)
        text = _render_text(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    return " ".join(subject.split()), text, html


def send_templated_email(
    *,
    to: str,
    template: str,
    context: dict,
    attachments: Iterable[Attachment] = (),
    language: str | None = None,
    reply_to: str = "",
    headers: dict[str, str] | None = None,
) -> bool:
    """Render and send one e-mail to ``to``; returns True once the mail backend accepted it.

    ``reply_to``: where answers go (a KORUS centre's address; see home/services/contact.py),
    left out when empty. ``headers`` are added to ``Auto-Submitted: auto-generated``.
    Raises whatever the mail backend raises (the outbox records it and tries again).
    """
    subject, text, html = render_email(template, context, language)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[to],
        reply_to=[reply_to] if reply_to else None,
        headers={**AUTOMATIC_HEADERS, **(headers or {})},
    )
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
    return True
