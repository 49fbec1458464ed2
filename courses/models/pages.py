import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import Promise, cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from courses.choices import AttendanceStatus, Phase, SeriesStatus, TargetGroup
from home.blocks import BodyBlock
from home.models import RegionScopedPage, TransliteratedSlugPage
from korus_site.core.pagecache import PageCacheMixin
from korus_site.core.routing import view

from .enrollment import Enrollment


class CourseSeriesAdminForm(WagtailAdminPageForm):
    """The series editor: each linked module is due before a gathering the series has, and appears once.

    These rules compare rows of two inline formsets (gatherings and modules), so they run once
    every row has been cleaned: after Django's and modelcluster's own validation, in
    ``is_valid``. (``clean`` runs before the inline rows are cleaned and cannot read them.)
    """

    def is_valid(self) -> bool:
        """Validate the page, its inline rows, then the rules across them; errors go beside the field."""
        valid = super().is_valid()
        gatherings = self.formsets.get("gatherings")
        links = self.formsets.get("series_modules")
        if gatherings is None or links is None:
            return valid
        links_ok = self._check_module_links(kept_rows(gatherings), kept_rows(links))
        network_ok = self._check_network_gathering(links)
        return self._check_deleted_gatherings(gatherings) and links_ok and network_ok and valid

    def _check_network_gathering(self, links) -> bool:
        """A network gathering issues no certificate, so it has no learning modules to complete (issue 15)."""
        if not getattr(self, "cleaned_data", {}).get("is_network_gathering") or not kept_rows(links):
            return True
        links._non_form_errors.append(
            _("A network gathering has no learning modules: remove them, or untick “network gathering”.")
        )
        return False

    def _check_deleted_gatherings(self, gatherings) -> bool:
        """A gathering participants already have in their calendars is cancelled, not deleted."""
        deleted = [
            form.instance
            for form in gatherings.forms
            if form.instance.pk and hasattr(form, "cleaned_data") and gatherings._should_delete_form(form)
        ]
        if not deleted or not self.instance.pk:
            return True
        announced = GatheringCalendarState.objects.filter(gathering__in=deleted).values_list("gathering_id", flat=True)
        if not announced or not Enrollment.objects.active().filter(series_id=self.instance.pk).exists():
            return True
        for gathering in (g for g in deleted if g.pk in set(announced)):
            gatherings._non_form_errors.append(
                _("“%(title)s” is in the participants' calendars: tick “cancelled” instead of deleting it.")
                % {"title": gathering.title}
            )
        return False

    @staticmethod
    def _check_module_links(gatherings: list, links: list) -> bool:
        count = len(gatherings)
        seen: set[int] = set()
        ok = True
        for form in links:
            due = form.cleaned_data.get("due_before")
            module = form.cleaned_data.get("module")
            if due and due > count:
                form.add_error(
                    "due_before",
                    ngettext(
                        "The series has only %(count)d gathering.",
                        "The series has only %(count)d gatherings.",
                        count,
                    )
                    % {"count": count},
                )
                ok = False
            if module is not None:
                if module.pk in seen:
                    form.add_error("module", _("This module is already in the series."))
                    ok = False
                seen.add(module.pk)
        return ok


def kept_rows(formset) -> list:
    """The rows of a cleaned inline formset that will be saved: filled in (or existing) and not deleted."""
    return [
        form
        for form in formset.forms
        if hasattr(form, "cleaned_data")
        and (form.has_changed() or form.instance.pk)
        and not (formset.can_delete and formset._should_delete_form(form))
    ]


