"""Audit log entries that say what changed, shown in Wagtail's history views.

Wagtail's own "wagtail.edit" entry records who and when. For reference data staff also need
to see what: an entry made with ``field_changes`` keeps each changed field's old and new
value in its ``data``, and a ``ChangesFormatter`` registered for the entry's action shows them.
"""

from typing import TYPE_CHECKING

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.log_actions import LogFormatter, log

if TYPE_CHECKING:
    from wagtail.admin.views.generic import EditView as _EditViewBase  # what the mixin is mixed into
else:
    _EditViewBase = object


def _value(instance: models.Model, field: models.Field | models.ForeignObjectRel) -> str:
    """What to keep of one field's value: the stored code of a choice, a related object's name."""
    value = getattr(instance, field.name)
    return "" if value is None else str(value)


def field_changes(before: models.Model, after: models.Model, fields: list[str]) -> list[dict[str, str]]:
    """The ``fields`` whose values differ between two versions of one object, in the given order.

    Takes the object as stored (``before``) and as about to be saved (``after``). Returns
    ``[{"field": name, "from": old, "to": new}, ...]``, values as text: a choice as its stored
    code (``ChangesFormatter`` shows its label in the reader's language), a related object
    as its name. Empty when nothing changed.
    """
    changes = []
    for name in fields:
        field = after._meta.get_field(name)
        old, new = _value(before, field), _value(after, field)
        if old != new:
            changes.append({"field": name, "from": old, "to": new})
    return changes


class ChangesFormatter(LogFormatter):
    """Shows an entry's ``data["changes"]`` as «Field: “old” → “new”» after ``message``."""

    def describe_change(self, model, change: dict[str, str]) -> str:
        try:
            field = model._meta.get_field(change["field"])
        except (AttributeError, FieldDoesNotExist):
            return _("%(field)s: “%(old)s” → “%(new)s”") % {
                "field": change["field"],
                "old": change["from"],
                "new": change["to"],
            }
        labels = dict(field.flatchoices) if field.choices else {}
        return _("%(field)s: “%(old)s” → “%(new)s”") % {
            "field": capfirst(field.verbose_name),
            "old": labels.get(change["from"], change["from"]),
            "new": labels.get(change["to"], change["to"]),
        }

    def format_message(self, log_entry) -> str:
        model = log_entry.content_type.model_class()
        changes = [self.describe_change(model, change) for change in (log_entry.data or {}).get("changes", [])]
        if not changes:
            return str(self.message)
        return "%s: %s" % (self.message, "; ".join(changes))  # noqa: UP031


class ChangeLoggingEditViewMixin(_EditViewBase):
    """For a Wagtail ``EditView``: log what changed instead of a bare "wagtail.edit".

    Saves through Wagtail's edit action as the view would, then logs ``change_log_action``
    with the ``logged_fields`` that changed (``field_changes``). Nothing is logged when the
    form was sent back unchanged.
    """

    change_log_action: str = ""
    logged_fields: tuple[str, ...] = ()

    def save_instance(self):
        before = type(self.object)._default_manager.get(pk=self.object.pk)
        instance = self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=False
        ).execute(skip_permission_checks=True)
        changes = field_changes(before, instance, list(self.logged_fields))
        if changes:
            log(
                instance=instance,
                action=self.change_log_action,
                user=self.request.user,
                data={"changes": changes},
                content_changed=True,
            )
        return instance
