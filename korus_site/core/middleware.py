from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .ids import LARGEST_ID

SUPPORTED_LANGUAGES = {code for code, _name in settings.LANGUAGES}

# Wagtail's admin still needs inline scripts and styles; it gets a policy of its own that
# keeps everything else locked to this origin.
ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self' https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class LanguageMiddleware:
    """Bokmål unless the visitor has chosen nynorsk or English.

    Unlike Django's LocaleMiddleware this ignores the browser's Accept-Language header: a
    Norwegian public service answers in bokmål by default, and the stable public addresses
    carry no language prefix.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in SUPPORTED_LANGUAGES:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        if request.path.startswith(ADMIN_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", ADMIN_CSP)
        return response


class RejectBadInputMiddleware:
    """Input no view can use is refused here, the same way for every address.

    - A NUL byte in the path, the query string or a form field is a 400 (Bad Request):
      databases refuse it in text (PostgreSQL raises, SQLite's full-text search breaks).
    - A whole number in the path that no database id can be (beyond a 64-bit integer) is a
      404, like any id that does not exist.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _has_nul(request.GET):
            raise BadRequest("NUL byte in the address")
        if request.method == "POST" and _has_nul(request.POST):
            raise BadRequest("NUL byte in a form field")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        for value in [*view_args, *view_kwargs.values()]:
            if isinstance(value, int) and value > LARGEST_ID:
                raise Http404("No such id")
        return None


def _has_nul(data) -> bool:
    return any("\x00" in key or any("\x00" in value for value in data.getlist(key)) for key in data)


def personal(view):
    """Mark a view whose answer belongs to one person even without a login (a secret address, a token).

    ``PrivateResponseMiddleware`` then keeps it out of every shared cache.
    """
    view.korus_personal = True
    return view


def mark_personal(request) -> None:
    """Mark the answer to ``request`` as one person's (``@personal`` for views reached through a
    Wagtail page route, where the decorator cannot be seen): ``Cache-Control: private, no-store``."""
    request.korus_personal = True


class PrivateResponseMiddleware:
    """``Cache-Control: private, no-store`` on every personal answer: to a logged-in person, or from a
    view marked ``@personal``. An answer a view has declared public (a badge image) is left as it is.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        personal_answer = getattr(request, "korus_personal", False) or bool(user and user.is_authenticated)
        if personal_answer and "public" not in response.get("Cache-Control", ""):
            response["Cache-Control"] = "private, no-store"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        target = getattr(view_func, "view_class", view_func)
        if getattr(view_func, "korus_personal", False) or getattr(target, "korus_personal", False):
            request.korus_personal = True
        return None