class CourseIndexPage(PageCacheMixin, RoutablePageMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    """/kurs/ finds open series across every region; /<region>/kurs/ lists one region's series."""

    page_cache_expiry = "courses.services.pagecache.next_registration_change"

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["home.HomePage", "home.RegionPage"]
    subpage_types = ["courses.CourseSeriesPage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("course index")

    @path("")
    def index(self, request):
        return view("courses.views.finder")(request, self)


class CourseSeriesQuerySet(PageQuerySet):
    def with_stats(self):
        """Annotate first start, last end, and the number of confirmed and waiting participants.

        No extra queries per row: the finder's cards read these (``confirmed_count``, ``waitlisted_count``).
        """
        from .enrollment import Enrollment

        confirmed = (
            Enrollment.objects.filter(series=models.OuterRef("pk"), status="confirmed")
            .order_by()
            .values("series")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        waiting = (
            Enrollment.objects.filter(series=models.OuterRef("pk"), status="waitlisted")
            .order_by()
            .values("series")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        first = Gathering.objects.filter(series=models.OuterRef("pk")).order_by("starts_at").values("starts_at")[:1]
        last = Gathering.objects.filter(series=models.OuterRef("pk")).order_by("-ends_at").values("ends_at")[:1]
        count = (
            Gathering.objects.filter(series=models.OuterRef("pk"))
            .order_by()
            .values("series")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return self.annotate(
            confirmed_total=Coalesce(models.Subquery(confirmed), 0),
            waitlisted_total=Coalesce(models.Subquery(waiting), 0),
            gathering_total=Coalesce(models.Subquery(count), 0),
            first_start=models.Subquery(first),
            last_end=models.Subquery(last),
        )


class CourseSeriesPage(PageCacheMixin, RoutablePageMixin, TransliteratedSlugPage, RegionScopedPage, Page):
    """One course series (kursrekke): several gatherings, seats, and sign-up by schools."""

    page_cache_expiry = "courses.services.pagecache.next_registration_change"

    programme = models.ForeignKey(
        "courses.Programme", verbose_name=_("programme"), on_delete=models.PROTECT, related_name="series"
    )
    target_group = models.CharField(_("target group"), max_length=20, choices=TargetGroup.choices)
    intro = models.TextField(
        _("introduction"), max_length=600, help_text=_("Shown in lists and at the top of the page.")
    )
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    seats = models.PositiveIntegerField(_("seats"))
    max_per_school = models.PositiveIntegerField(
        _("seats per school"),
        null=True,
        blank=True,
        help_text=_("Leave empty if a school may take any number of seats."),
    )
    registration_opens = models.DateTimeField(_("sign-up opens"))
    registration_closes = models.DateTimeField(_("sign-up closes"))
    price = models.DecimalField(
        _("price (NOK)"), max_digits=8, decimal_places=0, default=0, help_text=_("0 means free.")
    )
    price_note = models.CharField(_("about the price"), max_length=200, blank=True)
    venue = models.CharField(_("venue"), max_length=200, help_text=_("Where most gatherings are held."))
    status = models.CharField(_("status"), max_length=10, choices=SeriesStatus.choices, default=SeriesStatus.OPEN)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    min_gatherings = models.PositiveSmallIntegerField(
        _("gatherings to attend"),
        null=True,
        blank=True,
        help_text=_("How many gatherings a participant must attend to complete. Leave empty for all."),
    )
    excused_counts = models.BooleanField(
        _("excused absence counts as attended"), default=False, help_text=_("Late always counts as attended.")
    )
    late_after_minutes = models.PositiveSmallIntegerField(_("self check-in counts as late after (minutes)"), default=15)
    is_network_gathering = models.BooleanField(
        _("network gathering for certified participants"),
        default=False,
        help_text=_(
            "Only people with a certificate from the programme may sign up; the region's certified people are "
            "invited by e-mail when the series is published. Attendance is kept, no certificate is issued."
        ),
    )

    objects = PageManager.from_queryset(CourseSeriesQuerySet)()

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types: list[str] = []
    template = "courses/course_series_page.html"
    base_form_class = CourseSeriesAdminForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("venue"),
        index.FilterField("target_group"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("programme"),
        FieldPanel("is_network_gathering"),
        FieldPanel("target_group"),
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("seats"), FieldPanel("max_per_school")]),
                FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")]),
                FieldPanel("venue"),
                FieldPanel("contact_email"),
            ],
            heading=_("Sign-up"),
        ),
        InlinePanel("gatherings", heading=_("Gatherings"), label=_("gathering"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("min_gatherings"), FieldPanel("excused_counts"), FieldPanel("late_after_minutes")],
            heading=_("Completion and attendance"),
            help_text=_("Participants also have to pass every required learning module."),
        ),
        InlinePanel("series_modules", heading=_("Learning modules"), label=_("learning module")),
    ]

    class Meta:
        verbose_name = _("course series")
        verbose_name_plural = _("course series")

    @classmethod
    def can_create_at(cls, parent):
        """Series belong to a region: only under a regional course index."""
        return super().can_create_at(parent) and getattr(parent.specific, "region_id", None) is not None

    def clean(self):
        """Check the series' own fields together; raises ValidationError with every problem by field."""
        super().clean()
        errors: dict[str, str | Promise] = {}
        if self.registration_opens and self.registration_closes and self.registration_closes <= self.registration_opens:
            errors["registration_closes"] = _("Sign-up must close after it opens.")
        if self.max_per_school and self.seats and self.max_per_school > self.seats:
            errors["max_per_school"] = _("A school cannot have more seats than the series.")
        if self.pk and self.seats is not None:
            confirmed = self.enrollments.filter(status="confirmed").count()
            if self.seats < confirmed:
                errors["seats"] = ngettext(
                    "%(count)d participant already has a seat: cancel a seat before lowering the number.",
                    "%(count)d participants already have a seat: cancel seats before lowering the number.",
                    confirmed,
                ) % {"count": confirmed}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.number_gatherings()
        return super().save(*args, **kwargs)

    def number_gatherings(self) -> None:
        """Gatherings are numbered 1, 2, 3 … by start time."""
        gatherings = sorted(
            (g for g in self.gatherings.all() if g.starts_at), key=lambda g: (g.starts_at, g.sort_order or 0)
        )
        for number, gathering in enumerate(gatherings, start=1):
            gathering.number = number

    # Derived state -----------------------------------------------------------------

    @cached_property
    def gathering_list(self) -> list["Gathering"]:
        return sorted(self.gatherings.all(), key=lambda g: g.starts_at)

    @property
    def first_gathering_start(self) -> datetime.datetime | None:
        if hasattr(self, "first_start"):
            return self.first_start
        return self.gathering_list[0].starts_at if self.gathering_list else None

    @property
    def last_gathering_end(self) -> datetime.datetime | None:
        if hasattr(self, "last_end"):
            return self.last_end
        return max((g.ends_at for g in self.gathering_list), default=None)

    @property
    def gathering_count(self) -> int:
        if hasattr(self, "gathering_total"):
            return self.gathering_total
        return len(self.gathering_list)

    @property
    def confirmed_count(self) -> int:
        """Confirmed participants: from ``with_stats`` when annotated, else counted once per instance.

        A page renders the count several times (phase, seats left, structured data); a fresh
        instance (the next request) counts again.
        """
        if not hasattr(self, "confirmed_total"):
            self.confirmed_total = self.enrollments.filter(status="confirmed").count()
        return self.confirmed_total

    @property
    def waitlisted_count(self) -> int:
        """People on the waiting list: from ``with_stats`` when annotated, else counted once per instance."""
        if not hasattr(self, "waitlisted_total"):
            self.waitlisted_total = self.enrollments.filter(status="waitlisted").count()
        return self.waitlisted_total

    @property
    def seats_left(self) -> int:
        return max(self.seats - self.confirmed_count, 0)

    def has_started(self, now: datetime.datetime | None = None) -> bool:
        start = self.first_gathering_start
        return start is not None and start <= (now or timezone.now())

    def has_finished(self, now: datetime.datetime | None = None) -> bool:
        end = self.last_gathering_end
        return end is not None and end <= (now or timezone.now())

    def registration_is_open(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return (
            self.live
            and self.status == SeriesStatus.OPEN
            and self.registration_opens <= now < self.registration_closes
            and not self.has_started(now)
        )

    def phase(self, now: datetime.datetime | None = None) -> str:
        now = now or timezone.now()
        if self.status == SeriesStatus.CANCELLED:
            return Phase.CANCELLED
        if self.status == SeriesStatus.DRAFT:
            return Phase.DRAFT
        if self.has_finished(now):
            return Phase.FINISHED
        if self.has_started(now):
            return Phase.RUNNING
        if self.status == SeriesStatus.CLOSED or now >= self.registration_closes:
            return Phase.CLOSED
        if now < self.registration_opens:
            return Phase.DRAFT
        return Phase.FULL if self.seats_left == 0 else Phase.OPEN

    @property
    def current_phase(self) -> str:
        return self.phase()

    @property
    def phase_label(self) -> str | Promise:
        return Phase(self.current_phase).label

    def attended_statuses(self) -> set[str]:
        """The attendance statuses that count as attending in this series: present and late,
        and excused too when the series says so (``excused_counts``)."""
        statuses: set[str] = {AttendanceStatus.PRESENT, AttendanceStatus.LATE}
        if self.excused_counts:
            statuses.add(AttendanceStatus.EXCUSED)
        return statuses

    @property
    def contact_address(self) -> str:
        """Where people write about the series: its own contact e-mail, else its KORUS centre's."""
        if self.contact_email:
            return self.contact_email
        page = getattr(self.region, "page", None) if self.region_id else None
        return page.email if page is not None else ""

    @property
    def issues_certificates(self) -> bool:
        """Whether completing the series earns a certificate: every series but a network gathering (issue 15)."""
        return not self.is_network_gathering

    @property
    def is_free(self) -> bool:
        return not self.price

    def next_gathering(self, now: datetime.datetime | None = None) -> "Gathering | None":
        now = now or timezone.now()
        return next((g for g in self.gathering_list if g.ends_at > now), None)

    # Routes ------------------------------------------------------------------------

    @path("")
    def detail(self, request):
        return view("courses.views.series_detail")(request, self)

    @path("pamelding/")
    def signup(self, request):
        return view("courses.views.signup")(request, self)

    @re_path(r"^pamelding/kvittering/(?P<receipt>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/$")
    def receipt(self, request, receipt):
        return view("courses.views.signup_receipt")(request, self, receipt)


class Gathering(Orderable):
    """One gathering (samling) of a series."""

    series = ParentalKey(CourseSeriesPage, related_name="gatherings", on_delete=models.CASCADE)
    number = models.PositiveSmallIntegerField(_("number"), default=0, editable=False)
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=300, blank=True, help_text=_("Address or room."))
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For gatherings held online."))
    programme = RichTextField(_("programme"), blank=True, features=["bold", "italic", "ul", "ol", "link"])
    cancelled = models.BooleanField(
        pgettext_lazy("a gathering that will not take place", "cancelled"),
        default=False,
        help_text=_(
            "Participants are told and their calendars show it as cancelled. It no longer counts for completion."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("location"),
        FieldPanel("online_url"),
        FieldPanel("programme"),
        FieldPanel("cancelled"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["starts_at", "sort_order"]
        verbose_name = _("gathering")
        verbose_name_plural = _("gatherings")

    def __str__(self):
        return f"{self.number}. {self.title}" if self.number else self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A gathering must end after it starts.")})
        if not self.location and not self.online_url:
            raise ValidationError({"location": _("Give a place, an online link or both.")})

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.location

    @property
    def calendar_sequence(self) -> int:
        """The iCalendar SEQUENCE of this gathering's event: 0 until a published change."""
        try:
            return self.calendar_state.sequence
        except GatheringCalendarState.DoesNotExist:
            return 0

    @property
    def calendar_last_modified(self) -> datetime.datetime | None:
        try:
            return self.calendar_state.last_modified
        except GatheringCalendarState.DoesNotExist:
            return None

    def announced_values(self) -> dict[str, str]:
        """What participants are told about the gathering: a change to any of these is announced."""
        return {
            "title": self.title,
            "starts_at": self.starts_at.isoformat() if self.starts_at else "",
            "ends_at": self.ends_at.isoformat() if self.ends_at else "",
            "location": self.location,
            "online_url": self.online_url,
            "cancelled": "1" if self.cancelled else "",
        }


class GatheringCalendarState(models.Model):
    """What participants' calendars know of a gathering: its SEQUENCE, LAST-MODIFIED and announced values.

    Kept apart from ``Gathering`` on purpose: a gathering's fields are stored in the series'
    page revisions, and publishing an older draft must not turn the sequence back.
    """

    gathering = models.OneToOneField(
        Gathering, primary_key=True, on_delete=models.CASCADE, related_name="calendar_state"
    )
    sequence = models.PositiveIntegerField(_("sequence"), default=0)
    last_modified = models.DateTimeField(_("last modified"))
    announced = models.JSONField(_("announced values"), default=dict)

    class Meta:
        verbose_name = _("calendar state of a gathering")
        verbose_name_plural = _("calendar states of gatherings")

    def __str__(self):
        return f"{self.gathering}: {self.sequence}"
