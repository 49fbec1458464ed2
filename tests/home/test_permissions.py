"""Regional staff act only inside their region: tested through the Wagtail admin over HTTP."""

import pytest

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bergen_news(bergen):
    index = bergen.get_children().get(slug="nyheter")
    return NewsPageFactory(parent=index, title="Bergen-nytt")


@pytest.fixture
def oslo_news(oslo):
    index = oslo.get_children().get(slug="nyheter")
    return NewsPageFactory(parent=index, title="Oslo-nytt")


def test_oslo_staff_can_edit_their_own_news(client, oslo_staff, oslo_news):
    client.force_login(oslo_staff)
    response = client.get(f"/admin/pages/{oslo_news.pk}/edit/")
    assert response.status_code == 200


def test_oslo_staff_cannot_open_bergen_page_in_editor(client, oslo_staff, bergen_news):
    client.force_login(oslo_staff)
    response = client.get(f"/admin/pages/{bergen_news.pk}/edit/")
    assert response.status_code in {302, 403}
    if response.status_code == 302:
        assert f"/admin/pages/{bergen_news.pk}/edit/" not in response["Location"]


def test_oslo_staff_cannot_publish_bergen_page(client, oslo_staff, bergen_news):
    client.force_login(oslo_staff)
    response = client.post(
        f"/admin/pages/{bergen_news.pk}/edit/",
        {"title": "Endret av Oslo", "slug": bergen_news.slug, "action-publish": "publish"},
    )
    assert response.status_code in {302, 403}
    bergen_news.refresh_from_db()
    assert bergen_news.title == "Bergen-nytt"


def test_oslo_staff_cannot_delete_bergen_page(client, oslo_staff, bergen_news):
    client.force_login(oslo_staff)
    response = client.post(f"/admin/pages/{bergen_news.pk}/delete/")
    assert response.status_code in {302, 403}
    assert Page.objects.filter(pk=bergen_news.pk).exists()


def test_oslo_staff_cannot_add_pages_under_bergen(client, oslo_staff, bergen):
    index = bergen.get_children().get(slug="nyheter")
    client.force_login(oslo_staff)
    response = client.get(f"/admin/pages/add/home/newspage/{index.pk}/")
    assert response.status_code in {302, 403}


def test_oslo_staff_can_add_news_under_oslo(client, oslo_staff, oslo):
    index = oslo.get_children().get(slug="nyheter")
    client.force_login(oslo_staff)
    response = client.get(f"/admin/pages/add/home/newspage/{index.pk}/")
    assert response.status_code == 200


def test_region_permissions_are_exactly_their_region(oslo_staff, oslo, bergen, home_page):
    assert oslo.permissions_for_user(oslo_staff).can_edit()
    assert oslo.permissions_for_user(oslo_staff).can_publish()
    assert not bergen.permissions_for_user(oslo_staff).can_edit()
    assert not home_page.permissions_for_user(oslo_staff).can_edit()


def test_editor_cannot_publish_but_can_submit_for_moderation(oslo_editor, oslo_news):
    permissions = oslo_news.permissions_for_user(oslo_editor)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    workflow = oslo_news.get_workflow()
    assert workflow is not None
    assert workflow.name == "KORUS Oslo: godkjenning"


def test_editor_submits_and_lead_approves(client, oslo_editor, oslo_staff, oslo_news):
    client.force_login(oslo_editor)
    data = nested_form_data(
        {
            "title": "Oslo-nytt, oppdatert",
            "slug": oslo_news.slug,
            "date": oslo_news.date.isoformat(),
            "lead": oslo_news.lead,
            "body": streamfield([("paragraph", rich_text("<p>Oppdatert tekst.</p>"))]),
            "tags": "",
            "comments": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/{oslo_news.pk}/edit/", {**data, "action-submit": "submit"})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    oslo_news.refresh_from_db()
    assert oslo_news.title == "Oslo-nytt"  # not published yet
    state = oslo_news.current_workflow_state
    assert state is not None
    assert state.status == "in_progress"
    task_state = state.current_task_state
    client.force_login(oslo_staff)
    response = client.post(
        f"/admin/pages/workflow/action/{oslo_news.pk}/approve/{task_state.pk}/", {"comment": "Ser bra ut"}
    )
    assert response.status_code in {200, 302}
    oslo_news.refresh_from_db()
    assert oslo_news.title == "Oslo-nytt, oppdatert"


def test_bergen_staff_cannot_see_oslo_images(client, bergen_staff, oslo_staff, oslo):
    from tests.factories import KorusImageFactory

    image = KorusImageFactory(collection=oslo.region.collection, title="Oslo-bilde")
    client.force_login(bergen_staff)
    response = client.get(f"/admin/images/{image.pk}/")
    assert response.status_code in {302, 403}
    client.force_login(oslo_staff)
    assert client.get(f"/admin/images/{image.pk}/").status_code == 200


def test_national_admin_can_edit_every_region(national_admin, region_pages):
    for page in region_pages.values():
        assert page.permissions_for_user(national_admin).can_publish()
