"""Template filters every template may use without loading them (settings: TEMPLATES builtins)."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def machine_datetime(value: datetime.datetime | datetime.date | None) -> str:
    """A ``<time datetime>`` value: local time with its UTC offset and whole seconds.

    HTML allows at most three digits of fractions of a second, so microseconds are dropped
    ("2026-12-01T09:00:00+01:00"). A date gives "2026-12-01"; None gives "".
    """
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


@register.simple_tag
def content_lang() -> str:
    """` lang="nb"` for an element holding what editors wrote, when the page is shown in another language.

    Editors write pages in the site's language (settings.LANGUAGE_CODE); a visitor who chose
    nynorsk or English gets the menus in that language, and screen readers must read the
    editors' text as bokmål. Returns "" when the page is shown in the content's language.
    """
    from django.conf import settings
    from django.utils import translation
    from django.utils.html import format_html

    if (translation.get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)
