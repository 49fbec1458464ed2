"""A participant's way through the learning modules (issue 14, point 2): what a failed quiz
attempt reveals, the next module after a pass, reflections kept when moving between parts,
and overdue modules on "Mine kurs" and in reminders."""

import datetime
import json

import pytest

from django.utils import timezone

from courses.choices import QuizReveal
from courses.models import ModulePage, QuizAttempt, ReflectionAnswer
from courses.services import learning
from courses.services.notices import queue_reminders
from tests.factories import (
    CourseSeriesPageFactory,
    EnrollmentFactory,
    ModulePageFactory,
    SeriesModuleFactory,
)
from tests.forms import Form

pytestmark = pytest.mark.django_db


def right_answers(module) -> dict[str, list[str]]:
    return {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in learning.quiz_questions(module)}


def quiz_form(client, module) -> Form:
    questions = learning.quiz_questions(module)
    return Form.from_response(client.get(module.url + "quiz/"), having=f"q-{questions[0]['id']}")


def answer(client, module, *, right: bool):
    """Fill in the real quiz form: every answer right, or the second (multiple choice) half right."""
    form = quiz_form(client, module)
    for n, question in enumerate(learning.quiz_questions(module)):
        chosen = [option["id"] for option in question["options"] if option["correct"]]
        form[f"q-{question['id']}"] = chosen if right or n != 1 else chosen[:1]
    response = form.submit(client)
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response["Location"]).content.decode()


# What a failed attempt reveals ------------------------------------------------------------------


def test_by_default_a_failed_attempt_shows_what_was_wrong_and_the_chosen_feedback_not_the_right_answers(
    client, module, participant
):
    client.force_login(participant)
    html = answer(client, module, right=False)
    assert "Ikke riktig" in html
    assert "Om «A»." in html  # the feedback on the answer chosen
    assert "Om «B»." not in html  # the right answer left out, and its feedback
    assert "(riktig svar)" not in html
    assert "quiz-option--correct" not in html
    assert "Forklaring." not in html
    assert "De riktige svarene vises når du har bestått" in html


def test_after_a_pass_the_earlier_failed_attempt_shows_the_right_answers(client, module, participant):
    client.force_login(participant)
    answer(client, module, right=False)
    failed = QuizAttempt.objects.get(user=participant, passed=False)
    answer(client, module, right=True)
    html = client.get(f"{module.url}quiz/resultat/{failed.pk}/").content.decode()
    assert "(riktig svar)" in html
    assert "Om «B»." in html
    assert "Forklaring." in html


def test_with_no_attempts_left_a_failed_attempt_shows_the_right_answers(client, module, participant):
    ModulePage.objects.filter(pk=module.pk).update(max_attempts=1)
    client.force_login(participant)
    html = answer(client, ModulePage.objects.get(pk=module.pk), right=False)
    assert "0 forsøk igjen" in html
    assert "(riktig svar)" in html
    assert "Om «B»." in html


def test_wrong_only_hides_the_feedback_too(client, module, participant):
    ModulePage.objects.filter(pk=module.pk).update(reveal_on_fail=QuizReveal.WRONG_ONLY)
    client.force_login(participant)
    html = answer(client, module, right=False)
    assert "Ikke riktig" in html
    assert "(svaret ditt)" in html
    assert "Om «A»." not in html
    assert "Om «B»." not in html
    assert "(riktig svar)" not in html


def test_everything_shows_the_right_answers_at_once(client, module, participant):
    ModulePage.objects.filter(pk=module.pk).update(reveal_on_fail=QuizReveal.EVERYTHING)
    client.force_login(participant)
    html = answer(client, module, right=False)
    assert "(riktig svar)" in html
    assert "Om «B»." in html
    assert "Forklaring." in html


def test_staff_choose_what_a_failed_attempt_shows_in_the_editor(client, module, national_admin):
    assert module.reveal_on_fail == QuizReveal.FEEDBACK  # the default
    client.force_login(national_admin)
    form = Form.from_response(client.get(f"/admin/pages/{module.pk}/edit/"))
    assert form["reveal_on_fail"] == QuizReveal.FEEDBACK
    form["reveal_on_fail"] = QuizReveal.WRONG_ONLY
    response = form.submit(client, "action-publish")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ModulePage.objects.get(pk=module.pk).reveal_on_fail == QuizReveal.WRONG_ONLY


# The next module ----------------------------------------------------------------------------------


def test_a_pass_points_to_the_next_module_not_yet_passed(client, library, series, module, participant):
    later = ModulePageFactory(parent=library, title="Samtalen")
    SeriesModuleFactory(series=series, module=later, due_before=3)
    client.force_login(participant)
    html = answer(client, module, right=True)
    assert "Neste modul: Samtalen" in html
    assert f'href="{later.url}"' in html
    html = answer(client, later, right=True)
    assert "Neste modul" not in html  # both are passed


def test_a_failed_attempt_has_no_next_module(client, library, series, module, participant):
    SeriesModuleFactory(series=series, module=ModulePageFactory(parent=library, title="Samtalen"), due_before=3)
    client.force_login(participant)
    assert "Neste modul" not in answer(client, module, right=False)


# Reflections kept between parts -------------------------------------------------------------------


@pytest.fixture
def reflective(library, series):
    """A module with a reflection question in its first part of two."""
    body = [
        {"type": "section", "value": {"heading": "Del 1"}, "id": "s1"},
        {"type": "paragraph", "value": "<p>Innhold i del 1.</p>", "id": "p1"},
        {"type": "reflection", "value": {"prompt": "Hva ser du etter?", "help": ""}, "id": "refleksjon-a"},
        {"type": "section", "value": {"heading": "Del 2"}, "id": "s2"},
        {"type": "paragraph", "value": "<p>Innhold i del 2.</p>", "id": "p2"},
    ]
    module = ModulePageFactory(parent=library, title="Refleksjon", body=json.dumps(body))
    SeriesModuleFactory(series=series, module=module, due_before=2)
    return module


