"""Roll call on a phone, the rotating QR code for self check-in, and the printable sign-in sheet."""

import io

import qrcode
import qrcode.image.svg

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from courses import access
from courses.choices import AttendanceStatus
from courses.models import AttendanceChange, Gathering
from courses.services import attendance as attendance_service


def staff_gathering(request, pk: int) -> Gathering:
    gathering = get_object_or_404(Gathering.objects.select_related("series", "series__region"), pk=pk)
    if not access.manages_series(request.user, gathering.series):
        raise PermissionDenied
    gathering.series.gathering_list  # noqa: B018 - load the series' gatherings once for the navigation
    return gathering


@login_required
@require_http_methods(["GET", "POST"])
def roll_call(request, pk: int):
    gathering = staff_gathering(request, pk)
    if request.method == "POST":
        # Whatever was chosen is saved first; "mark everyone present" then fills in the rest.
        statuses = {}
        for key, value in request.POST.items():
            if key.startswith("status-") and key[7:].isdigit():
                statuses[int(key[7:])] = value
        changed = attendance_service.take_roll(gathering, statuses, by=request.user)
        if "all_present" in request.POST:
            changed += attendance_service.mark_all_present(gathering, by=request.user)
        messages.success(request, _("The roll is saved (%(count)d changed).") % {"count": changed})
        return redirect("roll_call", pk=gathering.pk)
    roll = attendance_service.roll(gathering)
    history = AttendanceChange.objects.filter(gathering=gathering).select_related(
        "enrollment__participant", "changed_by"
    )[:50]
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "roll": roll,
        "statuses": AttendanceStatus.choices,
        "counts": {status: sum(1 for _e, a in roll if a and a.status == status) for status in AttendanceStatus.values},
        "unmarked": sum(1 for _e, a in roll if a is None),
        "history": history,
        "page_title": _("Roll call"),
    }
    return TemplateResponse(request, "courses/roll_call.html", context)


@never_cache
@login_required
def check_in_code(request, pk: int):
    """The QR code staff show in the room. The page reloads itself, so the code rotates."""
    gathering = staff_gathering(request, pk)
    url = settings.BASE_URL + reverse("check_in", args=[attendance_service.check_in_token(gathering)])
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    svg = svg[svg.index("<svg") :].replace("<svg", '<svg role="img" aria-label="QR"', 1)
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "qr_svg": mark_safe(svg),  # noqa: S308 - generated here from our own URL
        "check_in_url": url,
        "refresh_seconds": attendance_service.ROTATE_SECONDS // 2,
        "page_title": _("Check in"),
    }
    return TemplateResponse(request, "courses/check_in_code.html", context)


@never_cache
@login_required
def check_in(request, token: str):
    """A participant scanned the code: mark them present (or late), or say why not."""
    try:
        gathering, status = attendance_service.check_in(token, request.user)
    except attendance_service.CheckInRefused as refusal:
        context = {"refusal": refusal.message, "page_title": _("Check in")}
        return TemplateResponse(request, "courses/check_in.html", context, status=400)
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "status": status,
        "late": status == AttendanceStatus.LATE,
        "page_title": _("Check in"),
    }
    return TemplateResponse(request, "courses/check_in.html", context)


@login_required
def sign_in_sheet(request, pk: int):
    gathering = staff_gathering(request, pk)
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "enrollments": list(attendance_service.expected_enrollments(gathering)),
        "page_title": _("Sign-in sheet"),
    }
    return TemplateResponse(request, "courses/sign_in_sheet.html", context)
