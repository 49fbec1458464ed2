"""Learning modules: who may take a quiz, how it is scored, and each participant's status.

A question counts as right only when exactly the correct answers are chosen: in a
multiple-choice question a partial answer is wrong. The best attempt counts.
"""

import datetime
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import events
from courses.choices import EnrollmentStatus
from courses.models import CourseSeriesPage, Enrollment, ModulePage, ModuleProgress, QuizAttempt, SeriesModule
from home.access import is_korus_staff
from korus_site.accounts.types import AnyUser, User

# A quiz question as plain data (id, kind, text, options with ids), as ``quiz_questions`` gives it.
Question = dict[str, Any]

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
PASSED = "passed"
STATUS_LABELS = {
    NOT_STARTED: gettext_lazy("Not started"),
    IN_PROGRESS: gettext_lazy("In progress"),
    PASSED: gettext_lazy("Passed"),
}


class QuizNotAllowed(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NoAttemptsLeft(QuizNotAllowed):
    pass


# The quiz as data ----------------------------------------------------------------------------


def quiz_questions(module: ModulePage) -> list[Question]:
    """The module's questions as plain data, stable ids included; also what an attempt stores."""
    questions = []
    for block in module.questions:
        value = block.value
        if block.block_type == "true_false":
            options = [
                {"id": "true", "text": _("True"), "correct": bool(value["answer"]), "feedback": value["feedback_true"]},
                {
                    "id": "false",
                    "text": _("False"),
                    "correct": not value["answer"],
                    "feedback": value["feedback_false"],
                },
            ]
        else:
            options = [
                {
                    "id": child.id,
                    "text": child.value["text"],
                    "correct": bool(child.value["correct"]),
                    "feedback": child.value["feedback"],
                }
                for child in value["options"].bound_blocks
            ]
        questions.append(
            {
                "id": block.id,
                "kind": {"single_choice": "single", "multiple_choice": "multiple"}.get(block.block_type, "true_false"),
                "text": value["question"],
                "explanation": value.get("explanation") or "",
                "options": options,
            }
        )
    return questions


def shuffled(questions: list[Question], seed: str) -> list[Question]:
    """Questions and answers in a random order that stays the same for the same seed."""
    rng = random.Random(seed)  # noqa: S311 - ordering only, not security
    result = [{**question, "options": list(question["options"])} for question in questions]
    rng.shuffle(result)
    for question in result:
        if question["kind"] != "true_false":
            rng.shuffle(question["options"])
    return result


@dataclass
class ScoredQuestion:
    question: Question
    chosen: set[str]
    right: bool
    options: list[Question] = field(default_factory=list)  # each option with "chosen" added


@dataclass
class Score:
    questions: list[ScoredQuestion]
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def score(questions: list[Question], answers: dict[str, list[str]]) -> Score:
    scored = []
    for question in questions:
        chosen = set(answers.get(question["id"], []))
        correct_ids = {option["id"] for option in question["options"] if option["correct"]}
        options = [{**option, "chosen": option["id"] in chosen} for option in question["options"]]
        scored.append(ScoredQuestion(question=question, chosen=chosen, right=chosen == correct_ids, options=options))
    return Score(questions=scored, correct=sum(q.right for q in scored), total=len(questions))


def unanswered(questions: list[Question], answers: dict[str, list[str]]) -> list[str]:
    return [question["id"] for question in questions if not answers.get(question["id"])]


# Access ---------------------------------------------------------------------------------------


def enrolled_in_module(user: AnyUser, module: ModulePage) -> bool:
    """Has a seat in a published series that uses the module."""
    if not user.is_authenticated:
        return False
    series_ids = SeriesModule.objects.filter(module=module).values("series_id")
    return Enrollment.objects.filter(
        participant=user, status=EnrollmentStatus.CONFIRMED, series_id__in=series_ids, series__live=True
    ).exists()


def attempts_used(user: User, module: ModulePage) -> int:
    return QuizAttempt.objects.filter(user=user, module=module).count()


def check_can_take(user: AnyUser, module: ModulePage) -> None:
    """Raise ``QuizNotAllowed`` with a reason the person can understand."""
    if not user.is_authenticated:
        raise QuizNotAllowed(_("Log in to take the quiz."))
    if not enrolled_in_module(user, module):
        raise QuizNotAllowed(_("The quiz is for participants with a seat in a course series that uses this module."))
    if module.max_attempts and attempts_used(user, module) >= module.max_attempts:
        raise NoAttemptsLeft(_("You have used all your attempts at this quiz."))


def may_preview(user: AnyUser, module: ModulePage) -> bool:
    """Whether this person tries the quiz out without it counting: staff who cannot take it for real.

    Raises ``QuizNotAllowed`` for everyone else who cannot take it, and ``NoAttemptsLeft`` for
    anyone (staff too) who has used up their own attempts.
    """
    try:
        check_can_take(user, module)
    except NoAttemptsLeft:
        raise
    except QuizNotAllowed:
        if is_korus_staff(user):
            return True
        raise
    return False


# Submitting -------------------------------------------------------------------------------------


def submit(user: User, module: ModulePage, answers: dict[str, list[str]]) -> QuizAttempt:
    """Score and store an attempt; the best attempt counts."""
    questions = quiz_questions(module)
    result = score(questions, answers)
    with transaction.atomic():
        if user.is_authenticated:
            # One submission at a time per person and module, so a double submit cannot pass the limit.
            ModuleProgress.objects.select_for_update().get_or_create(user=user, module=module)
        check_can_take(user, module)
        attempt = QuizAttempt.objects.create(
            user=user,
            module=module,
            answers={key: sorted(value) for key, value in answers.items()},
            questions=questions,
            correct=result.correct,
            total=result.total,
            score=result.percent,
            passed=module.passes(result.percent),
        )
        if attempt.passed:
            events.quiz_passed.send(sender=ModulePage, user_id=user.pk, module_id=module.pk)
    return attempt


def preview(module: ModulePage, answers: dict[str, list[str]]) -> Score:
    """Score without storing anything: for staff trying a quiz out."""
    return score(quiz_questions(module), answers)


def reflection_prompt_ids(module: ModulePage) -> set[str]:
    """The block ids of the module's reflection questions."""
    return {block.id for block in module.body if block.block_type == "reflection"}


def save_reflections(user: User, module: ModulePage, texts: dict[str, str]) -> int:
    """Keep a participant's private answers to the module's reflection questions.

    ``texts`` maps prompt ids (``reflection_prompt_ids``) to what was typed; unknown ids are
    ignored, text beyond 5000 characters is cut, and an empty answer is stored only over an
    earlier one (to clear it). Returns how many answers changed. Issue 14: a reflection is
    saved when the person moves to another part.
    """
    from courses.models import ReflectionAnswer

    known = reflection_prompt_ids(module)
    texts = {prompt: text[:5000] for prompt, text in texts.items() if prompt in known}
    stored = dict(
        ReflectionAnswer.objects.filter(user=user, module=module, prompt_id__in=texts).values_list("prompt_id", "text")
    )
    changed = 0
    for prompt, text in texts.items():
        if stored.get(prompt, "") == text:
            continue
        ReflectionAnswer.objects.update_or_create(user=user, module=module, prompt_id=prompt, defaults={"text": text})
        changed += 1
    return changed


def record_progress(user: User, module: ModulePage, part: int) -> None:
    if user.is_authenticated:
        ModuleProgress.objects.update_or_create(user=user, module=module, defaults={"last_part": part})


# Status ---------------------------------------------------------------------------------------


@dataclass
class ModuleStatus:
    status: str = NOT_STARTED
    best_score: int | None = None
    attempts: int = 0
    last_part: int = 1

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self.status])


