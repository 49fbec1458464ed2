"""Notifications: what members are told in the network, on the site and by e-mail.

Replies in followed topics, mentions and new topics in followed areas (one per person and
post; a mention wins over a reply); new versions of material for certified Kjentmenn;
reports for the area's moderators; a hidden post or a locked topic for its author, with
the moderator's reason. E-mail goes out at once, in a daily digest, or never, as the
member chooses, through the outbox, and each is checked again when it is sent: nothing
about hidden content, nothing to inactive, suspended or no-longer-certified accounts.
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from home.models import MaterialVersion
from home.services.contact import national_contact_address, region_contact_address
from korus_site.accounts.models import User
from korus_site.core import outbox
from korus_site.core.emails import send_templated_email
from korus_site.core.links import absolute_url
from korus_site.core.outbox import Skip
from network import access, rendering
from network.choices import POST_ACTIVITY, EmailFrequency, NotificationKind, ReportStatus
from network.models import AreaFollow, Member, Notification, Post, Report, Topic, TopicFollow


def notify(
    users: Iterable[User],
    kind: str,
    *,
    post: Post | None = None,
    material_version: MaterialVersion | None = None,
    note: str = "",
) -> list[Notification]:
    """Give each of ``users`` a notification of ``kind`` (once), and queue e-mail for those who want it at once.

    Call inside the transaction of the change. Returns the notifications that exist for them now.
    """
    users = [user for user in users if user.is_active]
    if not users:
        return []
    Notification.objects.bulk_create(
        [Notification(user=user, kind=kind, post=post, material_version=material_version, note=note) for user in users],
        ignore_conflicts=True,
    )
    found = Notification.objects.filter(user__in=users, kind=kind)
    found = found.filter(material_version=material_version) if material_version is not None else found.filter(post=post)
    notifications = list(found)
    choices = dict(Member.objects.filter(user__in=users).values_list("user_id", "email_frequency"))
    for notification in notifications:
        # Without settings yet, a member gets e-mail at once (the default).
        if choices.get(notification.user_id, EmailFrequency.IMMEDIATELY) == EmailFrequency.IMMEDIATELY:
            outbox.enqueue(send_immediate, notification.pk, key=f"forum-notification:{notification.pk}")
    return notifications


def post_created(post: Post, *, new_topic: bool) -> list[Notification]:
    """Tell followers (of the topic, or of the area for a new topic) and those mentioned about a new post."""
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
    readers = [user for user in User.objects.filter(pk__in=recipients) if access.can_read_topic(user, post.topic)]
    created = []
    for kind in {recipients[user.pk] for user in readers}:
        created += notify([user for user in readers if recipients[user.pk] == kind], kind, post=post)
    return created


def material_published(version: MaterialVersion) -> list[Notification]:
    """Tell certified Kjentmenn about a new version of a material, with its change note.

    National material goes to every certified Kjentmann; a region's material to those
    certified by that region.
    """
    from courses.services.certificates import certified_people

    page = version.page
    people = certified_people(region=page.region)
    return notify(list(people), NotificationKind.MATERIAL, material_version=version, note=version.change_note)


def post_reported(report: Report) -> list[Notification]:
    """Tell the moderators of the post's area that it was reported, with the reason."""
    moderators = access.moderators_of(report.post.topic.area).exclude(pk=report.reporter_id)
    return notify(list(moderators), NotificationKind.REPORT, post=report.post, note=report.reason)


def post_hidden(post: Post, *, by: User, reason: str) -> list[Notification]:
    """Tell the author that a moderator hid their post, and why (nothing when they deleted it themselves)."""
    if post.author_id == by.pk:
        return []
    return notify([post.author], NotificationKind.HIDDEN, post=post, note=reason)


def topic_locked(topic: Topic, *, by: User, reason: str) -> list[Notification]:
    """Tell the topic's author that a moderator locked it, and why."""
    first = topic.posts.order_by("created_at", "pk").first()
    if first is None or topic.author_id == by.pk:
        return []
    return notify([topic.author], NotificationKind.LOCKED, post=first, note=reason)


