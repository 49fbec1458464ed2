"""Every admin form of the project, submitted as the staff who use it would submit it.

For each page type, snippet, viewset, setting and custom admin view: GET the real add or
edit form as the region's staff (the national administrator where only they may), post it
back unchanged and with one change, and check what was saved. The meta-test at the end
fails when a page type, snippet, viewset, setting or admin view is added without a test here.
"""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Site, WorkflowState

from courses.models import (
    CourseIndexPage,
    CourseSeriesPage,
    Enrollment,
    ModuleIndexPage,
    ModulePage,
    Programme,
    School,
)
from home.models import (
    NATIONAL_ADMIN_GROUP,
    Fylke,
    HomePage,
    KorusImage,
    MaterialIndexPage,
    MaterialPage,
    NewsIndexPage,
    NewsPage,
    Region,
    RegionPage,
    SiteSettings,
    StandardPage,
)
from network.models import Area
from tests.courses.test_series_editor import fill_new_series
from tests.factories import (
    CertificateFactory,
    CertificateHoldFactory,
    CourseIndexPageFactory,
    CourseSeriesPageFactory,
    DocumentFactory,
    EnrollmentFactory,
    KorusImageFactory,
    MaterialIndexPageFactory,
    MaterialPageFactory,
    MaterialVersionFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    SchoolFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.factories.courses import orgnr
from tests.forms import Form

pytestmark = pytest.mark.django_db


# Reading what came back ------------------------------------------------------------------


def problems(response) -> str:
    """The error messages on a re-rendered form (field errors, the form's banner), for assertions."""
    if response.status_code != 200:
        return f"status {response.status_code}"
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    found = [
        " ".join(element.get_text(" ").split())
        for element in soup.select(".error-message, .w-field__errors, .messages .error, .errorlist, [role=alert]")
    ]
    return "; ".join(text for text in found if text) or "a 200 answer without a visible error"


def saved(response) -> None:
    """The form was accepted: Wagtail and the project's views redirect after a successful post."""
    assert response.status_code == 302, problems(response)


def rich(text: str) -> str:
    """A paragraph as Wagtail's rich text editor (Draftail) posts it: its content state as JSON."""
    block = {"key": "a1b2c", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [{**block, "data": {}}], "entityMap": {}})


