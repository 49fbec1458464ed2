"""Full-page cache for anonymous visitors to public pages, never stale.

What is cached: answers to anonymous GET requests that a page or view has opted into
(``PageCacheMixin`` on a Wagtail page class, ``@cache_public_page`` on a view), with status
200, no cookie set, no CSRF token used and nothing personal. Logged-in visitors, anyone with
a session or message cookie, an ``Authorization`` header, the admin and every other method
bypass the cache.

How it is keyed: host, path, query string and language, plus *generations*: one random
token per directory prefix of the path (``/``, ``/korus-oslo/``, ``/korus-oslo/kurs/`` …,
"trees") and one for the exact path. Purging replaces a token (``purge``), so every entry
keyed with the old one can no longer be reached and simply expires; nothing needs to be
enumerated, on Redis or in memory. Purging the tree ``/`` purges the whole site. The
tokens are read before the page is rendered: a page rendered from data older than a purge
is stored under the old tokens, where nobody finds it.

Headers: ``ETag`` (a hash of the body), ``Last-Modified`` (when it was rendered) and
``Cache-Control: public, max-age=0, must-revalidate`` so that a proxy in front asks every
time; a conditional GET is answered 304, from the cache or not. Public answers carry these
headers also when the cache is off or cannot be reached.

Bounded: at most ``MAX_VARIANTS`` answers with a query string are stored per path in each
cache lifetime; made-up parameters beyond that are served fresh.

Settings: ``PAGE_CACHE`` (on or off) and ``PAGE_CACHE_SECONDS`` (how long an entry lives,
at most). A page may end its entry earlier (``expire_at``), e.g. at the next time a series'
sign-up opens or closes. Which changes purge which pages: ``home/services/pagecache.py`` and
``courses/services/pagecache.py``. Source: issue 13 ("Fast pages"), point 1.
"""

import datetime
import hashlib
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.module_loading import import_string

from .middleware import ADMIN_PREFIXES, SUPPORTED_LANGUAGES

logger = logging.getLogger(__name__)

GENERATION_PREFIX = "pagecache:gen:"
ENTRY_PREFIX = "pagecache:page:"
VARIANTS_PREFIX = "pagecache:variants:"
# Answers with a query string stored per path and cache lifetime; beyond it they are served fresh.
MAX_VARIANTS = 100
# A generation token outlives every entry keyed with it; when one is gone a new one is made.
GENERATION_SECONDS = 24 * 60 * 60
# Addresses beyond these are served, never cached: they would only fill the cache.
MAX_QUERY_LENGTH = 256
MAX_DEPTH = 10
CACHE_CONTROL = "public, max-age=0, must-revalidate"

Expiry = datetime.datetime | Callable[[], datetime.datetime | None] | str


# Opting in ----------------------------------------------------------------------------------


def mark_public(request, expiry: Expiry | None = None) -> None:
    """Let the answer to ``request`` be cached for anonymous visitors.

    ``expiry`` (optional) is a moment after which the answer may show something else: a
    datetime, a function returning one (or None), or its dotted path. It is only worked
    out when the answer is stored.
    """
    if getattr(request, "korus_page_cache", None) is False:
        return
    request.korus_page_cache = True
    if expiry is not None:
        request.korus_page_cache_expiry = [*getattr(request, "korus_page_cache_expiry", []), expiry]


def mark_uncacheable(request) -> None:
    """Never cache the answer to ``request`` (a form, a receipt), whatever else opted in."""
    request.korus_page_cache = False


