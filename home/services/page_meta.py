"""What a page's <head> tells search engines, feed readers and link previews.

``head_meta`` gives the canonical address, a description, the Open Graph tags and the news
feeds a page advertises. Every address is absolute, from settings.BASE_URL (through the
Wagtail Site kept in line with it, see home/services/site.py).
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from home.fragments import FRAGMENT_TIMEOUT, fragment_version
from korus_site.core.links import absolute_url

DESCRIPTION_WORDS = 50
OG_IMAGE_SPEC = "fill-1200x630"


@dataclass
class Feed:
    title: str
    url: str


@dataclass
class HeadMeta:
    """Canonical URL, description, Open Graph title/image and the feeds (each once) of one page."""

    canonical: str
    title: str
    description: str = ""
    image: str = ""
    image_alt: str = ""
    og_type: str = "website"
    feeds: list[Feed] = field(default_factory=list)


def description_of(page: Page) -> str:
    """The page's search description, else its introduction, lead or summary, at most about 50 words."""
    for name in ("search_description", "intro", "lead", "summary"):
        text = (getattr(page, name, "") or "").strip()
        if text:
            return Truncator(" ".join(text.split())).words(DESCRIPTION_WORDS)
    return ""


def _image(page: Page) -> tuple[str, str]:
    image = getattr(page, "image", None)
    if image is None or not hasattr(image, "get_rendition"):
        return "", ""
    try:
        rendition = image.get_rendition(OG_IMAGE_SPEC)
    except Exception:  # a missing or broken file must not break the page
        return "", ""
    return absolute_url(rendition.url), getattr(image, "description", "") or image.title


def _region_id(page: Page) -> int | None:
    from home.models import RegionPage

    if isinstance(page, RegionPage):
        return page.region_id
    return getattr(page, "region_id", None)


def feeds_for(page: Page) -> list[Feed]:
    """The news feeds a page advertises: the national one, and its region's on regional pages.

    Each feed appears once; a news index advertises its own feed. Kept in the cache per region
    and language under ``home.fragments.fragment_version()``, so publishing, moving or deleting
    a page (or changing a region) shows at once; the same answer is asked on every page.
    """
    region_id = _region_id(page) if page is not None else None
    key = f"feeds:{fragment_version()}:{region_id or 0}:{get_language()}"
    found = cache.get(key)
    if found is None:
        found = [(feed.title, feed.url) for feed in _find_feeds(region_id)]
        cache.set(key, found, FRAGMENT_TIMEOUT)
    return [Feed(title=title, url=url) for title, url in found]


def _find_feeds(region_id: int | None) -> list[Feed]:
    from django.db.models import Q

    from home.models import NewsIndexPage

    wanted = Q(region_id__isnull=True) | Q(region_id=region_id) if region_id else Q(region_id__isnull=True)
    indexes = NewsIndexPage.objects.live().public().filter(wanted)
    feeds = []
    for index in sorted(indexes.select_related("region"), key=lambda index: (index.region_id is not None, index.path)):
        title = _("News from %(region)s") % {"region": index.region.name} if index.region_id else _("News from KORUS")
        feeds.append(Feed(title=title, url=index.get_full_url() + "feed/"))
    return feeds


def head_meta(page: Page | None = None, *, request: HttpRequest | None = None, title: str = "") -> HeadMeta:
    """The head of a Wagtail ``page``, or of another view's page (then ``request`` and ``title``).

    The canonical address leaves out the query string (filters, page numbers).
    """
    if page is not None:
        canonical = page.get_full_url(request)
        image, image_alt = _image(page)
        return HeadMeta(
            canonical=canonical,
            title=page.seo_title or page.title,
            description=description_of(page),
            image=image,
            image_alt=image_alt,
            og_type="article" if page.specific_class.__name__ == "NewsPage" else "website",
            feeds=feeds_for(page),
        )
    path = request.path if request is not None else "/"
    return HeadMeta(canonical=absolute_url(path), title=title, feeds=feeds_for(None))
