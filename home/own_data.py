"""Who may not delete their own account (registered with korus_site.accounts.own_data)."""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from home.access import is_korus_staff, is_national_admin
from korus_site.accounts.models import User
from korus_site.accounts.own_data import refusal


@refusal
def staff_are_closed_by_an_administrator(user: User) -> str | Promise | None:
    if user.is_superuser or user.is_staff or is_national_admin(user) or is_korus_staff(user):
        return _(
            "Staff accounts own pages, series and decisions others depend on, so they are closed by a national "
            "administrator, who first hands the work over. Ask a national administrator."
        )
    return None
