"""One public address: settings.BASE_URL, and the Wagtail Site record kept in line with it.

Wagtail builds a page's full URL (``page.get_full_url()``, used by feeds, calendars and
JSON-LD) from the default Site's hostname and port; Django code builds absolute URLs from
BASE_URL. ``sync_default_site`` makes the two agree. It runs after every ``migrate`` (a
``post_migrate`` receiver, see home/apps.py) and when the demo is seeded, never at import or
start-up time, so starting the site never touches the database.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import CheckMessage
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError

from wagtail.models import Site


def base_url_host_and_port(base_url: str | None = None) -> tuple[str, int]:
    """The hostname and port of ``base_url`` (default: settings.BASE_URL).

    The port defaults to 443 for https and 80 for http, which is how Wagtail's
    ``Site.root_url`` leaves the port out of URLs. Raises ImproperlyConfigured for an address
    without a scheme or host, or an https address on another port than 443 (Wagtail would
    write it as http).
    """
    parts = urlsplit(base_url or settings.BASE_URL)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(f"BASE_URL must be an http(s) address with a host, not {base_url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("BASE_URL with https must use port 443: Wagtail writes other ports as http")
    if parts.path.strip("/"):
        raise ImproperlyConfigured("BASE_URL must be the site's root address, without a path")
    return parts.hostname, port


def sync_default_site(base_url: str | None = None) -> Site | None:
    """Give the default Wagtail Site the hostname and port of BASE_URL; returns it (None if there is none yet).

    If several Site records exist, the default one is kept as it is chosen by Wagtail
    (``is_default_site``); when there is no default but exactly one site, that one becomes it.
    Saves only when something changed.
    """
    hostname, port = base_url_host_and_port(base_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        sites = list(Site.objects.all()[:2])
        if len(sites) != 1:
            return None
        site = sites[0]
    if (site.hostname, site.port, site.is_default_site) != (hostname, port, True):
        site.hostname, site.port, site.is_default_site = hostname, port, True
        site.save()
    return site


def sync_default_site_after_migrate(sender: object, using: str = "default", **kwargs: object) -> None:
    """``post_migrate`` receiver: keep the Site in line with BASE_URL after each ``migrate``."""
    if getattr(sender, "name", "") != "home":
        return  # once per migrate, after this app's tables exist
    sync_default_site()


def check_default_site(app_configs: object = None, databases: object = None, **kwargs: object) -> list[CheckMessage]:
    """Django check (database tag: ``manage.py check --database default``): the Site matches BASE_URL.

    Returns a warning naming the difference, and nothing when they agree or no database is checked.
    """
    from django.core.checks import Warning as CheckWarning

    if not databases:
        return []
    hostname, port = base_url_host_and_port()
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # ``migrate`` runs the checks before Wagtail's tables exist
        return []
    if site is None or (site.hostname, site.port) == (hostname, port):
        return []
    return [
        CheckWarning(
            f"The default Wagtail Site is {site.hostname}:{site.port}, but BASE_URL is {settings.BASE_URL}.",
            hint="Run `manage.py migrate` (it brings the Site in line with BASE_URL).",
            id="home.W001",
        )
    ]
