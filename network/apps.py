from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Kjentmann network")
    regional_staff_permissions = [
        ("network", "category", "add_category"),
        ("network", "category", "change_category"),
        ("network", "category", "view_category"),
    ]

    def ready(self):
        from . import retention  # noqa: F401