def statuses(user_ids: Iterable[int], module_ids: Iterable[int]) -> dict[tuple[int, int], ModuleStatus]:
    """Status of every (user, module) pair in two queries, however many attempts there are."""
    user_ids, module_ids = list(user_ids), list(module_ids)
    result: dict[tuple[int, int], ModuleStatus] = {}
    attempts = (
        QuizAttempt.objects.filter(user_id__in=user_ids, module_id__in=module_ids)
        .values("user_id", "module_id")
        .annotate(best=Max("score"), passes=Count("pk", filter=Q(passed=True)), count=Count("pk"))
    )
    for row in attempts:
        result[(row["user_id"], row["module_id"])] = ModuleStatus(
            status=PASSED if row["passes"] else IN_PROGRESS, best_score=row["best"], attempts=row["count"]
        )
    progress = ModuleProgress.objects.filter(user_id__in=user_ids, module_id__in=module_ids).values_list(
        "user_id", "module_id", "last_part"
    )
    for user_id, module_id, last_part in progress:
        status = result.setdefault((user_id, module_id), ModuleStatus(status=IN_PROGRESS))
        status.last_part = last_part
    return result


def passed_modules(user_id: int, module_ids: Iterable[int]) -> set[int]:
    return set(
        QuizAttempt.objects.filter(user_id=user_id, module_id__in=list(module_ids), passed=True)
        .values_list("module_id", flat=True)
        .distinct()
    )


