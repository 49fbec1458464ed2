from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        return {"ok": False, "error": error.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def _check_cache() -> dict:
    key = "healthz:probe"
    cache = caches["counters"]  # the same cache as "default", but its errors are not hidden
    try:
        cache.set(key, "1", 10)
        ok = cache.get(key) == "1"
    except Exception as error:
        return {"ok": False, "error": error.__class__.__name__}
    backend = str(settings.CACHES["counters"]["BACKEND"]).rsplit(".", 1)[-1]
    return {"ok": ok, "backend": backend}


def _check_broker() -> dict:
    from korus_site.celery import app

    if app.conf.task_always_eager:
        return {"ok": True, "mode": "eager"}
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as error:
        return {"ok": False, "mode": "broker", "error": error.__class__.__name__}
    return {"ok": True, "mode": "broker"}


@never_cache
@require_GET
def healthz(request):
    """JSON health for load balancers: 200 when database, cache and broker answer, else 503."""
    checks = {"database": _check_database(), "cache": _check_cache(), "broker": _check_broker()}
    healthy = all(check["ok"] for check in checks.values())
    body = {"status": "ok" if healthy else "error", "checks": checks}
    return JsonResponse(body, status=200 if healthy else 503, json_dumps_params={"indent": None})


# Pages for one person or for staff: not for search engines (they need a login anyway).
ROBOTS_DISALLOW = (
    "/admin/",
    "/django-admin/",
    "/konto/",
    "/mine-kurs/",
    "/min-skole/",
    "/oppmote/",
    "/innsjekk/",
    "/kalender/",
    "/nettverk/",
    "/sok/",
    "/sprak/",
)


@require_GET
def robots_txt(request):
    """robots.txt: keep crawlers out of personal and staff pages, and point them to the sitemap."""
    from django.http import HttpResponse

    from korus_site.core.links import absolute_url

    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), ""]
    lines.append(f"Sitemap: {absolute_url('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@never_cache
@require_GET
def switch_language(request, code: str):
    """/sprak/<code>/?neste=<path>: show the site in language ``code`` from now on.

    A link, not a form: it sets only the language cookie (no session, no CSRF token), so the
    pages that link here stay the same for every anonymous visitor and can be cached
    (korus_site/core/pagecache.py). Redirects to ``neste`` when it is an address on this
    site, else to the front page. Raises Http404 for a language the site does not offer.
    """
    if code not in {language for language, _name in settings.LANGUAGES}:
        raise Http404("No such language")
    target = request.GET.get("neste", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response
