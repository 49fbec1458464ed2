"""Wagtail admin viewsets for course series."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.pages import ParentChooserForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from courses.choices import EnrollmentStatus
from courses.models import CourseIndexPage, CourseSeriesPage
from korus_site.core.ids import parse_id


class SeriesIndexView(IndexView):
    """Series the person may explore (their regions'), with seats taken and the waiting list counted."""

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .with_stats()
            .annotate(waitlisted_total=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.WAITLISTED)))
            .select_related("region")
        )


class SeriesChooseParentView(ChooseParentView):
    """A new series goes under a region's course index (never the national /kurs/ finder)."""

    def get_valid_parent_pages(self, user):
        regional = CourseIndexPage.objects.filter(region__isnull=False).values("pk")
        return super().get_valid_parent_pages(user).filter(pk__in=regional)

    def get_form(self):
        """A parent that is no page id reads as none chosen (Wagtail's page chooser would fail on it)."""
        if self.request.method == "POST" and parse_id(self.request.POST.get("parent_page")) is None:
            data = self.request.POST.copy()
            data["parent_page"] = ""
            return ParentChooserForm(self.model, self.request.user, data)
        return super().get_form()


def _seats(series: CourseSeriesPage) -> str:
    return f"{series.confirmed_count} / {series.seats}"


def _starts(series: CourseSeriesPage) -> str:
    """The first gathering's date ("8. februar 2027"): Wagtail's DateColumn reads every date as
    time gone by, so a series starting in February showed as starting "just now"."""
    starts = series.first_gathering_start
    return date_format(timezone.localtime(starts), "DATE_FORMAT") if starts else ""


class CourseSeriesViewSet(PageListingViewSet):
    """Kursrekker: every series staff may work on, newest first, and "Ny kursrekke"."""

    model = CourseSeriesPage
    icon = "group"
    menu_label = _("Course series")
    menu_order = 150
    add_to_admin_menu = True
    name = "courses_series"
    url_prefix = "kursrekker"
    index_view_class = SeriesIndexView
    choose_parent_view_class = SeriesChooseParentView
    columns = [
        PageTitleColumn("title", label=_("Series"), sort_key="title", classname="title"),
        Column("region", label=_("Region"), accessor="region.name"),
        Column("first_start", label=_("Starts"), sort_key="first_start", accessor=_starts),
        Column("phase_label", label=_("Phase")),
        Column("seats_taken", label=_("Seats taken"), accessor=_seats),
        Column("waitlisted_total", label=_("Waiting list"), sort_key="waitlisted_total"),
        PageStatusColumn("status", label=_("Publication"), sort_key="live"),
    ]