def _check_reader(user: User) -> None:
    """Raise ``Skip`` unless the account may still get e-mail from the network."""
    if not access.may_receive_email(user):
        raise Skip("inactive, suspended or no longer a member")


def still_relevant(notification: Notification) -> bool:
    """Whether the notification may still be e-mailed: what it is about is still there for its reader."""
    user = notification.user
    post = notification.post
    if notification.kind in POST_ACTIVITY and post is not None:
        return access.shown_to_everyone(Post.objects.filter(pk=post.pk)).exists() and access.can_read_topic(
            user, post.topic
        )
    version = notification.material_version
    if notification.kind == NotificationKind.MATERIAL and version is not None:
        return bool(version.page.live)
    if notification.kind == NotificationKind.REPORT and post is not None:
        return Report.objects.filter(post=post, status=ReportStatus.OPEN).exists() and (
            access.can_moderate(user, post.topic.area)
        )
    if notification.kind == NotificationKind.HIDDEN and post is not None:
        return post.hidden
    if notification.kind == NotificationKind.LOCKED and post is not None:
        return post.topic.locked
    return False


def _list_headers(user: User) -> dict[str, str]:
    """List-Unsubscribe with one-click POST (RFC 2369, RFC 8058): mail clients offer "unsubscribe"."""
    url = absolute_url(reverse("network:unsubscribe", args=[access.unsubscribe_token(user)]))
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _reply_to(notification: Notification) -> str:
    """Replies go to the KORUS centre of the area's region, else to the national address."""
    area = notification.post.topic.area if notification.post is not None else None
    if area is not None and area.region_id:
        return region_contact_address(area.region)
    return national_contact_address()


def _with_subjects(notifications: QuerySet[Notification]) -> QuerySet[Notification]:
    return notifications.select_related(
        "user",
        "post__topic__area__region__page",
        "post__author",
        "material_version__page",
        "material_version__document",
    )


@outbox.work
def send_immediate(notification_id: int) -> bool:
    """E-mail one notification at once; skipped once read, or when it or its reader no longer qualifies."""
    notification = (
        _with_subjects(Notification.objects.filter(pk=notification_id, emailed_at__isnull=True, read_at__isnull=True))
    ).first()
    if notification is None:
        raise Skip("read or already e-mailed")
    _check_reader(notification.user)
    if not still_relevant(notification):
        raise Skip("what it is about is hidden, handled or gone")
    sent = send_templated_email(
        to=notification.user.email,
        template="network/notification",
        context={
            "notification": notification,
            "post": notification.post,
            "post_text": rendering.plain_text(notification.post.body_html) if notification.post is not None else "",
        },
        language=notification.user.language,
        reply_to=_reply_to(notification),
        headers=_list_headers(notification.user),
    )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return sent


@outbox.work
def send_digest(user_id: int, day: str) -> bool:
    """One e-mail with everything unread since the last digest; skipped when nothing relevant is left."""
    member = Member.objects.select_related("user").get(user_id=user_id)
    _check_reader(member.user)
    now = timezone.now()
    waiting = _with_subjects(
        Notification.objects.filter(user_id=user_id, emailed_at__isnull=True, read_at__isnull=True)
    ).order_by("created_at")
    pending = [notification for notification in waiting if still_relevant(notification)]
    if not pending:
        raise Skip("nothing new to tell")
    sent = send_templated_email(
        to=member.user.email,
        template="network/digest",
        context={"member": member, "notifications": pending, "base_url": settings.BASE_URL},
        language=member.user.language,
        reply_to=national_contact_address(),
        headers=_list_headers(member.user),
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


def visible_to(user: User) -> QuerySet[Notification]:
    """The person's notifications about what they may still see: posts in readable topics, and material."""
    from django.db.models import Q

    return Notification.objects.filter(user=user).filter(
        Q(post__in=access.visible_posts(user))
        | Q(post__author=user, kind=NotificationKind.HIDDEN)
        | Q(material_version__page__live=True)
    )


def unread_count(user: User) -> int:
    return visible_to(user).filter(read_at__isnull=True).count()


def mark_read(user: User, ids: Iterable[int] | None = None) -> int:
    notifications = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        notifications = notifications.filter(pk__in=ids)
    return notifications.update(read_at=timezone.now())
