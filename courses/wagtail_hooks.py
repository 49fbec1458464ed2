from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from courses import access
from courses.models import CourseSeriesPage, KommunePartner, School
from courses.panels import CertificateHoldsPanel, NextGatheringsPanel, SeriesOverviewPanel
from courses.permissions import KommunePartnerPermissionPolicy, SchoolPermissionPolicy
from courses.services import reports
from courses.services.school_contacts import CORRECTION_LOG_ACTION
from courses.services.schools import MERGE_LOG_ACTION
from courses.viewsets import (
    SCHOOL_EDIT_LOG_ACTION,
    CourseSeriesViewSet,
    SchoolViewSet,
    SeriesStaffViewSet,
    describe_references,
)
from courses.viewsets.funders import FundersViewSet
from courses.viewsets.partners import KommunePartnerViewSet
from home.access import is_korus_staff, staff_regions
from home.viewsets import FylkeViewSet
from korus_site.accounts.models import User
from korus_site.core.audit import ChangesFormatter

# Before any viewset is registered, so every view of schools asks this policy.
register_permission_policy(School, SchoolPermissionPolicy(School))
register_permission_policy(KommunePartner, KommunePartnerPermissionPolicy(KommunePartner))


class ReferenceDataGroup(ViewSetGroup):
    """The registers every region shares: schools, which KORUS region serves each fylke, and each kommune's
    common partner services (kept by the region's own staff)."""

    menu_label = _("Reference data")
    menu_icon = "table"
    menu_order = 700
    items = (SchoolViewSet, FylkeViewSet, KommunePartnerViewSet)


@hooks.register("register_admin_viewset")
def register_reference_data():
    return ReferenceDataGroup()


class SchoolEditFormatter(ChangesFormatter):
    label = _("Change school")
    message = _("Changed")


class SchoolMergeFormatter(LogFormatter):
    """On the kept school: what came from each duplicate. On a duplicate: where it went."""

    label = _("Merge schools")

    @staticmethod
    def _moved(counts: dict[str, int]) -> str:
        known = []
        for label, count in counts.items():
            try:
                known.append((apps.get_model(label), count))
            except LookupError:  # a model removed since the merge
                continue
        return ", ".join(describe_references(known)) or gettext("nothing")

    def format_message(self, log_entry) -> str:
        data = log_entry.data or {}
        kept = data.get("kept", {})
        if str(log_entry.object_id) != str(kept.get("pk")):
            return gettext("Merged into %(school)s (%(orgnr)s) and deleted") % {
                "school": kept.get("name", ""),
                "orgnr": kept.get("orgnr", ""),
            }
        return "; ".join(
            gettext("Merged in %(school)s (%(orgnr)s), moved: %(moved)s")
            % {
                "school": item.get("name", ""),
                "orgnr": item.get("orgnr", ""),
                "moved": self._moved(item.get("moved", {})),
            }
            for item in data.get("merged", [])
        )


@hooks.register("register_log_actions")
def register_school_log_actions(actions):
    actions.register_action(SCHOOL_EDIT_LOG_ACTION)(SchoolEditFormatter)
    actions.register_action(MERGE_LOG_ACTION)(SchoolMergeFormatter)
    actions.register_action(CORRECTION_LOG_ACTION)(EnrollmentCorrectionFormatter)


class EnrollmentCorrectionFormatter(ChangesFormatter):
    """A school contact's correction: the participant's name and address (on the account) and role."""

    label = _("Participant corrected by the school contact")
    message = _("Corrected by the school contact")

    def describe_change(self, model, change):
        if change["field"] != "role":
            model = User
        return super().describe_change(model, change)


@hooks.register("register_admin_viewset")
def register_series_viewsets():
    return [CourseSeriesViewSet(), SeriesStaffViewSet(), FundersViewSet()]


@hooks.register("construct_homepage_panels")
def add_course_panels(request, panels):
    """KORUS staff see held certificates, their series and the next gatherings first on the dashboard."""
    holds = list(reports.certificate_holds_for(request.user)[:20])
    if holds:
        panels.append(CertificateHoldsPanel(holds))
    if access.managed_series(request.user).exists():
        panels.extend([SeriesOverviewPanel(request.user), NextGatheringsPanel(request.user)])


class CertificateSettingsMenuItem(MenuItem):
    def is_shown(self, request):
        return staff_regions(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_certificate_menu_item():
    return CertificateSettingsMenuItem(
        _("Certificates"), reverse("courses_admin:certificate_settings"), icon_name="doc-full", order=160
    )


class FundersMenuItem(MenuItem):
    def is_shown(self, request):
        return is_korus_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_funders_menu_item():
    """The funders' view, for KORUS staff (their regions) and national administrators (all)."""
    return FundersMenuItem(_("Reach"), reverse("funders:index"), icon_name="table", order=170)


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
