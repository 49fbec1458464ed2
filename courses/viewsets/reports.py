"""The staff screens of one series in the Wagtail admin: participants, learning modules, attendance.

The screens only read: the queries and rows come from ``courses.services.reports``, who may see
them from ``courses.access.manages_series`` (whoever may edit the series page). The changes made
from these screens (add, cancel, certificate holds and revocation) and the regions' certificate
settings are the views in ``courses.admin_views``; the viewset gives them all their address under
``/admin/kurs/`` and the URL namespace ``courses_admin``.
"""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.urls import URLPattern, path
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from courses import admin_views
from courses.models import CertificateHold, CourseSeriesPage, School
from courses.services import enrollment as enrollment_service
from courses.services import reports
from courses.services.schools import find_or_create_school
from korus_site.core.export import csv_response, xlsx_response
from korus_site.core.text import slug


def warn_about_holds(request: HttpRequest, holds: list[CertificateHold]) -> None:
    """Put a warning on the page for each certificate that is held back."""
    for hold in holds:
        messages.warning(
            request,
            _(
                "The certificate of %(name)s is not issued: the name contains characters the certificate cannot "
                "print (%(characters)s). Correct the name under Attendance and certificates."
            )
            % {"name": hold.name, "characters": " ".join(hold.missing)},
        )


class SeriesMixin:
    """A view of one series (URL argument ``pk``) that only its managers may open."""

    request: HttpRequest
    kwargs: dict[str, Any]

    @cached_property
    def series(self) -> CourseSeriesPage:
        return admin_views.get_series_for_staff(self.request, self.kwargs["pk"])


class SeriesScreen(SeriesMixin, WagtailAdminTemplateMixin, TemplateView):
    """An admin page about one series, titled by the screen and the series."""

    breadcrumbs_items: list[dict[str, str]] = []

    def get_page_subtitle(self) -> str:
        return self.series.title

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        self.series  # noqa: B018 -- checks access before anything else
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(series=self.series, **kwargs)


class ParticipantsView(SeriesScreen):
    """Seats by school, the waiting list, the cancelled, and a form to add a participant by hand."""

    template_name = "courses/admin/participants.html"
    page_title = gettext_lazy("Participants")
    header_icon = "group"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        warn_about_holds(request, reports.certificate_holds(self.series))
        return self.render_to_response(self.get_context_data(add_form=admin_views.StaffAddForm(prefix="add")))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        add_form = admin_views.StaffAddForm(request.POST, prefix="add")
        if add_form.is_valid() and self.add(add_form):
            return redirect("courses_admin:participants", pk=self.series.pk)
        return self.render_to_response(self.get_context_data(add_form=add_form))

    def add(self, form: "admin_views.StaffAddForm") -> bool:
        """Sign the person up as staff (no limit per school); False with the form's errors set if refused."""
        data = form.cleaned_data
        user = self.request.user
        if not user.is_authenticated:  # never: only managers reach this view (access.manages_series)
            raise PermissionDenied
        school = School.objects.filter(orgnr=data["orgnr"]).first() or find_or_create_school(
            orgnr=data["orgnr"], name=data["school_name"], kommune=data["kommune"], school_type=data["school_type"]
        )
        person = enrollment_service.Person(
            first_name=data["first_name"], last_name=data["last_name"], email=data["email"], role=data["role"]
        )
        try:
            enrollment_service.register(series=self.series, school=school, contact=user, people=[person], by_staff=True)
        except (enrollment_service.AlreadyEnrolled, enrollment_service.NotCertified) as error:
            form.add_error("email", str(error.message))
        except enrollment_service.EnrollmentError as error:
            form.add_error(None, str(error.message))
        else:
            messages.success(self.request, _("%(email)s is added.") % {"email": person.email})
            return True
        return False

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        listing = reports.participant_list(self.series)
        return super().get_context_data(
            schools=listing.schools,
            confirmed_count=listing.confirmed_count,
            waitlisted=listing.waitlisted,
            cancelled=listing.cancelled,
            **kwargs,
        )


