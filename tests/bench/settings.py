"""Settings for `make bench` only: production settings, demo data allowed, plain HTTP, the bench urlconf.

Lives in tests/bench (never imported by the site) so the bench also runs unchanged against an
older checkout. The bench urlconf adds a bare 30 KB view that measures the server's limit, and
lifts the sign-up rate limit so 100 sign-ups from one address can be measured.
"""

from korus_site.settings.production import *  # noqa: F403

ALLOW_DEMO_DATA = True
SECURE_SSL_REDIRECT = False
ROOT_URLCONF = "tests.bench.urls"
# Mail is not part of what is measured: the outbox still writes its rows, nothing is sent.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
