"""«Takk» on posts: a member acknowledges experience shared, and the post shows how many did.

One «takk» per member and post (the ``thank_post_once`` constraint), given and taken back
here only, so ``Post.thanks_count`` stays in step with the rows. Who may thank is asked of
:func:`network.access.can_thank`. No e-mail is sent for a «takk». Source: issue 14, point 7.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils.translation import gettext as _

from korus_site.accounts.types import User
from network import access
from network.models import Post, PostThanks


class ThanksRefused(Exception):
    """The person may not thank this post (their own, hidden, not readable, or suspended)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def set_thanks(*, user: User, post: Post, thanked: bool) -> bool:
    """Give (``thanked=True``) or take back (``thanked=False``) ``user``'s «takk» for ``post``.

    Idempotent: giving twice keeps one «takk», taking back one never given changes nothing,
    so a double-clicked button or a repeated request cannot count twice. Two requests at the
    same moment meet the unique constraint, and only the one that wrote a row counts.

    Returns whether anything changed. Raises :class:`ThanksRefused` when
    :func:`network.access.can_thank` says no.
    """
    if not access.can_thank(user, post):
        raise ThanksRefused(_("You cannot thank this post."))
    with transaction.atomic():
        if thanked:
            try:
                with transaction.atomic():
                    PostThanks.objects.create(user=user, post=post)
            except IntegrityError:
                return False
            Post.objects.filter(pk=post.pk).update(thanks_count=F("thanks_count") + 1)
        else:
            removed, _rows = PostThanks.objects.filter(user=user, post=post).delete()
            if not removed:
                return False
            Post.objects.filter(pk=post.pk).update(thanks_count=Greatest(F("thanks_count") - 1, 0))
    post.refresh_from_db(fields=["thanks_count"])
    return True


def forget(user: User) -> int:
    """Take back every «takk» ``user`` gave (when their account is deleted), keeping the posts' counts in step.

    Returns how many were taken back.
    """
    with transaction.atomic():
        given = PostThanks.objects.filter(user=user)
        Post.objects.filter(pk__in=given.values("post_id")).update(thanks_count=Greatest(F("thanks_count") - 1, 0))
        removed, _rows = given.delete()
    return removed
