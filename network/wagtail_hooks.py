from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from network import access
from network.models import Area


class AreaPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, but only for the areas the person moderates."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and access.can_moderate(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Area.objects.none()
        return access.moderated_areas(user)


class OwnAreaOnly:
    """Edit and delete only the areas one moderates; another region's area is refused."""

    def get_object(self, queryset=None):
        area = super().get_object(queryset)
        if not access.can_moderate(self.request.user, area):
            raise PermissionDenied
        return area


class AreaEditView(OwnAreaOnly, EditView):
    pass


class AreaDeleteView(OwnAreaOnly, DeleteView):
    pass


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "group"
    menu_label = _("Network areas")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "region", "is_active"]
    edit_view_class = AreaEditView
    delete_view_class = AreaDeleteView

    def get_queryset(self, request):
        return access.moderated_areas(request.user).select_related("region")


register_permission_policy(Area, AreaPermissionPolicy(Area))
register_snippet(AreaViewSet)
