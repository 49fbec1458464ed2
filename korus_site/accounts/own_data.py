"""Everything the platform holds about one person: what is exported, and what deleting the account does.

Each app lists, in its own ``own_data.py`` (imported from its ``AppConfig.ready``), the kinds of
data it keeps about a person (``section``), the models that point at a person but are not the
person's own data (``exclude``, with the reason), and what happens to its data when the person
deletes the account (``erasure``). A test walks every model with a foreign key to the user model
and fails when one is in neither list, so nothing is forgotten when a model is added.
"""

import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import User, new_calendar_token

Row = Mapping[str, object]  # one record, JSON-ready with DjangoJSONEncoder


@dataclass(frozen=True)
class Section:
    """One kind of data about a person: ``rows(user)`` gives it as JSON-ready dicts; ``models`` are
    the model labels (``app.Model``) whose rows about the person it covers."""

    name: str
    title: str | Promise
    models: tuple[str, ...]
    rows: Callable[[User], Iterable[Row]]


@dataclass(frozen=True)
class Erasure:
    """What deleting the account does to one kind of data: ``description`` is shown before the person
    confirms and on the privacy page; ``apply(user)`` does it, inside the deletion's transaction."""

    name: str
    description: str | Promise
    apply: Callable[[User], None]


_sections: dict[str, Section] = {}
_excluded: dict[str, str] = {}
_erasures: dict[str, Erasure] = {}
_refusals: list[Callable[[User], str | Promise | None]] = []


def section(
    name: str, title: str | Promise, *models: str
) -> Callable[[Callable[[User], Iterable[Row]]], Callable[[User], Iterable[Row]]]:
    """Register the decorated ``rows(user)`` function as the export of ``models`` under ``name``."""

    def decorator(func: Callable[[User], Iterable[Row]]) -> Callable[[User], Iterable[Row]]:
        _sections[name] = Section(name, title, tuple(models), func)
        return func

    return decorator


def exclude(model: str, reason: str) -> None:
    """Declare that ``model`` (``app.Model``) points at people but is not exported, and why."""
    _excluded[model] = reason


def erasure(name: str, description: str | Promise) -> Callable[[Callable[[User], None]], Callable[[User], None]]:
    """Register the decorated ``apply(user)`` function as one step of deleting an account."""

    def decorator(func: Callable[[User], None]) -> Callable[[User], None]:
        _erasures[name] = Erasure(name, description, func)
        return func

    return decorator


def refusal(func: Callable[[User], str | Promise | None]) -> Callable[[User], str | Promise | None]:
    """Register a check that returns why a person may not delete the account themselves (or None)."""
    _refusals.append(func)
    return func


def sections() -> list[Section]:
    return list(_sections.values())


def erasures() -> list[Erasure]:
    """The deletion steps in the order they run; their descriptions are what deletion does."""
    return list(_erasures.values())


def exported_models() -> set[str]:
    return {label for s in _sections.values() for label in s.models}


def excluded_models() -> dict[str, str]:
    return dict(_excluded)


def collect(user: User) -> dict[str, Any]:
    """Everything the platform holds about ``user``, keyed by section name, each a list of dicts.

    Also ``exported_at`` (ISO 8601, UTC). Values are JSON-ready with ``DjangoJSONEncoder``.
    """
    data: dict[str, Any] = {"exported_at": timezone.now().astimezone(datetime.UTC).isoformat()}
    for s in _sections.values():
        data[s.name] = list(s.rows(user))
    return data


def refusals(user: User) -> list[str]:
    """Why ``user`` may not delete the account on their own; empty when they may."""
    return [str(reason) for check in _refusals if (reason := check(user))]


class DeletionRefused(Exception):
    pass


def delete_account(user: User) -> None:
    """Delete ``user``'s account: run every app's erasure step, then anonymise the account itself.

    The user row stays (certificates, sign-ups made for a school and forum posts point at it) but
    keeps nothing that identifies the person: no name, an address at ``.invalid``, no password,
    not active. Raises ``DeletionRefused`` when ``refusals(user)`` is not empty.
    """
    reasons = refusals(user)
    if reasons:
        raise DeletionRefused(" ".join(reasons))
    with transaction.atomic():
        for step in _erasures.values():
            step.apply(user)
        user.email = f"slettet-{user.pk}@slettet.invalid"
        user.first_name = "Slettet"  # what others see beside the posts that stay
        user.last_name = "bruker"
        user.is_active = False
        user.list_as_kjentmann = False
        user.calendar_token = new_calendar_token()
        user.set_unusable_password()
        user.save()


@section("account", _("Account"), "accounts.User")
def account_rows(user: User) -> Iterable[Row]:
    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            "email", "first_name", "last_name", "language", "list_as_kjentmann", "date_joined", "last_login", "is_staff"
        )
    )


erasure(
    "account",
    _("Your name, e-mail address and password are removed and you cannot log in again."),
)(lambda user: None)

for _label, _reason in {
    "wagtailusers.UserProfile": "Wagtail admin preferences for staff; no personal content.",
    "wagtailadmin.EditingSession": "Short-lived admin editing locks for staff.",
    "wagtailadmin.FormState": "Admin form state for staff.",
    "wagtailcore.APIToken": "Admin API tokens for staff, secrets not to be exported.",
    "wagtailcore.ModelLogEntry": "Staff audit log of admin actions, kept for accountability.",
    "wagtailcore.PageLogEntry": "Staff audit log of page actions, kept for accountability.",
    "wagtailcore.Revision": "Page revisions edited by staff: the organisation's content.",
    "wagtailcore.UploadedFile": "Temporary admin uploads by staff.",
    "wagtailcore.WorkflowState": "Moderation workflow of pages by staff.",
    "wagtailcore.TaskState": "Moderation workflow of pages by staff.",
    "wagtailcore.Page": "Page ownership and locks by staff: the organisation's content.",
    "wagtailcore.Comment": "Staff comments on page drafts.",
    "wagtailcore.CommentReply": "Staff comments on page drafts.",
    "wagtailcore.PageSubscription": "Staff notification settings for page comments.",
    "wagtaildocs.Document": "Documents uploaded by staff: the organisation's content.",
    "wagtailimages.Image": "Images uploaded by staff: the organisation's content.",
    "home.KorusImage": "Images uploaded by staff: the organisation's content.",
    "admin.LogEntry": "Django admin log, not used by people outside staff.",
}.items():
    exclude(_label, _reason)
