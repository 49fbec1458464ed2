"""Who may read, write and moderate in the network: the one place these questions are answered.

Members are certified Kjentmenn and KORUS staff. Every member reads every area that is
shown to members; an area staff have hidden is read only by its moderators, with all its
topics, posts and images. Regional staff moderate their region's area; national
administrators moderate all. Area pages, topics, posts, images, search, notifications,
e-mails and digests all ask here, so a rule changed here holds everywhere.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from courses.services.certificates import is_certified
from home import access as staff_access
from korus_site.accounts.types import AnyUser, User
from network.models import Area, Member, Post, Topic, TopicRead


def is_member(user: AnyUser) -> bool:
    """Whether the person uses the network: a certified Kjentmann or KORUS staff."""
    if not user.is_authenticated:
        return False
    cached: bool | None = getattr(user, "_korus_network_member", None)
    if cached is None:
        cached = staff_access.is_korus_staff(user) or is_certified(user)
        user._korus_network_member = cached
    return cached


def _moderated_area_ids(user: AnyUser) -> frozenset[int]:
    """The ids of the areas a regional staff member moderates, asked once per user object (so once a request).

    Not for national administrators, who moderate every area (see :func:`moderated_areas`).
    """
    cached: frozenset[int] | None = getattr(user, "_korus_moderated_area_ids", None)
    if cached is None:
        if staff_access.is_korus_staff(user):
            regions = staff_access.staff_regions(user)
            cached = frozenset(Area.objects.filter(region__in=regions).values_list("pk", flat=True))
        else:
            cached = frozenset()
        setattr(user, "_korus_moderated_area_ids", cached)  # noqa: B010  (the user object is the per-request memo)
    return cached


def moderated_areas(user: AnyUser) -> QuerySet[Area]:
    """The areas the person moderates: their regions' areas, every area for national administrators."""
    if not user.is_authenticated:
        return Area.objects.none()
    if staff_access.is_national_admin(user):
        return Area.objects.all()
    return Area.objects.filter(pk__in=_moderated_area_ids(user))


def moderates_any(user: AnyUser) -> bool:
    """Whether the person moderates at least one area (national administrators moderate all)."""
    if not user.is_authenticated:
        return False
    return staff_access.is_national_admin(user) or bool(_moderated_area_ids(user))


def moderators_of(area: Area) -> QuerySet[User]:
    """Who moderates the area: its region's staff, or the national administrators for the national area."""
    region = area.region
    if region is None:
        return staff_access.national_admins()
    return staff_access.staff_of(region)


def can_moderate(user: AnyUser, area: Area) -> bool:
    """Whether the person moderates ``area``: national administrators all, regional staff their regions' areas."""
    if not user.is_authenticated:
        return False
    if staff_access.is_national_admin(user):
        return True
    return area.pk in _moderated_area_ids(user)


def readable_areas(user: AnyUser) -> QuerySet[Area]:
    """The areas the person may read: those shown to members, and hidden ones they moderate."""
    if not is_member(user):
        return Area.objects.none()
    if staff_access.is_national_admin(user):
        return Area.objects.all()
    return Area.objects.filter(Q(is_active=True) | Q(pk__in=_moderated_area_ids(user)))


def can_read_area(user: AnyUser, area: Area) -> bool:
    return is_member(user) and (area.is_active or can_moderate(user, area))


def readable_topics(user: AnyUser) -> QuerySet[Topic]:
    """Topics in readable areas; a hidden topic only for its area's moderators."""
    topics = Topic.objects.filter(area__in=readable_areas(user))
    if staff_access.is_national_admin(user):
        return topics
    return topics.filter(Q(hidden=False) | Q(area__in=_moderated_area_ids(user)))


def can_read_topic(user: AnyUser, topic: Topic) -> bool:
    return can_read_area(user, topic.area) and (not topic.hidden or can_moderate(user, topic.area))


