"""Submit a page's real form the way a browser would, for tests that go through the same door.

``Form.from_response(response)`` reads the ``<form>`` a person would press "Lagre" on and
collects what a browser would send: every enabled input, checked box and selected option,
but nothing inside a ``<template>`` (Wagtail's empty-row templates). Wagtail's StreamField
widgets are drawn by JavaScript from two JSON attributes, the block definitions and the
value; the form expands them into the fields Wagtail's own script would post, so a test
that submits an editor unchanged gets exactly what an editor pressing the button gets.

A test changes what a person would change (``form["title"] = "Ny tittel"``, a new inline
row with ``form.add_inline("gatherings", {...})``) and submits with the button a person
would press (``form.submit(client, "action-publish")``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from django.test import Client


class FormNotFound(AssertionError):
    pass


class Form:
    """The fields of one HTML form as a browser would submit them, in document order."""

    def __init__(
        self,
        action: str,
        method: str,
        fields: list[tuple[str, str]],
        buttons: dict[str, list[str]],
        html: str,
        options: dict[str, list[tuple[str, str]]] | None = None,
    ):
        self.action = action
        self.options = options or {}
        self.method = method.lower()
        self.fields = fields
        self.buttons = buttons
        self.html = html

    # Reading ----------------------------------------------------------------------------

    @classmethod
    def from_response(
        cls, response, selector: str | None = None, *, having: str | None = None, action_contains: str = ""
    ) -> Form:
        """The form in ``response`` a person would fill in.

        ``selector`` picks it by CSS; ``having`` picks the first form with a field of that
        name (and ``action_contains`` in its action). Without either: the POST form with the
        most fields (on a Wagtail edit view, the editor rather than the header's search or
        session forms). Raises FormNotFound.
        """
        assert response.status_code == 200, f"GET answered {response.status_code}"
        html = response.content.decode()
        soup = BeautifulSoup(html, "html.parser")
        path = response.wsgi_request.get_full_path() if hasattr(response, "wsgi_request") else "."
        if selector:
            form = soup.select_one(selector)
            if form is None:
                raise FormNotFound(f"No form matches {selector!r}")
        elif having:
            form = next(
                (
                    f
                    for f in soup.find_all("form")
                    if action_contains in (f.get("action") or path) and f.find(attrs={"name": having}) is not None
                ),
                None,
            )
            if form is None:
                raise FormNotFound(f"No form with a field {having!r} (action containing {action_contains!r})")
        else:
            forms = [f for f in soup.find_all("form") if (f.get("method") or "get").lower() == "post"]
            if not forms:
                raise FormNotFound("The page has no POST form")
            form = max(forms, key=lambda f: len(f.find_all(["input", "select", "textarea"])))
        action = urljoin(path, form.get("action") or path)
        fields, buttons, options = _collect(form, soup)
        return cls(action, form.get("method") or "get", fields, buttons, html, options)

    @classmethod
    def open(cls, client: Client, url: str, selector: str | None = None, **kwargs) -> Form:
        """GET ``url`` as the logged-in client and read its form (see ``from_response``)."""
        return cls.from_response(client.get(url), selector, **kwargs)

    def _names(self) -> list[str]:
        return [name for name, _value in self.fields]

    def __contains__(self, name: str) -> bool:
        return name in self._names()

    def __getitem__(self, name: str) -> str:
        for field, value in self.fields:
            if field == name:
                return value
        raise KeyError(name)

    def get(self, name: str, default: str | None = None) -> str | None:
        try:
            return self[name]
        except KeyError:
            return default

    @property
    def boxes(self) -> set[str]:
        """Names of the form's check boxes and radio buttons, ticked or not."""
        return {name for name, _kind in self.options.get(_BOXES, [])}

    @property
    def file_fields(self) -> set[str]:
        return {name for name, _kind in self.options.get(_FILES, [])}

    def choices(self, name: str) -> list[tuple[str, str]]:
        """A select's options as (value, label), empty values left out."""
        return [(value, label) for value, label in self.options.get(name, []) if value]

    def choose(self, name: str, label: str) -> None:
        """Pick the option whose label contains ``label``, as a person picks from a list."""
        matches = [value for value, text in self.choices(name) if label in text]
        assert matches, f"{name} has no option like {label!r}: {self.choices(name)}"
        self[name] = matches[0]

    def getlist(self, name: str) -> list[str]:
        return [value for field, value in self.fields if field == name]

    # Changing, as a person would ------------------------------------------------------------

    def __setitem__(self, name: str, value: Any) -> None:
        """Type into a field (or choose an option); a list sets a multiple select."""
        values = [str(v) for v in value] if isinstance(value, list | tuple) else [_as_text(value)]
        positions = [i for i, (field, _v) in enumerate(self.fields) if field == name]
        if positions:
            first = positions[0]
            self.fields = [pair for i, pair in enumerate(self.fields) if i not in positions]
            for offset, item in enumerate(values):
                self.fields.insert(first + offset, (name, item))
        else:
            self.fields.extend((name, item) for item in values)

    def check(self, name: str, checked: bool = True) -> None:
        """Tick or untick a checkbox."""
        self.fields = [(field, value) for field, value in self.fields if field != name]
        if checked:
            self.fields.append((name, "on"))

    def add_inline(self, prefix: str, values: dict[str, Any]) -> int:
        """Add a row to an inline formset (Wagtail's "Legg til" button); returns its index."""
        total = int(self[f"{prefix}-TOTAL_FORMS"])
        self[f"{prefix}-TOTAL_FORMS"] = total + 1
        row = {"id": "", "ORDER": str(total + 1), "DELETE": None, **values}
        for name, value in row.items():
            key = f"{prefix}-{total}-{name}"
            if value is None:
                continue
            if value is True:
                self.check(key)
            elif value is False:
                self.check(key, False)
            else:
                self[key] = value
        return total

    def delete_inline(self, prefix: str, index: int) -> None:
        """Remove an inline row (Wagtail marks it deleted rather than dropping its fields)."""
        self[f"{prefix}-{index}-DELETE"] = "1"

    def inline_rows(self, prefix: str) -> list[dict[str, str]]:
        total = int(self[f"{prefix}-TOTAL_FORMS"])
        rows = []
        for i in range(total):
            start = f"{prefix}-{i}-"
            rows.append({name[len(start) :]: value for name, value in self.fields if name.startswith(start)})
        return rows

    def set_stream(self, prefix: str, blocks: list[tuple[str, Any]]) -> None:
        """Replace a StreamField's content with (block type, POST-ready value) pairs."""
        self.fields = [(n, v) for n, v in self.fields if not (n == f"{prefix}-count" or n.startswith(f"{prefix}-"))]
        self.fields.append((f"{prefix}-count", str(len(blocks))))
        for i, (block_type, value) in enumerate(blocks):
            base = f"{prefix}-{i}"
            self.fields += [(f"{base}-type", block_type), (f"{base}-deleted", ""), (f"{base}-order", str(i))]
            self.fields += [(f"{base}-id", "")]
            if isinstance(value, dict):
                self.fields += [(f"{base}-value-{key}", _as_text(v)) for key, v in value.items()]
            else:
                self.fields.append((f"{base}-value", _as_text(value)))

    # Sending -----------------------------------------------------------------------------

    def data(self, button: str | tuple[str, str] | None = None) -> dict[str, str | list[str]]:
        """The POST body as Django's test client takes it (repeated names become lists)."""
        body: dict[str, list[str]] = {}
        for name, value in self.fields:
            body.setdefault(name, []).append(value)
        if button is not None:
            name, value = button if isinstance(button, tuple) else (button, None)
            if name not in self.buttons or (value is not None and value not in self.buttons[name]):
                raise FormNotFound(f"The form has no button {button!r}; it has {self.buttons}")
            if name.startswith("formaction:"):
                pass  # the button names no field; ``submit`` posts to its address
            elif name.startswith("workflow:"):
                # Wagtail's workflow-action.js adds these two fields when the button is pressed.
                assert not self.buttons[name][0], f"{name} opens a dialog first"
                body["action-workflow-action"] = ["true"]
                body["workflow-action-name"] = [name.partition(":")[2]]
            else:
                body.setdefault(name, []).append(self.buttons[name][0] if value is None else value)
        return {name: values[0] if len(values) == 1 else values for name, values in body.items()}

    def submit(
        self,
        client: Client,
        button: str | tuple[str, str] | None = None,
        *,
        changes: dict[str, Any] | None = None,
        files: dict[str, Any] | None = None,
        **extra,
    ):
        """Press ``button`` (or the default one) and return the response, not following redirects.

        ``button`` is a submit button's name, a (name, value) pair where several buttons share
        a name, or ``workflow:<action>`` for a workflow action button of Wagtail's editor
        ("workflow:approve"), or ``formaction:<address>`` for a button that sends the form to
        its own address. ``changes`` are typed into fields the form has; ``files`` are
        uploads for its file fields.
        """
        for name, value in (changes or {}).items():
            assert name in self or name in self.options or name in self.boxes, f"the form has no field {name!r}"
            self[name] = value
        for name in files or {}:
            assert name in self.file_fields, f"the form has no file field {name!r}"
        action = self.action
        if isinstance(button, str) and button.startswith("formaction:"):
            action = urljoin(self.action, button.partition(":")[2])
        if self.method == "get":
            return client.get(action, self.data(button), **extra)
        return client.post(action, {**self.data(button), **(files or {})}, **extra)


