from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "korus_site.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import own_data  # noqa: F401
