from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from network import access

if TYPE_CHECKING:
    from wagtail.admin.views.generic import EditView as _ObjectViewBase  # or DeleteView: what it is mixed into
else:
    _ObjectViewBase = object
from network.admin_forms import AreaForm
from network.models import Area
from network.services import moderation


class AreaPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, but only for the areas the person moderates."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and access.can_moderate(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Area.objects.none()
        return access.moderated_areas(user)


class OwnAreaOnly(_ObjectViewBase):
    """Edit and delete only the areas one moderates; another region's area is refused."""

    def get_object(self, queryset=None):
        area = super().get_object(queryset)
        if not access.can_moderate(self.request.user, area):
            raise PermissionDenied
        return area


class AreaEditView(OwnAreaOnly, EditView):
    pass


class AreaDeleteView(OwnAreaOnly, DeleteView):
    """An area with topics is kept (its topics would be lost): the moderator is told to close it instead."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("The area has topics and cannot be deleted. Hide it instead (untick “Shown to members”)."),
            )
            return redirect(self.get_success_url())


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "group"
    menu_label = _("Network areas")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "region", "is_active"]
    edit_view_class = AreaEditView
    delete_view_class = AreaDeleteView
    # The area form checks the region boundary, reserved addresses and the privacy guard.
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("description"),
            FieldPanel("region"),
            FieldPanel("sort_order"),
            FieldPanel("is_active"),
        ],
        base_form_class=AreaForm,
    )

    def get_queryset(self, request):
        return access.moderated_areas(request.user).select_related("region")


register_permission_policy(Area, AreaPermissionPolicy(Area))
register_snippet(AreaViewSet)


class ReportsPanel(Component):
    """On the admin's start page: open reports in the areas the person moderates."""

    name = "forum_reports"
    order = 100
    template_name = "network/admin/reports_panel.html"

    def __init__(self, reports: list):
        self.reports = reports

    def get_context_data(self, parent_context=None):
        return {"reports": self.reports}


@hooks.register("construct_homepage_panels")
def add_reports_panel(request, panels):
    if access.moderates_any(request.user):
        panels.append(ReportsPanel(list(moderation.queue(request.user)[:10])))


class ReportsMenuItem(MenuItem):
    """ "Meldte innlegg (3)" in the admin menu for those who moderate an area."""

    def is_shown(self, request):
        return access.moderates_any(request.user)

    def render_component(self, request):
        count = moderation.queue(request.user).count()
        label = f"{self.label} ({count})" if count else self.label
        return LinkMenuItemComponent(
            self.name, label, self.url, icon_name=self.icon_name, classname=self.classname, attrs=self.attrs
        )


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(_("Reported posts"), reverse("network:moderation"), icon_name="warning", order=170)
