from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from home.models import Fylke
from home.permissions import FylkePermissionPolicy
from home.viewsets import FYLKE_REGION_LOG_ACTION
from korus_site.core.audit import ChangesFormatter

# Before the fylke viewset is registered (courses.wagtail_hooks groups it with the schools).
register_permission_policy(Fylke, FylkePermissionPolicy(Fylke))


class FylkeRegionFormatter(ChangesFormatter):
    label = _("Change KORUS region")
    message = _("Changed")


@hooks.register("register_log_actions")
def register_fylke_log_actions(actions):
    actions.register_action(FYLKE_REGION_LOG_ACTION)(FylkeRegionFormatter)
