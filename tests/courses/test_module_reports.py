"""Module reminders and the staff report of participants × modules."""

import csv
import datetime
import io

import pytest

from django.utils import timezone

from courses.services import learning
from courses.services.notices import queue_reminders
from courses.tasks import queue_reminders as queue_reminders_task
from tests.courses.test_learning import correct_answers
from tests.factories import (
    CourseSeriesPageFactory,
    EnrollmentFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    SeriesModuleFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon_series(oslo_courses, home_page):
    """A series whose first gathering is two days away, with a required and an optional module."""
    series = CourseSeriesPageFactory(
        parent=oslo_courses, title="Snart", start=timezone.now() + datetime.timedelta(days=2), gathering_count=2
    )
    library = ModuleIndexPageFactory(parent=home_page)
    series.required_module = ModulePageFactory(parent=library, title="Påkrevd")
    series.optional_module = ModulePageFactory(parent=library, title="Valgfri")
    SeriesModuleFactory(series=series, module=series.required_module, due_before=1)
    SeriesModuleFactory(series=series, module=series.optional_module, due_before=1, required=False)
    return series


def test_module_reminder_once_for_required_modules_not_passed(
    soon_series, mailoutbox, django_capture_on_commit_callbacks
):
    done = EnrollmentFactory(series=soon_series)
    behind = EnrollmentFactory(series=soon_series)
    EnrollmentFactory(series=soon_series, status="waitlisted", confirmed_at=None)
    learning.submit(done.participant, soon_series.required_module, correct_answers(soon_series.required_module))
    with django_capture_on_commit_callbacks(execute=True):
        queue_reminders()
        assert queue_reminders() == 0
    module_reminders = [m for m in mailoutbox if "Påkrevd" in m.subject]
    assert [m.to[0] for m in module_reminders] == [behind.participant.email]
    mailoutbox[:] = module_reminders
    assert "Påkrevd" in mailoutbox[0].subject
    assert "Valgfri" not in mailoutbox[0].body


def test_no_reminder_when_the_gathering_is_further_away(oslo_courses, home_page, mailoutbox):
    series = CourseSeriesPageFactory(parent=oslo_courses, start=timezone.now() + datetime.timedelta(days=10))
    SeriesModuleFactory(series=series, module=ModulePageFactory(parent=ModuleIndexPageFactory(parent=home_page)))
    EnrollmentFactory(series=series)
    assert queue_reminders() == 0


@pytest.mark.celery_worker
def test_module_reminder_through_a_real_worker(celery_worker, soon_series):
    EnrollmentFactory(series=soon_series, participant__email="treg@skole.test")
    # The module reminder and, two days ahead, the gathering reminder; a second run queues nothing.
    assert queue_reminders_task.delay().get(timeout=60) == 2
    assert queue_reminders_task.delay().get(timeout=60) == 0

    def reminded():
        return any("To: treg@skole.test" in path.read_text() for path in celery_worker.mails())

    celery_worker.wait_for(reminded, timeout=60)


def test_staff_report_and_exports(client, oslo_staff, bergen_staff, soon_series):
    enrollment = EnrollmentFactory(series=soon_series, participant__first_name="Ada", participant__last_name="Lovise")
    learning.submit(enrollment.participant, soon_series.required_module, correct_answers(soon_series.required_module))
    client.force_login(oslo_staff)
    html = client.get(f"/admin/kurs/{soon_series.pk}/moduler/").content.decode()
    assert "Ada Lovise" in html
    assert "100 %" in html
    response = client.get(f"/admin/kurs/{soon_series.pk}/moduler.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Fornavn", "Etternavn", "E-post", "Skole"]
    assert rows[1][0] == "Ada"
    assert rows[1][5] == "100"
    assert client.get(f"/admin/kurs/{soon_series.pk}/moduler.xlsx").status_code == 200

    client.force_login(bergen_staff)
    for path in ("moduler/", "moduler.csv", "moduler.xlsx"):
        response = client.get(f"/admin/kurs/{soon_series.pk}/{path}")
        assert response.status_code in {302, 403}
        assert b"Lovise" not in response.content


def test_series_editor_checks_module_links(client, oslo_staff, soon_series):
    """The series form refuses a module due before a gathering the series does not have."""
    from courses.models import CourseSeriesPage
    from courses.models.pages import CourseSeriesAdminForm

    form_class = CourseSeriesPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, CourseSeriesAdminForm)
    client.force_login(oslo_staff)
    html = client.get(f"/admin/pages/{soon_series.pk}/edit/").content.decode()
    assert "series_modules-TOTAL_FORMS" in html
