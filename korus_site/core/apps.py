from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "korus_site.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self):
        from PIL import Image

        from django.conf import settings
        from django.db.models.signals import post_migrate

        # Pillow refuses to open (before decoding) anything over twice this, and warns above it.
        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS

        from .permissions import name_permissions

        post_migrate.connect(name_permissions, dispatch_uid="core.name_permissions")