def cache_public_page(view: Callable) -> Callable:
    """Decorator: the view's answers may be cached for anonymous visitors (see ``mark_public``)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        mark_public(request)
        return view(request, *args, **kwargs)

    return wrapper


class PageCacheMixin:
    """For Wagtail page classes whose pages (and routes) are public and the same for every
    anonymous visitor. ``page_cache_expiry`` may name (by dotted path) a function returning
    the next moment the page can change by itself."""

    page_cache_expiry: str | None = None

    def serve(self, request, *args, **kwargs):
        mark_public(request, self.page_cache_expiry)
        return super().serve(request, *args, **kwargs)  # type: ignore[misc]


# Purging ------------------------------------------------------------------------------------


def enabled() -> bool:
    """Whether the page cache is on (setting ``PAGE_CACHE``). With it off nothing is cached, so
    callers skip working out what to purge."""
    return bool(getattr(settings, "PAGE_CACHE", False))


def _tree_key(prefix: str) -> str:
    return f"{GENERATION_PREFIX}tree:{prefix}"


def _path_key(path: str) -> str:
    return f"{GENERATION_PREFIX}path:{path}"


def _replace_tokens(keys: list[str]) -> None:
    if keys:
        cache.set_many({key: uuid.uuid4().hex for key in keys}, GENERATION_SECONDS)


def purge(paths: Iterable[str] = (), trees: Iterable[str] = ()) -> None:
    """Make cached answers stale: each address in ``paths`` (every query string of it) and
    everything under each path in ``trees`` (a path ending in "/"; "/" is the whole site).

    Purges now (the same transaction sees it) and again after the commit, so that no page
    rendered by another request from the data before the commit stays cached.
    """
    keys = sorted({_path_key(p) for p in paths} | {_tree_key(t) for t in trees})
    if not keys:
        return
    _replace_tokens(keys)
    transaction.on_commit(lambda: _replace_tokens(keys))


def purge_site() -> None:
    """Make every cached page stale."""
    purge(trees=["/"])


# The middleware -----------------------------------------------------------------------------


def _prefixes(path: str) -> list[str]:
    """ "/a/b/c.ics" → ["/", "/a/", "/a/b/"]; "/a/b/" → ["/", "/a/", "/a/b/"]."""
    parts = path.split("/")[1:-1]
    return ["/"] + ["/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def _generations(keys: list[str]) -> list[str] | None:
    """The token for each key, made where missing; None when the cache cannot be reached."""
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            if not cache.add(key, uuid.uuid4().hex, GENERATION_SECONDS):
                break  # made by another request meanwhile, or the cache is away: no more waiting on it
        found.update(cache.get_many(missing))
        if any(key not in found for key in missing):
            return None
    return [found[key] for key in keys]


def _language(request: HttpRequest) -> str:
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return language if language in SUPPORTED_LANGUAGES else settings.LANGUAGE_CODE


def _personal_or_odd(request: HttpRequest) -> bool:
    """Whether the request may get an answer for this person alone, or is not worth a cache entry."""
    return (
        request.method not in ("GET", "HEAD")
        or request.path.startswith(ADMIN_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
        or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH
        or request.path.count("/") > MAX_DEPTH
    )


def entry_key(request: HttpRequest) -> str | None:
    """The cache key for the answer to ``request`` as things are now, or None when it is never
    cached or the cache cannot be reached."""
    if not enabled() or _personal_or_odd(request):
        return None
    path = request.path
    keys = [_tree_key(prefix) for prefix in _prefixes(path)] + [_path_key(path)]
    tokens = _generations(keys)
    if tokens is None:
        return None
    parts = [request.get_host(), path, request.META.get("QUERY_STRING", ""), _language(request), *tokens]
    return ENTRY_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(request, "korus_page_cache", False) is True
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "korus_personal", False)
        and not getattr(request, "is_preview", False)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "csrf_cookie_needs_reset", False)
        and not (user is not None and user.is_authenticated)
        and not (session is not None and session.modified)
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def _timeout(request: HttpRequest) -> int:
    """Seconds to keep the answer: ``PAGE_CACHE_SECONDS``, or less if the page expires sooner."""
    seconds = int(getattr(settings, "PAGE_CACHE_SECONDS", 300))
    now = timezone.now()
    for expiry in getattr(request, "korus_page_cache_expiry", []):
        if isinstance(expiry, str):
            expiry = import_string(expiry)
        moment = expiry() if callable(expiry) else expiry
        if moment is not None:
            seconds = min(seconds, int((moment - now).total_seconds()))
    return seconds


def _validators(content: bytes) -> tuple[str, float]:
    return f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"', time.time()


def _set_public_headers(response: HttpResponse, etag: str, stored: float) -> None:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored)
    response["Cache-Control"] = CACHE_CONTROL


class PageCacheMiddleware:
    """Answers anonymous requests for public pages from the cache (see the module docstring).

    Placed before ``SessionMiddleware``, so that a hit never touches the session.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public_request = not _personal_or_odd(request)
        key = entry_key(request) if public_request else None
        if key is not None:
            entry = cache.get(key)
            if entry is not None:
                return self._from_entry(request, entry)
        response = self.get_response(request)
        if not (public_request and _cacheable(request, response)):
            return response
        # A public answer gets the same validators whether or not it could be stored (cache off
        # or unreachable): without Cache-Control a browser would guess a freshness of its own.
        etag, stored = _validators(response.content)
        _set_public_headers(response, etag, stored)
        if key is not None:
            seconds = _timeout(request)
            if seconds > 0 and _room_for_variant(request, seconds):
                headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
                entry = {"content": response.content, "headers": headers, "etag": etag, "stored": stored}
                cache.set(key, entry, seconds)
            response["X-Page-Cache"] = "miss"
        return _conditional(request, response, etag, int(stored))

    @staticmethod
    def _from_entry(request, entry: dict) -> HttpResponse:
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return _conditional(request, response, entry["etag"], int(entry["stored"]))


def _conditional(request: HttpRequest, response: HttpResponse, etag: str, last_modified: int) -> HttpResponse:
    """``response``, or a 304 when the visitor's copy is current. The 304 varies on what the full
    answer varies on (GZipMiddleware, outside this one, adds Accept-Encoding only to bodies)."""
    patch_vary_headers(response, ("Accept-Encoding",))
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response) or response


def _room_for_variant(request: HttpRequest, seconds: int) -> bool:
    """Whether one more answer with a query string may be stored for this path. At most
    ``MAX_VARIANTS`` in each ``seconds`` window: addresses with made-up parameters
    (``?utm_source=…``) are then served fresh instead of filling the cache."""
    if not request.META.get("QUERY_STRING"):
        return True
    key = f"{VARIANTS_PREFIX}{hashlib.sha256(request.path.encode()).hexdigest()}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        return True
    return count is None or count <= MAX_VARIANTS  # None: the cache went away meanwhile
