import mimetypes

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from korus_site.core.links import absolute_url

FEED_LENGTH = 30
ENCLOSURE_SPEC = "fill-1200x630"  # the same picture as the page's og:image


class NewsFeed(Feed):
    """RSS 2.0 for a news index: the national one carries every region's news."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.index_page.region_id:
            return _("News from %(region)s") % {"region": self.index_page.region.name}
        return _("News from KORUS")

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.intro or self.title()

    def feed_url(self):
        return self.index_page.get_full_url(self.request) + "feed/"

    def items(self):
        return list(self.index_page.news().prefetch_related("tags")[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_datetime

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.region.name if item.region_id else "KORUS"

    def item_enclosures(self, item):
        """The news item's main image as an enclosure: absolute URL, size in bytes and type."""
        if item.image is None:
            return []
        try:
            rendition = item.image.get_rendition(ENCLOSURE_SPEC)
            length = rendition.file.size
        except Exception:  # a missing image file leaves the item without a picture, not the feed broken
            return []
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        return [Enclosure(absolute_url(rendition.url), str(length), mime_type)]

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


def news_feed(request, index_page):
    """The RSS feed of a news index (national or a region's), as Wagtail's route calls it."""
    return NewsFeed(index_page)(request)
