from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Kjentmann network")
    regional_staff_permissions = [
        ("network", "area", "add_area"),
        ("network", "area", "change_area"),
        ("network", "area", "view_area"),
    ]

    def ready(self):
        from . import own_data, retention, signals  # noqa: F401
