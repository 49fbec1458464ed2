"""The admin speaks Norwegian: staff never meet English in Wagtail's admin or its workflow e-mails.

The walks log in as the people who work in the admin, with the admin language they chose, and
open the pages they use: dashboard, page explorer, search, the add and edit form of every page
type, the course views, images, documents, snippets, settings, account, choosers, a workflow from
submission to approval and to "request changes", page history and revision comparison. Every
string a person can read or hear there (text, tooltips, aria labels, placeholders, button values,
and the block, panel and chooser definitions Wagtail's scripts draw from) is checked for English,
and a failure names each English string with the page it was found on.

Wagtail has no nynorsk: a nynorsk member of staff gets the project's own strings in nynorsk and
Wagtail's in bokmål.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

import wagtail
from wagtail.models import Page, Site, WorkflowState, get_page_models
from wagtail.users.models import UserProfile

from courses.models import CourseSeriesPage, ModulePage
from home.models import NATIONAL_ADMIN_GROUP, HomePage, MaterialPage, NewsPage, Region, StandardPage
from home.services.site import sync_default_site
from network.models import Area
from tests.core.admin_text import english, english_in, html_texts
from tests.factories import (
    CertificateFactory,
    CourseIndexPageFactory,
    CourseSeriesPageFactory,
    DocumentFactory,
    EnrollmentFactory,
    HomePageFactory,
    KorusImageFactory,
    MaterialIndexPageFactory,
    MaterialPageFactory,
    MaterialVersionFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProgrammeFactory,
    RegionContactFactory,
    RegionPageFactory,
    SeriesModuleFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.factories.courses import DEFAULT_QUIZ, body_json, quiz_json
from tests.forms import Form

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


# Wagtail's catalogues ---------------------------------------------------------------------------

WAGTAIL_DIR = Path(wagtail.__file__).parent
# The Wagtail apps this project installs; each keeps its English source catalogue in locale/en.
WAGTAIL_APPS = [app for app in settings.INSTALLED_APPS if app == "wagtail" or app.startswith("wagtail.")]


def english_catalogue(app: str, domain: str) -> Path:
    package = WAGTAIL_DIR.joinpath(*app.split(".")[1:])
    return package / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"


def wagtail_entries(domain: str):
    for app in WAGTAIL_APPS:
        path = english_catalogue(app, domain)
        if path.exists():
            for entry in polib.pofile(str(path)):
                if not entry.obsolete:
                    yield app, entry


def catalogue_keys(catalogue) -> set:
    """Every (msgid) and (msgid, plural index) key of a translation and its fallbacks."""
    keys: set = set()
    while catalogue is not None:
        keys.update(key for key, _value in (getattr(catalogue, "_catalog", None) or {}).items())
        catalogue = getattr(catalogue, "_fallback", None)
    return keys


def missing_in(keys: set, domain: str) -> list[str]:
    missing = []
    for app, entry in wagtail_entries(domain):
        msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        key = (msgid, 0) if entry.msgid_plural else msgid
        if key not in keys:
            missing.append(f"{app}: {entry.msgid!r}")
    return missing


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_wagtail_string_has_a_norwegian_translation(language):
    """Wagtail's server-side strings: its own nb catalogue, filled in by locale_wagtail."""
    missing = missing_in(catalogue_keys(translation.trans_real.translation(language)), "django")
    assert not missing, f"{len(missing)} Wagtail strings without {language}: " + "\n".join(missing[:40])


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_wagtail_script_string_has_a_norwegian_translation(language):
    """The strings Wagtail's scripts read from /admin/jsi18n/ (the djangojs domain)."""
    localedirs = [str(WAGTAIL_DIR / "admin" / "locale")]
    catalogue = DjangoTranslation(language, domain="djangojs", localedirs=localedirs)
    missing = missing_in(catalogue_keys(catalogue), "djangojs")
    assert not missing, f"{len(missing)} Wagtail script strings without {language}: " + "\n".join(missing)