_BOXES, _FILES = "\0boxes", "\0files"  # where _collect notes check boxes and file fields among the options


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "on"
    return str(value)


def _inside_template(element: Tag) -> bool:
    return any(parent.name == "template" for parent in element.parents)


def _collect(
    form: Tag, soup: BeautifulSoup
) -> tuple[list[tuple[str, str]], dict[str, list[str]], dict[str, list[tuple[str, str]]]]:
    """Walk the form's controls in document order, as a browser builds its form data set."""
    found = _Found()
    controls = list(form.find_all(["input", "select", "textarea", "button", "div"]))
    if form.get("id"):  # controls outside the form that name it with form="…"
        controls += [c for c in soup.find_all(attrs={"form": form["id"]}) if c not in controls]
    for control in controls:
        if _inside_template(control) or control.has_attr("disabled"):
            continue
        if control.name == "div":
            if control.get("data-controller") == "w-block" and control.get("id"):
                found.fields += _stream_fields(control)
        elif control.name == "button":
            found.button(control)
        elif control.get("name"):
            _READERS.get(control.name, _Found.input)(found, control)
    return found.fields, found.buttons, found.options


class _Found:
    """What a walk over a form has found so far: fields to send, buttons, options of selects."""

    def __init__(self):
        self.fields: list[tuple[str, str]] = []
        self.buttons: dict[str, list[str]] = {}
        self.options: dict[str, list[tuple[str, str]]] = {}

    def button(self, control: Tag) -> None:
        if control.get("data-workflow-action-name"):
            key = f"workflow:{control['data-workflow-action-name']}"
            if self.buttons.get(key, [None])[0] != "":  # "Approve" without a dialog wins over "with comment"
                self.buttons[key] = [control.get("data-workflow-action-modal-url", "")]
        elif control.get("formaction") and not control.get("name"):
            # A button that sends the form elsewhere (one form, an action per button).
            self.buttons[f"formaction:{control['formaction']}"] = [""]
        elif control.get("name") and (control.get("type") or "submit").lower() == "submit":
            self.buttons.setdefault(control["name"], []).append(control.get("value", ""))

    def textarea(self, control: Tag) -> None:
        text = control.string or ""
        self.fields.append((control["name"], text[1:] if text.startswith("\n") else text))

    def select(self, control: Tag) -> None:
        name = control["name"]
        options = control.find_all("option")
        self.options[name] = [(o.get("value", o.get_text()), o.get_text(" ", strip=True)) for o in options]
        chosen = [o for o in options if o.has_attr("selected")]
        if not chosen and options and not control.has_attr("multiple"):
            chosen = [options[0]]
        self.fields += [(name, o.get("value", o.get_text())) for o in chosen]

    def input(self, control: Tag) -> None:
        name, kind = control["name"], (control.get("type") or "text").lower()
        if kind in {"submit", "image"}:
            self.buttons.setdefault(name, []).append(control.get("value", ""))
        elif kind in {"checkbox", "radio"}:
            self.options.setdefault(_BOXES, []).append((name, kind))
            if control.has_attr("checked"):
                self.fields.append((name, control.get("value", "on")))
        elif kind == "file":
            self.options.setdefault(_FILES, []).append((name, kind))
        elif kind not in {"reset", "button"}:
            self.fields.append((name, control.get("value", "")))


