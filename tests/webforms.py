"""Filling in a page's real HTML form as a browser would, with Django's test client.

``open_form`` GETs a page and reads one of its forms: the fields it really has, with the values
the server put in them (hidden inputs, the CSRF token, selected options, ticked boxes, text in
text areas). ``submit`` changes some of them and posts the form back to its ``action``.
``field_errors`` reads the error list Django draws beside a field (``id="id_<name>_error"``).
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin


@dataclass
class HtmlForm:
    url: str
    action: str
    method: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)
    file_fields: set[str] = field(default_factory=set)
    boxes: set[str] = field(default_factory=set)  # check boxes and radio buttons, ticked or not

    def names(self) -> set[str]:
        return {name for name, _ in self.fields} | self.boxes

    def value(self, name: str) -> str | None:
        return next((value for key, value in self.fields if key == name), None)


class _Forms(HTMLParser):
    def __init__(self, url: str):
        super().__init__(convert_charrefs=True)
        self.url = url
        self.forms: list[HtmlForm] = []
        self.current: HtmlForm | None = None
        self.textarea: str | None = None
        self.textarea_text: list[str] = []
        self.select: str | None = None
        self.options: list[tuple[str, bool]] = []
        self.option: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            action = attributes.get("action") or self.url
            self.current = HtmlForm(self.url, urljoin(self.url, action), (attributes.get("method") or "get").lower())
            self.forms.append(self.current)
            return
        if self.current is None:
            return
        name = attributes.get("name")
        if tag == "input" and name and "disabled" not in attributes:
            kind = (attributes.get("type") or "text").lower()
            if kind in {"checkbox", "radio"}:
                self.current.boxes.add(name)
                if "checked" in attributes:
                    self.current.fields.append((name, attributes.get("value", "on")))
            elif kind in {"submit", "image", "button"}:
                self.current.buttons.append((name, attributes.get("value", "")))
            elif kind == "file":
                self.current.file_fields.add(name)
            else:
                self.current.fields.append((name, attributes.get("value", "")))
        elif tag == "button" and name and (attributes.get("type") or "submit") == "submit":
            self.current.buttons.append((name, attributes.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea, self.textarea_text = name, []
        elif tag == "select" and name:
            self.select, self.options = name, []
        elif tag == "option" and self.select is not None:
            self.option = {"value": attributes.get("value"), "selected": "selected" in attributes, "text": []}

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea_text.append(data)
        if self.option is not None:
            self.option["text"].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "textarea" and self.textarea is not None and self.current is not None:
            text = "".join(self.textarea_text)
            # A browser drops one line break right after <textarea>.
            self.current.fields.append((self.textarea, text[1:] if text.startswith("\n") else text))
            self.textarea = None
        elif tag == "option" and self.option is not None:
            value = self.option["value"] if self.option["value"] is not None else "".join(self.option["text"])
            self.options.append((value, self.option["selected"]))
            self.option = None
        elif tag == "select" and self.select is not None and self.current is not None:
            chosen = [value for value, selected in self.options if selected] or [v for v, _ in self.options[:1]]
            self.current.fields += [(self.select, value) for value in chosen]
            self.select = None


def forms_on(html: str, url: str) -> list[HtmlForm]:
    parser = _Forms(url)
    parser.feed(html)
    return parser.forms


def open_form(client, url: str, *, having: str, action_contains: str = "") -> HtmlForm:
    """GET ``url`` and return its first form that has a field named ``having`` (and an action containing...)."""
    response = client.get(url)
    assert response.status_code == 200, f"GET {url} gave {response.status_code}"
    for form in forms_on(response.content.decode(), url):
        if having in form.names() and action_contains in form.action:
            return form
    raise AssertionError(f"no form with a field {having!r} on {url}")


def form_in(response, *, having: str) -> HtmlForm:
    """The first form in ``response`` (a page just answered) with a field named ``having``."""
    url = response.wsgi_request.get_full_path()
    for form in forms_on(response.content.decode(), url):
        if having in form.names():
            return form
    raise AssertionError(f"no form with a field {having!r} in the answer")


def submit(
    client,
    form: HtmlForm,
    changes: dict[str, str] | None = None,
    *,
    button: tuple[str, str] | None = None,
    files: dict | None = None,
):
    """Post ``form`` back with ``changes`` applied (only to fields the form has), ``files`` and the chosen button."""
    changes = dict(changes or {})
    unknown = set(changes) - form.names()
    assert not unknown, f"the form has no fields {unknown}"
    assert set(files or {}) <= form.file_fields, f"the form has no file fields {set(files or {}) - form.file_fields}"
    data: dict[str, list[str]] = {}
    for name, value in form.fields:
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = [value]
    if button is not None:
        assert button in form.buttons, f"the form has no button {button}"
        data[button[0]] = [button[1]]
    return client.post(form.action, {**data, **(files or {})})


class _ErrorList(HTMLParser):
    def __init__(self, element_id: str):
        super().__init__(convert_charrefs=True)
        self.element_id = element_id
        self.depth = 0
        self.text: list[str] = []
        self.found = False

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.element_id:
            self.depth, self.found = 1, True

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


class _WagtailField(HTMLParser):
    """Wagtail's admin draws a field's errors in ``div.w-field__errors`` inside the field's ``div.w-field``."""

    def __init__(self, field_id: str):
        super().__init__(convert_charrefs=True)
        self.field_id = field_id
        self.divs: list[dict] = []
        self.result: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id") == self.field_id:
            for div in self.divs:
                div["has_field"] = True
        if tag == "div":
            classes = (attributes.get("class") or "").split()
            self.divs.append({"field": "w-field" in classes, "errors": "w-field__errors" in classes, "text": []})

    def handle_endtag(self, tag):
        if tag == "div" and self.divs:
            div = self.divs.pop()
            if div["field"] and div.get("has_field") and self.result is None:
                self.result = "".join(div["text"])

    def handle_data(self, data):
        if any(div["errors"] for div in self.divs):
            for div in reversed(self.divs):
                if div["field"]:
                    div["text"].append(data)
                    break


def field_errors(response, field_id: str) -> str:
    """The error text drawn beside the field with HTML id ``field_id`` ("" when none).

    Reads the site's own forms (Django's error list with ``id="<field_id>_error"``) and
    Wagtail admin forms (the errors inside the field's ``div.w-field``).
    """
    html = response.content.decode()
    parser = _ErrorList(f"{field_id}_error")
    parser.feed(html)
    if parser.found:
        return " ".join("".join(parser.text).split())
    wagtail = _WagtailField(field_id)
    wagtail.feed(html)
    return " ".join((wagtail.result or "").split())