def test_our_wagtail_translations_keep_the_placeholders():
    """A translation may leave out a placeholder (where Norwegian needs «denne siden», not the
    model's name) but never invents one the code does not fill in."""
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
    wrong = []
    for path in Path(settings.LOCALE_PATHS[1]).glob("*/LC_MESSAGES/*.po"):
        for entry in polib.pofile(str(path)):
            allowed = set(placeholder.findall(entry.msgid)) | set(placeholder.findall(entry.msgid_plural or ""))
            for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
                assert text, f"untranslated: {entry.msgid!r}"
                if not set(placeholder.findall(text)) <= allowed:
                    wrong.append(entry.msgid)
    assert not wrong, wrong


def test_compiled_wagtail_catalogue_matches_its_source():
    for path in Path(settings.LOCALE_PATHS[1]).glob("*/LC_MESSAGES/*.po"):
        source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.pofile(str(path))}
        compiled = {
            (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
            for e in polib.mofile(str(path.with_suffix(".mo")))
            if e.msgid
        }
        assert source == compiled, f"{path}: run compilemessages"


@pytest.mark.parametrize(
    ("language", "just_now", "days_ago"),
    [("nb", "akkurat nå", "for 3 dager siden"), ("nn", "akkurat no", "for 3 dagar sidan")],
)
def test_times_in_listings_read_as_one_language(language, just_now, days_ago):
    """Wagtail wraps Django's own words («3 dagar») in its «… ago»; the two must agree."""
    import datetime

    from django.utils import timezone

    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    now = timezone.now()
    with translation.override(language):
        assert timesince_simple(now) == just_now
        assert timesince_simple(now - datetime.timedelta(days=3)).replace("\xa0", " ") == days_ago


def test_nynorsk_can_be_chosen_for_the_admin():
    from wagtail.admin.localization import get_available_admin_languages

    assert "nn" in dict(get_available_admin_languages())


# The walks --------------------------------------------------------------------------------------


class Walk:
    """One person's visit to the admin, and the English found on each page."""

    def __init__(self, client, user, language: str):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        self.client = client
        self.user = user
        self.language = language
        self.found: dict[str, list[str]] = {}
        self.login()

    def login(self):
        self.client.force_login(self.user)

    def get(self, url: str, status: int = 200, **headers):
        response = self.client.get(url, **headers)
        assert response.status_code == status, f"{url} answered {response.status_code}"
        if status == 200:
            self.check(url, response)
            if not response.get("Content-Type", "").startswith("application/json"):
                assert f'lang="{self.language}"' in response.content.decode()[:400], f"{url} is not in {self.language}"
        return response

    def check(self, where: str, response) -> None:
        self.note(where, english_in(response))

    def check_mail(self, message) -> None:
        strings = [message.subject, *message.body.splitlines()]
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                strings.extend(" ".join(text.split()) for text in html_texts(content))
        self.note(f"e-mail to {', '.join(message.to)}: {message.subject}", [s for s in strings if english(s)])

    def note(self, where: str, strings: list[str]) -> None:
        if strings:
            self.found.setdefault(where, []).extend(strings)

    def report(self) -> str:
        lines = [f"English met by {self.user.email} (admin language {self.language}):"]
        for where, strings in self.found.items():
            lines.append(f"  {where}")
            lines.extend(f"      {text!r}" for text in strings)
        return "\n".join(lines)


@pytest.fixture
def site(db):
    """Oslo with a page of every type, staff contacts, media, snippets and course data to show."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()  # Wagtail's "Welcome" page
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "KORUS"}
    )
    sync_default_site()
    oslo = RegionPageFactory(parent=home, region=Region.objects.get(slug="korus-oslo"))
    region = Region.objects.get(slug="korus-oslo")
    RegionContactFactory(page=oslo, name="Kari Nordmann")
    news_index = NewsIndexPageFactory(parent=oslo)
    material_index = MaterialIndexPageFactory(parent=oslo)
    material = MaterialPageFactory(parent=material_index, title="Håndboka")
    document = DocumentFactory(title="Håndbok", collection=region.collection)
    MaterialVersionFactory(page=material, document=document)
    courses = CourseIndexPageFactory(parent=oslo)
    series = CourseSeriesPageFactory(parent=courses, title="Kjentmann Oslo", slug="kjentmann-oslo")
    modules = ModuleIndexPageFactory(parent=oslo)
    module = ModulePageFactory(
        parent=modules, title="Tegn på rusbruk", body=body_json(), questions=quiz_json(DEFAULT_QUIZ)
    )
    SeriesModuleFactory(series=series, module=module)
    # Fixed names: a random Norwegian name can be an English word too ("Are", "Live").
    for n, (first, last) in enumerate([("Kari", "Nordmann"), ("Ola", "Hansen")]):
        person = UserFactory(first_name=first, last_name=last, email=f"deltaker{n}@skole.test")
        contact = UserFactory(first_name="Per", last_name="Berg", email=f"kontakt{n}@skole.test")
        enrollment = EnrollmentFactory(series=series, participant=person, registration__contact=contact)
    CertificateFactory(enrollment=enrollment)
    image = KorusImageFactory(title="Skolegården", collection=region.collection)
    area = Area.objects.create(name="Oslo", slug="oslo", region=region)
    return {
        "region": region,
        "home": home,
        "oslo": oslo,
        "news_index": news_index,
        "news": NewsPageFactory(parent=news_index, title="Ny veileder"),
        "standard": StandardPageFactory(parent=oslo, title="Om oss"),
        "material_index": material_index,
        "material": material,
        "courses": courses,
        "series": series,
        "modules": modules,
        "module": module,
        "document": document,
        "image": image,
        "area": area,
    }


def staff(region: Region, *, lead: bool, email: str):
    groups = [region.editors_group, region.leads_group] if lead else [region.editors_group]
    return UserFactory(email=email, groups=groups, first_name="Ingrid", last_name="Lund" if lead else "Dahl")


def walk_region(walk: Walk, site, pages_only: bool = False) -> None:
    """What regional staff open day to day; ``pages_only`` leaves out the media, choosers and
    history, which hold only Wagtail's words."""
    oslo, series = site["oslo"], site["series"]
    walk.get("/admin/")
    walk.get(f"/admin/pages/{oslo.pk}/")
    walk.get(f"/admin/pages/{site['courses'].pk}/")
    # The edit form of every page type in a region (the home page is the national admin's).
    edited = [site[key] for key in ("oslo", "news_index", "news", "standard", "material_index", "material")]
    edited += [site[key] for key in ("courses", "series", "modules", "module")]
    assert {type(page) for page in edited} | {HomePage} == set(get_page_models()) - {Page}
    for page in edited:
        walk.get(f"/admin/pages/{page.pk}/edit/")
    walk.get("/admin/kursrekker/")
    walk.get(f"/admin/kurs/{series.pk}/deltakere/")
    walk.get(f"/admin/kurs/{series.pk}/moduler/")
    walk.get(f"/admin/kurs/{series.pk}/oppmote/")
    walk.get("/admin/snippets/network/area/")
    walk.get(f"/admin/snippets/network/area/edit/{site['area'].pk}/")
    walk.get("/admin/account/")
    if pages_only:
        return
    walk.get("/admin/pages/search/?q=Oslo")
    # The add form of every page type staff may create inside their region.
    parents = {
        StandardPage: oslo,
        NewsPage: site["news_index"],
        MaterialPage: site["material_index"],
        CourseSeriesPage: site["courses"],
        ModulePage: site["modules"],
    }
    for model, parent in parents.items():
        walk.get(f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/")
    walk.get("/admin/images/")
    walk.get(f"/admin/images/{site['image'].pk}/")
    walk.get("/admin/images/multiple/add/")
    walk.get("/admin/documents/")
    walk.get(f"/admin/documents/edit/{site['document'].pk}/")
    walk.get("/admin/documents/multiple/add/")
    walk.get("/admin/snippets/network/area/add/")
    walk.get("/admin/choose-page/", **XHR)
    walk.get("/admin/images/chooser/", **XHR)
    walk.get("/admin/documents/chooser/", **XHR)
    walk.get("/admin/snippets/choose/courses/programme/", **XHR)
    walk.get(f"/admin/pages/{site['material'].pk}/history/")
    walk.get(f"/admin/pages/{site['material'].pk}/usage/")


def test_a_bokmal_lead_meets_no_english(client, site):
    lead = staff(site["region"], lead=True, email="leder@korus.test")
    walk = Walk(client, lead, "nb")
    walk_region(walk, site)
    walk.get("/admin/reports/locked/")
    walk.get("/admin/reports/site-history/")
    assert not walk.found, walk.report()


def test_a_nynorsk_editor_meets_no_english_and_sees_our_nynorsk(client, site):
    """Wagtail's strings reach nynorsk through the same bokmål catalogue the lead's walk checks;
    this walk covers the pages that carry the project's own words."""
    editor = staff(site["region"], lead=False, email="redaktor@korus.test")
    walk = Walk(client, editor, "nn")
    walk_region(walk, site, pages_only=True)
    assert not walk.found, walk.report()
    # The project's own words come in nynorsk, Wagtail's in bokmål.
    page = walk.get(f"/admin/pages/{site['series'].pk}/edit/").content.decode()
    assert "Kursrekkjer" in page
    assert "Legg til samling" in page
    assert "Lagre utkast" in page or "Lagre kladd" in page


def test_the_series_editor_reads_naturally(client, site):
    """Inline rows are added with «Legg til samling», not «Legg til Samlinger»."""
    lead = staff(site["region"], lead=True, email="leder@korus.test")
    walk = Walk(client, lead, "nb")
    page = walk.get(f"/admin/pages/{site['series'].pk}/edit/").content.decode()
    for button in ("Legg til samling", "Legg til e-læringsmodul"):
        assert button in page
    assert "Legg til Samlinger" not in page
    # A gathering is «avlyst» (called off); «avmeldt» is what a participant does.
    cancelled_label = re.search(r'<label[^>]*for="id_gatherings-0-cancelled"[^>]*>(.*?)</label>', page, re.S)
    assert cancelled_label
    assert "Avlyst" in cancelled_label.group(1)
    assert "Legg til kontaktperson" in walk.get(f"/admin/pages/{site['oslo'].pk}/edit/").content.decode()
    assert "Legg til versjon" in walk.get(f"/admin/pages/{site['material'].pk}/edit/").content.decode()


def test_a_workflow_runs_in_norwegian_from_submission_to_approval(client, site):
    """An editor (nynorsk) submits two pages; the lead (bokmål) approves one and asks for changes
    to the other. Every page, dialog and e-mail on the way is Norwegian."""
    region = site["region"]
    editor = staff(region, lead=False, email="redaktor@korus.test")
    lead = staff(region, lead=True, email="leder@korus.test")
    editor_walk = Walk(client, editor, "nn")
    lead_walk = Walk(client, lead, "nb")
    news, standard = site["news"], site["standard"]

    editor_walk.login()
    for page, change in ((news, ("lead", "En ny ingress.")), (standard, ("intro", "Ny ingress."))):
        form = Form.from_response(editor_walk.get(f"/admin/pages/{page.pk}/edit/"))
        form[change[0]] = change[1]
        response = form.submit(client, "action-submit")
        assert response.status_code == 302, response.content.decode()[:2000]
    submitted = [message for message in mail.outbox if lead.email in message.to]
    assert len(submitted) == 2
    for message in submitted:
        lead_walk.check_mail(message)
        assert "sendt til godkjenning" in message.subject
    mail.outbox.clear()
    editor_walk.get(f"/admin/pages/{news.pk}/edit/")  # locked for review now

    lead_walk.login()
    lead_walk.get("/admin/")
    lead_walk.get("/admin/reports/workflow/")
    lead_walk.get("/admin/reports/workflow_tasks/")
    for page, action, comment in ((news, "approve", "Fint."), (standard, "reject", "Skriv kortere.")):
        state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
        task_state = state.current_task_state
        lead_walk.get(f"/admin/pages/{page.pk}/edit/")
        lead_walk.get(f"/admin/pages/workflow/preview/{page.pk}/{task_state.task_id}/", status=200)
        url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
        lead_walk.get(url, **XHR)  # the dialog with its comment field
        response = client.post(url, {"comment": comment}, **XHR)
        assert response.status_code == 200
        assert b'"success"' in response.content
        state.refresh_from_db()
        expected = WorkflowState.STATUS_APPROVED if action == "approve" else WorkflowState.STATUS_NEEDS_CHANGES
        assert state.status == expected
        lead_walk.get(f"/admin/pages/{page.pk}/history/")
        lead_walk.get(f"/admin/pages/{page.pk}/workflow_history/")
        lead_walk.get(f"/admin/pages/{page.pk}/workflow_history/detail/{state.pk}/")
    revisions = list(news.revisions.order_by("pk").values_list("pk", flat=True))
    lead_walk.get(f"/admin/pages/{news.pk}/revisions/compare/{revisions[0]}...{revisions[-1]}/")
    lead_walk.get(f"/admin/pages/{news.pk}/revisions/{revisions[0]}/view/")

    to_editor = {message.subject: message for message in mail.outbox if editor.email in message.to}
    assert set(to_editor) == {
        "Siden «Ny veileder» er godkjent i «KORUS Oslo: godkjenning».",
        "Siden «Om oss» ble avvist i «KORUS Oslo: godkjenning».",
    }
    assert "Skriv kortere." in to_editor["Siden «Om oss» ble avvist i «KORUS Oslo: godkjenning»."].body
    for message in to_editor.values():
        editor_walk.check_mail(message)
    editor_walk.login()
    editor_walk.get(f"/admin/pages/{standard.pk}/edit/")  # changes requested: the editor's view
    found = {**editor_walk.found, **lead_walk.found}
    assert not found, editor_walk.report() + "\n" + lead_walk.report()


def test_a_national_administrator_meets_no_english(client, site):
    admin = UserFactory(
        email="admin@korus.test",
        first_name="Nils",
        last_name="Moe",
        groups=[Group.objects.get(name=NATIONAL_ADMIN_GROUP)],
    )
    bergen = RegionPageFactory(parent=site["home"], region=Region.objects.get(slug="korus-bergen"))
    programme = ProgrammeFactory()
    walk = Walk(client, admin, "nb")
    walk.get(f"/admin/pages/{site['home'].pk}/")
    walk.get(f"/admin/pages/{site['home'].pk}/edit/")
    walk.get(f"/admin/pages/{site['home'].pk}/add_subpage/")
    walk.get(f"/admin/pages/add/home/regionpage/{site['home'].pk}/")
    # Index pages are one per region: their add forms are met when a region is set up.
    for model in ("home/newsindexpage", "home/materialindexpage", "courses/courseindexpage", "courses/moduleindexpage"):
        walk.get(f"/admin/pages/add/{model}/{bergen.pk}/")
    walk.get("/admin/snippets/")
    walk.get("/admin/snippets/courses/programme/")
    walk.get("/admin/snippets/courses/programme/add/")
    walk.get(f"/admin/snippets/courses/programme/edit/{programme.pk}/")
    site_settings = walk.get("/admin/settings/home/sitesettings/", status=302)["Location"]
    walk.get(site_settings)
    walk.get("/admin/users/")
    walk.get(f"/admin/users/edit/{admin.pk}/")
    walk.get("/admin/groups/")
    walk.get(f"/admin/groups/edit/{site['region'].leads_group_id}/")
    walk.get("/admin/workflows/list/")
    walk.get("/admin/workflows/tasks/index/")
    walk.get("/admin/reports/aging-pages/")
    walk.get("/admin/reports/page-types-usage/")
    walk.get("/admin/redirects/")
    assert not walk.found, walk.report()


def test_permission_names_are_stored_in_bokmal(db):
    """Wagtail's group editor shows permission names as stored, and Django stores them in English;
    the national administrator's walk checks the whole editor."""
    from django.contrib.auth.models import Permission

    names = dict(Permission.objects.values_list("codename", "name"))
    assert names["add_user"] == "Kan legge til bruker"
    assert names["change_area"] == "Kan endre forumområde"
    assert names["choose_image"] == "Kan velge bilde"
    assert names["publish_page"] == "Publiser enhver side"
    assert names["access_admin"] == "Kan bruke Wagtail-administrasjonen"


def test_the_admin_login_and_a_new_pages_title_read_as_norwegian(client, site):
    """The login page staff (and lost participants) meet, and the title help text on every new page."""
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Passord" in html
    assert english_in(client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="nb")) == []
    with translation.override("nb"):
        help_text = str(Page._meta.get_field("title").help_text)
    assert help_text == "Tittelen på siden slik den vises offentlig"