_READERS = {"textarea": _Found.textarea, "select": _Found.select}


# Wagtail's StreamField, as its client-side code posts it ------------------------------------


def _unpack(packed: Any, refs: dict[int, Any]) -> Any:
    """Resolve telepath's packing (shared objects appear once with _id, later as _ref)."""
    if isinstance(packed, list):
        return [_unpack(item, refs) for item in packed]
    if not isinstance(packed, dict):
        return packed
    if "_ref" in packed:
        return refs[packed["_ref"]]
    if "_list" in packed:
        value: Any = [_unpack(item, refs) for item in packed["_list"]]
    elif "_dict" in packed:
        value = {key: _unpack(item, refs) for key, item in packed["_dict"].items()}
    elif "_val" in packed:
        value = packed["_val"]
    elif "_type" in packed:
        value = {"_type": packed["_type"], "_args": _unpack(packed.get("_args", []), refs)}
    else:
        value = {key: _unpack(item, refs) for key, item in packed.items() if key != "_id"}
    if "_id" in packed:
        refs[packed["_id"]] = value
    return value


def _stream_fields(container: Tag) -> list[tuple[str, str]]:
    definition = _unpack(json.loads(container["data-w-block-data-value"]), {})
    value, _errors = json.loads(container["data-w-block-arguments-value"])
    return list(_block_fields(definition, value, container["id"]))


