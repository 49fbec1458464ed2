"""Production: HTTPS only, secrets from the environment, fail fast when one is missing."""

from .base import *  # noqa: F403
from .base import DATABASE_URL, env, env_bool, require_env

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
OPEN_BADGES_SIGNING_KEY = require_env("OPEN_BADGES_SIGNING_KEY")
ALLOWED_HOSTS = require_env("ALLOWED_HOSTS").split(",")
if DATABASE_URL.startswith("sqlite"):
    from django.core.exceptions import ImproperlyConfigured

    if not env_bool("ALLOW_SQLITE_IN_PRODUCTION"):
        raise ImproperlyConfigured("Production needs DATABASE_URL pointing at PostgreSQL.")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 60 * 60 * 12

# seed_demo refuses to run here.
ALLOW_DEMO_DATA = False
