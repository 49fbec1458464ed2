"""What the finder's cards and a series page tell a school before sign-up (issue 14, point 5):
place, price, sign-up deadline or opening date, seats or the waiting list, and what earns the
certificate, in words generated from the series' own completion rule."""

import datetime

import pytest

from django.utils import timezone, translation
from django.utils.formats import date_format

from courses.models import Gathering
from courses.services import completion
from tests.factories import (
    CourseIndexPageFactory,
    CourseSeriesPageFactory,
    EnrollmentFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    SeriesModuleFactory,
)

pytestmark = pytest.mark.django_db


def rule(series, modules: int) -> str:
    with translation.override("nb"):
        return " ".join(completion.certificate_rule(series, required_modules=modules))


# The certificate rule in words, one test per variant ------------------------------------------


def test_all_gatherings_and_no_modules(series):
    assert series.min_gatherings is None
    assert rule(series, 0) == (
        "Du får kursbevis ved å møte på alle de 3 samlingene. "
        "Å komme for sent teller som oppmøte, men gyldig fravær gjør det ikke."
    )


def test_all_but_one_gathering_and_several_modules_with_excused_absence_counting(series):
    series.min_gatherings = 2
    series.excused_counts = True
    assert rule(series, 2) == (
        "Du får kursbevis ved å møte på minst 2 av de 3 samlingene og bestå quizen i hver av de 2 "
        "obligatoriske e-læringsmodulene. Både å komme for sent og gyldig fravær teller som oppmøte."
    )


def test_the_sentence_asks_for_as_many_gatherings_as_completion_does(series):
    series.min_gatherings = 2
    enrollment = EnrollmentFactory(series=series)
    _counted, required = completion.attendance_requirement(series, enrollment)
    assert required == 2
    assert "minst 2 av de 3 samlingene" in rule(series, 0)


def test_a_minimum_above_the_number_of_gatherings_means_all(series):
    series.min_gatherings = 5
    assert rule(series, 0).startswith("Du får kursbevis ved å møte på alle de 3 samlingene.")


def test_one_gathering_and_one_module(oslo_courses):
    series = CourseSeriesPageFactory(parent=oslo_courses, gathering_count=1)
    assert rule(series, 1).startswith(
        "Du får kursbevis ved å møte på samlingen og bestå quizen i den obligatoriske e-læringsmodulen."
    )


def test_a_cancelled_gathering_does_not_count(series):
    Gathering.objects.filter(pk=series.gathering_list[2].pk).update(cancelled=True)
    series = type(series).objects.get(pk=series.pk)
    assert rule(series, 0).startswith("Du får kursbevis ved å møte på alle de 2 samlingene.")


def test_nynorsk(series):
    series.min_gatherings = 2
    with translation.override("nn"):
        sentences = completion.certificate_rule(series, required_modules=1)
    assert sentences[0] == (
        "Du får kursbevis ved å møte på minst 2 av dei 3 samlingane og bestå quizen i den "
        "obligatoriske e-læringsmodulen."
    )


def test_the_series_page_states_the_rule_counting_only_required_modules(client, home_page, series):
    library = ModuleIndexPageFactory(parent=home_page)
    SeriesModuleFactory(series=series, module=ModulePageFactory(parent=library), required=True)
    SeriesModuleFactory(series=series, module=ModulePageFactory(parent=library), required=False)
    html = client.get(series.url).content.decode()
    assert "Slik får du kursbevis" in html
    assert "ved å møte på alle de 3 samlingene og bestå quizen i den obligatoriske e-læringsmodulen." in html


# The finder's cards --------------------------------------------------------------------------------


def test_cards_show_place_price_deadline_opening_date_and_waiting_list(client, home_page, oslo_courses):
    CourseIndexPageFactory(parent=home_page)
    closes = timezone.now() + datetime.timedelta(days=20)
    CourseSeriesPageFactory(
        parent=oslo_courses, title="Åpen", venue="Scandic Holmenkollen", price=1500, registration_closes=closes
    )
    opens = timezone.now() + datetime.timedelta(days=10)
    CourseSeriesPageFactory(parent=oslo_courses, title="Senere", venue="Kurssenteret", registration_opens=opens)
    full = CourseSeriesPageFactory(parent=oslo_courses, title="Full", seats=1)
    EnrollmentFactory(series=full)
    EnrollmentFactory.create_batch(2, series=full, status="waitlisted", confirmed_at=None)
    html = client.get("/kurs/").content.decode()
    assert "Scandic Holmenkollen" in html
    assert "1500 kr" in html
    assert "Gratis" in html
    with translation.override("nb"):
        assert "Påmeldingsfrist" in html
        assert date_format(timezone.localtime(closes), "DATETIME_FORMAT") in html
        assert "Påmeldingen åpner" in html
        assert date_format(timezone.localtime(opens), "DATETIME_FORMAT") in html
    assert "2 på ventelisten" in html


def test_a_series_not_yet_open_says_when_sign_up_opens_beside_its_badge(client, oslo_courses):
    opens = timezone.now() + datetime.timedelta(days=3)
    series = CourseSeriesPageFactory(parent=oslo_courses, title="Senere", registration_opens=opens)
    html = client.get(series.url).content.decode()
    header = html[html.index('class="page-header"') : html.index("<h1")]
    assert "Ikke åpen ennå" in header
    with translation.override("nb"):
        assert f"Påmeldingen åpner {date_format(timezone.localtime(opens), 'DATETIME_FORMAT')}." in header


def test_a_full_series_speaks_of_the_waiting_list_in_one_bokmal_form(client, oslo_courses):
    full = CourseSeriesPageFactory(parent=oslo_courses, title="Full", seats=1)
    EnrollmentFactory(series=full)
    EnrollmentFactory.create_batch(3, series=full, status="waitlisted", confirmed_at=None)
    html = client.get(full.url).content.decode()
    assert "havner på ventelisten" in html
    assert "3 på ventelisten" in html
    assert "ventelista" not in html
