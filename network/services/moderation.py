"""Moderation: reports, hiding and restoring, locking, pinning, moving and suspending."""

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from korus_site.accounts.types import User
from network import access
from network.choices import ReportStatus
from network.models import Area, Member, Post, Report, Topic
from network.services import notifications, posting
from network.services.members import member_for
from network.services.posting import PostingRefused


@transaction.atomic
@transaction.atomic
def report(*, user: User, post: Post, reason: str) -> Report:
    """A member reports a post; the area's moderators are told. Returns the open report.

    A person has at most one open report per post: reporting again (a resubmitted form, a
    second thought) adds the new reason to it and tells nobody twice. Raises PostingRefused
    for non-members.
    """
    if not access.is_member(user):
        raise PostingRefused(_("Only members can report posts."))
    Post.objects.select_for_update().filter(pk=post.pk).first()  # one report at a time per post
    reason = reason.strip()
    existing = Report.objects.filter(post=post, reporter=user, status=ReportStatus.OPEN).first()
    if existing is not None:
        if reason and reason not in existing.reason:
            existing.reason = f"{existing.reason}\n\n{reason}".strip()
            existing.save(update_fields=["reason"])
        return existing
    created = Report.objects.create(post=post, reporter=user, reason=reason)
    notifications.post_reported(created)
    return created


def queue(user: User) -> QuerySet[Report]:
    """Open reports in the areas this person moderates."""
    return (
        Report.objects.filter(status=ReportStatus.OPEN, post__topic__area__in=access.moderated_areas(user))
        .select_related("post__topic__area", "post__author", "reporter")
        .order_by("created_at")
    )


def _require(user: User, area: Area) -> None:
    if not access.can_moderate(user, area):
        raise PostingRefused(_("You do not moderate this area."))


@transaction.atomic
def handle_report(*, user: User, report: Report, hide_post: bool, reason: str = "") -> Report:
    _require(user, report.post.topic.area)
    if hide_post:
        posting.hide(user=user, post=report.post, reason=reason)
    Report.objects.filter(post=report.post, status=ReportStatus.OPEN).update(
        status=ReportStatus.HIDDEN if hide_post else ReportStatus.DISMISSED, handled_by=user, handled_at=timezone.now()
    )
    report.refresh_from_db()
    return report


@transaction.atomic
def set_locked(*, user: User, topic: Topic, locked: bool, reason: str = "") -> None:
    """Lock (no new replies) or unlock a topic; on locking, its author is told why."""
    _require(user, topic.area)
    Topic.objects.filter(pk=topic.pk).update(locked=locked)
    if locked and not topic.locked:
        notifications.topic_locked(topic, by=user, reason=reason.strip())


def set_pinned(*, user: User, topic: Topic, pinned: bool) -> None:
    _require(user, topic.area)
    Topic.objects.filter(pk=topic.pk).update(pinned=pinned)


def move(*, user: User, topic: Topic, to: Area) -> None:
    """Moderators may move a topic between areas they moderate."""
    _require(user, topic.area)
    _require(user, to)
    Topic.objects.filter(pk=topic.pk).update(area=to)


def _require_suspender(user: User, member_user: User) -> None:
    if not access.can_suspend(user, member_user):
        raise PostingRefused(_("You cannot suspend this person."))


def suspend(*, user: User, member_user: User, days: int, reason: str) -> Member:
    _require_suspender(user, member_user)
    member = member_for(member_user)
    member.suspended_until = timezone.now() + datetime.timedelta(days=days)
    member.suspension_reason = reason.strip()
    member.suspended_by = user
    member.save(update_fields=["suspended_until", "suspension_reason", "suspended_by"])
    return member


def lift_suspension(*, user: User, member_user: User) -> None:
    _require_suspender(user, member_user)
    Member.objects.filter(user=member_user).update(suspended_until=None, suspension_reason="")
