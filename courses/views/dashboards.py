"""/mine-kurs/ for participants, /min-skole/ for school contacts, and the personal calendar feed."""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses import access
from courses.choices import CancelReason
from courses.forms import CorrectParticipantForm, SwapForm
from courses.models import Certificate, CourseSeriesPage, Enrollment, Gathering
from courses.services import badges, learning, school_contacts, seats
from courses.services import enrollment as enrollment_service
from courses.services.calendar import personal_calendar as build_personal_calendar
from courses.services.completion import Completion, completion
from korus_site.accounts.models import User
from korus_site.core.links import absolute_url
from korus_site.core.middleware import personal


@dataclass
class MyCourse:
    """One series on a participant's page: the enrollment and what the page shows about it."""

    enrollment: Enrollment
    position: int | None  # the place on the waiting list
    next_gathering: Gathering | None
    modules: list[learning.SeriesModuleRow]
    certificate: Certificate | None
    linkedin_url: str  # "Add to profile" for the certificate; empty without one
    completion: Completion | None  # for those with a seat


@login_required
def my_courses(request):
    """A participant's series: status, the next gathering and every gathering.

    A school contact with no enrollment of their own is sent on to «Min skole» (issue 14).
    """
    now = timezone.now()
    enrollments = list(
        Enrollment.objects.filter(participant=request.user)
        .select_related("series", "series__region", "school")
        .prefetch_related("series__gatherings", "series__series_modules__module")
        .order_by("-created_at")
    )
    if not enrollments and access.is_school_contact(request.user):
        return redirect("my_school")
    certificates = {c.enrollment_id: c for c in Certificate.objects.filter(enrollment__participant=request.user)}
    active = [e for e in enrollments if not e.is_cancelled]
    module_ids = {link.module_id for e in active for link in e.series.series_modules.all()}
    found = learning.statuses([request.user.pk], module_ids)
    positions: dict[int, dict[int, int]] = {}
    courses = []
    for enrollment in active:
        if enrollment.is_waitlisted and enrollment.series_id not in positions:
            positions[enrollment.series_id] = seats.waitlist_positions(enrollment.series)
        courses.append(_my_course(enrollment, request.user, positions, certificates.get(enrollment.pk), found, now))
    current = [c for c in courses if not c.enrollment.series.has_finished(now)]
    past = [c for c in courses if c not in current]
    calendar_url = absolute_url(reverse("personal_calendar", args=[request.user.calendar_token]))
    return TemplateResponse(
        request,
        "courses/my_courses.html",
        {
            "current": current,
            "past": past,
            "cancelled": [e for e in enrollments if e.is_cancelled],
            "calendar_url": calendar_url,
            "network_gatherings": _network_gatherings(request.user, {e.series_id for e in active}),
            "page_title": _("My courses"),
        },
    )


def _network_gatherings(user: User, enrolled: set[int]) -> list[CourseSeriesPage]:
    """The network gatherings the person is invited to and not yet signed up for, soonest first."""
    invited = access.network_gatherings_for(user).exclude(pk__in=enrolled).with_stats().select_related("region")
    return list(invited.order_by("first_start", "title"))


def _my_course(
    enrollment: Enrollment,
    user: User,
    positions: dict[int, dict[int, int]],
    certificate: Certificate | None,
    found: dict[tuple[int, int], learning.ModuleStatus],
    now: datetime.datetime,
) -> MyCourse:
    series = enrollment.series
    return MyCourse(
        enrollment=enrollment,
        position=positions.get(enrollment.series_id, {}).get(enrollment.pk),
        next_gathering=series.next_gathering(now),
        modules=learning.series_module_rows(series, user, found, now),
        certificate=certificate,
        linkedin_url=badges.linkedin_add_url(certificate) if certificate else "",
        completion=completion(enrollment) if enrollment.is_confirmed else None,
    )


def _contact_enrollments(user):
    """Enrollments a school contact may manage (``courses.access.contact_enrollments``)."""
    return access.contact_enrollments(user)


