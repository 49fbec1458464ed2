from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "korus_site.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .permissions import name_permissions

        post_migrate.connect(name_permissions, dispatch_uid="core.name_permissions")
