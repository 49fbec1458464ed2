import datetime

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from korus_site.core.pagecache import PageCacheMixin
from korus_site.core.routing import view

from .mixins import RegionScopedPage
from .slugs import TransliteratedSlugPage

NEWS_PER_PAGE = 12


class NewsIndexPage(PageCacheMixin, RoutablePageMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    """News: /nyheter/ lists every region's news, /<region>/nyheter/ one region's. Each has a feed."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["home.HomePage", "home.RegionPage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1
    template = "home/news_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")

    @property
    def is_national(self) -> bool:
        return self.region_id is None

    def news(self):
        """The live, public news items this index lists, newest first, without their bodies (lists show the lead)."""
        items = NewsPage.objects.live().public().defer_streamfields()
        if not self.is_national:
            items = items.filter(region_id=self.region_id)
        return items.select_related("region", "image").order_by("-date", "-first_published_at", "-pk")

    @path("")
    def index(self, request):
        items = self.news()
        tag = request.GET.get("tag", "").strip()
        if tag:
            items = items.filter(tags__slug=tag)
        paginator = Paginator(items, NEWS_PER_PAGE)
        page = paginator.get_page(request.GET.get("side"))
        return self.render(request, context_overrides={"news_page": page, "tag": tag})

    @path("feed/")
    def feed(self, request):
        return view("home.feeds.news_feed")(request, self)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("home.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(PageCacheMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    date = models.DateField(_("date"), default=datetime.date.today)
    lead = models.TextField(_("lead"), max_length=500, help_text=_("One or two sentences shown in lists and feeds."))
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    image = models.ForeignKey(
        "home.KorusImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The image's alternative text is written when it is uploaded."),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "home/news_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        # The news lists sort by date, newest first: these let PostgreSQL read the newest rows
        # (of all regions, or of one) in order and stop, instead of sorting every item.
        indexes = [
            models.Index(models.F("date").desc(), models.F("page_ptr").desc(), name="news_date_idx"),
            models.Index("region", models.F("date").desc(), models.F("page_ptr").desc(), name="news_region_date_idx"),
        ]

    @property
    def published_datetime(self) -> datetime.datetime:
        """When the item counts as published, for feeds: its date, at the time it went live."""
        published = self.first_published_at or timezone.now()
        if timezone.localdate(published) == self.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(8, 0)))
