"""The fylke → KORUS region mapping in Wagtail's admin: the 15 fylker, each with the region that serves it.

Only the region can be changed (``home.permissions.FylkePermissionPolicy``); each change is
logged as ``home.fylke_region`` with the old and the new region, shown in the fylke's history.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from home.models import Fylke
from korus_site.core.audit import ChangeLoggingEditViewMixin

FYLKE_REGION_LOG_ACTION = "home.fylke_region"


class FylkeIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("region")


class FylkeEditView(ChangeLoggingEditViewMixin, generic.EditView):
    change_log_action = FYLKE_REGION_LOG_ACTION
    logged_fields = ("region",)


class FylkeViewSet(ModelViewSet):
    model = Fylke
    name = "fylker"
    icon = "site"
    menu_label = _("Counties and KORUS regions")
    menu_order = 200
    index_view_class = FylkeIndexView
    edit_view_class = FylkeEditView
    copy_view_enabled = False
    list_per_page = 50
    ordering = "number"
    list_display = ["name", "number", "region"]
    edit_handler = ObjectList(
        [FieldPanel("number", read_only=True), FieldPanel("name", read_only=True), FieldPanel("region")]
    )
    add_to_reference_index = False  # nothing is deleted, and kommuner and schools are not indexed

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(usage_url_name=None, **kwargs)
