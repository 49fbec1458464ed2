"""Absolute addresses on this site, always from settings.BASE_URL (never the request's host)."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` (starting with "/") as an absolute URL under settings.BASE_URL; an absolute ``path`` is kept."""
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.BASE_URL.rstrip('/')}{path}"
