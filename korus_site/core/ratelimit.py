"""A small fixed-window rate limiter on the cache, shared by every web process via Redis."""

from django.conf import settings
from django.core.cache import cache


def client_ip(request) -> str:
    """The client's address, trusting as many X-Forwarded-For hops as PROXY_COUNT says."""
    proxies = int(getattr(settings, "PROXY_COUNT", 0) or 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def allow(key: str, *, limit: int, window: int) -> bool:
    """Count one hit for ``key``; False once more than ``limit`` hits fall in ``window`` seconds."""
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, 1, window):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, window)
        return True
    return count <= limit
