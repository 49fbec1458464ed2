from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from courses import admin_views
from courses.models import CourseSeriesPage
from home.models import Region


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    urls = [
        path("", admin_views.series_list, name="series_list"),
        path("<int:pk>/deltakere/", admin_views.participants, name="participants"),
        path(
            "<int:pk>/deltakere/<int:enrollment_pk>/<str:action>/",
            admin_views.change_enrollment,
            name="change_enrollment",
        ),
        path("<int:pk>/deltakere.<str:fmt>", admin_views.export_participants, name="export_participants"),
        path("<int:pk>/moduler/", admin_views.module_report, name="module_report"),
        path("<int:pk>/moduler.<str:fmt>", admin_views.export_module_report, name="export_module_report"),
        path("<int:pk>/oppmote/", admin_views.attendance_report, name="attendance"),
        path("<int:pk>/oppmote.<str:fmt>", admin_views.export_attendance, name="export_attendance"),
        path(
            "<int:pk>/kursbevis/<int:certificate_pk>/tilbakekall/",
            admin_views.revoke_certificate,
            name="revoke_certificate",
        ),
        path("<int:pk>/kursbevis/venter/<int:enrollment_pk>/", admin_views.certificate_hold, name="certificate_hold"),
        path("kursbevis/", admin_views.certificate_settings, name="certificate_settings"),
        path("kursbevis/<slug:slug>/", admin_views.region_certificate, name="region_certificate"),
        path("kursbevis/<slug:slug>/eksempel.pdf", admin_views.region_certificate_sample, name="certificate_sample"),
    ]
    return [path("kurs/", include((urls, "courses_admin"), namespace="courses_admin"))]


class CourseMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.editable_series(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_course_menu_item():
    return CourseMenuItem(_("Course series"), reverse("courses_admin:series_list"), icon_name="group", order=150)


class CertificateSettingsMenuItem(MenuItem):
    def is_shown(self, request):
        return Region.objects.for_staff(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_certificate_menu_item():
    return CertificateSettingsMenuItem(
        _("Certificates"), reverse("courses_admin:certificate_settings"), icon_name="doc-full", order=160
    )


class CertificateHoldsPanel(Component):
    """On the admin's start page: certificates held back in the user's series."""

    name = "certificate_holds"
    order = 90
    template_name = "courses/admin/certificate_holds_panel.html"

    def __init__(self, holds):
        self.holds = holds

    def get_context_data(self, parent_context=None):
        return {"holds": self.holds}


@hooks.register("construct_homepage_panels")
def add_certificate_holds_panel(request, panels):
    holds = list(admin_views.holds_for(request.user)[:20])
    if holds:
        panels.append(CertificateHoldsPanel(holds))


@hooks.register("register_page_header_buttons")
def participants_header_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, CourseSeriesPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Participants"), reverse("courses_admin:participants", args=[page.pk]), icon_name="group", priority=10
        )


@hooks.register("register_page_listing_buttons")
def participants_listing_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, CourseSeriesPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Participants"), reverse("courses_admin:participants", args=[page.pk]), icon_name="group", priority=15
        )
