"""A small fixed-window rate limiter on the cache, shared by every web process via Redis.

The counters live in the "counters" cache (Redis in production, errors raised). When Redis
cannot be reached the limiter falls back to counting in this process's memory, so a limit
still holds (per process) and nothing a person does fails because the cache is away. Logins
are limited by django-axes in the database, whatever the cache does.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

# Used only while the shared counters cannot be reached.
_local_counters = LocMemCache("korus-ratelimit-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def client_ip(request) -> str:
    """The client's address, trusting as many X-Forwarded-For hops as PROXY_COUNT says."""
    proxies = int(getattr(settings, "PROXY_COUNT", 0) or 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _count(cache, cache_key: str, window: int) -> int:
    """Add one hit to ``cache_key`` (which expires ``window`` seconds after its first hit); the new count."""
    if cache.add(cache_key, 1, window):
        return 1
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, window)
        return 1


def allow(key: str, *, limit: int, window: int) -> bool:
    """Count one hit for ``key``; False once more than ``limit`` hits fall in ``window`` seconds.

    Never raises for a cache that is away: it then counts in this process (and logs a warning).
    """
    cache_key = f"ratelimit:{key}"
    try:
        count = _count(caches["counters"], cache_key, window)
    except Exception:  # any cache error: Redis down, a timeout, a refused connection
        logger.warning("Rate-limit counters unreachable; counting %s in this process", key, exc_info=True)
        count = _count(_local_counters, cache_key, window)
    return count <= limit
