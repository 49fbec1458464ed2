"""The version that keys cached template fragments (navigation, footer, region cards).

Fragments that show pages or site settings are cached with Django's ``{% cache %}`` tag
under ``fragment_version()`` and the language. Publishing, unpublishing, moving or deleting
a page, and saving a region or the site settings, bump the version, so the next render
builds every fragment afresh; old entries simply expire. The signal handlers are in
``home/signals.py``.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "fragments:version"
# Seconds an unused fragment stays cached; a bump makes the old ones unreachable anyway.
FRAGMENT_TIMEOUT = 24 * 60 * 60


def fragment_version() -> str:
    """The current fragment version (a short random string), made on first use."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
    return version


def _new_version() -> str:
    version = uuid.uuid4().hex[:12]
    cache.set(VERSION_KEY, version, None)
    return version


def bump_fragment_version() -> None:
    """Make every cached fragment stale: now, and again once the change is committed.

    Bumping now lets the same transaction (and a test) see the change; bumping after the
    commit makes sure no fragment rendered by another request from the data as it was
    before the commit stays cached.
    """
    _new_version()
    transaction.on_commit(_new_version)
