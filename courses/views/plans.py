"""The school's plan, its partner list and the Kjentmann's checklist (PRODUCT.md flow 8).

Who may read or edit a school's plan is asked of ``courses.access``; every change goes through
``courses.services.plans``, which keeps a version of each.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses import access
from courses.models import ModuleIndexPage, School, SchoolPlan
from courses.plan_forms import ROW_FORMSETS, GoalsForm
from courses.services import plans


def _school(request, school_id: int, *, edit: bool) -> School:
    """The school, if the person may read (or, with ``edit``, edit) its plan; otherwise 404, which says nothing."""
    schools = access.plan_editor_schools(request.user) if edit else access.plan_reader_schools(request.user)
    return get_object_or_404(schools.select_related("kommune"), pk=school_id)


@login_required
def plan_start(request):
    """The schools whose plan the person reads; straight to the plan when there is one."""
    schools = list(access.plan_reader_schools(request.user).order_by("name"))
    if len(schools) == 1:
        return redirect("school_plan", schools[0].pk)
    return TemplateResponse(request, "courses/plans/start.html", {"schools": schools, "page_title": _("School plan")})


@login_required
def plan_detail(request, school_id: int):
    """The whole plan, part by part, with links to edit each part, the PDF and the changes."""
    school = _school(request, school_id, edit=False)
    plan = plans.plan_for(school)
    sections = [
        {"key": key, "section": section, "rows": plans.rows(plan, key) if section.model else None}
        for key, section in plans.SECTIONS.items()
    ]
    return TemplateResponse(
        request,
        "courses/plans/detail.html",
        {
            "school": school,
            "plan": plan,
            "sections": sections,
            "may_edit": access.may_edit_plan(request.user, school),
            "evaluation_due": plans.evaluation_due(plan),
            "evaluation_due_on": plans.evaluation_due_on(plan),
            "offers": plans.partner_offers(plan) or plans.removed_partners(plan),
            "page_title": _("Plan for the substance-use prevention work"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request, school_id: int, part: str):
    """Edit one part: the goals as text, the other parts as rows (an empty row to add, a box to remove)."""
    key = plans.SECTION_BY_SLUG.get(part)
    if key is None:
        raise Http404
    school = _school(request, school_id, edit=True)
    plan = plans.plan_for(school)
    section = plans.SECTIONS[key]
    data = request.POST if request.method == "POST" else None
    context: dict[str, Any]
    if key == "goals":
        form = GoalsForm(data, instance=SchoolPlan.objects.get(pk=plan.pk))
        if data is not None and form.is_valid():
            plans.save_goals(plan, form.cleaned_data["goals"], request.user)
            messages.success(request, _("The plan is saved."))
            return redirect(f"{reverse('school_plan', args=[school.pk])}#part-{key}")
        context = {"form": form}
    else:
        formset = ROW_FORMSETS[key](data, instance=plan, prefix=key)
        if data is not None and formset.is_valid():
            plans.save_rows(plan, key, formset, request.user)
            messages.success(request, _("The plan is saved."))
            return redirect(f"{reverse('school_plan', args=[school.pk])}#part-{key}")
        context = {"formset": formset}
    return TemplateResponse(
        request,
        "courses/plans/edit.html",
        {"school": school, "plan": plan, "key": key, "section": section, "page_title": section.title, **context},
    )


@login_required
@require_POST
def plan_evaluated(request, school_id: int):
    """Record that the school evaluated its plan today."""
    school = _school(request, school_id, edit=True)
    if plans.mark_evaluated(plans.plan_for(school), request.user) is None:
        messages.info(request, _("Today's evaluation was already recorded."))
    else:
        messages.success(request, _("The evaluation is recorded. You will be reminded again in a year."))
    return redirect("school_plan", school.pk)


@login_required
def plan_pdf(request, school_id: int):
    """The plan as a PDF for the staff room and the school's website."""
    school = _school(request, school_id, edit=False)
    response = HttpResponse(plans.plan_pdf(plans.plan_for(school)), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="rusforebyggende-plan-{school.orgnr}.pdf"'
    return response


@login_required
def plan_history(request, school_id: int):
    """Every saved change to the plan: when, who, and what each field was and became."""
    school = _school(request, school_id, edit=False)
    plan = plans.plan_for(school)
    return TemplateResponse(
        request,
        "courses/plans/history.html",
        {"school": school, "plan": plan, "versions": plans.history(plan), "page_title": _("Changes to the plan")},
    )


@login_required
def partners(request, school_id: int):
    """The partner list on its own, for a phone: tap to call or write; what the kommune's list offers."""
    school = _school(request, school_id, edit=False)
    plan = plans.plan_for(school)
    may_edit = access.may_edit_plan(request.user, school)
    kommune_list = plans.kommune_partners(school)
    return TemplateResponse(
        request,
        "courses/plans/partners.html",
        {
            "school": school,
            "plan": plan,
            "rows": plans.rows(plan, "partners"),
            "may_edit": may_edit,
            "kommune_list": kommune_list,
            "adopted": plans.has_adopted(plan),
            "offers": plans.partner_offers(plan) if may_edit else [],
            "removed": plans.removed_partners(plan) if may_edit else [],
            "page_title": _("Partner services"),
        },
    )


@login_required
@require_POST
def adopt_partners(request, school_id: int):
    """Take the kommune's common partner list into the school's list."""
    school = _school(request, school_id, edit=True)
    count = plans.adopt_kommune_list(plans.plan_for(school), request.user)
    if count:
        messages.success(request, _("The municipality's list is added. You can edit it as you like."))
    else:
        messages.info(request, _("There was nothing new to add."))
    return redirect("school_partners", school.pk)


def _partner_decision(request, school_id: int, *, keep, change, changed: str):
    """Carry out a school's answer to an offer from the kommune's list: ``keep`` its own row or ``change`` it.

    ``keep`` and ``change`` take the plan and return whether there was such an offer (if not: 404);
    ``changed`` is the message after a change. Returns the redirect to the partner list.
    """
    school = _school(request, school_id, edit=True)
    plan = plans.plan_for(school)
    keeping = request.POST.get("decision") == "keep"
    if not (keep(plan) if keeping else change(plan)):
        raise Http404
    messages.success(request, _("Your own row is kept.") if keeping else changed)
    return redirect("school_partners", school.pk)


@login_required
@require_POST
def partner_offer(request, school_id: int, partner_id: int):
    """Accept or decline one row the kommune changed or added."""
    return _partner_decision(
        request,
        school_id,
        keep=lambda plan: plans.decline_offer(plan, partner_id, request.user),
        change=lambda plan: plans.accept_offer(plan, partner_id, request.user),
        changed=_("The row is updated from the municipality's list."),
    )


@login_required
@require_POST
def partner_removed(request, school_id: int, row_id: int):
    """Remove, or keep as the school's own, a row whose service the kommune removed from its list."""
    return _partner_decision(
        request,
        school_id,
        keep=lambda plan: plans.keep_removed_partner(plan, row_id),
        change=lambda plan: plans.remove_removed_partner(plan, row_id, request.user),
        changed=_("The row is removed from your list."),
    )


def _checklist_links(request) -> dict[str, str]:
    """Where each kind of checklist link leads for this person."""
    links = {"material": "/materiell/"}
    modules = ModuleIndexPage.objects.live().first()
    if modules is not None:
        links["modules"] = modules.url
    if request.user.is_authenticated:
        school = access.plan_reader_schools(request.user).order_by("name").first()
        if school is not None:
            plan_url = reverse("school_plan", args=[school.pk])
            links["roles"] = f"{plan_url}#part-roles"
            links["situations"] = f"{plan_url}#part-situations"
            links["partners"] = reverse("school_partners", args=[school.pk])
    return links


def _with_links(links: dict[str, str]) -> list[dict]:
    labels = {
        "material": _("The material library"),
        "modules": _("The learning modules"),
        "roles": _("Key people in the school's plan"),
        "situations": _("The follow-up routine in the school's plan"),
        "partners": _("The school's partner list"),
    }
    return [
        {"point": point, "links": [(labels[kind], links[kind]) for kind in point.links if kind in links]}
        for point in plans.CHECKLIST
    ]


def checklist(request):
    """The ten points on one printable page. Nothing is stored: no pupil, no case."""
    return TemplateResponse(
        request,
        "courses/plans/checklist.html",
        {"points": _with_links(_checklist_links(request)), "page_title": _("Checklist for the Kjentmann")},
    )


def checklist_step(request, number: int):
    """One point at a time, with the way back and on. Nothing is stored."""
    points = _with_links(_checklist_links(request))
    if not 1 <= number <= len(points):
        raise Http404
    return TemplateResponse(
        request,
        "courses/plans/checklist_step.html",
        {
            "item": points[number - 1],
            "number": number,
            "total": len(points),
            "previous": number - 1 if number > 1 else None,
            "next": number + 1 if number < len(points) else None,
            "page_title": _("Checklist for the Kjentmann"),
        },
    )