@login_required
def my_school(request):
    """A school contact's sign-ups, per series: each participant's school, status, place on the
    waiting list, attendance and modules passed, with correct, replace and cancel."""
    return TemplateResponse(
        request,
        "courses/my_school.html",
        {"groups": school_contacts.overview(request.user), "page_title": _("My school")},
    )


@login_required
@require_http_methods(["GET", "POST"])
def correct_enrollment(request, pk: int):
    """The contact corrects a participant's name, e-mail address or role; the person is told."""
    enrollment = get_object_or_404(
        _contact_enrollments(request.user).select_related("series", "participant", "school", "registration"), pk=pk
    )
    if enrollment.is_cancelled or enrollment.series.has_finished():
        raise Http404
    person = enrollment.participant
    identity = school_contacts.may_correct_identity(enrollment)
    initial = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "role": enrollment.role,
    }
    form = CorrectParticipantForm(request.POST or None, initial=initial, identity=identity)
    if request.method == "POST" and form.is_valid():
        data = {**initial, **form.cleaned_data}
        try:
            changes = school_contacts.correct_participant(enrollment, by=request.user, **data)
        except school_contacts.CorrectionRefused as error:
            form.add_error(error.field if error.field in form.fields else None, str(error.message))
        else:
            if changes:
                messages.success(
                    request,
                    _("The details of %(name)s are corrected, and they will be told by e-mail.")
                    % {"name": f"{data['first_name']} {data['last_name']}".strip()},
                )
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect("my_school")
    return TemplateResponse(
        request,
        "courses/correct_enrollment.html",
        {"enrollment": enrollment, "form": form, "identity": identity, "page_title": _("Correct participant")},
    )


@login_required
@require_http_methods(["GET", "POST"])
def cancel_enrollment(request, pk: int):
    enrollment = get_object_or_404(
        _contact_enrollments(request.user).select_related("series", "participant", "school"), pk=pk
    )
    if enrollment.is_cancelled:
        messages.info(request, _("That enrollment was already cancelled."))
        return redirect("my_school")
    if request.method == "POST":
        try:
            promoted = enrollment_service.cancel(enrollment, reason=CancelReason.BY_SCHOOL)
        except enrollment_service.EnrollmentError as error:
            messages.error(request, str(error.message))
        else:
            text = _("%(name)s is no longer signed up for %(series)s.") % {
                "name": enrollment.participant.get_full_name(),
                "series": enrollment.series.title,
            }
            if promoted:
                text += " " + _("The seat went to the first person on the waiting list.")
            messages.success(request, text)
        return redirect("my_school")
    return TemplateResponse(
        request, "courses/cancel_enrollment.html", {"enrollment": enrollment, "page_title": _("Cancel enrollment")}
    )


@login_required
@require_http_methods(["GET", "POST"])
def swap_enrollment(request, pk: int):
    enrollment = get_object_or_404(
        _contact_enrollments(request.user).select_related("series", "participant", "school"), pk=pk
    )
    if enrollment.is_cancelled:
        raise Http404
    form = SwapForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = enrollment_service.Person(**form.cleaned_data)
        try:
            new = enrollment_service.swap(enrollment, person)
        except enrollment_service.AlreadyEnrolled as error:
            form.add_error("email", str(error.message))
        except enrollment_service.EnrollmentError as error:
            form.add_error(None, str(error.message))
        else:
            messages.success(
                request,
                _("%(new)s has taken over the place of %(old)s.")
                % {"new": new.participant.get_full_name(), "old": enrollment.participant.get_full_name()},
            )
            return redirect("my_school")
    return TemplateResponse(
        request,
        "courses/swap_enrollment.html",
        {"enrollment": enrollment, "form": form, "page_title": _("Replace participant")},
    )


@personal
def personal_calendar(request, token: str):
    """A participant's own gatherings, at a secret address a calendar app can subscribe to."""
    user = User.objects.filter(calendar_token=token, is_active=True).first()
    if user is None:
        raise Http404
    response = HttpResponse(build_personal_calendar(user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="kjentmann.ics"'
    return response
