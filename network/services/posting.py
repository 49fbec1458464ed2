"""Writing in the forum: topics, replies, edits, deleting and images. Counters stay in step here.

The privacy guard is not applied here: the forms that call these functions apply it, once
(:class:`network.privacy.PrivacyGuardMixin`).
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from PIL import Image, ImageOps

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from korus_site.accounts.types import AnyUser, User
from korus_site.core.images import check_header
from korus_site.core.ratelimit import allow
from network import access, rendering
from network.models import Area, Attachment, Member, Post, PostRevision, Topic, TopicFollow
from network.services import notifications
from network.services.members import member_for

POSTS_PER_MINUTE = 4
POSTS_PER_HOUR = 30
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_SIDE = 1600
MAX_IMAGES = 4
IMAGES_PER_HOUR = 20
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


class PostingRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_can_post(user: User, topic: Topic | None = None, area: Area | None = None) -> None:
    if not access.is_member(user):
        raise PostingRefused(_("Only certified Kjentmenn and KORUS staff can write in the network."))
    if access.is_suspended(user):
        member = Member.objects.get(user=user)
        raise PostingRefused(
            _("You are suspended from the network until %(date)s.")
            % {"date": timezone.localtime(member.suspended_until).strftime("%d.%m.%Y %H:%M")}
        )
    area = area or (topic.area if topic else None)
    if topic is not None and topic.locked and not access.can_moderate(user, topic.area):
        raise PostingRefused(_("The topic is locked: no new replies."))
    if area is not None and not area.is_active:
        raise PostingRefused(_("This area is closed for new posts."))


def check_rate(user: User) -> None:
    """Counted only for posts that are otherwise fine."""
    if not allow(f"forum-post-minute:{user.pk}", limit=POSTS_PER_MINUTE, window=60) or not allow(
        f"forum-post-hour:{user.pk}", limit=POSTS_PER_HOUR, window=3600
    ):
        raise PostingRefused(_("You are posting very fast. Wait a moment and try again."))


def known_handles(text: str) -> dict[str, str]:
    handles = rendering.mentioned_handles(text)
    if not handles:
        return {}
    return {
        member.handle: member.user.get_full_name() or member.handle
        for member in Member.objects.filter(handle__in=handles).select_related("user")
    }


def _render(text: str) -> str:
    return rendering.render(text, known_handles(text))


def rendered(post: Post) -> str:
    """The post's HTML by today's rules: the stored HTML, or the text rendered again if older rules made it."""
    if post.render_version == rendering.RENDER_VERSION:
        return post.body_html
    return _render(post.body)


def rerender(posts: Iterable[Post]) -> int:
    """Store each post's HTML rendered by today's rules (network.rendering.render); returns how many changed.

    Each post is written only if its text is still the one rendered, so an edit made meanwhile is
    never overwritten with HTML of the older text.
    """
    changed = 0
    for post in posts:
        changed += Post.objects.filter(pk=post.pk, body=post.body).update(
            body_html=_render(post.body), render_version=rendering.RENDER_VERSION
        )
    return changed


def check_image_rate(user: User) -> None:
    """Counts one image upload by ``user``; raises ValidationError past the limit. Called before decoding."""
    if not allow(f"forum-image:{user.pk}", limit=IMAGES_PER_HOUR, window=3600):
        raise ValidationError(_("You have uploaded many images. Wait a while and try again."))


def process_image(upload: UploadedFile[bytes]) -> ContentFile[bytes]:
    """Check that an upload is a real image, drop its metadata and shrink it to a sensible size.

    The format and the number of pixels are checked from the header before any decoding
    (``korus_site.core.images.check_header``). Raises ValidationError for anything refused.
    """
    if (upload.size or 0) > MAX_IMAGE_BYTES:
        raise ValidationError(_("An image can be at most 5 MB."))
    check_header(upload, IMAGE_FORMATS)
    try:
        with Image.open(upload) as probe:
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as opened:
            image = ImageOps.exif_transpose(opened)
            image = image.convert("RGBA" if image.mode in {"RGBA", "LA", "P"} else "RGB")
            image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
            buffer = io.BytesIO()
            if image.mode == "RGBA":
                image.save(buffer, format="PNG", optimize=True)
                extension = "png"
            else:
                image.save(buffer, format="JPEG", quality=85, optimize=True)
                extension = "jpg"
    except (OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValidationError(_("The file is not an image we can read.")) from error
    return ContentFile(buffer.getvalue(), name=f"bilde.{extension}")


def _attach(post: Post, user: User, images: list[tuple[ContentFile[bytes], str]]) -> None:
    for content, alt_text in images[:MAX_IMAGES]:
        attachment = Attachment(post=post, uploaded_by=user, alt_text=alt_text)
        attachment.image.save(content.name or "bilde", content, save=False)
        attachment.save()


@transaction.atomic
def start_topic(
    *,
    user: User,
    area: Area,
    title: str,
    text: str,
    images: Iterable[tuple[ContentFile[bytes], str]] = (),
    rate_limited: bool = True,
) -> Topic:
    check_can_post(user, area=area)
    if rate_limited:
        check_rate(user)
    now = timezone.now()
    topic = Topic.objects.create(area=area, title=title.strip(), author=user, last_activity_at=now)
    post = Post.objects.create(
        topic=topic, author=user, body=text, body_html=_render(text), render_version=rendering.RENDER_VERSION
    )
    _attach(post, user, list(images))
    Topic.objects.filter(pk=topic.pk).update(last_post=post)
    topic.last_post = post
    TopicFollow.objects.get_or_create(user=user, topic=topic)
    member_for(user)
    notifications.post_created(post, new_topic=True)
    return topic


@transaction.atomic
def reply(
    *,
    user: User,
    topic: Topic,
    text: str,
    images: Iterable[tuple[ContentFile[bytes], str]] = (),
    rate_limited: bool = True,
) -> Post:
    check_can_post(user, topic=topic)
    if rate_limited:
        check_rate(user)
    post = Post.objects.create(
        topic=topic, author=user, body=text, body_html=_render(text), render_version=rendering.RENDER_VERSION
    )
    _attach(post, user, list(images))
    Topic.objects.filter(pk=topic.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=post.created_at, last_post=post
    )
    TopicFollow.objects.get_or_create(user=user, topic=topic)
    member_for(user)
    notifications.post_created(post, new_topic=False)
    return post


def is_own_or_moderated(user: AnyUser, post: Post) -> bool:
    """Who may edit, delete and see the earlier versions of a post: its author and the area's moderators."""
    return post.author_id == user.pk or access.can_moderate(user, post.topic.area)


