"""Bad input is a 400 or a 404, never a 500: a walk over every address the project serves.

Every URL pattern of the project (found with ``get_resolver()``, so a new view is walked without
being listed here) and every live page of the demo site is requested with NUL bytes, invalid
UTF-8, 10,000-character values, negative and huge numbers, impossible dates and unknown slugs:
in the path, in the query string and in the fields of each form the page shows, as an
anonymous visitor, as a certified Kjentmann (forum member and participant) and as a national
administrator (the project's admin views).
"""

import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from korus_site.accounts.models import User
from tests.forms import Form, FormNotFound

pytestmark = pytest.mark.django_db

PROJECT_PACKAGES = {"courses", "network", "home", "korus_site"}
ROOT = Path(__file__).resolve().parents[2]

# Raw (already percent-encoded) values as they arrive in a path or a query string.
BAD_VALUES = {
    "NUL byte": "%00",
    "invalid UTF-8": "%FF%FE",
    "10,000 characters": "x" * 10_000,
    "negative number": "-1",
    "huge number": "9" * 30,
    "impossible date": "2026-13-45",
    "unknown slug": "finnes-ikke",
}
# What each path converter gets: values its pattern accepts but no view expects.
PATH_VALUES = {
    "int": ["0", "9" * 30],
    "slug": ["finnes-ikke", "a" * 10_000],
    "str": ["%00", "%FF%FE", "x" * 10_000, "finnes-ikke"],
    "regex": ["finnes-ikke/"],
}
# The routes below a page (RoutablePageMixin): tried below one page of each kind.
PAGE_ROUTES = ("pamelding/", "quiz/", "refleksjon/", "feed/")
# A path the walk never POSTs to: it ends the session the walk runs in.
NO_POST = {"konto/logg-ut/"}


def project_patterns():
    """(route, converters) for every URL pattern whose view is the project's own."""

    def walk(patterns, prefix, converters):
        for pattern in patterns:
            found = {**converters, **getattr(pattern.pattern, "converters", {})}
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), found)
            elif isinstance(pattern, URLPattern):
                view = getattr(pattern.callback, "view_class", pattern.callback)
                if view.__module__.split(".")[0] in PROJECT_PACKAGES:
                    yield prefix + str(pattern.pattern), found

    yield from walk(get_resolver().url_patterns, "", {})


def fill(route: str, choose) -> str:
    """The path for ``route`` with each converter replaced by ``choose(kind)``."""
    if route.startswith("^"):  # a regular expression: one named group, any path below the site
        return "/" + re.sub(r"\(\?P<\w+>.*\)", lambda _m: choose("regex"), route.strip("^$")).replace("\\.", ".")
    return "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: choose(m.group(1) or "str"), route)


def good_value(kind: str) -> str:
    return {"int": "1", "slug": "nasjonalt", "str": "abc", "regex": "kurs/"}[kind]


def paths_with_bad_parts(route: str) -> list[str]:
    kinds = re.findall(r"<(?:(\w+):)?\w+>", route) or (["regex"] if route.startswith("^") else [])
    paths = []
    for kind in {kind or "str" for kind in kinds}:
        for value in PATH_VALUES[kind]:
            paths.append(fill(route, lambda k, kind=kind, value=value: value if k == kind else good_value(k)))
    return paths


def query_names() -> set[str]:
    """Every query parameter the project's code reads, found in its source, and the finder's fields."""
    names = {"side", "q", "next"}
    pattern = re.compile(r"request\.GET(?:\.get|\.getlist)?[(\[]\"([\w-]+)\"")
    for package in PROJECT_PACKAGES:
        for source in (ROOT / package).rglob("*.py"):
            names.update(pattern.findall(source.read_text()))
    from courses.forms import FinderForm

    names.update(FinderForm.base_fields)
    return names


