"""A laptop: debug on, a throwaway secret key, any local host."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production-0123456789abcdefghijklmnop"
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
STORAGES = LOCAL_STORAGES
WAGTAIL_CACHE = False

ALLOW_DEMO_DATA = True
