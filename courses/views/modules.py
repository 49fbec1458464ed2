"""A module's parts, private reflections, the quiz and its result."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses.models import ModulePage, QuizAttempt, ReflectionAnswer
from courses.services import learning
from home.access import is_korus_staff


def _part_number(request, module: ModulePage) -> int:
    try:
        number = int(request.GET.get("del", 1))
    except ValueError:
        number = 1
    return min(max(number, 1), len(module.parts))


def module_part(request, module: ModulePage):
    """One part of the module's content, with a way forward to the next part and the quiz."""
    number = _part_number(request, module)
    user = request.user
    status = learning.ModuleStatus()
    reflections = {}
    if user.is_authenticated:
        learning.record_progress(user, module, number)
        status = learning.statuses([user.pk], [module.pk]).get((user.pk, module.pk), status)
        reflections = dict(ReflectionAnswer.objects.filter(user=user, module=module).values_list("prompt_id", "text"))
    part = module.parts[number - 1]
    context = module.get_context(request)
    context.update(
        {
            "part": part,
            "part_form": user.is_authenticated and any(block.block_type == "reflection" for block in part["blocks"]),
            "part_number": number,
            "part_count": len(module.parts),
            "parts": module.parts,
            "status": status,
            "reflections": reflections,
            "can_take_quiz": user.is_authenticated and learning.enrolled_in_module(user, module),
            "can_preview": is_korus_staff(user),
        }
    )
    return TemplateResponse(request, module.get_template(request), context)


def save_reflection(request, module: ModulePage):
    """Keep a participant's private reflections, then go where they asked: a part or the quiz.

    The part's form posts every reflection on it as ``text-<prompt id>`` with the button
    pressed as ``goto`` (a part number, or "quiz"), so "Next part" saves what was typed, with
    or without JavaScript. An older form's single ``prompt`` and ``text`` still work.
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(module.url)
    texts = {name.removeprefix("text-"): value for name, value in request.POST.items() if name.startswith("text-")}
    if "prompt" in request.POST:
        texts[request.POST["prompt"]] = request.POST.get("text", "")
    known = [prompt for prompt in texts if prompt in learning.reflection_prompt_ids(module)]
    if not known:
        raise Http404
    if learning.save_reflections(request.user, module, texts):
        messages.success(request, _("Your reflection is saved. Only you can see it."))
    part = request.POST.get("part", "1")
    part = part if part.isdigit() else "1"
    goto = request.POST.get("goto", "")
    if goto == "quiz":
        return redirect(f"{module.url}quiz/")
    if goto.isdigit() and goto != part:
        return redirect(f"{module.url}?del={goto}")
    return redirect(f"{module.url}?del={part}#refleksjon-{known[-1]}")


def take_quiz(request, module: ModulePage):
    user = request.user
    try:
        preview = learning.may_preview(user, module)
    except learning.QuizNotAllowed as refusal:
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        context = {**module.get_context(request), "reason": refusal.message, "page_title": _("Quiz")}
        return TemplateResponse(request, "courses/quiz_unavailable.html", context, status=403)

    attempts = 0 if preview else learning.attempts_used(user, module)
    questions = learning.quiz_questions(module)
    if module.shuffle:
        questions = learning.shuffled(questions, seed=f"{user.pk}:{module.pk}:{attempts}")
    answers: dict[str, list[str]] = {}
    missing: list[str] = []
    if request.method == "POST":
        answers = learning.sorted_answers(request.POST, questions)
        missing = learning.unanswered(questions, answers)
        if not missing:
            if preview:
                result = learning.preview(module, answers)
                context = {
                    **module.get_context(request),
                    "result": result,
                    "score": result.percent,
                    "passed": module.passes(result.percent),
                    "preview": True,
                    "show_answers": True,
                    "show_feedback": True,
                    "page_title": _("Quiz result"),
                }
                return TemplateResponse(request, "courses/quiz_result.html", context)
            try:
                attempt = learning.submit(user, module, answers)
            except learning.QuizNotAllowed as refusal:
                messages.error(request, refusal.message)
                return redirect(module.url)
            return redirect(f"{module.url}quiz/resultat/{attempt.pk}/")

    context = {
        **module.get_context(request),
        "questions": questions,
        "answers": answers,
        "missing": set(missing),
        "missing_count": len(missing),
        "preview": preview,
        "attempt_number": attempts + 1,
        "page_title": _("Quiz"),
    }
    return TemplateResponse(request, "courses/quiz.html", context)


def quiz_result(request, module: ModulePage, attempt_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, module=module, user=request.user)
    result = learning.score(attempt.questions, attempt.answers)
    status = learning.statuses([request.user.pk], [module.pk]).get((request.user.pk, module.pk))
    attempts_left = None
    if module.max_attempts:
        attempts_left = max(module.max_attempts - (status.attempts if status else 0), 0)
    show_answers, show_feedback = module.reveals(passed=bool(status and status.passed), attempts_left=attempts_left)
    context = {
        **module.get_context(request),
        "attempt": attempt,
        "result": result,
        "score": attempt.score,
        "passed": attempt.passed,
        "status": status,
        "attempts_left": attempts_left,
        "show_answers": show_answers,
        "show_feedback": show_feedback,
        "next_module": learning.next_module(request.user, module) if status and status.passed else None,
        "page_title": _("Quiz result"),
    }
    return TemplateResponse(request, "courses/quiz_result.html", context)
