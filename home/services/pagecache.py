"""Which cached pages a change to the page tree, a region or the site settings makes stale.

The full-page cache itself is ``korus_site/core/pagecache.py``; the signal handlers that call
these functions are in ``home/signals.py``. Source: issue 13 ("Fast pages"), point 1.
"""

from wagtail.models import Page

from korus_site.core.pagecache import enabled, purge, purge_site

SITEMAP_PATH = "/sitemap.xml"
FEED_ROUTE = "feed/"


def page_path(page: Page) -> str | None:
    """The path of ``page`` on its site ("/korus-oslo/nyheter/"), or None when no site serves it."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    return str(parts[2])


def listing_paths(page: Page) -> list[str]:
    """The addresses that list or link ``page`` by its content: each ancestor's page and feed,
    and the national index of the same kind as its parent (all news at /nyheter/ for a
    regional news item, the finder at /kurs/ for a regional series) with its feed.
    """
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    listings: list[Page] = list(ancestors)
    parent = ancestors[-1] if ancestors else None
    if parent is not None and len(ancestors) > 1:
        site_root = ancestors[0]
        listings += Page.objects.child_of(site_root).filter(content_type_id=parent.content_type_id)
    paths = []
    for listing in listings:
        path = page_path(listing)
        if path is not None:
            paths += [path, path + FEED_ROUTE]
    return paths


def purge_page(page: Page, *, sitemap: bool = True) -> None:
    """Make stale the cached copies of ``page`` and its routes and subpages (feeds, calendars),
    of the pages that list it (``listing_paths``) and, unless ``sitemap`` is False, the sitemap.
    For a page published, unpublished, or changed in what it shows (seats left).
    """
    if not enabled():
        return
    path = page_path(page)
    paths = listing_paths(page)
    if sitemap:
        paths.append(SITEMAP_PATH)
    purge(paths=paths, trees=[path] if path is not None else [])


def purge_everything() -> None:
    """Make every cached page stale: after a page is moved or deleted, or its address changes
    (links to it appear anywhere), or a region or the site settings change (footer)."""
    purge_site()


def purge_region_pages() -> None:
    """Make every regional page stale: they list the schools with a Kjentmann and the people
    who chose to be listed (``courses.services.certificates.schools_with_kjentmann``)."""
    from home.models import RegionPage

    if not enabled():
        return
    paths = [path for page in RegionPage.objects.all() if (path := page_path(page)) is not None]
    purge(paths=paths)