def next_module(user: User, module: ModulePage) -> ModulePage | None:
    """The module to do next after ``module``, for a person with a seat, or None when all are passed.

    Looks in the live series where the person has a confirmed seat and that use ``module``,
    in the order the series lists its modules (by the gathering each is due before): the
    first live module after ``module`` that the person has not passed, else the first
    earlier one not passed. Three queries.
    """
    series_ids = list(
        Enrollment.objects.filter(
            participant=user,
            status=EnrollmentStatus.CONFIRMED,
            series__live=True,
            series__series_modules__module=module,
        ).values_list("series_id", flat=True)
    )
    links = sorted(
        SeriesModule.objects.filter(series_id__in=series_ids, module__live=True).select_related("module"),
        key=lambda link: (link.series_id, link.due_before, link.sort_order or 0),
    )
    if not links:
        return None
    passed = passed_modules(user.pk, [link.module_id for link in links]) | {module.pk}
    position = next((n for n, link in enumerate(links) if link.module_id == module.pk), 0)
    later, earlier = links[position + 1 :], links[:position]
    return next((link.module for link in [*later, *earlier] if link.module_id not in passed), None)


@dataclass
class SeriesModuleRow:
    link: SeriesModule
    due: datetime.datetime | None
    status: ModuleStatus
    overdue: bool = False


def is_overdue(link: SeriesModule, due: datetime.datetime | None, passed: bool, now: datetime.datetime) -> bool:
    """Whether a series' module is overdue («Forsinket»): required, its due time (the start of
    the gathering it is due before, ``due_date``) has come, and the person has not passed it.
    Optional modules are never overdue. Issue 14, point 2."""
    return link.required and due is not None and due <= now and not passed


def overdue_modules(
    enrollment: Enrollment, now: datetime.datetime | None = None
) -> list[tuple[ModulePage, datetime.datetime]]:
    """(module, due) for each required module of the enrollment's series that is overdue now, soonest due first.

    Two queries (the series' modules, the person's passes) plus the series' gatherings if not loaded.
    """
    now = now or timezone.now()
    due = modules_due_for(enrollment.participant, [enrollment.series])
    return sorted(((module, when) for _series, module, when in due if when <= now), key=lambda pair: pair[1])


def due_date(series: CourseSeriesPage, link: SeriesModule) -> datetime.datetime | None:
    """When a module linked to a series is due: the start of the gathering it is due before."""
    return next((g.starts_at for g in series.gathering_list if g.number == link.due_before), None)


def modules_due_for(
    user: User, series_list: Iterable[CourseSeriesPage]
) -> list[tuple[CourseSeriesPage, ModulePage, datetime.datetime]]:
    """(series, module, due) for each required module the person has not passed, in those series."""
    links = [
        (series, link)
        for series in series_list
        for link in series.series_modules.select_related("module").filter(required=True)
    ]
    passed = passed_modules(user.pk, [link.module_id for _series, link in links])
    due: list[tuple[CourseSeriesPage, ModulePage, datetime.datetime]] = []
    for series, link in links:
        when = due_date(series, link)
        if when is not None and link.module_id not in passed:
            due.append((series, link.module, when))
    return due


