"""The kommuner's common partner lists in Wagtail's admin, kept by each region's staff for their own kommuner.

Who sees and changes which rows: ``courses.permissions.KommunePartnerPermissionPolicy``. A change
to a row is a new version (``KommunePartner.save``), offered to the schools that took the row.
"""

import django_filters

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from courses.forms import KommuneChoiceField
from courses.models import KommunePartner
from courses.plan_forms import KommunePartnerForm
from home.models import Kommune


class KommuneFilter(django_filters.ModelChoiceFilter):
    field_class = KommuneChoiceField


class KommunePartnerFilterSet(WagtailFilterSet):
    kommune = KommuneFilter(queryset=Kommune.objects.select_related("fylke").order_by("name"), label=_("Municipality"))

    class Meta:
        model = KommunePartner
        fields = ["kommune"]


class KommunePartnerIndexView(generic.IndexView):
    """The rows of the kommuner the person keeps (``KommunePartnerPermissionPolicy``)."""

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        ).select_related("kommune")


class OwnKommuneMixin:
    """Edit and delete only rows of the person's own kommuner; another region's row is refused."""

    permission_action = "change"

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)  # type: ignore[misc]
        if not self.permission_policy.user_has_permission_for_instance(  # type: ignore[attr-defined]
            self.request.user,  # type: ignore[attr-defined]
            self.permission_action,
            instance,
        ):
            raise PermissionDenied
        return instance


class KommunePartnerEditView(OwnKommuneMixin, generic.EditView):
    pass


class KommunePartnerDeleteView(OwnKommuneMixin, generic.DeleteView):
    permission_action = "delete"


class KommunePartnerViewSet(ModelViewSet):
    model = KommunePartner
    name = "samarbeidspartnere"
    icon = "group"
    menu_label = _("Municipal partner lists")
    menu_order = 300
    index_view_class = KommunePartnerIndexView
    edit_view_class = KommunePartnerEditView
    delete_view_class = KommunePartnerDeleteView
    filterset_class = KommunePartnerFilterSet
    copy_view_enabled = False
    list_per_page = 50
    ordering = ["kommune__name", "sort_order", "function"]
    list_display = ["function", "kommune", "name", "phone", "email", "version"]
    search_fields = ["function", "name", "email"]
    edit_handler = ObjectList(
        [
            FieldPanel("kommune"),
            FieldPanel("function"),
            FieldPanel("name"),
            FieldPanel("phone"),
            FieldPanel("email"),
            FieldPanel("address"),
            FieldPanel("sort_order"),
        ],
        base_form_class=KommunePartnerForm,
    )
    add_to_reference_index = False
