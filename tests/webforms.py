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

    def names(self) -> set[str]:
        return {name for name, _ in self.fields}

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
                if "checked" in attributes:
                    self.current.fields.append((name, attributes.get("value", "on")))
            elif kind in {"submit", "image", "button"}:
                self.current.buttons.append((name, attributes.get("value", "")))
            elif kind != "file":
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


def submit(client, form: HtmlForm, changes: dict[str, str] | None = None, *, button: tuple[str, str] | None = None):
    """Post ``form`` back with ``changes`` applied (only to fields the form has) and the chosen button."""
    changes = dict(changes or {})
    unknown = set(changes) - form.names()
    assert not unknown, f"the form has no fields {unknown}"
    data: dict[str, list[str]] = {}
    for name, value in form.fields:
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = [value]
    if button is not None:
        assert button in form.buttons, f"the form has no button {button}"
        data[button[0]] = [button[1]]
    return client.post(form.action, data)


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


def field_errors(response, field_id: str) -> str:
    """The text of the error list Django draws beside the field with HTML id ``field_id`` ("" when none)."""
    parser = _ErrorList(f"{field_id}_error")
    parser.feed(response.content.decode())
    return " ".join("".join(parser.text).split())
