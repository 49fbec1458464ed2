"""The school register in the admin, used as staff use it.

Every change GETs the real Wagtail form, posts it back as the browser would (unchanged, or
with what a person types), and checks the register and the audit log afterwards.
"""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import ModelLogEntry

from courses.models import Enrollment, Registration, School
from courses.services import enrollment as enrollment_service
from home.models import Kommune
from tests.admin import refused
from tests.factories import CourseSeriesPageFactory, SchoolFactory, UserFactory
from tests.factories.courses import orgnr
from tests.forms import Form

pytestmark = pytest.mark.django_db

INDEX = "/admin/skoler/"


def edit_url(school):
    return f"/admin/skoler/edit/{school.pk}/"


def merge_url(school):
    return f"/admin/skoler/merge/{school.pk}/"


def logs(school, action):
    return ModelLogEntry.objects.filter(object_id=str(school.pk), action=action).order_by("timestamp", "pk")


def field_text(html: str, name: str) -> str:
    """The text of the field wrapper around the input called ``name``: its label, help and errors."""
    soup = BeautifulSoup(html, "html.parser")
    control = soup.find(attrs={"name": name})
    assert control is not None, f"no field {name}"
    wrapper = control.find_parent(class_="w-field__wrapper")
    return wrapper.get_text(" ", strip=True)


def sign_up(series, school, *emails):
    people = [enrollment_service.Person("Navn", "Navnesen", email, "laerer") for email in emails]
    return enrollment_service.register(series=series, school=school, contact=UserFactory(), people=people, notify=False)


# Adding and editing -------------------------------------------------------------------------


def test_national_admin_adds_a_school_typing_the_number_with_spaces(client, national_admin):
    client.force_login(national_admin)
    form = Form.from_response(client.get(INDEX + "new/"))
    form["orgnr"] = "974 760 673"
    form["name"] = "Fjelltun ungdomsskole"
    form.choose("kommune", "Bergen (Vestland)")
    form["school_type"] = "ungdomsskole"
    response = form.submit(client)
    assert response.status_code == 302, field_text(response.content.decode(), "orgnr")

    school = School.objects.get(name="Fjelltun ungdomsskole")
    assert school.orgnr == "974760673"
    assert school.kommune == Kommune.objects.get(number="4601")
    (created,) = logs(school, "wagtail.create")
    assert created.user == national_admin


