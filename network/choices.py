from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("At once")
    DAILY = "daily", _("A daily digest")
    NEVER = "never", _("Never (only on the site)")


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("Reply in a topic you follow")
    MENTION = "mention", _("Mention")
    NEW_TOPIC = "new_topic", _("New topic in an area you follow")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    HIDDEN = "hidden", _("Post hidden")
    DISMISSED = "dismissed", _("Dismissed")
