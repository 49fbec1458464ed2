"""Every kind of page fits a 320 px and a 390 px phone, for every role that sees it (issue 14, point 3).

The demo is loaded once and one browser context per role walks through the page kinds that role
sees; each page is measured at 390 px and then at 320 px without reloading (media queries follow
the viewport). The parametrised tests below only read what that walk measured, so the whole
module needs one seed, one live server and five logins. axe-core runs once per page kind.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

from tests.browser.conftest import AXE_TAGS, login
from tests.demo import put_demo_in_place

pytestmark = pytest.mark.django_db(serialized_rollback=True)  # the database is restored after the walk

WIDTHS = (320, 390)
ANONYMOUS, PARTICIPANT, SCHOOL_CONTACT, MEMBER, STAFF = "anonymous", "participant", "school contact", "member", "staff"
ROLES = {
    ANONYMOUS: None,
    PARTICIPANT: "deltaker@skole.test",
    SCHOOL_CONTACT: "kontakt@skole.test",
    MEMBER: "kjentmann@skole.test",
    STAFF: "oslo@korus.test",
}
EVERYONE = tuple(ROLES)
SIGNED_IN = (PARTICIPANT, SCHOOL_CONTACT, MEMBER, STAFF)
OSLO_SERIES = "/korus-oslo/kurs/kjentmann-vgs-varen-2027/"

# Page kind -> the roles that see it. Paths that depend on the demo's ids are found in `paths()`.
PAGE_KINDS: dict[str, tuple[str, ...]] = {
    "home": EVERYONE,
    "region": EVERYONE,
    "news index": EVERYONE,
    "news page": EVERYONE,
    "material library": EVERYONE,
    "material": EVERYONE,
    "finder": EVERYONE,
    "series page": EVERYONE,
    "sign-up": (ANONYMOUS, SCHOOL_CONTACT),
    "login": (ANONYMOUS,),
    "Mine kurs": (PARTICIPANT, MEMBER),
    "module page": (PARTICIPANT, MEMBER),
    "quiz": (PARTICIPANT, MEMBER),
    "certificate verification": EVERYONE,
    "forum index": (MEMBER, STAFF),
    "forum area": (MEMBER, STAFF),
    "forum topic": (MEMBER, STAFF),
    "Min konto": SIGNED_IN,
    "Mine data": SIGNED_IN,
    "min-skole": (SCHOOL_CONTACT,),
    "search": EVERYONE,
    "privacy": EVERYONE,
    "module index": (ANONYMOUS, PARTICIPANT),
    "check-in": (PARTICIPANT,),
    "forum new topic": (MEMBER,),
    "forum settings": (MEMBER,),
    "password reset": (ANONYMOUS,),
    "network gathering": EVERYONE,
    "Nytt og ulest": (MEMBER,),
    "school plan": (MEMBER, SCHOOL_CONTACT),
    "school plan part": (MEMBER,),
    "school plan history": (MEMBER,),
    "partner list": (MEMBER,),
    "checklist": EVERYONE,
    "checklist point": (MEMBER,),
}
CASES = [(kind, role, width) for kind, roles in PAGE_KINDS.items() for role in roles for width in WIDTHS]

MEASURE = """() => {
    const width = window.innerWidth;
    const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    const sticking = [];
    const scrolling = [];
    for (const el of document.body.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.right > width + 0.5) sticking.push(`${name(el)} (${Math.round(box.right)} px)`);
        const overflowX = getComputedStyle(el).overflowX;
        if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
            scrolling.push(`${name(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
        }
    }
    return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: width,
        sticking: sticking.slice(0, 8),
        scrolling: scrolling.slice(0, 8),
    };
}"""


@dataclass
class Walk:
    widths: dict[tuple[str, str, int], dict] = field(default_factory=dict)
    axe: dict[str, list[str]] = field(default_factory=dict)
    signup_top: dict[int, float | None] = field(default_factory=dict)
    seconds: float = 0.0

    def as_json(self) -> str:
        """The measurements as JSON, for the record of widths before and after a change."""
        rows = [{"kind": k, "role": r, "width": w, **m} for (k, r, w), m in self.widths.items()]
        return json.dumps({"seconds": self.seconds, "signup_top": self.signup_top, "axe": self.axe, "rows": rows})


def paths() -> dict[str, str]:
    """Where each page kind is in the demo."""
    from django.contrib.auth import get_user_model

    from courses.access import plan_editor_schools
    from courses.models import Certificate, CourseSeriesPage, ModulePage
    from home.models import MaterialPage, NewsPage
    from network.models import Area, Topic

    # The module whose title has the longest word: its heading was the widest (484 px) before.
    module = max(ModulePage.objects.live().order_by("path"), key=lambda m: max(map(len, m.title.split())))
    topic = Topic.objects.order_by("pk").first()
    # The demo Kjentmann's own school, whose plan and partner list they keep.
    school = plan_editor_schools(get_user_model().objects.get(email=ROLES[MEMBER])).order_by("pk").first()
    network_gathering = CourseSeriesPage.objects.live().filter(is_network_gathering=True).order_by("path").first()
    return {
        "home": "/",
        "region": "/korus-oslo/",
        "news index": "/nyheter/",
        "news page": NewsPage.objects.live().exclude(image=None).order_by("path").first().url,
        "material library": "/materiell/",
        "material": MaterialPage.objects.live().order_by("path").first().url,
        "finder": "/kurs/",
        "series page": OSLO_SERIES,
        "sign-up": f"{OSLO_SERIES}pamelding/",
        "login": "/konto/logg-inn/",
        "Mine kurs": "/mine-kurs/",
        "module page": module.url,
        "quiz": f"{module.url}quiz/",
        "certificate verification": f"/kursbevis/{Certificate.objects.order_by('pk').first().code}/",
        "forum index": "/nettverk/",
        "forum area": f"/nettverk/{Area.objects.order_by('pk').first().slug}/",
        "forum topic": topic.get_absolute_url(),
        "Min konto": "/konto/",
        "Mine data": "/konto/mine-data/",
        "min-skole": "/min-skole/",
        "search": "/sok/?q=kjentmann",
        "privacy": "/personvern/",
        "module index": "/moduler/",
        "check-in": "/innsjekk/",
        "forum new topic": f"/nettverk/{Area.objects.order_by('pk').first().slug}/nytt-tema/",
        "forum settings": "/nettverk/innstillinger/",
        "password reset": "/konto/glemt-passord/",
        "network gathering": network_gathering.url,
        "Nytt og ulest": "/nettverk/nytt/",
        "school plan": "/skoleplan/",
        "school plan part": f"/skoleplan/{school.pk}/rediger/oppfolging/",
        "school plan history": f"/skoleplan/{school.pk}/endringer/",
        "partner list": f"/skoleplan/{school.pk}/samarbeidspartnere/",
        "checklist": "/sjekkliste/",
        "checklist point": "/sjekkliste/4/",
    }


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[node['target'] for node in v['nodes']][:5]}"
        for v in results.response["violations"]
    ]


def restore_database() -> None:
    """Empty the database and put back what the migrations made, as a transactional test does."""
    from django.db import connections

    connection = connections["default"]
    contents = getattr(connection, "_test_serialized_contents", None)
    # With contents to restore, post_migrate must not recreate content types and permissions first;
    # sequences stay where they are (as Django's TransactionTestCase flushes), or on PostgreSQL the
    # next row would take an id the restored rows hold.
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=bool(contents), reset_sequences=False)
    if contents:
        connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="module")
def walk(browser, django_db_blocker) -> Walk:
    """Seed the demo, then measure every page kind at both widths for every role that sees it."""
    from pytest_django.live_server_helper import LiveServer

    started = time.monotonic()
    result = Walk()
    server = LiveServer("localhost")
    server._live_server_modified_settings.enable()
    try:
        with django_db_blocker.unblock():
            put_demo_in_place()
            where = paths()
            for role, email in ROLES.items():
                context = browser.new_context(
                    viewport={"width": max(WIDTHS), "height": 800}, locale="nb-NO", base_url=server.url
                )
                page = context.new_page()
                page.set_default_timeout(15_000)
                if email:
                    login(page, email, settings.DEMO_PASSWORD)
                print(f"measuring as {role} after {time.monotonic() - started:.0f} s")  # noqa: T201
                for kind, roles in PAGE_KINDS.items():
                    if role not in roles:
                        continue
                    page.set_viewport_size({"width": max(WIDTHS), "height": 800})
                    response = page.goto(where[kind])
                    assert response.status == 200, f"{kind} as {role}: {response.status} at {where[kind]}"
                    if kind not in result.axe:
                        result.axe[kind] = axe_violations(page)
                    for width in sorted(WIDTHS, reverse=True):
                        page.set_viewport_size({"width": width, "height": 800})
                        measured = page.evaluate(MEASURE)
                        measured["url"] = where[kind]
                        result.widths[(kind, role, width)] = measured
                        if kind == "series page" and role == ANONYMOUS:
                            result.signup_top[width] = page.evaluate(
                                """() => {
                                    const link = [...document.querySelectorAll('a')].find(
                                        (a) => a.getAttribute('href')?.endsWith('pamelding/') && a.offsetParent);
                                    return link ? link.getBoundingClientRect().top + window.scrollY : null;
                                }"""
                            )
                context.close()
    finally:
        server.stop()
        server._live_server_modified_settings.disable()
        with django_db_blocker.unblock():
            restore_database()
    result.seconds = time.monotonic() - started
    if report := os.environ.get("PHONE_WIDTHS_REPORT"):
        Path(report).write_text(result.as_json())
    return result


@pytest.mark.parametrize(("kind", "role", "width"), CASES, ids=[f"{k}-{r}-{w}" for k, r, w in CASES])
def test_page_fits_the_phone_without_sideways_scrolling(walk, kind, role, width):
    measured = walk.widths[(kind, role, width)]
    assert measured["scrollWidth"] <= measured["innerWidth"], (
        f"{measured['url']} is {measured['scrollWidth']} px wide in a {width} px viewport; "
        f"sticking out: {measured['sticking']}"
    )
    assert not measured["scrolling"], (
        f"{measured['url']} hides content behind sideways scrolling: {measured['scrolling']}"
    )


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_page_kind_has_no_axe_violations(walk, kind):
    violations = walk.axe[kind]
    assert not violations, f"axe-core violations on {kind}:\n" + "\n".join(violations)


@pytest.mark.parametrize("width", WIDTHS)
def test_series_sign_up_action_is_near_the_top_on_a_phone(walk, width):
    top = walk.signup_top[width]
    assert top is not None, "the series page shows no sign-up link"
    assert top < 800, f"the sign-up link starts {top:.0f} px down the page at {width} px"