class Walk:
    """Requests through a test client that turns exceptions into 500s, noting every 5xx."""

    def __init__(self, who: str, user=None):
        self.who = who
        self.client = Client(raise_request_exception=False)
        self.user = user
        if user:
            self.client.force_login(user)
        self.failures: list[str] = []
        self.count = 0

    def request(self, method: str, path: str, what: str, **kwargs):
        self.count += 1
        response = getattr(self.client, method)(path, **kwargs)
        if response.status_code >= 500:
            error = response.exc_info[1] if getattr(response, "exc_info", None) else None
            self.failures.append(
                f"{self.who} {method.upper()} {path[:100]} ({what}): {response.status_code} {error!r:.200}"
            )
        if self.user and "_auth_user_id" not in self.client.session:
            self.client.force_login(self.user)
        return response

    def visit(self, path: str, names: set[str]):
        """GET ``path``; if it shows a page, send bad values in its query string and its POST form."""
        response = self.request("get", path, "plain")
        if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
            return
        for label, value in BAD_VALUES.items():
            query = "&".join(f"{name}={value}" for name in sorted(names))
            self.request("get", f"{path}?{query}", f"query string: {label}")
        if path.lstrip("/") in NO_POST or not re.search(rb'method="post"', response.content, re.IGNORECASE):
            return
        try:
            fields = set(Form.from_response(response, 'form[method="post"], form[method="POST"]').data())
        except (FormNotFound, AssertionError):
            fields = set()
        fields = (fields - {"csrfmiddlewaretoken"}) | {"text"}
        for label, value in BAD_VALUES.items():
            body = "&".join(f"{quote(name)}={value}" for name in sorted(fields))
            self.request(
                "post", path, f"form body: {label}", data=body, content_type="application/x-www-form-urlencoded"
            )


@pytest.fixture
def demo_site():
    call_command("seed_demo", verbosity=0)


def test_no_address_answers_bad_input_with_a_server_error(demo_site):
    from wagtail.models import Page

    started = time.monotonic()
    names = query_names()
    patterns = list(project_patterns())
    assert len(patterns) > 60
    one_of_each_kind = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("-depth", "path"):
        one_of_each_kind[type(page)] = page.url
    pages = [url + tail for url in one_of_each_kind.values() for tail in ("", *PAGE_ROUTES)]
    admin_patterns = [pattern for pattern in patterns if pattern[0].startswith("admin/")]
    site_patterns = [pattern for pattern in patterns if not pattern[0].startswith("admin/")]
    # Who walks where: the public site and the forum for a visitor and a member, the project's
    # admin views for a national administrator.
    walks = [
        (Walk("anonymous"), site_patterns, pages),
        (Walk("Kjentmann", User.objects.get(email="kjentmann@skole.test")), site_patterns, pages),
        (Walk("administrator", User.objects.get(email="admin@korus.test")), admin_patterns, []),
    ]
    for walk, walked_patterns, walked_pages in walks:
        for route, _converters in walked_patterns:
            for path in paths_with_bad_parts(route):
                walk.request("get", path, "path")
            walk.visit(fill(route, good_value), names)
        for url in walked_pages:
            walk.request("get", url + "finnes-ikke/%00/", "path below a page")
            walk.visit(url, names)
    failures = [failure for walk, _patterns, _pages in walks for failure in walk.failures]
    assert not failures, "\n".join(failures)
    assert sum(walk.count for walk, _patterns, _pages in walks) > 1000
    assert time.monotonic() - started < 240  # about 70 s on a quiet machine


def test_a_nul_byte_is_a_bad_request(client, home_page):
    assert client.get("/sok/?q=skole%00").status_code == 400
    assert client.get("/kursbevis/abc%00/").status_code == 400
    response = client.post("/konto/logg-inn/", {"username": "kari\x00@skole.test", "password": "x"})
    assert response.status_code == 400
    assert "Forespørselen kunne ikke leses" in response.content.decode()


def test_an_id_beyond_any_database_key_is_not_found(client, national_admin):
    client.force_login(national_admin)
    assert client.get(f"/admin/kurs/{'9' * 30}/deltakere/").status_code == 404
    assert client.get(f"/nettverk/tema/{'9' * 30}/").status_code == 404


def test_an_area_with_topics_is_kept_with_a_message(client, national_admin, demo_site):
    from network.models import Area

    area = Area.objects.filter(topics__isnull=False).first()
    client.force_login(national_admin)
    client.cookies["korus_language"] = "en"
    form = Form.open(client, f"/admin/snippets/network/area/delete/{area.pk}/", "main form")
    response = form.submit(client)
    assert response.status_code == 302
    assert Area.objects.filter(pk=area.pk).exists()
    assert "The area has topics and cannot be deleted" in client.get(response["Location"]).content.decode()
