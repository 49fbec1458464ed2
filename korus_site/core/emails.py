"""Sending e-mail: plain text and HTML from templates, once per idempotency key."""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import SentNotice

logger = logging.getLogger(__name__)

Attachment = tuple[str, bytes | str, str]  # filename, content, mimetype


def render_email(template: str, context: dict, language: str | None = None) -> tuple[str, str, str]:
    """Render ``emails/<template>_subject.txt``, ``.txt`` and ``.html``."""
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
    key: str | None = None,
    attachments: Iterable[Attachment] = (),
    language: str | None = None,
) -> bool:
    """Send one e-mail. With a ``key`` it is sent at most once; returns whether it was sent.

    The key is recorded in the same transaction as the send: if sending fails the record
    is rolled back and a retry sends it again.
    """
    subject, text, html = render_email(template, context, language)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[to])
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)

    if key is None:
        message.send()
        return True
    try:
        with transaction.atomic():
            SentNotice.objects.create(key=key[:200], recipient=to)
            message.send()
    except IntegrityError:
        logger.info("Notice %s was already sent; not sending again", key)
        return False
    return True