def local(moment: datetime.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#336699").save(buffer, "PNG")
    return SimpleUploadedFile("skolegard.png", buffer.getvalue(), content_type="image/png")


# The site staff work in ------------------------------------------------------------------


@pytest.fixture
def site(oslo, oslo_staff, oslo_editor):
    """Oslo's part of the site with one page of every type, its staff, and what the forms choose from."""
    region = oslo.region
    news_index = NewsIndexPage.objects.child_of(oslo).get()
    material_index = MaterialIndexPageFactory(parent=oslo)
    courses = CourseIndexPageFactory(parent=oslo)
    modules = ModuleIndexPageFactory(parent=oslo)
    document = DocumentFactory(title="Veileder for skolen", collection=region.collection)
    material = MaterialPageFactory(parent=material_index, title="Veileder", slug="veileder")
    MaterialVersionFactory(page=material, version="1.0", document=document, change_note="Første utgave.")
    material.save_revision().publish()
    series = CourseSeriesPageFactory(parent=courses, title="Kjentmann Oslo", slug="kjentmann-oslo")
    return {
        "home": oslo.get_parent().specific,
        "oslo": oslo,
        "region": region,
        "news_index": news_index,
        "news": _news(news_index),
        "material_index": material_index,
        "material": material,
        "document": document,
        "courses": courses,
        "series": series,
        "modules": modules,
        "module": ModulePageFactory(parent=modules, title="Modul om skolemiljø"),
        "module_choices": [ModulePageFactory(parent=modules, title=f"Modul {n}") for n in (1, 2)],
        "standard": StandardPageFactory(parent=oslo, title="Om senteret", slug="om-senteret"),
        "programme": series.programme,
        "lead": oslo_staff,
        "editor": oslo_editor,
    }


def _news(index: NewsIndexPage) -> NewsPage:
    from tests.factories import NewsPageFactory

    return NewsPageFactory(parent=index, title="Skolestart", slug="skolestart")


def national_admin_user():
    return UserFactory(email="nasjonal@korus.test", groups=[Group.objects.get(name=NATIONAL_ADMIN_GROUP)])


# Page types ------------------------------------------------------------------------------


@dataclass
class PageCase:
    """How staff fill in one page type: where it is added, what they type, and one change to try."""

    model: type[Page]
    parent: str  # a key of the ``site`` fixture
    fill: Callable[[Form, dict], None]
    change: tuple[str, str]  # (field, new value) typed into the edit form
    existing: str = ""  # the site's page of this type, for the edit form
    read: Callable[[Page], str] = field(default=lambda page: "")  # the changed value as saved


def _standard(form, site):
    form["title"], form["slug"], form["intro"] = "Personvern", "personvern", "Hvordan vi behandler opplysninger."
    form.set_stream("body", [("paragraph", rich("Vi lagrer bare det kurset trenger."))])


def _news_index(form, site):
    form["title"], form["slug"], form["intro"] = "Nyheter", "nyheter", "Nytt fra KORUS Oslo."


def _news_page(form, site):
    form["title"], form["slug"] = "Nye kurs til høsten", "nye-kurs-til-hosten"
    form["date"] = timezone.localdate().isoformat()
    form["lead"] = "Påmeldingen til høstens kurs er åpen."
    form.set_stream("body", [("paragraph", rich("Meld på skolen din før fristen."))])


def _material_index(form, site):
    form["title"], form["slug"], form["intro"] = "Materiell", "materiell", "Veiledere og maler."


def _material_page(form, site):
    form["title"], form["slug"] = "Handlingsplan", "handlingsplan"
    form["summary"] = "En mal for skolens handlingsplan."
    form.choose("category", form.choices("category")[0][1])
    version = {
        "version": "1.0",
        "date": timezone.localdate().isoformat(),
        "document": site["document"].pk,
        "change_note": "Første utgave.",
    }
    if int(form["versions-TOTAL_FORMS"]):
        for key, value in version.items():
            form[f"versions-0-{key}"] = value
    else:
        form.add_inline("versions", version)


def _course_index(form, site):
    form["title"], form["slug"], form["intro"] = "Kurs", "kurs", "Kursrekker i Oslo."


def _series(form, site):
    fill_new_series(form, site["module_choices"], site["programme"], title="Kjentmann Oslo våren")


def _module_index(form, site):
    form["title"], form["slug"], form["intro"] = "Moduler", "moduler", "Nettmoduler."


def _module_page(form, site):
    form["title"], form["slug"] = "Å se eleven", "a-se-eleven"
    form["intro"] = "Om å legge merke til elever som strever."


REGIONAL_PAGES = [
    PageCase(StandardPage, "oslo", _standard, ("intro", "Ny ingress."), "standard", lambda p: p.intro),
    PageCase(NewsIndexPage, "oslo", _news_index, ("intro", "Alt nytt."), "news_index", lambda p: p.intro),
    PageCase(NewsPage, "news_index", _news_page, ("lead", "Ny ingress."), "news", lambda p: p.lead),
    PageCase(MaterialIndexPage, "oslo", _material_index, ("intro", "Alt vi har."), "material_index", lambda p: p.intro),
    PageCase(MaterialPage, "material_index", _material_page, ("summary", "Ny tekst."), "material", lambda p: p.summary),
    PageCase(CourseIndexPage, "oslo", _course_index, ("intro", "Alle kurs."), "courses", lambda p: p.intro),
    PageCase(CourseSeriesPage, "courses", _series, ("venue", "Rådhuset"), "series", lambda p: p.venue),
    PageCase(ModuleIndexPage, "oslo", _module_index, ("intro", "Alle moduler."), "modules", lambda p: p.intro),
    PageCase(ModulePage, "modules", _module_page, ("intro", "Endret ingress."), "module", lambda p: p.intro),
]
NATIONAL_PAGES = [HomePage, RegionPage]


def _case_id(case: PageCase) -> str:
    return case.model.__name__


def add_url(model: type[Page], parent: Page) -> str:
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


@pytest.mark.parametrize("case", REGIONAL_PAGES, ids=_case_id)
def test_the_regions_lead_adds_each_page_type(client, site, case):
    parent = site[case.parent]
    if case.model.max_count_per_parent:  # one per region: the region's own is taken away first
        for page in case.model.objects.child_of(parent):
            page.delete()
    client.force_login(site["lead"])
    form = Form.open(client, add_url(case.model, parent))
    case.fill(form, site)
    saved(form.submit(client, "action-publish"))
    page = case.model.objects.child_of(parent).get(slug=form["slug"])
    assert page.live
    assert getattr(page, "region", site["region"]) == site["region"]
    assert client.get(page.url).status_code == 200


@pytest.mark.parametrize("case", REGIONAL_PAGES, ids=_case_id)
def test_the_regions_lead_saves_each_page_type_unchanged_and_with_one_change(client, site, case):
    page = site[case.existing]
    client.force_login(site["lead"])
    edit = f"/admin/pages/{page.pk}/edit/"
    revisions = page.revisions.count()

    saved(Form.open(client, edit).submit(client, "action-publish"))
    assert page.revisions.count() == revisions + 1

    name, value = case.change
    saved(Form.open(client, edit).submit(client, "action-publish", changes={name: value}))
    page = case.model.objects.get(pk=page.pk)
    assert page.live
    assert case.read(page) == value


@pytest.mark.parametrize("case", REGIONAL_PAGES, ids=_case_id)
def test_the_regions_editor_submits_a_change_the_lead_approves(client, site, case):
    page = site[case.existing]
    name, value = case.change
    client.force_login(site["editor"])
    form = Form.open(client, f"/admin/pages/{page.pk}/edit/")
    assert "action-publish" not in form.buttons
    saved(form.submit(client, "action-submit", changes={name: value}))
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert case.read(case.model.objects.get(pk=page.pk)) != value  # not live before the lead approves

    client.force_login(site["lead"])
    saved(Form.open(client, f"/admin/pages/{page.pk}/edit/").submit(client, "workflow:approve"))
    assert case.read(case.model.objects.get(pk=page.pk)) == value


def test_a_text_block_with_nothing_written_is_not_content(client, site):
    """An empty "Text" block once passed as the news body; the lead then could not approve the item."""
    news_index = site["news_index"]
    client.force_login(site["editor"])
    form = Form.open(client, add_url(NewsPage, news_index))
    _news_page(form, site)
    form.set_stream("body", [("paragraph", rich(""))])
    response = form.submit(client, "action-submit")
    assert response.status_code == 200  # the form again, with the error
    body = BeautifulSoup(response.content.decode(), "html.parser").find(id="body")
    _value, errors = json.loads(body["data-w-block-arguments-value"])  # drawn beside the block by Wagtail's script
    assert "Dette feltet er påkrevet." in json.dumps(errors, ensure_ascii=False)
    assert not NewsPage.objects.filter(slug="nye-kurs-til-hosten").exists()


def test_the_national_administrator_adds_the_home_page(client):
    Site.objects.filter(is_default_site=True).delete()
    admin = national_admin_user()
    root = Page.get_first_root_node()
    client.force_login(admin)
    form = Form.open(client, add_url(HomePage, root))
    form["title"], form["slug"], form["intro"] = "KORUS", "korus", "Kompetansesentrene for rus."
    saved(form.submit(client, "action-publish"))
    home = HomePage.objects.get(slug="korus")
    assert home.live
    assert home.intro == "Kompetansesentrene for rus."


def test_the_national_administrator_adds_a_regional_page(client, home_page):
    admin = national_admin_user()
    client.force_login(admin)
    form = Form.open(client, add_url(RegionPage, home_page))
    form["title"], form["slug"] = "KORUS Nord", "korus-nord"
    form.choose("region", "Nord")
    form["intro"] = "KORUS Nord hjelper skolene i Nordland, Troms og Finnmark."
    form.add_inline("contacts", {"name": "Kari Nordmann", "role": "Rådgiver", "email": "kari@korus.test"})
    saved(form.submit(client, "action-publish"))
    page = RegionPage.objects.get(slug="korus-nord")
    assert page.live
    assert [contact.name for contact in page.contacts.all()] == ["Kari Nordmann"]
    assert page.region.editors_group is not None  # the region's groups and workflow are set up on save


@pytest.mark.parametrize("who", ["national", "lead"])
def test_the_home_and_regional_pages_are_saved_unchanged_and_with_one_change(client, site, who):
    """The national administrator edits the home page; a region's lead edits the region's own page."""
    if who == "national":
        page, user = site["home"], national_admin_user()
    else:
        page, user = site["oslo"], site["lead"]
        page.contacts.create(name="Ola Nordmann", role="Leder")
        page.save_revision().publish()
    client.force_login(user)
    edit = f"/admin/pages/{page.pk}/edit/"
    saved(Form.open(client, edit).submit(client, "action-publish"))
    saved(Form.open(client, edit).submit(client, "action-publish", changes={"intro": "Endret ingress."}))
    page = type(page).objects.get(pk=page.pk)
    assert page.intro == "Endret ingress."
    if who == "lead":
        assert [contact.name for contact in page.contacts.all()] == ["Ola Nordmann"]


def test_a_materials_new_version_with_a_change_note(client, site):
    material = site["material"]
    client.force_login(site["lead"])
    form = Form.open(client, f"/admin/pages/{material.pk}/edit/")
    form.add_inline(
        "versions",
        {
            "version": "2.0",
            "date": timezone.localdate().isoformat(),
            "document": site["document"].pk,
            "change_note": "Nytt kapittel om foreldresamarbeid.",
        },
    )
    saved(form.submit(client, "action-publish"))
    material = MaterialPage.objects.get(pk=material.pk)
    assert [v.version for v in material.versions_newest_first()] in (["2.0", "1.0"], ["1.0", "2.0"])
    assert material.versions.count() == 2
    assert "Nytt kapittel om foreldresamarbeid." in client.get(material.url).content.decode()


# Snippets, viewsets and settings ------------------------------------------------------------


def test_the_national_administrator_adds_and_edits_a_programme(client, national_admin):
    client.force_login(national_admin)
    form = Form.open(client, "/admin/snippets/courses/programme/add/")
    form["name"], form["slug"], form["participant_title"] = "Utsett", "utsett", "Utsett-veileder"
    saved(form.submit(client))
    programme = Programme.objects.get(slug="utsett")

    edit = f"/admin/snippets/courses/programme/edit/{programme.pk}/"
    saved(Form.open(client, edit).submit(client))
    saved(Form.open(client, edit).submit(client, changes={"description": "Et program for ungdomsskolen."}))
    programme.refresh_from_db()
    assert (programme.name, programme.description) == ("Utsett", "Et program for ungdomsskolen.")


def test_the_regions_lead_adds_and_edits_a_network_area(client, site):
    client.force_login(site["lead"])
    form = Form.open(client, "/admin/snippets/network/area/add/")
    form["name"], form["slug"] = "Kjentmenn i Oslo øst", "oslo-ost"
    form["description"] = "For kjentmenn i bydelene øst i Oslo."
    form.choose("region", "Oslo")
    saved(form.submit(client))
    area = Area.objects.get(slug="oslo-ost")
    assert area.region == site["region"]

    edit = f"/admin/snippets/network/area/edit/{area.pk}/"
    saved(Form.open(client, edit).submit(client))
    saved(Form.open(client, edit).submit(client, changes={"name": "Kjentmenn i Groruddalen"}))
    area.refresh_from_db()
    assert (area.name, area.slug, area.region) == ("Kjentmenn i Groruddalen", "oslo-ost", site["region"])


def test_the_national_administrator_adds_and_edits_a_school(client, national_admin):
    client.force_login(national_admin)
    form = Form.open(client, "/admin/skoler/new/")
    form["name"], form["orgnr"] = "Tøyen skole", orgnr(4242)
    if "kommune" in form.options:
        form.choose("kommune", "Oslo")
    if "school_type" in form.options:
        form["school_type"] = form.choices("school_type")[0][0]
    saved(form.submit(client))
    school = School.objects.get(orgnr=orgnr(4242))

    edit = f"/admin/skoler/edit/{school.pk}/"
    saved(Form.open(client, edit).submit(client))
    saved(Form.open(client, edit).submit(client, changes={"name": "Tøyen skole og aktivitetsskole"}))
    school.refresh_from_db()
    assert (school.name, school.orgnr) == ("Tøyen skole og aktivitetsskole", orgnr(4242))


def test_the_national_administrator_edits_a_fylkes_region(client, national_admin):
    fylke = Fylke.objects.get(name="Vestland")
    before = fylke.region
    client.force_login(national_admin)
    edit = f"/admin/fylker/edit/{fylke.pk}/"
    saved(Form.open(client, edit).submit(client))
    fylke.refresh_from_db()
    assert fylke.region == before
    other = Region.objects.exclude(pk=before.pk).first()
    saved(Form.open(client, edit).submit(client, changes={"region": other.pk}))
    fylke.refresh_from_db()
    assert fylke.region == other


def test_the_national_administrator_chooses_the_region_of_a_new_series(client, national_admin, oslo_courses):
    client.force_login(national_admin)
    CourseIndexPageFactory(parent=Region.objects.get(slug="korus-bergen").page)
    form = Form.open(client, "/admin/kursrekker/choose_parent/")
    form["parent_page"] = oslo_courses.pk  # chosen in the page chooser
    response = form.submit(client)
    saved(response)
    assert response["Location"] == add_url(CourseSeriesPage, oslo_courses)


def test_the_national_administrator_saves_the_site_settings(client, national_admin, home_page):
    privacy = StandardPageFactory(parent=home_page, title="Personvern", slug="personvern")
    site = Site.objects.get(is_default_site=True)
    client.force_login(national_admin)
    edit = f"/admin/settings/home/sitesettings/{site.pk}/"
    saved(Form.open(client, edit).submit(client))
    form = Form.open(client, edit)
    form["privacy_page"] = privacy.pk  # chosen in the page chooser
    saved(form.submit(client, changes={"contact_email": "post@korus.test"}))
    settings = SiteSettings.for_site(site)
    assert (settings.contact_email, settings.privacy_page_id) == ("post@korus.test", privacy.pk)
    saved(Form.open(client, edit).submit(client, changes={"footer_text": "KORUS – kompetansesentre for rus"}))
    settings = SiteSettings.for_site(site)
    assert (settings.privacy_page_id, settings.footer_text) == (privacy.pk, "KORUS – kompetansesentre for rus")


def test_the_regions_lead_uploads_and_edits_an_image(client, site):
    client.force_login(site["lead"])
    form = Form.open(client, "/admin/images/add/", having="title")
    form["title"], form["description"] = "Skolegården", "Elever som leker i skolegården."
    assert "collection" not in form.options  # the region's collection is the only one they may add to
    saved(form.submit(client, files={"file": png()}))
    image = KorusImage.objects.get(title="Skolegården")
    assert image.collection == site["region"].collection

    edit = f"/admin/images/{image.pk}/"
    saved(Form.open(client, edit, having="title").submit(client))
    saved(Form.open(client, edit, having="title").submit(client, changes={"credit": "Foto: KORUS Oslo"}))
    image.refresh_from_db()
    assert (image.credit, image.description) == ("Foto: KORUS Oslo", "Elever som leker i skolegården.")


# Custom admin views ------------------------------------------------------------------------


def test_the_regions_lead_adds_a_participant_by_hand(client, site):
    series = site["series"]
    school = SchoolFactory(name="Tøyen skole")
    client.force_login(site["lead"])
    address = f"/admin/kurs/{series.pk}/deltakere/"
    form = Form.open(client, address, having="add-email")
    form["add-first_name"], form["add-last_name"], form["add-email"] = "Manuelt", "Lagt Til", "manuell@skole.test"
    form.choose("add-role", form.choices("add-role")[0][1])
    form["add-orgnr"] = school.orgnr
    saved(form.submit(client))
    enrollment = Enrollment.objects.get(series=series, participant__email="manuell@skole.test")
    assert enrollment.school == school


def test_the_regions_lead_cancels_a_participant_from_the_list(client, site):
    enrollment = EnrollmentFactory(series=site["series"])
    client.force_login(site["lead"])
    cancel = f"/admin/kurs/{site['series'].pk}/deltakere/{enrollment.pk}/cancel/"
    page = client.get(f"/admin/kurs/{site['series'].pk}/deltakere/")
    form = Form.from_response(page, f'form:has(button[formaction="{cancel}"])')
    saved(form.submit(client, f"formaction:{cancel}"))
    enrollment.refresh_from_db()
    assert enrollment.is_cancelled


def test_the_regions_lead_revokes_a_certificate(client, site):
    certificate = CertificateFactory(enrollment=EnrollmentFactory(series=site["series"]))
    client.force_login(site["lead"])
    address = f"/admin/kurs/{site['series'].pk}/kursbevis/{certificate.pk}/tilbakekall/"
    form = Form.open(client, address, having="reason")
    saved(form.submit(client, changes={"reason": "Utstedt ved en feil."}))
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None


def test_the_regions_lead_corrects_a_held_name(client, site):
    enrollment = EnrollmentFactory(series=site["series"])
    CertificateHoldFactory(enrollment=enrollment)
    client.force_login(site["lead"])
    address = f"/admin/kurs/{site['series'].pk}/kursbevis/venter/{enrollment.pk}/"
    form = Form.open(client, address, having="first_name")
    saved(form.submit(client, changes={"first_name": "Xiaoming", "last_name": "Wang"}))
    enrollment.participant.refresh_from_db()
    assert (enrollment.participant.first_name, enrollment.participant.last_name) == ("Xiaoming", "Wang")


def test_the_regions_lead_saves_the_certificate_signature(client, site):
    logo = KorusImageFactory(collection=site["region"].collection)
    client.force_login(site["lead"])
    address = "/admin/kurs/kursbevis/korus-oslo/"
    saved(Form.open(client, address, "#w-editor-form").submit(client))
    form = Form.open(client, address, "#w-editor-form")
    form["logo"] = logo.pk
    saved(form.submit(client, changes={"signatory_name": "Kari Nordmann", "signatory_title": "Leder"}))
    region = Region.objects.get(pk=site["region"].pk)
    assert (region.logo, region.signatory_name, region.signatory_title) == (logo, "Kari Nordmann", "Leder")


# Nothing is added without a test here ---------------------------------------------------------

PROJECT_APPS = {"home", "courses", "network", "accounts", "core"}

TESTED_PAGE_TYPES = {case.model for case in REGIONAL_PAGES} | set(NATIONAL_PAGES)
TESTED_SNIPPETS = {Programme, Area}
# The kommune partner lists' forms are posted back in tests/courses/test_plans.py, the funders'
# view's filter form in tests/courses/test_funders.py.
TESTED_VIEWSETS = {
    "skoler",
    "fylker",
    "kursrekker",
    "kurs",
    "snippets/network/area",
    "samarbeidspartnere",
    "rekkevidde",
}
TESTED_SETTINGS = {SiteSettings}
TESTED_ADMIN_URLS = {
    "courses_admin:participants": test_the_regions_lead_adds_a_participant_by_hand,
    "courses_admin:change_enrollment": test_the_regions_lead_cancels_a_participant_from_the_list,
    "courses_admin:revoke_certificate": test_the_regions_lead_revokes_a_certificate,
    "courses_admin:certificate_hold": test_the_regions_lead_corrects_a_held_name,
    "courses_admin:region_certificate": test_the_regions_lead_saves_the_certificate_signature,
}
# Views without a form: reports, exports and the sample PDF only show or download.
ADMIN_URLS_WITHOUT_FORMS = {
    "courses_admin:export_participants",
    "courses_admin:module_report",
    "courses_admin:export_module_report",
    "courses_admin:attendance",
    "courses_admin:export_attendance",
    "courses_admin:certificate_settings",
    "courses_admin:certificate_sample",
}


def _project_model(model) -> bool:
    return model._meta.app_config.name.split(".")[-1] in PROJECT_APPS or model._meta.app_label in PROJECT_APPS


def _admin_url_names() -> set[str]:
    from wagtail import hooks

    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else pattern.namespace
                walk(pattern.url_patterns, inner or namespace)
            elif pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    from wagtail.admin.viewsets import viewsets

    from courses.viewsets.reports import SeriesStaffViewSet

    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.split(".")[0] in {"home", "courses", "network", "korus_site"}:
            walk(hook(), "")
    # The series' staff screens are a plain ViewSet: its views are the admin views listed below.
    for viewset in viewsets.viewsets:
        if isinstance(viewset, SeriesStaffViewSet):
            walk(viewset.get_urlpatterns(), viewset.name)
    return names


def test_every_page_type_snippet_viewset_setting_and_admin_view_has_a_form_test():
    from wagtail.admin.viewsets import viewsets
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.models import get_page_models
    from wagtail.snippets.models import get_snippet_models

    reverse("wagtailadmin_home")  # loads the admin's URLs, which register the viewsets
    assert {m for m in get_page_models() if _project_model(m)} == TESTED_PAGE_TYPES
    assert {m for m in get_snippet_models() if _project_model(m)} == TESTED_SNIPPETS
    project_viewsets = {
        viewset.url_prefix
        for viewset in viewsets.viewsets
        if type(viewset).__module__.split(".")[0] in {"home", "courses", "network", "korus_site"}
    }
    assert project_viewsets == TESTED_VIEWSETS
    assert {m for m in settings_registry if _project_model(m)} == TESTED_SETTINGS
    assert _admin_url_names() == set(TESTED_ADMIN_URLS) | ADMIN_URLS_WITHOUT_FORMS
