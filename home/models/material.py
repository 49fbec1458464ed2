from django.core.paginator import Paginator
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.choices import MaterialCategory
from korus_site.core.pagecache import PageCacheMixin

from .mixins import RegionScopedPage
from .slugs import TransliteratedSlugPage


class MaterialIndexPage(PageCacheMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    """The material library: /materiell/ shows all material, a region's library only its own."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["home.HomePage", "home.RegionPage"]
    subpage_types = ["home.MaterialPage"]
    max_count_per_parent = 1
    template = "home/material_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("material library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = MaterialPage.objects.live().public().with_latest_version().select_related("region")
        if self.region_id:
            items = items.filter(region_id=self.region_id)
        category = request.GET.get("kategori", "")
        if category in MaterialCategory.values:
            items = items.filter(category=category)
        context["categories"] = MaterialCategory.choices
        context["category"] = category
        context["material_page"] = Paginator(items, 20).get_page(request.GET.get("side"))
        return context


class MaterialPageQuerySet(PageQuerySet):
    def with_latest_version(self):
        """Annotate the newest version's date and order the newest material first."""
        return (
            self.annotate(latest_version_date=Max("versions__date"))
            .order_by(models.F("latest_version_date").desc(nulls_last=True), "title")
            .prefetch_related("versions__document")
        )


class MaterialPage(PageCacheMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    """A piece of material (handbook, guide, template) with its versions, newest first."""

    summary = models.TextField(_("summary"), max_length=600)
    category = models.CharField(_("category"), max_length=20, choices=MaterialCategory.choices)
    body = StreamField(BodyBlock(), verbose_name=_("more about the material"), blank=True)

    objects = PageManager.from_queryset(MaterialPageQuerySet)()

    parent_page_types = ["home.MaterialIndexPage"]
    subpage_types: list[str] = []
    template = "home/material_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("category"),
        InlinePanel("versions", heading=_("Versions"), label=_("version"), min_num=1),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.RelatedFields("versions", [index.SearchField("change_note"), index.SearchField("version")]),
    ]

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("material")

    def versions_newest_first(self):
        return sorted(self.versions.all(), key=lambda v: (v.date, v.pk or 0), reverse=True)

    @property
    def latest_version(self):
        versions = self.versions_newest_first()
        return versions[0] if versions else None


class MaterialVersion(Orderable):
    page = ParentalKey(MaterialPage, related_name="versions", on_delete=models.CASCADE)
    version = models.CharField(_("version"), max_length=20, help_text=_("For example “2.0” or “2025”."))
    date = models.DateField(_("date"))
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.PROTECT, related_name="+"
    )
    change_note = models.TextField(_("what changed"), help_text=_("What is new in this version, in a few sentences."))

    panels = [FieldPanel("version"), FieldPanel("date"), FieldPanel("document"), FieldPanel("change_note")]

    class Meta(Orderable.Meta):
        verbose_name = _("version")
        verbose_name_plural = _("versions")

    def __str__(self):
        return f"{self.page.title} {self.version}"
