from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from courses import access, admin_views
from courses.models import CourseSeriesPage
from courses.panels import NextGatheringsPanel, SeriesOverviewPanel
from courses.viewsets import CourseSeriesViewSet


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    urls = [
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
    ]
    return [path("kurs/", include((urls, "courses_admin"), namespace="courses_admin"))]


@hooks.register("register_admin_viewset")
def register_series_viewset():
    return CourseSeriesViewSet()


@hooks.register("construct_homepage_panels")
def add_course_panels(request, panels):
    """KORUS staff see their series and the next gatherings first on the dashboard."""
    if access.managed_series(request.user).exists():
        panels.extend([SeriesOverviewPanel(request.user), NextGatheringsPanel(request.user)])


@hooks.register("register_page_header_buttons")
def participants_header_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, CourseSeriesPage) and access.manages_series(user, page):
        yield Button(
            _("Participants"), reverse("courses_admin:participants", args=[page.pk]), icon_name="group", priority=10
        )


@hooks.register("register_page_listing_buttons")
def participants_listing_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, CourseSeriesPage) and access.manages_series(user, page):
        yield Button(
            _("Participants"), reverse("courses_admin:participants", args=[page.pk]), icon_name="group", priority=15
        )
