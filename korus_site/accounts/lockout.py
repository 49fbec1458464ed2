"""Login lock-out rules, used by django-axes (settings: AXES_HANDLER, AXES_USERNAME_CALLABLE).

Failed logins are counted in the database, so the limits hold whether or not the cache is up:

- per account, across addresses: ``AXES_FAILURE_LIMIT`` failures within ``AXES_COOLOFF_TIME``
  lock the account name, however it is spelt ("Kari@Skole.no" is "kari@skole.no");
- per address, across accounts: ``LOGIN_FAILURES_PER_ADDRESS`` failures within the same time
  lock the address (higher, as a whole school may share one address).
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt

from django.conf import settings
from django.db.models import Sum

from .models import normalise_email


def login_name(request, credentials: dict | None = None) -> str | None:
    """The account name a login attempt is counted against: the normalised e-mail address.

    Takes what django-axes gives (the request and the credentials passed to ``authenticate``);
    returns None when no name was typed.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials is not None and field in credentials:
        typed = credentials.get(field)
    else:
        typed = getattr(request, "POST", {}).get(field)
    if not isinstance(typed, str):
        return None
    return normalise_email(typed)[:255] or None


def _failures(request, **lookup) -> int:
    total = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request), **lookup).aggregate(
        total=Sum("failures_since_start")
    )["total"]
    return total or 0


def account_failures(request, credentials: dict | None = None) -> int:
    """Failed logins for the attempt's account name (from any address) since the cool-off threshold."""
    username = get_client_username(request, credentials)
    return _failures(request, username=username) if username else 0


def address_failures(request) -> int:
    """Failed logins from the request's address (for any account) since the cool-off threshold."""
    address = getattr(request, "axes_ip_address", None)
    return _failures(request, ip_address=address) if address else 0


class AccountAndAddressHandler(AxesDatabaseHandler):
    """django-axes' database handler with a limit per account name and a higher one per address.

    ``AXES_LOCKOUT_PARAMETERS`` names both; axes alone would hold them to one limit, and a
    successful login would wipe every failure from that address (another account's too).
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        """The account name's failures, or the account limit itself once the address has used up its own.

        axes compares this one number with ``AXES_FAILURE_LIMIT``, before a login and after a failed one.
        """
        failures = account_failures(request, credentials)
        if address_failures(request) >= settings.LOGIN_FAILURES_PER_ADDRESS:
            return max(failures, get_failure_limit(request, credentials))
        return failures

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """After a successful login forget that account's failures only, not the address's."""
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username).delete() if username else (0, None)
        return count
