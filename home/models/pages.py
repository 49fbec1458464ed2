from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from korus_site.core.pagecache import PageCacheMixin
from korus_site.core.routing import view

from .slugs import TransliteratedSlugPage


class HomePage(PageCacheMixin, TransliteratedSlugPage, Page):
    """The front page: the seven regions, upcoming course series and the latest news."""

    page_cache_expiry = "courses.services.pagecache.next_registration_change"

    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.RegionPage",
        "home.NewsIndexPage",
        "home.MaterialIndexPage",
        "home.StandardPage",
        "courses.CourseIndexPage",
        "courses.ModuleIndexPage",
    ]
    max_count = 1
    template = "home/home_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return view("home.views.home_page_context")(self, request, context)


class StandardPage(PageCacheMixin, TransliteratedSlugPage, Page):
    """A plain page: about, privacy, accessibility statement and the like."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    last_reviewed = models.DateField(
        _("last reviewed"), null=True, blank=True, help_text=_("Shown on the page, for example on the privacy page.")
    )

    parent_page_types = ["home.HomePage", "home.RegionPage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
