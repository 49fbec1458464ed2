"""The benchmark's own process: production settings, but it may seed demo data and use plain HTTP."""

from .production import *  # noqa: F403

ALLOW_DEMO_DATA = True
SECURE_SSL_REDIRECT = False
STORAGES = LOCAL_STORAGES
