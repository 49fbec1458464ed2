"""Settings shared by every environment.

This module is safe for production on its own: DEBUG is off and every secret comes from the
environment. ``dev`` and ``test`` loosen it for a laptop and for the test suite.
Every environment variable the project reads is read here (and listed in .env.example).
"""

import os
from pathlib import Path
from typing import Any, overload

import dj_database_url

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from korus_site.core.email_url import parse_email_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Runtime files (SQLite database, uploaded media, collected static files, e-mails) live
# in one ignored folder so a checkout stays clean.
VAR_DIR = Path(os.environ.get("KORUS_VAR_DIR", BASE_DIR / ".local"))


@overload
def env(name: str) -> str | None: ...
@overload
def env(name: str, default: str) -> str: ...
def env(name: str, default: str | None = None) -> str | None:
    """The environment variable ``name``, else ``default`` (a string when a default is given)."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def require_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


DEBUG = False
# Empty when unset: Django then refuses to run, as it would with None (dev and test settings set one).
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "korus_site",
    "korus_site.accounts",
    "korus_site.core",
    "home",
    "courses",
    "network",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "korus_site.core.middleware.RejectBadInputMiddleware",
    "korus_site.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "korus_site.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "korus_site.core.middleware.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "korus_site.urls"
WSGI_APPLICATION = "korus_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "korus_site.core.context_processors.site_context",
                "courses.context_processors.courses_menu",
            ],
            "builtins": ["korus_site.core.templatetags.korus_tags"],
        },
    },
]
FORM_RENDERER = "korus_site.core.forms.KorusFormRenderer"

# Database: SQLite file by default, anything dj-database-url understands through DATABASE_URL.
DATABASE_URL = env("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
if not env("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions make SQLite serialise writers instead of failing with
    # "database is locked" when two sign-ups race.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "korus_site.accounts.validators.UserAttributeSimilarityValidator"},
    {"NAME": "korus_site.accounts.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "my_courses"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 7  # a week: the "set your password" mail must survive a holiday

# Lock-out after repeated failed logins (site and admin), counted in the database: per account
# name (normalised e-mail) across addresses, and per address across accounts
# (korus_site.accounts.lockout).
AXES_HANDLER = "korus_site.accounts.lockout.AccountAndAddressHandler"
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
LOGIN_FAILURES_PER_ADDRESS = int(env("LOGIN_FAILURES_PER_ADDRESS", "20"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "korus_site.accounts.lockout.login_name"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# How many reverse proxies add themselves to X-Forwarded-For in front of the web processes.
PROXY_COUNT = int(env("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "korus_site.core.ratelimit.client_ip"

# Language and time
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", _("Norwegian Bokmål")),
    ("nn", _("Norwegian Nynorsk")),
    ("en", _("English")),
]
LANGUAGE_COOKIE_NAME = "korus_language"
# Our own strings first; then Wagtail's strings that its Norwegian catalogue lacks (kept by hand).
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_wagtail"]
FORMAT_MODULE_PATH = ["korus_site.formats"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# Wagtail has no nynorsk: a nynorsk admin shows our own strings in nynorsk and Wagtail's in
# bokmål (Django falls back to LANGUAGE_CODE for what a catalogue lacks).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")]
WAGTAILADMIN_USER_LOGIN_FORM = "korus_site.accounts.forms.AdminLoginForm"
WAGTAIL_I18N_ENABLED = False

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT") or VAR_DIR / "static")
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT") or VAR_DIR / "media")
# Let Django serve uploaded files itself (a single server without object storage or a proxy).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Forum images and certificates: outside MEDIA_ROOT, served only by views that check access.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT") or VAR_DIR / "private")
# Plain files on this machine; development, the tests and the benchmark use just these.
LOCAL_STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "korus_site.core.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STORAGES: dict[str, dict[str, Any]] = {
    **LOCAL_STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible object storage when a bucket is configured.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**STORAGES["default"]["OPTIONS"], "location": "private"},
    }

# Cache: Redis when REDIS_URL is set (a database apart from the broker's), memory otherwise.
# The cache is an optimisation, never a dependency: "default" ignores (and logs) Redis errors,
# so every page renders with Redis down. "counters" is the same Redis with errors raised, for
# the rate limits (korus_site.core.ratelimit falls back to counting in the process) and /healthz.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "korus_site.cache"  # one line a minute while Redis is away (LOGGING below)


def redis_caches(url: str) -> dict:
    """The CACHES setting for Redis at ``url``: short timeouts, errors ignored on "default"."""
    options = {
        "CLIENT_CLASS": "django_redis.client.DefaultClient",
        "SOCKET_CONNECT_TIMEOUT": 0.5,  # seconds; a page never waits longer for a Redis that is away
        "SOCKET_TIMEOUT": 0.5,
    }
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {**options, "IGNORE_EXCEPTIONS": True},
            "KEY_PREFIX": "korus",
        },
        "counters": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": options,
            "KEY_PREFIX": "korus",
        },
    }


REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "korus"},
        "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "korus"},
    }

# Full-page cache for anonymous visitors to public pages (korus_site/core/pagecache.py), on the
# "default" cache above. Publishing and every change a page shows purge the pages that show it.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS") or 300)

# Celery: eager when no broker is configured, Redis (or any broker URL) otherwise.
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or None
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND") or CELERY_BROKER_URL
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
if CELERY_TASK_ALWAYS_EAGER:
    CELERY_BROKER_URL = "memory://"  # never used for sending; keeps kombu from guessing a host
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A message a worker took but never finished (the worker was killed) goes back to the queue
# after five minutes instead of kombu's hour; the outbox sweep covers anything lost anyway.
# No task is scheduled further ahead than this (the outbox, not the broker, holds delays).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 300, "socket_connect_timeout": 2}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2}

# E-mail: EMAIL_URL (smtp://, smtps://, submission://, console:, file:, locmem:), console by default;
# korus_site/core/email_url.py says what each means.
EMAIL_URL = env("EMAIL_URL", "console:")
# Where replies go when no region is concerned (the site settings in the admin take precedence).
CONTACT_EMAIL = env("CONTACT_EMAIL", "")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "KORUS Kjentmann <ikke-svar@kjentmann.no>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_FILE_PATH = VAR_DIR / "mail"
globals().update(parse_email_url(EMAIL_URL, default_file_path=EMAIL_FILE_PATH))

# Wagtail
WAGTAIL_SITE_NAME = "KORUS Kjentmann"
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
BASE_URL = WAGTAILADMIN_BASE_URL
# Signs the Open Badges 3.0 credentials (ES256): a P-256 private key in PEM (newlines may be written as \n).
# Its public half is published at /.well-known/jwks.json. Without one (dev, tests) a key is derived
# from SECRET_KEY; production requires it.
OPEN_BADGES_SIGNING_KEY = env("OPEN_BADGES_SIGNING_KEY", "")
WAGTAILIMAGES_IMAGE_MODEL = "home.KorusImage"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "norwegian",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Pixels in one uploaded image (forum and staff images), read from the header before decoding.
MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security (the production module turns on HTTPS-only settings)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own preview views be framed by the admin
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
SILENCED_SYSTEM_CHECKS: list[str] = []

# Browser features no page of ours uses are switched off for every page (django-permissions-policy);
# embedded video players (YouTube, Vimeo) may go full screen and play.
VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", *VIDEO_ORIGINS],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", *VIDEO_ORIGINS],
    "fullscreen": ["self", *VIDEO_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *VIDEO_ORIGINS],
    "usb": [],
}
# No avatar (or anything else) is fetched from a third party, the admin included.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content Security Policy: every script and style is a file served by us; nothing inline.
# Wagtail's admin still relies on inline styles and scripts, so it gets a looser policy
# (korus_site.core.middleware.AdminCSPMiddleware).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
        "media-src": ["'self'", "https:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"cache_away": {"()": "korus_site.core.logfilters.CacheAwayFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "korus_site.cache": {"filters": ["cache_away"]},
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "celery.app.trace": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Demo content (`manage.py seed_demo`): allowed in dev and test, never in production.
ALLOW_DEMO_DATA = env_bool("ALLOW_DEMO_DATA", False)
DEMO_PASSWORD = env("DEMO_PASSWORD", "kjentmann-demo")