def series_module_rows(
    series: CourseSeriesPage,
    user: User,
    found: dict[tuple[int, int], ModuleStatus] | None = None,
    now: datetime.datetime | None = None,
) -> list[SeriesModuleRow]:
    """A series' modules for one participant, with due dates and whether each is overdue
    (``is_overdue``) at ``now`` (expects series_modules prefetched).

    Pass ``found`` (from ``statuses``) to look up several series with one set of queries.
    """
    now = now or timezone.now()
    links = sorted(series.series_modules.all(), key=lambda link: (link.due_before, link.sort_order or 0))
    if found is None:
        found = statuses([user.pk], [link.module_id for link in links])
    gatherings = {g.number: g.starts_at for g in series.gathering_list}
    rows = []
    for link in links:
        due = gatherings.get(link.due_before)
        status = found.get((user.pk, link.module_id), ModuleStatus())
        rows.append(
            SeriesModuleRow(link=link, due=due, status=status, overdue=is_overdue(link, due, status.passed, now))
        )
    return rows


def modules_due_soon(
    now: datetime.datetime | None = None, within: datetime.timedelta = datetime.timedelta(days=3)
) -> list[tuple[Enrollment, SeriesModule, datetime.datetime]]:
    """(enrollment, series module, due) for required modules due within ``within`` and not passed."""
    now = now or timezone.now()
    return modules_due_between(now, now + within)


def modules_overdue_since(
    start: datetime.datetime, now: datetime.datetime | None = None
) -> list[tuple[Enrollment, SeriesModule, datetime.datetime]]:
    """(enrollment, series module, due) for required modules that fell due after ``start`` and by
    ``now``, and are not passed: overdue (``is_overdue``), for the reminder that says so."""
    return modules_due_between(start, now or timezone.now())


def modules_due_between(
    start: datetime.datetime, end: datetime.datetime
) -> list[tuple[Enrollment, SeriesModule, datetime.datetime]]:
    """(enrollment, series module, due) for required modules due after ``start`` and by ``end``
    (the start of the gathering each is due before), for those with a seat who have not passed them.
    Four queries, however many people and modules."""
    from courses.models import Gathering

    due: list[tuple[Enrollment, SeriesModule, datetime.datetime]] = []
    gatherings = Gathering.objects.filter(starts_at__gt=start, starts_at__lte=end).values_list(
        "series_id", "number", "starts_at"
    )
    by_series: dict[int, dict[int, datetime.datetime]] = {}
    for series_id, number, starts_at in gatherings:
        by_series.setdefault(series_id, {})[number] = starts_at
    if not by_series:
        return due
    links = SeriesModule.objects.filter(series_id__in=by_series, required=True).select_related("module")
    enrollments = Enrollment.objects.filter(series_id__in=by_series, status=EnrollmentStatus.CONFIRMED).select_related(
        "participant", "series"
    )
    passed = set(
        QuizAttempt.objects.filter(passed=True, module_id__in=[link.module_id for link in links]).values_list(
            "user_id", "module_id"
        )
    )
    enrollments_by_series: dict[int, list[Enrollment]] = {}
    for enrollment in enrollments:
        enrollments_by_series.setdefault(enrollment.series_id, []).append(enrollment)
    for link in links:
        starts_at = by_series[link.series_id].get(link.due_before)
        if starts_at is None:
            continue
        for enrollment in enrollments_by_series.get(link.series_id, []):
            if (enrollment.participant_id, link.module_id) not in passed:
                due.append((enrollment, link, starts_at))
    return due


def sorted_answers(post: QueryDict, questions: list[Question]) -> dict[str, list[str]]:
    """The chosen option ids from a submitted quiz form, only for known questions and options."""
    answers: dict[str, list[str]] = {}
    for question in questions:
        valid = {option["id"] for option in question["options"]}
        chosen = [value for value in post.getlist(f"q-{question['id']}") if value in valid]
        if question["kind"] != "multiple":
            chosen = chosen[:1]
        if chosen:
            answers[question["id"]] = chosen
    return answers