def test_next_part_saves_the_reflection_without_javascript(client, reflective, participant):
    client.force_login(participant)
    page = client.get(reflective.url)
    html = page.content.decode()
    assert "data-unsaved-warning" in html
    assert "courses/reflection.js" in html
    form = Form.from_response(page, having="text-refleksjon-a")
    form["text-refleksjon-a"] = "Endret oppførsel og fravær."
    response = form.submit(client, ("goto", "2"))
    assert response.status_code == 302
    assert response["Location"] == f"{reflective.url}?del=2"
    assert ReflectionAnswer.objects.get(user=participant, module=reflective).text == "Endret oppførsel og fravær."
    back = client.get(reflective.url + "?del=1").content.decode()
    assert "Endret oppførsel og fravær." in back
    assert "Refleksjonen din er lagret" in back


def test_save_button_stays_on_the_part_and_nothing_is_stored_for_an_empty_answer(client, reflective, participant):
    client.force_login(participant)
    form = Form.from_response(client.get(reflective.url), having="text-refleksjon-a")
    response = form.submit(client, ("goto", "2"))  # nothing typed
    assert response["Location"] == f"{reflective.url}?del=2"
    assert not ReflectionAnswer.objects.exists()
    form["text-refleksjon-a"] = "Tanker."
    response = form.submit(client, ("goto", "1"))
    assert response["Location"] == f"{reflective.url}?del=1#refleksjon-refleksjon-a"
    assert ReflectionAnswer.objects.get().text == "Tanker."


def test_the_last_parts_quiz_button_saves_and_opens_the_quiz(client, module, participant):
    client.force_login(participant)
    form = Form.from_response(client.get(module.url + "?del=2"), having="text-refleksjon-1")
    form["text-refleksjon-1"] = "Jeg tar med meg sjekklista."
    response = form.submit(client, ("goto", "quiz"))
    assert response["Location"] == f"{module.url}quiz/"
    assert ReflectionAnswer.objects.get(user=participant).text == "Jeg tar med meg sjekklista."


def test_a_part_without_reflections_keeps_plain_links(client, module, participant):
    client.force_login(participant)
    html = client.get(module.url).content.decode()
    assert 'href="?del=2" rel="next"' in html
    assert "data-unsaved-warning" not in html


def test_unknown_prompts_are_refused(client, module, participant):
    client.force_login(participant)
    response = client.post(module.url + "refleksjon/", {"text-noe-annet": "x", "goto": "2", "part": "1"})
    assert response.status_code == 404
    assert not ReflectionAnswer.objects.exists()


# Overdue modules ------------------------------------------------------------------------------------


@pytest.fixture
def running(oslo_courses, library):
    """A series whose first gathering began three hours ago, with a module due before it."""
    series = CourseSeriesPageFactory(
        parent=oslo_courses, title="I gang", start=timezone.now() - datetime.timedelta(hours=3)
    )
    overdue = ModulePageFactory(parent=library, title="Forsinket modul")
    SeriesModuleFactory(series=series, module=overdue, due_before=1)
    SeriesModuleFactory(series=series, module=ModulePageFactory(parent=library, title="Senere modul"), due_before=2)
    return series, overdue


def test_my_courses_marks_a_required_module_overdue_until_it_is_passed(client, running):
    series, overdue = running
    person = EnrollmentFactory(series=series).participant
    client.force_login(person)
    html = client.get("/mine-kurs/").content.decode()
    assert html.count("Forsinket</span>") == 1  # the module due before gathering 2 is not overdue
    learning.submit(person, overdue, right_answers(overdue))
    assert "Forsinket</span>" not in client.get("/mine-kurs/").content.decode()


def test_an_overdue_module_gets_one_reminder_saying_so(running, mailoutbox, django_capture_on_commit_callbacks):
    series, _overdue = running
    EnrollmentFactory(series=series, participant__email="kari@skole.test")
    with django_capture_on_commit_callbacks(execute=True):
        assert queue_reminders() == 1
        assert queue_reminders() == 0
    [message] = mailoutbox
    assert message.subject == "Forsinket: modulen «Forsinket modul»"
    assert "skulle vært gjort før samlingen" in message.body
    assert "Forsinket:" in message.alternatives[0][0]


def test_the_overdue_reminder_is_not_sent_once_the_module_is_passed(
    running, mailoutbox, django_capture_on_commit_callbacks
):
    series, overdue = running
    person = EnrollmentFactory(series=series).participant
    answers = right_answers(overdue)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        queue_reminders()
    learning.submit(person, overdue, answers)
    for callback in callbacks:
        callback()
    assert mailoutbox == []


def test_a_gathering_reminder_lists_overdue_modules(
    oslo_courses, library, mailoutbox, django_capture_on_commit_callbacks
):
    # The first gathering was two weeks ago, less a day; the second is tomorrow.
    series = CourseSeriesPageFactory(
        parent=oslo_courses, gathering_count=2, start=timezone.now() - datetime.timedelta(days=13)
    )
    SeriesModuleFactory(series=series, module=ModulePageFactory(parent=library, title="Glemt modul"), due_before=1)
    EnrollmentFactory(series=series)
    with django_capture_on_commit_callbacks(execute=True):
        assert queue_reminders() == 1
    [message] = mailoutbox
    assert message.subject.startswith("Påminnelse: ")
    assert "Denne modulen er forsinket:" in message.body
    assert "Glemt modul" in message.body
    assert "Glemt modul" in message.alternatives[0][0]
