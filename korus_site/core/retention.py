"""Retention rules: how long each kind of personal data is kept.

Each app registers its rules with ``register``; the nightly ``apply_retention_rules`` task
deletes what is due. The rules are also listed on the privacy page.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import OutboxMessage


@dataclass(frozen=True)
class RetentionRule:
    """One kind of personal data and how long it is kept; ``description`` is what the privacy page says."""

    name: str
    description: str | Promise
    apply: Callable[[datetime.datetime], int]


_rules: dict[str, RetentionRule] = {}


def register(
    name: str, description: str | Promise
) -> Callable[[Callable[[datetime.datetime], int]], Callable[[datetime.datetime], int]]:
    def decorator(func: Callable[[datetime.datetime], int]) -> Callable[[datetime.datetime], int]:
        _rules[name] = RetentionRule(name, description, func)
        return func

    return decorator


def rules() -> list[RetentionRule]:
    return list(_rules.values())


def apply_all(now: datetime.datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return {rule.name: rule.apply(now) for rule in _rules.values()}


@register("outbox_messages", _("Records of sent e-mails and finished background work are deleted after 13 months."))
def delete_old_outbox_messages(now: datetime.datetime) -> int:
    finished = OutboxMessage.objects.exclude(state=OutboxMessage.State.PENDING)
    deleted, _ = finished.filter(done_at__lt=now - datetime.timedelta(days=396)).delete()
    return deleted


@register("login_attempts", _("Failed login attempts are deleted after 30 days."))
def delete_old_login_attempts(now: datetime.datetime) -> int:
    from axes.models import AccessAttempt, AccessLog

    cutoff = now - datetime.timedelta(days=30)
    attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()
    logs, _ = AccessLog.objects.filter(attempt_time__lt=cutoff).delete()
    return attempts + logs
