from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from django.core.checks import Tags, register
        from django.db.models.signals import post_migrate

        from . import (
            own_data,  # noqa: F401
            signals,  # noqa: F401
        )
        from .services.regions import sync_permissions
        from .services.site import check_default_site, sync_default_site_after_migrate

        post_migrate.connect(sync_permissions, dispatch_uid="home.sync_permissions")
        post_migrate.connect(sync_default_site_after_migrate, dispatch_uid="home.sync_default_site")
        register(check_default_site, Tags.database)  # runs only with `check --database`: start-up never queries