def check_can_edit(user: User, post: Post) -> None:
    """Authors edit their own posts while they may still post there; moderators edit any in their areas.

    Raises :class:`PostingRefused` with the reason otherwise.
    """
    if not access.can_moderate(user, post.topic.area):
        if post.author_id != user.pk:
            raise PostingRefused(_("You can only edit your own posts."))
        check_can_post(user, topic=post.topic)


def preview(
    *, user: User, text: str, topic: Topic | None = None, area: Area | None = None, editing: Post | None = None
) -> str:
    """The HTML ``text`` would be published as, by the same renderer as publishing; nothing is saved.

    ``topic`` for a reply, ``area`` for a new topic, ``editing`` for an edit: the same checks as
    publishing there (suspension, locked topic, closed area, own post), so a preview never
    promises what publishing would refuse; the pace limit is not counted. The privacy guard
    has already run in the form (:class:`network.privacy.PrivacyGuardMixin`), as for
    publishing. Raises :class:`PostingRefused`. Source: issue 14, point 7.
    """
    if editing is not None:
        check_can_edit(user, editing)
    else:
        check_can_post(user, topic=topic, area=area)
    return _render(text)


@transaction.atomic
def edit(*, user: User, post: Post, text: str) -> Post:
    """Authors edit their own posts while they may still post there; moderators edit any in their areas."""
    check_can_edit(user, post)
    if text == post.body:
        return post
    PostRevision.objects.create(post=post, body=post.body, edited_by=user)
    post.body = text
    post.body_html = _render(text)
    post.render_version = rendering.RENDER_VERSION
    post.edited_at = timezone.now()
    post.revision_count = F("revision_count") + 1
    post.save(update_fields=["body", "body_html", "render_version", "edited_at", "revision_count"])
    post.refresh_from_db(fields=["revision_count"])
    return post


def _recount(topic: Topic) -> None:
    visible = topic.posts.filter(hidden=False).order_by("-created_at", "-pk")
    last = visible.first()
    Topic.objects.filter(pk=topic.pk).update(
        reply_count=max(visible.count() - 1, 0),
        last_post=last,
        last_activity_at=last.created_at if last else topic.created_at,
    )


@transaction.atomic
def hide(*, user: User, post: Post, reason: str) -> Post:
    """Deleting hides: the author deletes their own post, moderators hide any in their areas."""
    if not is_own_or_moderated(user, post):
        raise PostingRefused(_("You cannot delete this post."))
    own = post.author_id == user.pk
    post.hidden = True
    post.hidden_by = user
    post.hidden_reason = reason or (_("Deleted by the author") if own else "")
    post.save(update_fields=["hidden", "hidden_by", "hidden_reason"])
    notifications.post_hidden(post, by=user, reason=reason)
    if post.topic.posts.filter(hidden=False).order_by("created_at", "pk").first() is None:
        Topic.objects.filter(pk=post.topic_id).update(hidden=True)
    _recount(post.topic)
    return post


@transaction.atomic
def restore(*, user: User, post: Post) -> Post:
    if not access.can_moderate(user, post.topic.area):
        raise PostingRefused(_("Only the area's moderators can restore posts."))
    post.hidden = False
    post.hidden_reason = ""
    post.save(update_fields=["hidden", "hidden_reason"])
    Topic.objects.filter(pk=post.topic_id).update(hidden=False)
    _recount(post.topic)
    return post
