"""The test suite: fast hashing, plain static storage, in-memory cache and mail."""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES, VAR_DIR

DEBUG = False
SECRET_KEY = "test-secret-key-that-is-long-enough-for-django-checks-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = LOCAL_STORAGES
MEDIA_ROOT = VAR_DIR / "test-media" / str(os.getpid())
PRIVATE_MEDIA_ROOT = VAR_DIR / "test-private" / str(os.getpid())
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "korus-test"},
    "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "korus-test"},
}
# Off, so that tests see every change at once; tests/core/test_pagecache.py turns it on.
PAGE_CACHE = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if os.environ.get("KORUS_WORKER_MAIL_DIR"):
    # A Celery worker started by a test writes its e-mails where the test can read them.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = Path(os.environ["KORUS_WORKER_MAIL_DIR"])
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "norwegian"},
}
if os.environ.get("KORUS_WORKER_DATABASE_NAME"):
    # A Celery worker started by a test connects straight to that test's database, and what
    # it queues itself goes to the queue it listens on.
    DATABASES["default"]["NAME"] = os.environ["KORUS_WORKER_DATABASE_NAME"]
    CELERY_TASK_DEFAULT_QUEUE = os.environ.get("KORUS_WORKER_QUEUE", "celery")
else:
    # In-process tests run tasks at once, whatever the broker, so they can look at the result.
    # The `celery_worker` fixture switches to the broker for tests that need a real worker.
    CELERY_TASK_ALWAYS_EAGER = True
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        # A file, not memory, so that a Celery worker started by a test can see the same data.
        DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
AXES_ENABLED = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

ALLOW_DEMO_DATA = True
