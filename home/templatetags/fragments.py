from django import template

from home.fragments import FRAGMENT_TIMEOUT
from home.fragments import fragment_version as current_version

register = template.Library()


@register.simple_tag
def fragment_version() -> str:
    """``{% fragment_version as version %}``: the key part that changes when pages or settings do."""
    return current_version()


@register.simple_tag
def fragment_timeout() -> int:
    """Seconds a cached fragment is kept (``home.fragments.FRAGMENT_TIMEOUT``)."""
    return FRAGMENT_TIMEOUT