class ModuleReportView(SeriesScreen):
    """Participants with a seat × the series' learning modules: status and best score."""

    template_name = "courses/admin/module_report.html"
    page_title = gettext_lazy("Learning modules")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        links, rows = reports.module_matrix(self.series)
        return super().get_context_data(links=links, rows=rows, **kwargs)


class AttendanceView(SeriesScreen):
    """Participants with a seat × gatherings, with completion and certificates; warns of held certificates."""

    template_name = "courses/admin/attendance.html"
    page_title = gettext_lazy("Attendance and certificates")
    header_icon = "tick"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        report = reports.attendance_report(self.series)
        warn_about_holds(self.request, report.holds)
        return super().get_context_data(gatherings=report.gatherings, rows=report.rows, **kwargs)


class ExportView(SeriesMixin, View):
    """A report of one series as a download: ``fmt`` "xlsx" gives Excel, anything else CSV."""

    filename_prefix = ""
    sheet_title = gettext_lazy("Participants")

    def table(self) -> reports.Table:
        raise NotImplementedError

    def get(self, request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
        table = self.table()
        filename = f"{self.filename_prefix}-{slug(self.series.title)}"
        if fmt == "xlsx":
            return xlsx_response(filename, str(self.sheet_title), table.header, table.rows)
        return csv_response(filename, table.header, table.rows)


class ParticipantExportView(ExportView):
    filename_prefix = "deltakere"
    sheet_title = gettext_lazy("Participants")

    def table(self) -> reports.Table:
        return reports.participant_table(self.series)


class ModuleExportView(ExportView):
    filename_prefix = "moduler"
    sheet_title = gettext_lazy("Learning modules")

    def table(self) -> reports.Table:
        return reports.module_table(self.series)


class AttendanceExportView(ExportView):
    filename_prefix = "oppmote"
    sheet_title = gettext_lazy("Attendance")

    def table(self) -> reports.Table:
        return reports.attendance_table(self.series)


class SeriesStaffViewSet(ViewSet):
    """Everything staff do with a series' people under ``/admin/kurs/``, plus the regions' certificate settings.

    The exports keep the project's own CSV/XLSX writer rather than Wagtail's
    ``SpreadsheetExportMixin``: the columns depend on the series (one per gathering or module),
    and the CSV must stay semicolon-separated with a BOM for Excel in Norway.
    """

    name = "courses_admin"
    url_prefix = "kurs"

    def get_urlpatterns(self) -> list[URLPattern]:
        return [
            path("<int:pk>/deltakere/", ParticipantsView.as_view(), name="participants"),
            path(
                "<int:pk>/deltakere/<int:enrollment_pk>/<str:action>/",
                admin_views.change_enrollment,
                name="change_enrollment",
            ),
            path("<int:pk>/deltakere.<str:fmt>", ParticipantExportView.as_view(), name="export_participants"),
            path("<int:pk>/moduler/", ModuleReportView.as_view(), name="module_report"),
            path("<int:pk>/moduler.<str:fmt>", ModuleExportView.as_view(), name="export_module_report"),
            path("<int:pk>/oppmote/", AttendanceView.as_view(), name="attendance"),
            path("<int:pk>/oppmote.<str:fmt>", AttendanceExportView.as_view(), name="export_attendance"),
            path(
                "<int:pk>/kursbevis/<int:certificate_pk>/tilbakekall/",
                admin_views.revoke_certificate,
                name="revoke_certificate",
            ),
            path(
                "<int:pk>/kursbevis/venter/<int:enrollment_pk>/", admin_views.certificate_hold, name="certificate_hold"
            ),
            path("kursbevis/", admin_views.certificate_settings, name="certificate_settings"),
            path("kursbevis/<slug:slug>/", admin_views.region_certificate, name="region_certificate"),
            path(
                "kursbevis/<slug:slug>/eksempel.pdf", admin_views.region_certificate_sample, name="certificate_sample"
            ),
        ]
