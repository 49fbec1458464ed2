from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Collection, Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from korus_site.core.pagecache import PageCacheMixin
from korus_site.core.routing import view

from .slugs import TransliteratedSlugPage

NATIONAL_ADMIN_GROUP = "Nasjonal administrator"


class Region(models.Model):
    """A regional KORUS centre. The seven are loaded by a migration."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    short_name = models.CharField(_("short name"), max_length=40, help_text=_("For example “Oslo”."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    editors_group = models.OneToOneField(
        Group, verbose_name=_("editors"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    leads_group = models.OneToOneField(
        Group, verbose_name=_("leads"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    collection = models.OneToOneField(
        Collection, verbose_name=_("collection"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    logo = models.ForeignKey(
        "home.KorusImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Printed at the top of the region's certificates. Without one, the KORUS name is drawn instead."),
    )
    signatory_name = models.CharField(
        _("signed by"),
        max_length=150,
        blank=True,
        help_text=_("The person whose name stands under the signature line on the region's certificates."),
    )
    signatory_title = models.CharField(
        _("signatory's title"), max_length=150, blank=True, help_text=_("For example “Head of KORUS Oslo”.")
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return f"/{self.slug}/"


class Fylke(models.Model):
    number = models.CharField(_("county number"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(
        Region,
        verbose_name=_("KORUS region"),
        related_name="fylker",
        on_delete=models.PROTECT,
        help_text=_("The KORUS centre that serves this county."),
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("county")
        verbose_name_plural = _("counties")

    def __str__(self):
        return self.name


class Kommune(models.Model):
    number = models.CharField(_("municipality number"), max_length=4, unique=True)
    name = models.CharField(_("name"), max_length=100)
    fylke = models.ForeignKey(Fylke, verbose_name=_("county"), related_name="kommuner", on_delete=models.PROTECT)

    class Meta:
        ordering = ["name", "number"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name


class RegionPage(PageCacheMixin, TransliteratedSlugPage, Page):
    """A regional KORUS centre's own page: /korus-oslo/ and so on."""

    page_cache_expiry = "courses.services.pagecache.next_registration_change"

    region = models.OneToOneField(Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="page")
    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("about the centre"), blank=True)
    host = models.CharField(_("hosted by"), max_length=200, blank=True)
    address = models.TextField(_("visiting address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "home.NewsIndexPage",
        "home.MaterialIndexPage",
        "home.StandardPage",
        "courses.CourseIndexPage",
        "courses.ModuleIndexPage",
    ]
    max_count_per_parent = 7
    template = "home/region_page.html"

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("host"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
            ],
            heading=_("Contact details"),
        ),
        InlinePanel("contacts", heading=_("Staff contacts"), label=_("staff contact")),
    ]

    class Meta:
        verbose_name = _("regional KORUS page")
        verbose_name_plural = _("regional KORUS pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return view("home.views.region_page_context")(self, request, context)


class RegionContact(Orderable):
    page = ParentalKey(RegionPage, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("staff contact")
        verbose_name_plural = _("staff contacts")

    def __str__(self):
        return self.name