def visible_posts(user: AnyUser) -> QuerySet[Post]:
    """Posts the person may see: in readable topics, and hidden ones only where they moderate."""
    posts = Post.objects.filter(topic__in=readable_topics(user))
    if staff_access.is_national_admin(user):
        return posts
    return posts.filter(Q(hidden=False) | Q(topic__area__in=_moderated_area_ids(user)))


def can_see_post(user: AnyUser, post: Post) -> bool:
    return can_read_topic(user, post.topic) and (not post.hidden or can_moderate(user, post.topic.area))


def can_thank(user: AnyUser, post: Post) -> bool:
    """Whether the person may give or take back a «takk» for ``post``.

    Members who may see the post, and only while it is shown (not hidden); never for their own
    post, and not while suspended from the network. Source: issue 14, point 7.
    """
    if not user.is_authenticated or post.author_id == user.pk or post.hidden:
        return False
    return can_see_post(user, post) and not is_suspended(user)


def unread_topics(user: AnyUser) -> QuerySet[Topic]:
    """Shown topics the person may read with activity after their read marker (or never read), newest first.

    The read marker is the person's ``TopicRead.read_at``; a topic counts as unread when its
    ``last_activity_at`` is later, or when it has no marker. Ordered by last activity, newest
    first, then by id; no joins, so a page of ids is served by indexes.
    """
    if not user.is_authenticated:
        return Topic.objects.none()
    read = TopicRead.objects.filter(user=user, topic=OuterRef("pk"), read_at__gte=OuterRef("last_activity_at"))
    return readable_topics(user).filter(hidden=False).exclude(Exists(read)).order_by("-last_activity_at", "-pk")


def shown_to_everyone(posts: QuerySet[Post]) -> QuerySet[Post]:
    """Of these posts, those every member of their area sees: what e-mails and digests may mention."""
    return posts.filter(hidden=False, topic__hidden=False, topic__area__is_active=True)


def is_suspended(user: User) -> bool:
    return Member.objects.filter(user=user, suspended_until__gt=timezone.now()).exists()


def may_receive_email(user: AnyUser) -> bool:
    """Whether network e-mail may go to this account now: active, still a member, not suspended."""
    return user.is_active and is_member(user) and not is_suspended(user)


def can_suspend(user: AnyUser, member_user: User) -> bool:
    """National administrators may suspend any member; regional staff, those who wrote in their areas.

    KORUS staff and administrators are never suspended here: their access follows their roles.
    """
    if member_user.pk == user.pk or staff_access.is_korus_staff(member_user):
        return False
    if staff_access.is_national_admin(user):
        return True
    return staff_access.is_korus_staff(user) and (
        Post.objects.filter(author=member_user, topic__area__in=moderated_areas(user)).exists()
    )


def visible_suspensions(user: AnyUser) -> QuerySet[Member]:
    """Current suspensions the person may see (with reasons): those of members they could suspend."""
    suspended = Member.objects.filter(suspended_until__gt=timezone.now()).select_related("user", "suspended_by")
    if staff_access.is_national_admin(user):
        return suspended
    if not staff_access.is_korus_staff(user):
        return suspended.none()
    writers = Post.objects.filter(topic__area__in=moderated_areas(user)).values("author_id")
    return suspended.filter(user_id__in=writers)


UNSUBSCRIBE_SALT = "network.unsubscribe"


def unsubscribe_token(user: User) -> str:
    """A signed token that lets whoever holds the e-mail stop the network's e-mail to ``user`` (RFC 8058).

    It never expires, as mail clients may use the link long after the e-mail came, and it
    allows nothing else.
    """
    from django.core import signing

    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT, compress=True)


def member_for_unsubscribe_token(token: str) -> Member | None:
    """The member whose network e-mail ``token`` may stop, or None for a forged or unknown token."""
    from django.core import signing

    try:
        user_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return Member.objects.select_related("user").filter(user_id=user_id).first()
