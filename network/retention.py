"""How long network data about people is kept (registered with korus_site.core.retention)."""

import datetime

from django.utils.translation import gettext_lazy as _

from korus_site.core.retention import register
from network.models import Notification, Report

YEAR = datetime.timedelta(days=365)


@register("forum_notifications", _("Notifications are deleted a year after they were made."))
def delete_old_notifications(now: datetime.datetime) -> int:
    deleted, _ = Notification.objects.filter(created_at__lt=now - YEAR).delete()
    return deleted


@register("forum_reports", _("Handled reports are deleted two years after they were made."))
def delete_old_reports(now: datetime.datetime) -> int:
    deleted, _ = Report.objects.filter(created_at__lt=now - 2 * YEAR).exclude(status="open").delete()
    return deleted