def _children(definition: dict) -> dict[str, dict]:
    """A Struct or Stream block's child definitions by name."""
    kind, args = definition["_type"], definition["_args"]
    if kind.endswith("StreamBlock"):
        return {child["_args"][0]: child for _group, members in args[1] for child in members}
    return {child["_args"][0]: child for child in args[1]}


def _block_fields(definition: dict, state: Any, prefix: str) -> Iterable[tuple[str, str]]:
    """The POST fields Wagtail's script makes for one block's value (recursively)."""
    kind = definition["_type"]
    if kind.endswith("StreamBlock"):
        yield from _stream_block_fields(definition, state or [], prefix)
    elif kind.endswith("ListBlock"):
        yield from _list_block_fields(definition["_args"][1], state or [], prefix)
    elif kind.endswith(("StructBlock", "ImageBlock")):
        for name, child in _children(definition).items():
            yield from _block_fields(child, (state or {}).get(name), f"{prefix}-{name}")
    elif not kind.endswith("StaticBlock"):
        yield from _field_block_fields(definition["_args"][1], state, prefix)


def _stream_block_fields(definition: dict, state: list, prefix: str) -> Iterable[tuple[str, str]]:
    children = _children(definition)
    yield f"{prefix}-count", str(len(state))
    for i, child in enumerate(state):
        base = f"{prefix}-{i}"
        yield from ((f"{base}-deleted", ""), (f"{base}-order", str(i)), (f"{base}-type", child["type"]))
        yield f"{base}-id", child.get("id") or ""
        yield from _block_fields(children[child["type"]], child["value"], f"{base}-value")


def _list_block_fields(child_definition: dict, state: list, prefix: str) -> Iterable[tuple[str, str]]:
    yield f"{prefix}-count", str(len(state))
    for i, item in enumerate(state):
        base = f"{prefix}-{i}"
        if not (isinstance(item, dict) and "value" in item and "id" in item):
            item = {"value": item, "id": ""}
        yield from ((f"{base}-deleted", ""), (f"{base}-order", str(i)), (f"{base}-id", item["id"] or ""))
        yield from _block_fields(child_definition, item["value"], f"{base}-value")


def _field_block_fields(widget: Any, state: Any, prefix: str) -> Iterable[tuple[str, str]]:
    """What a field block's widget posts: a ticked box, a chooser's id, the options chosen, or the text."""
    widget_type = widget["_type"] if isinstance(widget, dict) else ""
    if widget_type.endswith("CheckboxInput") or _is_checkbox(widget):
        if state:
            yield prefix, "on"
    elif isinstance(state, dict):  # a chooser: the chosen object's id
        yield prefix, str(state.get("id", ""))
    elif isinstance(state, list):
        yield from ((prefix, str(item)) for item in state)
    else:
        yield prefix, _as_text(state)


def _is_checkbox(widget: Any) -> bool:
    html = widget["_args"][0] if isinstance(widget, dict) and widget.get("_args") else ""
    return isinstance(html, str) and bool(re.search(r'type="checkbox"', html))


def field_errors(response, field_id: str) -> str:
    """The error text drawn beside the field with HTML id ``field_id`` ("" when none).

    Reads the site's own forms (Django's error list with ``id="<field_id>_error"``) and
    Wagtail admin forms (the errors inside the field's ``div.w-field``).
    """
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    errors = soup.find(id=f"{field_id}_error")
    if errors is None:
        field = soup.find(id=field_id)
        wrapper = field.find_parent("div", class_="w-field") if field is not None else None
        errors = wrapper.find(class_="w-field__errors") if wrapper is not None else None
    return " ".join(errors.get_text(" ").split()) if errors is not None else ""
