"""Learning modules and quizzes: scoring, attempts, access, status and the editor's rules."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from courses.blocks import QuizBlock
from courses.models import ModuleProgress, QuizAttempt, ReflectionAnswer
from courses.services import learning
from tests.factories import (
    EnrollmentFactory,
    ModulePageFactory,
    QuizAttemptFactory,
    SeriesModuleFactory,
    UserFactory,
)
from tests.factories.courses import DEFAULT_QUIZ, quiz_json

pytestmark = pytest.mark.django_db


def correct_answers(module, wrong: set[int] = frozenset(), partial: set[int] = frozenset()):
    answers = {}
    for n, question in enumerate(learning.quiz_questions(module)):
        right = [o["id"] for o in question["options"] if o["correct"]]
        if n in wrong:
            answers[question["id"]] = [next(o["id"] for o in question["options"] if not o["correct"])]
        elif n in partial:
            answers[question["id"]] = right[:1]
        else:
            answers[question["id"]] = right
    return answers


def test_questions_have_stable_ids(module):
    first = learning.quiz_questions(module)
    again = learning.quiz_questions(type(module).objects.get(pk=module.pk))
    assert [q["id"] for q in first] == [q["id"] for q in again]
    assert [o["id"] for o in first[0]["options"]] == [o["id"] for o in again[0]["options"]]
    assert [q["kind"] for q in first] == ["single", "multiple", "true_false"]


def test_all_right_scores_full_marks(module):
    result = learning.score(learning.quiz_questions(module), correct_answers(module))
    assert (result.correct, result.total, result.percent) == (3, 3, 100)


def test_a_partial_multiple_choice_answer_counts_as_wrong(module):
    result = learning.score(learning.quiz_questions(module), correct_answers(module, partial={1}))
    assert [q.right for q in result.questions] == [True, False, True]
    assert result.percent == 67


def test_an_extra_wrong_choice_in_multiple_choice_counts_as_wrong(module):
    questions = learning.quiz_questions(module)
    answers = correct_answers(module)
    answers[questions[1]["id"]] = [o["id"] for o in questions[1]["options"]]  # all three, one of them wrong
    assert not learning.score(questions, answers).questions[1].right


def test_true_false_scoring(module):
    questions = learning.quiz_questions(module)
    assert learning.score(questions, {questions[2]["id"]: ["true"]}).questions[2].right
    assert not learning.score(questions, {questions[2]["id"]: ["false"]}).questions[2].right


def test_pass_mark_decides(module, participant):
    failed = learning.submit(participant, module, correct_answers(module, wrong={0}))
    assert (failed.score, failed.passed) == (67, False)
    passed = learning.submit(participant, module, correct_answers(module))
    assert (passed.score, passed.passed) == (100, True)


def test_the_best_attempt_counts(module, participant):
    learning.submit(participant, module, correct_answers(module))
    learning.submit(participant, module, correct_answers(module, wrong={0, 1}))
    status = learning.statuses([participant.pk], [module.pk])[(participant.pk, module.pk)]
    assert (status.status, status.best_score, status.attempts) == (learning.PASSED, 100, 2)


def test_status_moves_from_not_started_to_in_progress_to_passed(module, participant):
    assert (participant.pk, module.pk) not in learning.statuses([participant.pk], [module.pk])
    learning.record_progress(participant, module, 2)
    assert learning.statuses([participant.pk], [module.pk])[(participant.pk, module.pk)].status == learning.IN_PROGRESS
    learning.submit(participant, module, correct_answers(module, wrong={0}))
    assert learning.statuses([participant.pk], [module.pk])[(participant.pk, module.pk)].status == learning.IN_PROGRESS
    learning.submit(participant, module, correct_answers(module))
    status = learning.statuses([participant.pk], [module.pk])[(participant.pk, module.pk)]
    assert status.status == learning.PASSED
    assert status.last_part == 2


def test_attempt_limit(module, participant):
    module.max_attempts = 2
    module.save()
    learning.submit(participant, module, correct_answers(module, wrong={0}))
    learning.submit(participant, module, correct_answers(module, wrong={0}))
    with pytest.raises(learning.NoAttemptsLeft):
        learning.submit(participant, module, correct_answers(module))
    assert QuizAttempt.objects.filter(user=participant).count() == 2


@pytest.mark.parametrize("status", ["waitlisted", "cancelled"])
def test_only_people_with_a_seat_take_the_quiz(module, series, status):
    person = EnrollmentFactory(series=series, status=status, confirmed_at=None).participant
    with pytest.raises(learning.QuizNotAllowed):
        learning.submit(person, module, correct_answers(module))
    with pytest.raises(learning.QuizNotAllowed):
        learning.submit(UserFactory(), module, correct_answers(module))


def clean_quiz(questions):
    block = QuizBlock()
    return block.clean(block.to_python(json.loads(quiz_json(questions))))


def options_error(questions) -> str:
    with pytest.raises(StreamBlockValidationError) as error:
        clean_quiz(questions)
    question_error = error.value.block_errors[0]
    assert isinstance(question_error, StructBlockValidationError)
    return " ".join(str(e) for e in question_error.block_errors["options"])


def test_editor_refuses_a_question_without_a_correct_answer():
    assert "Merk minst ett svar som riktig" in options_error(
        [{"type": "multiple", "question": "?", "options": [("A", False), ("B", False)]}]
    )


def test_editor_refuses_two_correct_answers_in_single_choice():
    assert "nøyaktig ett riktig svar" in options_error(
        [{"type": "single", "question": "?", "options": [("A", True), ("B", True)]}]
    )
    assert clean_quiz([{"type": "multiple", "question": "?", "options": [("A", True), ("B", True)]}])
    assert clean_quiz(DEFAULT_QUIZ)


# Through the web ---------------------------------------------------------------------------------


def quiz_post(module, answers):
    data = {}
    for question_id, chosen in answers.items():
        data[f"q-{question_id}"] = chosen
    return data


def test_anonymous_visitors_are_sent_to_log_in(client, module):
    response = client.get(module.url + "quiz/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logg-inn/")
    assert client.get(module.url).status_code == 200  # the content itself is open


def test_waitlisted_person_is_told_why(client, module, series):
    person = EnrollmentFactory(series=series, status="waitlisted", confirmed_at=None).participant
    client.force_login(person)
    response = client.get(module.url + "quiz/")
    assert response.status_code == 403
    assert "Quizen er for deltakere med plass" in response.content.decode()


def test_take_quiz_fail_read_feedback_retake_and_pass(client, module, participant):
    client.force_login(participant)
    response = client.get(module.url + "quiz/")
    assert response.status_code == 200
    response = client.post(module.url + "quiz/", quiz_post(module, correct_answers(module, partial={1})))
    assert response.status_code == 302
    result = client.get(response["Location"]).content.decode()
    assert "2 av 3 riktige (67 %)" in result
    assert "Du trenger 80 % for å bestå" in result
    assert "Om «A»." in result  # the feedback on the chosen answer
    assert "Forklaring." not in result  # the explanation gives the answer away until a pass
    response = client.post(module.url + "quiz/", quiz_post(module, correct_answers(module)))
    result = client.get(response["Location"]).content.decode()
    assert "Du har bestått modulen." in result
    assert "Forklaring." in result
    assert QuizAttempt.objects.filter(user=participant, module=module).count() == 2


def test_unanswered_questions_are_pointed_out_and_answers_kept(client, module, participant):
    client.force_login(participant)
    answers = correct_answers(module)
    first_id = next(iter(answers))
    response = client.post(module.url + "quiz/", quiz_post(module, {first_id: answers[first_id]}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Svar på 2 spørsmål til" in html
    assert f'value="{answers[first_id][0]}" checked' in html
    assert not QuizAttempt.objects.exists()


def test_staff_preview_does_not_count(client, module, oslo_staff):
    client.force_login(oslo_staff)
    response = client.get(module.url + "quiz/")
    assert "Forhåndsvisning" in response.content.decode()
    response = client.post(module.url + "quiz/", quiz_post(module, correct_answers(module)))
    assert response.status_code == 200
    assert "3 av 3 riktige" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_someone_elses_result_is_not_shown(client, module, participant):
    attempt = learning.submit(participant, module, correct_answers(module))
    client.force_login(UserFactory())
    assert client.get(f"{module.url}quiz/resultat/{attempt.pk}/").status_code == 404


def test_reflections_are_private_and_resume_works(client, module, participant):
    client.force_login(participant)
    client.get(module.url + "?del=2")
    assert ModuleProgress.objects.get(user=participant, module=module).last_part == 2
    response = client.post(
        module.url + "refleksjon/", {"prompt": "refleksjon-1", "text": "Jeg vil spørre mer.", "part": "2"}
    )
    assert response.status_code == 302
    assert ReflectionAnswer.objects.get(user=participant).text == "Jeg vil spørre mer."
    assert "Jeg vil spørre mer." in client.get(module.url + "?del=2").content.decode()
    client.force_login(UserFactory())
    assert "Jeg vil spørre mer." not in client.get(module.url + "?del=2").content.decode()
    client.force_login(participant)
    dashboard = client.get("/mine-kurs/").content.decode()
    assert f"{module.url}?del=2" in dashboard
    assert "Signaler" in dashboard
    assert "Påbegynt" in dashboard


def test_dashboard_shows_status_best_score_and_due_date(client, module, participant, series):
    learning.submit(participant, module, correct_answers(module))
    client.force_login(participant)
    html = client.get("/mine-kurs/").content.decode()
    assert "Bestått" in html
    assert "100 %" in html
    due = series.gathering_list[1].starts_at
    assert due.astimezone().date().isoformat() in html or str(due.day) in html


def count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_query_counts_are_independent_of_questions_and_attempts(client, library, series, participant):
    small = ModulePageFactory(parent=library, questions=quiz_json(DEFAULT_QUIZ))
    big = ModulePageFactory(parent=library, questions=quiz_json(DEFAULT_QUIZ * 8))
    for module in (small, big):
        SeriesModuleFactory(series=series, module=module)
    client.force_login(participant)
    counts = {}
    for module in (small, big):
        counts[module.pk] = (count_queries(client, module.url), count_queries(client, module.url + "quiz/"))
    assert counts[small.pk] == counts[big.pk]
    dashboard_before = count_queries(client, "/mine-kurs/")
    for _ in range(15):
        QuizAttemptFactory(user=participant, module=big, score=50, passed=False)
    assert count_queries(client, "/mine-kurs/") == dashboard_before
    assert count_queries(client, big.url) == counts[big.pk][0]


def test_an_empty_multiple_choice_question_asks_for_at_least_one_answer(client, module, participant):
    from tests.forms import Form

    client.force_login(participant)
    form = Form.open(client, module.url + "quiz/")
    html = form.submit(client).content.decode()  # nothing chosen
    assert html.count("Velg minst ett svar.") == 1  # the multiple-choice question
    assert html.count("Velg et svar.") == 2  # the single-choice and the true-or-false question


def test_the_editor_names_what_a_failed_attempt_shows_in_plain_bokmal(client, module, national_admin):
    client.force_login(national_admin)
    html = client.get(f"/admin/pages/{module.pk}/edit/").content.decode()
    assert "Etter et forsøk som ikke ble bestått, vis" in html
    assert "ikke bestod" not in html
