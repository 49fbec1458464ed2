"""The course series editor in Wagtail's admin, submitted as staff submit it (flow 1).

Every test GETs the real add or edit view, fills in what a person would, and presses the
button a person would press. A series built by a factory proves nothing about the form.
"""

import datetime

import pytest

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, WorkflowState

from courses.models import CourseSeriesPage, Gathering
from tests.factories import EnrollmentFactory, ModuleIndexPageFactory, ModulePageFactory
from tests.forms import Form

pytestmark = pytest.mark.django_db


def local(dt: datetime.datetime) -> str:
    """A date and time as Wagtail's date-time widget shows and accepts it."""
    return timezone.localtime(dt).strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def modules(home_page):
    library = ModuleIndexPageFactory(parent=home_page)
    return [ModulePageFactory(parent=library, title=f"Modul {n}") for n in (1, 2)]


def fill_new_series(form: Form, modules, programme, *, title="Kjentmann Oslo høsten", gatherings=3) -> None:
    """What staff type into an empty series editor: the fields, three gatherings and two modules."""
    start = timezone.now() + datetime.timedelta(days=60)
    form["title"] = title
    form["slug"] = slugify(title)  # Wagtail's script fills it in from the title
    form["programme"] = programme.pk  # chosen in the snippet chooser
    form["target_group"] = "begge"
    form["intro"] = "Fem samlinger for ansatte i ungdomsskolen."
    form["seats"] = "20"
    form["max_per_school"] = "4"
    form["registration_opens"] = local(timezone.now() - datetime.timedelta(days=1))
    form["registration_closes"] = local(start - datetime.timedelta(days=7))
    form["price"] = "0"
    form["venue"] = "Kulturhuset, Oslo"
    # The editor opens with one empty gathering row; fill it and add the rest.
    rows = form.inline_rows("gatherings")
    for n in range(gatherings):
        begins = start + datetime.timedelta(weeks=3 * n)
        values = {
            "title": f"Samling {n + 1}",
            "starts_at": local(begins),
            "ends_at": local(begins + datetime.timedelta(hours=6)),
            "location": "Kulturhuset, sal 2",
        }
        if n < len(rows):
            for key, value in values.items():
                form[f"gatherings-{n}-{key}"] = value
        else:
            form.add_inline("gatherings", values)
    for n, module in enumerate(modules):
        form.add_inline("series_modules", {"module": module.pk, "due_before": n + 1, "required": True})


@pytest.fixture
def programme(db):
    from tests.factories import ProgrammeFactory

    return ProgrammeFactory()


def add_url(parent: Page) -> str:
    return f"/admin/pages/add/courses/courseseriespage/{parent.pk}/"


def test_regional_lead_creates_and_publishes_a_series_with_gatherings_and_modules(
    client, oslo_staff, oslo_courses, modules, programme
):
    client.force_login(oslo_staff)
    form = Form.from_response(client.get(add_url(oslo_courses)))
    fill_new_series(form, modules, programme)
    response = form.submit(client, "action-publish")
    assert response.status_code == 302, _errors(response)

    series = CourseSeriesPage.objects.get(title="Kjentmann Oslo høsten")
    assert series.live
    assert series.region.slug == "korus-oslo"
    gatherings = list(series.gatherings.order_by("starts_at"))
    assert [g.number for g in gatherings] == [1, 2, 3]
    assert [(link.module.title, link.due_before) for link in series.series_modules.order_by("due_before")] == [
        ("Modul 1", 1),
        ("Modul 2", 2),
    ]
    public = client.get(series.url)
    assert public.status_code == 200
    assert "Samling 3" in public.content.decode()


def test_editing_unchanged_and_with_one_change(client, oslo_staff, series):
    client.force_login(oslo_staff)
    edit = f"/admin/pages/{series.pk}/edit/"
    form = Form.from_response(client.get(edit))
    response = form.submit(client)  # "Lagre kladd", nothing changed
    assert response.status_code == 302, _errors(response)
    assert series.revisions.count() >= 1

    form = Form.from_response(client.get(edit))
    form["seats"] = "12"
    form["gatherings-0-location"] = "Nytt sted, rom 4"
    response = form.submit(client, "action-publish")
    assert response.status_code == 302, _errors(response)
    series.refresh_from_db()
    assert series.seats == 12
    assert series.gathering_list[0].location == "Nytt sted, rom 4"
    assert Gathering.objects.filter(series=series).count() == 3


def test_national_admin_edits_any_region(client, national_admin, series):
    client.force_login(national_admin)
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"))
    form["intro"] = "Endret av nasjonal administrator."
    response = form.submit(client, "action-publish")
    assert response.status_code == 302, _errors(response)
    series.refresh_from_db()
    assert series.intro == "Endret av nasjonal administrator."


def test_editor_submits_to_the_region_workflow_and_the_lead_approves(
    client, oslo_editor, oslo_staff, oslo_courses, modules, programme
):
    client.force_login(oslo_editor)
    form = Form.from_response(client.get(add_url(oslo_courses)))
    assert "action-publish" not in form.buttons  # editors cannot publish themselves
    fill_new_series(form, modules, programme, title="Kjentmann til godkjenning")
    response = form.submit(client, "action-submit")
    assert response.status_code == 302, _errors(response)
    series = CourseSeriesPage.objects.get(title="Kjentmann til godkjenning")
    assert not series.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(series.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(oslo_staff)
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"))
    response = form.submit(client, "workflow:approve")
    assert response.status_code == 302, _errors(response)
    series.refresh_from_db()
    assert series.live
    assert series.gatherings.count() == 3


def _errors(response) -> str:
    """The error messages on a re-rendered form, to make a failing assertion readable."""
    import re

    html = response.content.decode()
    found = re.findall(r'class="[^"]*error-message[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)', html)
    return f"status {response.status_code}: {found[:10]}"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"series_modules-0-due_before": "5"}, "series_modules-0-due_before", "Kursrekka har bare 3 samlinger."),
        (
            {"gatherings-1-ends_at": "2020-01-01 08:00"},
            "gatherings-1-ends_at",
            "En samling må slutte etter at den starter.",
        ),
        ({"seats": "1"}, "seats", "deltakere har allerede plass"),
    ],
)
def test_validation_errors_beside_the_field_in_norwegian(client, oslo_staff, series, modules, change, field, message):
    from tests.factories import SeriesModuleFactory

    SeriesModuleFactory(series=series, module=modules[0], due_before=1)
    for _ in range(2):
        EnrollmentFactory(series=series)
    client.force_login(oslo_staff)
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"))
    for name, value in change.items():
        form[name] = value
    typed = form["intro"]
    response = form.submit(client)
    assert response.status_code == 200  # the form again, never a 500
    html = response.content.decode()
    assert message in html
    again = Form.from_response(response)
    assert again[field] == change.get(field, again[field])  # nothing typed is lost
    assert again["intro"] == typed


def test_the_same_module_twice_is_refused(client, oslo_staff, series, modules):
    client.force_login(oslo_staff)
    form = Form.from_response(client.get(f"/admin/pages/{series.pk}/edit/"))
    form.add_inline("series_modules", {"module": modules[0].pk, "due_before": 1, "required": True})
    form.add_inline("series_modules", {"module": modules[0].pk, "due_before": 2, "required": True})
    response = form.submit(client)
    assert response.status_code == 200
    assert "Denne modulen er allerede med i kursrekka." in response.content.decode()
    assert not series.series_modules.exists()