def test_a_wrong_orgnr_is_explained_beside_the_field_and_nothing_typed_is_lost(client, national_admin):
    client.force_login(national_admin)
    form = Form.from_response(client.get(INDEX + "new/"))
    form["orgnr"] = "974 760 672"
    form["name"] = "Fjelltun ungdomsskole"
    form.choose("kommune", "Bergen (Vestland)")
    form["school_type"] = "ungdomsskole"
    response = form.submit(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dette organisasjonsnummeret er ikke gyldig" in field_text(html, "orgnr")
    again = Form.from_response(response)
    assert again["orgnr"] == "974 760 672"
    assert again["name"] == "Fjelltun ungdomsskole"
    assert again["kommune"] == str(Kommune.objects.get(number="4601").pk)
    assert not School.objects.filter(name="Fjelltun ungdomsskole").exists()


def test_a_number_another_school_has_names_that_school(client, national_admin):
    SchoolFactory(orgnr="974760673", name="Bakkeby skole")
    client.force_login(national_admin)
    form = Form.from_response(client.get(INDEX + "new/"))
    form["orgnr"] = "974760673"
    form["name"] = "Bakkeby ungdomsskole"
    form.choose("kommune", "Oslo")
    form["school_type"] = "ungdomsskole"
    response = form.submit(client)
    assert response.status_code == 200
    assert "Bakkeby skole har allerede dette organisasjonsnummeret" in field_text(response.content.decode(), "orgnr")
    assert School.objects.count() == 1


def test_editing_logs_what_changed_and_an_unchanged_form_logs_nothing(client, national_admin):
    school = SchoolFactory(name="Bakkeby skole", kommune=Kommune.objects.get(number="0301"))
    client.force_login(national_admin)

    unchanged = Form.from_response(client.get(edit_url(school))).submit(client)
    assert unchanged.status_code == 302
    school.refresh_from_db()
    assert (school.name, school.kommune.number) == ("Bakkeby skole", "0301")
    assert not logs(school, "courses.school_edit").exists()

    form = Form.from_response(client.get(edit_url(school)))
    assert form["orgnr"] == school.orgnr
    form.choose("kommune", "Bergen (Vestland)")
    assert form.submit(client).status_code == 302
    school.refresh_from_db()
    assert school.kommune.number == "4601"
    assert school.name == "Bakkeby skole"
    (entry,) = logs(school, "courses.school_edit")
    assert entry.user == national_admin
    assert entry.data["changes"] == [{"field": "kommune", "from": "Oslo", "to": "Bergen"}]

    history = client.get(f"/admin/skoler/history/{school.pk}/").content.decode()
    assert "Endret: Kommune: «Oslo» → «Bergen»" in history


def test_the_register_is_searched_by_name_and_by_number_as_printed(client, national_admin):
    SchoolFactory(orgnr="974760673", name="Fjelltun skole")
    SchoolFactory(name="Bakkeby skole")
    client.force_login(national_admin)
    by_number = client.get(INDEX, {"q": "974 760 673"}).content.decode()
    assert "Fjelltun skole" in by_number
    assert "Bakkeby skole" not in by_number
    by_name = client.get(INDEX, {"q": "bakkeby"}).content.decode()
    assert "Bakkeby skole" in by_name
    assert "Fjelltun skole" not in by_name
    by_fylke = client.get(INDEX, {"fylke": Kommune.objects.get(number="0301").fylke_id}).content.decode()
    assert "Bakkeby skole" in by_fylke


# Merging duplicates -----------------------------------------------------------------------


@pytest.fixture
def duplicates(oslo_courses):
    """The same school signed up twice under two numbers, in the same series, and a third school."""
    series = CourseSeriesPageFactory(parent=oslo_courses, title="Kjentmann Oslo", seats=10, max_per_school=2)
    keep = SchoolFactory(name="Bakkeby ungdomsskole", orgnr=orgnr(1))
    duplicate = SchoolFactory(name="Bakkeby u-skole", orgnr=orgnr(2))
    other = SchoolFactory(name="Fjellby skole", orgnr=orgnr(3), kommune=Kommune.objects.get(number="4601"))
    sign_up(series, keep, "a@bakkeby.test", "b@bakkeby.test")
    sign_up(series, duplicate, "c@bakkeby.test", "d@bakkeby.test")
    sign_up(series, other, "e@fjellby.test")
    return keep, duplicate, other, series


def test_national_admin_merges_a_duplicate_after_seeing_what_will_move(client, national_admin, duplicates):
    keep, duplicate, other, series = duplicates
    client.force_login(national_admin)

    page = client.get(merge_url(keep))
    offered = BeautifulSoup(page.content, "html.parser").select("form.merge-form input[name=duplicates]")
    assert [int(box["value"]) for box in offered] == [duplicate.pk]  # same kommune and name; not Fjellby
    searched = client.get(merge_url(keep), {"q": "Fjellby"}).content.decode()
    assert "Fjellby skole (" in searched
    choose = Form.from_response(page, "form.merge-form")
    choose["duplicates"] = [duplicate.pk]
    preview = choose.submit(client, "preview")
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Bakkeby u-skole" in html
    assert "1 påmelding, 2 deltakere" in html
    assert "Kjentmann Oslo: 4 plasser, andel 2" in html  # the kept school will hold more than its share
    assert School.objects.filter(pk=duplicate.pk).exists()  # nothing changes before the confirmation

    response = Form.from_response(preview, "form.merge-confirm").submit(client, "confirm")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/skoler/edit/{keep.pk}/"
    assert not School.objects.filter(pk=duplicate.pk).exists()
    assert set(
        Enrollment.objects.filter(participant__email__endswith="@bakkeby.test").values_list("school_id", flat=True)
    ) == {keep.pk}
    assert Registration.objects.filter(school=keep).count() == 2
    assert Enrollment.objects.get(participant__email="e@fjellby.test").school == other
    assert Enrollment.objects.filter(series=series, status="confirmed").count() == 5  # nobody lost a seat

    (merged,) = logs(keep, "courses.school_merge")
    assert merged.user == national_admin
    assert merged.data["merged"][0]["orgnr"] == duplicate.orgnr
    assert merged.data["merged"][0]["moved"] == {"courses.Registration": 1, "courses.Enrollment": 2}
    (gone,) = logs(duplicate, "courses.school_merge")
    assert gone.deleted
    history = client.get(f"/admin/skoler/history/{keep.pk}/").content.decode()
    assert "Slo sammen med Bakkeby u-skole" in history


def test_merging_without_ticking_a_duplicate_says_so(client, national_admin, duplicates):
    keep, *_rest = duplicates
    client.force_login(national_admin)
    response = Form.from_response(client.get(merge_url(keep)), "form.merge-form").submit(client, "preview")
    assert response.status_code == 200
    assert "Kryss av minst én skole" in response.content.decode()
    assert School.objects.count() == 3


def test_a_school_with_sign_ups_is_merged_not_deleted(client, national_admin, duplicates):
    _keep, duplicate, *_rest = duplicates
    client.force_login(national_admin)
    page = client.get(f"/admin/skoler/delete/{duplicate.pk}/").content.decode()
    assert "kan ikke slettes" in page
    assert refused(client.post(f"/admin/skoler/delete/{duplicate.pk}/"))
    assert School.objects.filter(pk=duplicate.pk).exists()


# Regional staff ---------------------------------------------------------------------------


def test_regional_staff_see_only_schools_signed_up_to_their_region(client, oslo_staff, duplicates, bergen_courses):
    keep, _duplicate, _other, _series = duplicates
    bergen_only = SchoolFactory(name="Vestby skole")
    sign_up(CourseSeriesPageFactory(parent=bergen_courses), bergen_only, "v@vestby.test")
    client.force_login(oslo_staff)
    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert "Bakkeby ungdomsskole" in listing.content.decode()
    assert "Vestby skole" not in listing.content.decode()
    assert client.get(f"/admin/skoler/inspect/{keep.pk}/").status_code == 200
    assert refused(client.get(f"/admin/skoler/inspect/{bergen_only.pk}/"))


def test_regional_staff_cannot_add_edit_or_merge(client, national_admin, oslo_staff, duplicates):
    keep, duplicate, _other, _series = duplicates
    client.force_login(national_admin)
    edit_form = Form.from_response(client.get(edit_url(keep)))
    edit_form["name"] = "Endret av Oslo"
    merge_form = Form.from_response(client.get(merge_url(keep)), "form.merge-form")
    merge_form["duplicates"] = [duplicate.pk]

    client.force_login(oslo_staff)
    assert refused(client.get(INDEX + "new/"))
    assert refused(client.get(edit_url(keep)))
    assert refused(edit_form.submit(client))
    assert refused(client.get(merge_url(keep)))
    assert refused(merge_form.submit(client, "preview"))
    confirm = {"duplicates": [str(duplicate.pk)], "confirm": "1"}
    assert refused(client.post(merge_url(keep), confirm))

    keep.refresh_from_db()
    assert keep.name == "Bakkeby ungdomsskole"
    assert School.objects.filter(pk=duplicate.pk).exists()
    assert not ModelLogEntry.objects.filter(user=oslo_staff).exists()
