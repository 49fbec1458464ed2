import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korus_site.core.storage import private_storage
from korus_site.core.text import slug as make_slug


class Area(models.Model):
    """An area of the forum: the national one, or one per region."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forum_areas",
        help_text=_("Empty for the national area. The region's staff moderate its area."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("shown to members"),
        default=True,
        help_text=_("A hidden area, with its topics, posts and images, is seen only by its moderators."),
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("forum area")
        verbose_name_plural = _("forum areas")

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:area", args=[self.slug])


class Topic(models.Model):
    area = models.ForeignKey(Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="topics")
    title = models.CharField(_("title"), max_length=150)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_topics")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Kept up to date by network.services.posting, so lists need no counting.
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    last_activity_at = models.DateTimeField(_("last activity"), db_index=True)
    last_post = models.ForeignKey(
        "network.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)

    class Meta:
        ordering = ["-pinned", "-last_activity_at"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        # Serves the topic list's filter and order (pinned first, newest activity, newest topic), so a
        # page of ids is read from the index alone: network.views.forum.topics_page.
        indexes = [
            models.Index(fields=["area", "hidden", "-pinned", "-last_activity_at", "-id"], name="topic_list_order")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("network:topic", args=[self.pk, make_slug(self.title, max_length=60) or "tema"])


class Post(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_posts")
    body = models.TextField(_("text"), max_length=10000)
    # The text rendered at write time by network.rendering.render (Markdown, mentions, sanitised):
    # the same for every reader. ``render_version`` says which rules rendered it; posts rendered
    # by older rules are rendered again by ``manage.py rerender_posts`` (and shown freshly rendered
    # until then).
    body_html = models.TextField(editable=False)
    render_version = models.PositiveSmallIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("written"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    # How many earlier versions are kept (PostRevision rows): counted up by network.services.posting.edit.
    revision_count = models.PositiveIntegerField(default=0, editable=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("why it is hidden"), max_length=300, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # How many members have thanked the post (PostThanks rows): kept in step by network.services.thanks.
    thanks_count = models.PositiveIntegerField(_("thanks"), default=0, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        # Serves a topic's pages: its posts in order, a page of ids read from the index alone.
        indexes = [models.Index(fields=["topic", "created_at", "id"], name="post_topic_order")]

    def __str__(self):
        return f"{self.author} i «{self.topic}»"


class PostThanks(models.Model):
    """A member's «takk» for a post: one per member and post, given and taken back by network.services.thanks."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="thanks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("thanks")
        verbose_name_plural = _("thanks")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="thank_post_once")]

    def __str__(self):
        return f"{self.user_id} thanks {self.post_id}"


class PostRevision(models.Model):
    """The text of a post before an edit: editing keeps the history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_at = models.DateTimeField(auto_now_add=True)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-edited_at", "-pk"]
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")

    def __str__(self):
        return f"{self.post_id} @ {self.edited_at:%Y-%m-%d %H:%M}"


def attachment_path(instance, filename):
    """An unguessable name: the file says nothing about who uploaded it."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"nettverk/{timezone.now():%Y}/{uuid.uuid4().hex}.{extension}"


class Attachment(models.Model):
    """An image attached to a post: checked, stripped of metadata and resized when uploaded."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    image = models.ImageField(
        _("image"), upload_to=attachment_path, storage=private_storage, width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    alt_text = models.CharField(_("what the image shows"), max_length=200)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.alt_text
