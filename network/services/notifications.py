"""Notifications: replies in followed topics, mentions, and new topics in followed areas.

Each person gets at most one notification per post (a mention wins over a reply). E-mail
goes out at once, in a daily digest, or never, as the member chooses; both through Celery,
and neither ever twice.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from korus_site.accounts.models import User
from korus_site.core.emails import send_templated_email
from network import rendering
from network.choices import EmailFrequency, NotificationKind
from network.models import CategoryFollow, Member, Notification, Post, TopicFollow

logger = logging.getLogger(__name__)


def post_created(post: Post, *, new_topic: bool) -> list[Notification]:
    """Create the in-app notifications for a new post and queue the immediate e-mails."""
    recipients: dict[int, str] = {}
    if new_topic:
        for user_id in CategoryFollow.objects.filter(category_id=post.topic.category_id).values_list(
            "user_id", flat=True
        ):
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
    from network.services.access import is_member

    allowed = [user for user in User.objects.filter(pk__in=recipients, is_active=True) if is_member(user)]
    created = Notification.objects.bulk_create(
        [Notification(user=user, kind=recipients[user.pk], post=post) for user in allowed], ignore_conflicts=True
    )
    choices = dict(Member.objects.filter(user__in=allowed).values_list("user_id", "email_frequency"))
    from network.tasks import email_notification

    for user in allowed:
        # Without settings yet, a member gets e-mail at once (the default).
        if choices.get(user.pk, EmailFrequency.IMMEDIATELY) == EmailFrequency.IMMEDIATELY:
            email_notification.delay_on_commit(user.pk, post.pk)
    return created


def send_immediate(user_id: int, post_id: int) -> bool:
    notification = (
        Notification.objects.select_related("post__topic", "post__author", "user")
        .filter(user_id=user_id, post_id=post_id, emailed_at__isnull=True, read_at__isnull=True)
        .first()
    )
    if notification is None:
        return False
    sent = send_templated_email(
        to=notification.user.email,
        template="network/notification",
        context={"notification": notification, "post": notification.post, "topic": notification.post.topic},
        key=f"forum-notification:{notification.pk}",
    )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return sent


def send_digest(member: Member, *, now: datetime.datetime | None = None) -> bool:
    """One e-mail with everything since the last digest; never sent twice for the same day."""
    now = now or timezone.now()
    pending = list(
        Notification.objects.filter(user_id=member.user_id, emailed_at__isnull=True, read_at__isnull=True)
        .select_related("post__topic", "post__author")
        .order_by("created_at")
    )
    if not pending:
        return False
    day = timezone.localdate(now).isoformat()
    with transaction.atomic():
        sent = send_templated_email(
            to=member.user.email,
            template="network/digest",
            context={"member": member, "notifications": pending, "base_url": settings.BASE_URL},
            key=f"forum-digest:{member.user_id}:{day}",
        )
        if sent:
            # Today's digest already went out: what came later waits for tomorrow's, never lost.
            Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
            Member.objects.filter(pk=member.pk).update(last_digest_at=now)
    return sent


def send_daily_digests(now: datetime.datetime | None = None) -> int:
    """Send each member's digest; one failing address does not stop the others."""
    members = Member.objects.filter(email_frequency=EmailFrequency.DAILY).select_related("user")
    sent = 0
    for member in members:
        try:
            sent += send_digest(member, now=now)
        except Exception:
            logger.exception("The forum digest to member %s failed; it is tried again tomorrow", member.pk)
    return sent


def unread_count(user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def mark_read(user, ids=None) -> int:
    notifications = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        notifications = notifications.filter(pk__in=ids)
    return notifications.update(read_at=timezone.now())
