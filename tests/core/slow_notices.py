"""Outbox work for the killed-worker test: a notice that takes a moment, as a real one rendering a PDF would."""

import time

from django.core.mail import send_mail

from korus_site.core import outbox


@outbox.work
def slow_notice(email: str) -> None:
    """Wait half a second, then e-mail ``email`` one short notice."""
    time.sleep(0.5)
    send_mail("Melding fra Kjentmann", "Hei, dette er en melding.", None, [email])
