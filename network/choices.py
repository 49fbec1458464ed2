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
    MATERIAL = "material", _("New version of a material")
    REPORT = "report", _("A post in an area you moderate was reported")
    HIDDEN = "hidden", _("Your post was hidden by a moderator")
    LOCKED = "locked", _("Your topic was locked by a moderator")


# What a member is told about others' posts; the rest are notices to one person.
POST_ACTIVITY = {NotificationKind.REPLY, NotificationKind.MENTION, NotificationKind.NEW_TOPIC}


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    HIDDEN = "hidden", _("Post hidden")
    DISMISSED = "dismissed", _("Dismissed")
