from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any, Generic, TypeVar, overload

from django.contrib.auth.views import redirect_to_login
from django.db.models import Model, QuerySet
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from network import access
from network.services import notifications
from network.services.members import member_for


def member_required(view):
    """Certified Kjentmenn and KORUS staff only; others learn what the network is and how to join."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.path == reverse("network:index"):
                return about(request)
            return redirect_to_login(request.get_full_path())
        if not access.is_member(request.user):
            return about(request, status=403)
        request.member = member_for(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def about(request, status: int = 200):
    return TemplateResponse(request, "network/about.html", {"page_title": _("The Kjentmann network")}, status=status)


def forum_context(request) -> dict:
    """What every forum page shows: unread notifications, moderation link."""
    from network.services import moderation

    moderator = access.moderates_any(request.user)
    return {
        "unread_notifications": notifications.unread_count(request.user),
        "is_moderator": moderator,
        "open_reports": moderation.queue(request.user).count() if moderator else 0,
    }


M = TypeVar("M", bound=Model)


class IdsFirst(Generic[M]):
    """A list for Django's Paginator that reads a page's ids first, then fetches only those rows.

    ``ids`` is an ordered ``values_list("pk", flat=True)`` queryset that an index can serve on its
    own (no joins, no annotations); ``fetch`` takes a sliced copy of it (a subquery: one query in
    all) and returns the rows with their joins and per-viewer annotations, in the same order. So
    what the rows cost (unread checks, authors, attachments) depends on the rows shown, never on
    the rows skipped to reach a deep page. ``total`` is the number of rows when it is already
    known (a stored counter), which saves the count query.
    """

    def __init__(
        self, ids: QuerySet[Any, int], fetch: Callable[[QuerySet[Any, int]], Iterable[M]], total: int | None = None
    ) -> None:
        self.ids = ids
        self.fetch = fetch
        self.total = total

    def count(self) -> int:
        """How many rows there are in all: ``total`` if given, else counted."""
        return self.total if self.total is not None else self.ids.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[M]:
        return iter(self[0 : self.count()])

    @overload
    def __getitem__(self, key: int) -> M: ...

    @overload
    def __getitem__(self, key: slice) -> list[M]: ...

    def __getitem__(self, key: int | slice) -> M | list[M]:
        if isinstance(key, int):
            return self[key : key + 1][0]
        return list(self.fetch(self.ids[key]))
