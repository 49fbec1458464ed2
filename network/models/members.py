from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.choices import EmailFrequency, NotificationKind, ReportStatus


class Member(models.Model):
    """A person's forum settings: handle for @mentions, e-mail choice, and any suspension."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_member")
    # Letters, digits and . _ - between them, as @mentions read them (network.rendering.MENTION).
    handle = models.CharField(
        _("handle"),
        max_length=60,
        unique=True,
        validators=[
            RegexValidator(
                r"^[a-z0-9](?:[a-z0-9._-]{0,58}[a-z0-9])?$",
                _("Use small letters a–z, digits, and dots, dashes or underscores between them."),
            )
        ],
        help_text=_("Others mention you as @handle."),
    )
    email_frequency = models.CharField(
        _("e-mail me about replies and mentions"),
        max_length=12,
        choices=EmailFrequency.choices,
        default=EmailFrequency.IMMEDIATELY,
    )
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    suspension_reason = models.CharField(_("reason for the suspension"), max_length=300, blank=True)
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return f"@{self.handle}"


class TopicFollow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("network.Topic", on_delete=models.CASCADE, related_name="follows")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="follow_topic_once")]

    def __str__(self):
        return f"{self.user} → {self.topic}"


class AreaFollow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    area = models.ForeignKey("network.Area", on_delete=models.CASCADE, related_name="follows")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "area"], name="follow_area_once")]

    def __str__(self):
        return f"{self.user} → {self.area}"


class TopicRead(models.Model):
    """When a member last read a topic: newer activity shows as unread."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("network.Topic", on_delete=models.CASCADE, related_name="reads")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="read_topic_once")]

    def __str__(self):
        return f"{self.user} read {self.topic_id}"


class Notification(models.Model):
    """Something a member is told in the network: a post they follow, a new material version, a moderator's act.

    About a post (replies, mentions, new topics, reports, hidden posts, locked topics) or
    about a material version; ``note`` holds the change note or the moderator's reason.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications")
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    post = models.ForeignKey("network.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    material_version = models.ForeignKey(
        "home.MaterialVersion", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "post"], condition=models.Q(post__isnull=False), name="one_notice_per_post"
            ),
            models.UniqueConstraint(
                fields=["user", "material_version"],
                condition=models.Q(material_version__isnull=False),
                name="one_notice_per_material_version",
            ),
            models.CheckConstraint(
                condition=models.Q(post__isnull=False) | models.Q(material_version__isnull=False),
                name="notice_is_about_something",
            ),
        ]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return f"{self.user}: {self.kind} {self.post_id or self.material_version_id}"

    def get_absolute_url(self) -> str:
        """Where the notification leads: the post in its topic, the moderation queue, or the material."""
        from network.choices import NotificationKind

        if self.material_version is not None:
            return self.material_version.page.url or "/materiell/"
        if self.kind == NotificationKind.REPORT or self.post is None:
            return reverse("network:moderation")
        return f"{self.post.topic.get_absolute_url()}#innlegg-{self.post_id}"

    @property
    def is_post_activity(self) -> bool:
        """A reply, mention or new topic: the e-mail quotes the post."""
        from network.choices import POST_ACTIVITY

        return self.kind in POST_ACTIVITY


class Report(models.Model):
    post = models.ForeignKey("network.Post", on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("what is wrong"), max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return f"{self.post_id}: {self.reason[:40]}"
