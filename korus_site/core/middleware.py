from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

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
