"""What the network (forum) holds about a person, and what deleting the account does to it
(registered with korus_site.accounts.own_data)."""

from collections.abc import Iterable

from django.utils.translation import gettext_lazy as _

from korus_site.accounts.models import User
from korus_site.accounts.own_data import Row, erasure, exclude, section
from network.models import (
    AreaFollow,
    Attachment,
    Member,
    Notification,
    Post,
    PostThanks,
    Report,
    Topic,
    TopicFollow,
    TopicRead,
)
from network.services import thanks


@section("forum_profile", _("Forum profile and notification settings"), "network.Member")
def member_rows(user: User) -> Iterable[Row]:
    return Member.objects.filter(user=user).values("handle", "email_frequency", "suspended_until", "suspension_reason")


@section("forum_topics", _("Forum topics you started"), "network.Topic")
def topic_rows(user: User) -> Iterable[Row]:
    return Topic.objects.filter(author=user).order_by("created_at").values("area__name", "title", "created_at")


@section("forum_posts", _("Forum posts"), "network.Post")
def post_rows(user: User) -> Iterable[Row]:
    return (
        Post.objects.filter(author=user)
        .order_by("created_at")
        .values("topic__title", "body", "created_at", "edited_at", "hidden", "hidden_reason")
    )


@section(
    "forum_images",
    _("Images in forum posts"),
    "network.Attachment",
    labels={"width": _("width (pixels)"), "height": _("height (pixels)")},
)
def attachment_rows(user: User) -> Iterable[Row]:
    return Attachment.objects.filter(uploaded_by=user).values("post__topic__title", "alt_text", "width", "height")


@section(
    "forum_follows",
    _("Areas and topics you follow"),
    "network.AreaFollow",
    "network.TopicFollow",
    labels={"area": _("forum area"), "topic": _("topic")},
)
def follow_rows(user: User) -> Iterable[Row]:
    areas = [{"area": name} for name in AreaFollow.objects.filter(user=user).values_list("area__name", flat=True)]
    topics = [
        {"topic": title} for title in TopicFollow.objects.filter(user=user).values_list("topic__title", flat=True)
    ]
    return areas + topics


@section("forum_read", _("Topics you have read"), "network.TopicRead", labels={"read_at": _("read")})
def read_rows(user: User) -> Iterable[Row]:
    return TopicRead.objects.filter(user=user).values("topic__title", "read_at")


@section("forum_thanks", _("Posts you thanked"), "network.PostThanks", labels={"created_at": _("thanked")})
def thanks_rows(user: User) -> Iterable[Row]:
    return PostThanks.objects.filter(user=user).order_by("created_at").values("post__topic__title", "created_at")


@section(
    "notifications",
    _("Notifications"),
    "network.Notification",
    labels={"kind": _("kind"), "created_at": _("created"), "read_at": _("read"), "emailed_at": _("sent by e-mail")},
)
def notification_rows(user: User) -> Iterable[Row]:
    return (
        Notification.objects.filter(user=user)
        .order_by("created_at")
        .values("kind", "note", "created_at", "read_at", "emailed_at")
    )


@section(
    "forum_reports",
    _("Posts you reported"),
    "network.Report",
    labels={"created_at": _("reported"), "status": _("status")},
)
def report_rows(user: User) -> Iterable[Row]:
    return Report.objects.filter(reporter=user).values("post__topic__title", "reason", "status", "created_at")


exclude("network.PostRevision", "Records the editor of a post; the author's text is exported with the post.")


@erasure(
    "forum",
    _(
        "Your forum posts stay, so that conversations still make sense, but are shown as written by a deleted "
        "member. Your forum handle is replaced, and your follows, thanks, notifications and open reports are "
        "deleted."
    ),
)
def anonymise_forum(user: User) -> None:
    Member.objects.filter(user=user).update(handle=f"slettet-{user.pk}", suspension_reason="")
    AreaFollow.objects.filter(user=user).delete()
    TopicFollow.objects.filter(user=user).delete()
    TopicRead.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
    thanks.forget(user)
    Report.objects.filter(reporter=user, status="open").delete()
