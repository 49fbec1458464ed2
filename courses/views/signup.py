"""Sign-up for a series: the school, the contact and one or more participants."""

import contextlib

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses import access
from courses.forms import MAX_PARTICIPANTS, ParticipantFormSet, SchoolForm, participant_rows
from courses.models import CourseSeriesPage, Registration
from courses.services import enrollment as enrollment_service
from courses.services import seats
from courses.services.schools import find_or_create_school
from korus_site.accounts.models import normalise_email
from korus_site.accounts.services import get_or_create_person
from korus_site.core.middleware import mark_personal
from korus_site.core.pagecache import mark_uncacheable
from korus_site.core.ratelimit import allow, client_ip

SIGNUPS_PER_HOUR = 30


def signup(request, series: CourseSeriesPage):
    mark_uncacheable(request)  # a form with a CSRF token, on its own page
    if not series.registration_is_open():
        return TemplateResponse(request, "courses/signup_closed.html", _page_context(request, series))

    if request.method == "POST" and ("add_participant" in request.POST or "remove_participant" in request.POST):
        school_form, formset = _redraw(request)
    elif request.method == "POST":
        school_form = SchoolForm(request.POST, user=request.user, schools=_schools(request))
        formset = ParticipantFormSet(request.POST, prefix="participants")
        if school_form.is_valid() and formset.is_valid():
            if not allow(f"signup:{client_ip(request)}", limit=SIGNUPS_PER_HOUR, window=3600):
                messages.error(
                    request, _("Too many sign-ups from this address in the last hour. Please try again later.")
                )
            else:
                registration = _register(request, series, school_form, formset)
                if registration is not None:
                    return redirect(series.url + f"pamelding/kvittering/{registration.receipt}/")
    else:
        school_form = SchoolForm(user=request.user, schools=_schools(request))
        formset = ParticipantFormSet(prefix="participants")

    context = {
        **_page_context(request, series),
        "school_form": school_form,
        "formset": formset,
        "max_participants": MAX_PARTICIPANTS,
    }
    return TemplateResponse(request, "courses/signup.html", context)


def _schools(request) -> list:
    """The schools a logged-in contact has signed up before, to choose from (``courses.access``)."""
    return list(access.contact_schools(request.user).order_by("name"))


def _page_context(request, series: CourseSeriesPage) -> dict:
    """The series page's context for drawing the form; a sign-up that succeeds redirects without it.

    For a network gathering it also says whether the person logged in lacks the certificate it asks for.
    """
    not_certified_self = (
        series.is_network_gathering
        and request.user.is_authenticated
        and not access.may_join_series(request.user.email, series)
    )
    return {**series.get_context(request), "page_title": _("Sign up"), "not_certified_self": not_certified_self}


def _redraw(request):
    """Add or remove a participant row without JavaScript, keeping everything typed."""
    rows = participant_rows(request.POST)
    if "add_participant" in request.POST and len(rows) < MAX_PARTICIPANTS:
        rows.append({})
    if "remove_participant" in request.POST:
        with contextlib.suppress(ValueError, IndexError):
            del rows[int(request.POST["remove_participant"])]
    school_initial = {name: request.POST.get(name, "") for name in [*SchoolForm.base_fields, "school"]}
    school_initial["informed"] = bool(request.POST.get("informed"))
    school_form = SchoolForm(initial=school_initial, user=request.user, schools=_schools(request))
    formset = ParticipantFormSet(prefix="participants", initial=rows or [{}])
    return school_form, formset


def _register(request, series, school_form, formset) -> Registration | None:
    data = school_form.cleaned_data
    school = school_form.chosen_school() or find_or_create_school(
        orgnr=data["orgnr"], name=data["school_name"], kommune=data["kommune"], school_type=data["school_type"]
    )
    if request.user.is_authenticated:
        contact = request.user
    else:
        contact, _created = get_or_create_person(
            email=data["contact_email"], first_name=data["contact_first_name"], last_name=data["contact_last_name"]
        )
    people = [enrollment_service.Person(**row) for row in formset.people()]
    try:
        return enrollment_service.register(
            series=series, school=school, contact=contact, people=people, contact_phone=data.get("contact_phone", "")
        )
    except (enrollment_service.AlreadyEnrolled, enrollment_service.NotCertified) as error:
        for form in formset.forms:
            if normalise_email(form.cleaned_data.get("email") or "") == error.email:
                form.add_error("email", str(error.message))
                break
        else:
            messages.error(request, str(error.message))
    except enrollment_service.EnrollmentError as error:
        messages.error(request, str(error.message))
    return None


def signup_receipt(request, series: CourseSeriesPage, receipt: str):
    mark_uncacheable(request)  # a secret address, with names and e-mail addresses:
    mark_personal(request)  # no proxy may keep it either
    registration = (
        Registration.objects.filter(series=series, receipt=receipt).select_related("school", "contact").first()
    )
    if registration is None:
        raise Http404
    enrollments = list(
        registration.enrollments.select_related("participant").order_by("status", "waitlist_number", "pk")
    )
    positions = seats.waitlist_positions(series)
    reasons = seats.waitlist_reasons(series) if positions else {}
    for enrollment in enrollments:
        enrollment.position = positions.get(enrollment.pk)
        enrollment.waitlist_reason = reasons.get(enrollment.pk)
    context = {
        **series.get_context(request),
        "registration": registration,
        "enrollments": enrollments,
        "page_title": _("Sign-up received"),
    }
    return TemplateResponse(request, "courses/signup_receipt.html", context)
