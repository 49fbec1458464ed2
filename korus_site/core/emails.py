"""Sending e-mail: plain text and HTML from templates, in the reader's language.

Notices are sent from outbox work (korus_site/core/outbox.py), which makes each one happen
once; this module only renders and sends.
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

Attachment = tuple[str, bytes | str, str]  # filename, content, mimetype


def render_email(template: str, context: dict, language: str | None = None) -> tuple[str, str, str]:
    """Render ``emails/<template>_subject.txt``, ``.txt`` and ``.html`` in ``language``.

    Returns (subject on one line, plain text, HTML). Without a language: the site default.
    """
    context = {"base_url": settings.BASE_URL, **context}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    return " ".join(subject.split()), text, html


def send_templated_email(
    *,
    to: str,
    template: str,
    context: dict,
    attachments: Iterable[Attachment] = (),
    language: str | None = None,
) -> bool:
    """Render and send one e-mail to ``to``; returns True once the mail backend accepted it.

    Raises whatever the mail backend raises (the outbox records it and tries again).
    """
    subject, text, html = render_email(template, context, language)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[to])
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
    return True
