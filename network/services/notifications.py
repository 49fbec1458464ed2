"""Notifications: replies in followed topics, mentions, and new topics in followed areas.

Each person gets at most one notification per post (a mention wins over a reply). E-mail
goes out at once, in a daily digest, or never, as the member chooses; both through Celery,
and neither ever twice.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from korus_site.accounts.models import User
from korus_site.core import outbox
from korus_site.core.emails import send_templated_email
from korus_site.core.outbox import Skip
from network import access, rendering
from network.choices import EmailFrequency, NotificationKind
from network.models import AreaFollow, Member, Notification, Post, TopicFollow


def post_created(post: Post, *, new_topic: bool) -> list[Notification]:
    """Create the in-app notifications for a new post and queue the immediate e-mails."""
    recipients: dict[int, str] = {}
    if new_topic:
        for user_id in AreaFollow.objects.filter(area_id=post.topic.area_id).values_list("user_id", flat=True):
            recipients[user_id] = NotificationKind.NEW_TOPIC
    else:
        for user_id in TopicFollow.objects.filter(topic_id=post.topic_id).values_list("user_id", flat=True):
            recipients[user_id] = NotificationKind.REPLY
    handles = rendering.mentioned_handles(post.body)
    if handles:
        for user_id in Member.objects.filter(handle__in=handles).values_list("user_id", flat=True):
            recipients[user_id] = NotificationKind.MENTION
    recipients.pop(post.author_id, None)
    if not recipients:
        return []
    candidates = User.objects.filter(pk__in=recipients, is_active=True)
    allowed = [user for user in candidates if access.can_read_topic(user, post.topic)]
    created = Notification.objects.bulk_create(
        [Notification(user=user, kind=recipients[user.pk], post=post) for user in allowed], ignore_conflicts=True
    )
    choices = dict(Member.objects.filter(user__in=allowed).values_list("user_id", "email_frequency"))
    for user in allowed:
        # Without settings yet, a member gets e-mail at once (the default).
        if choices.get(user.pk, EmailFrequency.IMMEDIATELY) == EmailFrequency.IMMEDIATELY:
            outbox.enqueue(send_immediate, user.pk, post.pk, key=f"forum-notification:{user.pk}:{post.pk}")
    return created


def _check_reader(user) -> None:
    """Raise ``Skip`` unless the account may still get e-mail from the network."""
    if not access.may_receive_email(user):
        raise Skip("inactive, suspended or no longer a member")


def _shown(notifications):
    """Only notifications about posts every member of the area sees: nothing hidden or deleted is e-mailed."""
    return notifications.filter(post__in=access.shown_to_everyone(Post.objects.all()))


@outbox.work
def send_immediate(user_id: int, post_id: int) -> bool:
    """E-mail one notification at once; skipped once read, or if the post or reader no longer qualifies."""
    notification = (
        _shown(
            Notification.objects.filter(user_id=user_id, post_id=post_id, emailed_at__isnull=True, read_at__isnull=True)
        )
        .select_related("post__topic", "post__author", "user")
        .first()
    )
    if notification is None:
        raise Skip("read, hidden or already e-mailed")
    _check_reader(notification.user)
    sent = send_templated_email(
        to=notification.user.email,
        template="network/notification",
        context={"notification": notification, "post": notification.post, "topic": notification.post.topic},
        language=notification.user.language,
    )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return sent


@outbox.work
def send_digest(user_id: int, day: str) -> bool:
    """One e-mail with everything unread since the last digest; skipped when nothing visible is left."""
    member = Member.objects.select_related("user").get(user_id=user_id)
    _check_reader(member.user)
    now = timezone.now()
    pending = list(
        _shown(Notification.objects.filter(user_id=user_id, emailed_at__isnull=True, read_at__isnull=True))
        .select_related("post__topic", "post__author")
        .order_by("created_at")
    )
    if not pending:
        raise Skip("nothing new to tell")
    sent = send_templated_email(
        to=member.user.email,
        template="network/digest",
        context={"member": member, "notifications": pending, "base_url": settings.BASE_URL},
        language=member.user.language,
    )
    # What came after this digest waits for tomorrow's, never lost.
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
    Member.objects.filter(pk=member.pk).update(last_digest_at=now)
    return sent


def send_daily_digests(now: datetime.datetime | None = None) -> int:
    """Queue today's digest for each member who chose it; returns how many were queued (once per day)."""
    now = now or timezone.now()
    day = timezone.localdate(now).isoformat()
    waiting = Notification.objects.filter(emailed_at__isnull=True, read_at__isnull=True).values("user_id")
    members = Member.objects.filter(email_frequency=EmailFrequency.DAILY, user_id__in=waiting)
    queued = 0
    with transaction.atomic():
        for user_id in members.values_list("user_id", flat=True):
            queued += bool(outbox.enqueue(send_digest, user_id, day, key=f"forum-digest:{user_id}:{day}"))
    return queued


def visible_to(user):
    """The person's notifications about posts they may still see."""
    return Notification.objects.filter(user=user, post__in=access.visible_posts(user))


def unread_count(user) -> int:
    return visible_to(user).filter(read_at__isnull=True).count()


def mark_read(user, ids=None) -> int:
    notifications = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        notifications = notifications.filter(pk__in=ids)
    return notifications.update(read_at=timezone.now())
