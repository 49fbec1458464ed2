"""Everything the platform holds about one person: what is exported, and what deleting the account does.

Each app lists, in its own ``own_data.py`` (imported from its ``AppConfig.ready``), the kinds of
data it keeps about a person (``section``), the models that point at a person but are not the
person's own data (``exclude``, with the reason), and what happens to its data when the person
deletes the account (``erasure``). A test walks every model with a foreign key to the user model
and fails when one is in neither list, so nothing is forgotten when a model is added.
"""

import datetime
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import User, new_calendar_token

Row = Mapping[str, object]  # one record, JSON-ready with DjangoJSONEncoder


@dataclass(frozen=True)
class Section:
    """One kind of data about a person: ``rows(user)`` gives it as JSON-ready dicts; ``models`` are
    the model labels (``app.Model``) whose rows about the person it covers.

    For the readable summary, each key of a row is named by ``labels`` when given there, otherwise by
    the field it names on ``model`` (a model label; a ``__`` lookup names the related object)."""

    name: str
    title: str | Promise
    models: tuple[str, ...]
    rows: Callable[[User], Iterable[Row]]
    model: str | None = None
    labels: Mapping[str, str | Promise] = field(default_factory=dict)


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
    name: str,
    title: str | Promise,
    *models: str,
    model: str | None = None,
    labels: Mapping[str, str | Promise] | None = None,
) -> Callable[[Callable[[User], Iterable[Row]]], Callable[[User], Iterable[Row]]]:
    """Register the decorated ``rows(user)`` function as the export of ``models`` under ``name``.

    ``model`` (default: the only one of ``models``) is the model whose fields name the keys of each
    row in the readable summary; ``labels`` names the keys that are not its fields or whose field has
    no name of its own.
    """
    readable_model = model or (models[0] if len(models) == 1 else None)

    def decorator(func: Callable[[User], Iterable[Row]]) -> Callable[[User], Iterable[Row]]:
        _sections[name] = Section(name, title, tuple(models), func, readable_model, dict(labels or {}))
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


def _is_default_name(f: Any) -> bool:
    """Whether ``f`` has no name of its own (Django made one from the attribute name, in English)."""
    return not isinstance(f.verbose_name, Promise)  # a name of its own is marked for translation


def _field_for(model: type[models.Model], key: str) -> tuple[Any, str | None]:
    """The field a row key (a field name or a ``__`` lookup) ends on, and the name of the key.

    A lookup through a relation to the related object's title or name is named after the relation
    (``gathering__series__title`` is the course series); the last relation's own name is used, or else
    the related model's. Gives ``(None, None)`` when the key is not a lookup on ``model``.
    """
    parts = key.split("__")
    current: Any = model
    relation: Any = None
    try:
        for part in parts[:-1]:
            relation = current._meta.get_field(part)
            current = relation.related_model
        final: Any = current._meta.get_field(parts[-1])
    except (FieldDoesNotExist, AttributeError):
        return None, None
    if relation is not None and parts[-1] in ("title", "name"):
        return final, str(current._meta.verbose_name if _is_default_name(relation) else relation.verbose_name)
    if final.is_relation and _is_default_name(final):
        return final, str(final.related_model._meta.verbose_name)
    if _is_default_name(final):
        return final, None
    return final, str(final.verbose_name)


def _display(value: object, f: Any) -> str:
    """``value`` as a person reads it: the choice's name, «Ja»/«Nei», local dates the Norwegian way."""
    choices = dict(getattr(f, "flatchoices", None) or ())
    if choices and value in choices:
        return str(choices[value])
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, dict | list):
        return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    return str(value)


def readable(user: User) -> list[tuple[str, list[list[tuple[str, str]]]]]:
    """The summary a person reads on Mine data and in its PDF, in the active language.

    Gives one ``(section title, rows)`` per section, each row a list of ``(label, value)``: labels are
    the fields' names (or the section's ``labels``), values are display values (choices by name,
    yes/no, local times in the language's date format). Empty values are left out. Raises
    ``LookupError`` when a key has no name, so a new field cannot reach people as a raw key.
    """
    data = collect(user)
    summary = []
    for s in _sections.values():
        model = apps.get_model(s.model) if s.model else None
        rows = []
        for row in data[s.name]:
            pairs = []
            for key, value in row.items():
                f, name = _field_for(model, key) if model else (None, None)
                label = s.labels.get(key) or name
                if label is None:
                    raise LookupError(f"The own-data section {s.name!r} has no name for {key!r}.")
                if value is None or value == "":
                    continue
                pairs.append((capfirst(str(label)), _display(value, f)))
            rows.append(pairs)
        summary.append((str(s.title), rows))
    return summary


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
