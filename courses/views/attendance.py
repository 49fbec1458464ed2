"""Roll call on a phone, check-in in the room (QR code or short code) and the printable sign-in sheet."""

import io
import re
from urllib.parse import urlsplit

import qrcode
import qrcode.image.svg

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from courses import access
from courses.choices import AttendanceStatus
from courses.forms import CheckInCodeForm
from courses.models import AttendanceChange, Gathering
from courses.services import attendance as attendance_service
from korus_site.core.ratelimit import allow, client_ip

# Typed codes: a person gets a handful of tries; a whole room may share the venue's one address.
CODE_TRIES_PER_PERSON = 10
CODE_TRIES_PER_ADDRESS = 100
CODE_TRY_WINDOW = 600  # seconds
# The roll of a gathering that has not started is taken only after staff confirm it.
EARLY_ROLL_CALL = "tidlig"


def staff_gathering(request, pk: int) -> Gathering:
    gathering = get_object_or_404(Gathering.objects.select_related("series", "series__region"), pk=pk)
    if not access.manages_series(request.user, gathering.series):
        raise PermissionDenied
    gathering.series.gathering_list  # noqa: B018 - load the series' gatherings once for the navigation
    return gathering


@login_required
@require_http_methods(["GET", "POST"])
def roll_call(request, pk: int):
    """Take the roll of one gathering; before it starts, only after staff confirm they mean to."""
    gathering = staff_gathering(request, pk)
    early = attendance_service.is_before_start(gathering)
    confirmed = request.GET.get(EARLY_ROLL_CALL) == "1" or request.POST.get(EARLY_ROLL_CALL) == "1"
    if early and not confirmed:
        return _confirm_early_roll_call(request, gathering)
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
        url = reverse("roll_call", args=[gathering.pk])
        return redirect(f"{url}?{EARLY_ROLL_CALL}=1" if early else url)
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
        "early": early,
        "early_param": EARLY_ROLL_CALL,
        "page_title": _("Roll call"),
    }
    return TemplateResponse(request, "courses/roll_call.html", context)


def _confirm_early_roll_call(request, gathering: Gathering):
    """Ask before the roll of a gathering that has not started; a posted roll is carried along, not lost."""
    carried = [
        (key, value)
        for key, values in request.POST.lists()
        if key != "csrfmiddlewaretoken" and key != EARLY_ROLL_CALL
        for value in values
    ]
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "method": "post" if request.method == "POST" else "get",
        "carried": carried,
        "early_param": EARLY_ROLL_CALL,
        "page_title": _("Roll call"),
    }
    return TemplateResponse(request, "courses/roll_call_early.html", context)


def _qr_svg(url: str) -> str:
    """The QR code for ``url`` as inline SVG, drawn here (no outside service), scaled by CSS."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    svg = svg[svg.index("<svg") :]
    opening, rest = svg.split(">", 1)
    # Without the fixed size in millimetres the stylesheet decides how large it is.
    opening = re.sub(r'\s(?:width|height)="[^"]*"', "", opening)
    label = format_html('<svg role="img" aria-label="{}" class="room__qr-image"', _("QR code for check-in"))
    return mark_safe(opening.replace("<svg", label, 1) + ">" + rest)  # noqa: S308 - generated here from our URL


@never_cache
@login_required
def check_in_code(request, pk: int):
    """The room view staff put on a projector: QR code and short code, or when check-in opens.

    A page of its own, without the site's header, footer or the Wagtail userbar. It asks for
    itself again (htmx) when the code changes, or when check-in opens, whichever comes first.
    """
    gathering = staff_gathering(request, pk)
    now = timezone.now()
    state = attendance_service.check_in_state(gathering, now)
    refresh = attendance_service.seconds_to_rotation(now.timestamp())
    if state == attendance_service.CheckInState.NOT_OPEN:
        until_open = (attendance_service.check_in_opens_at(gathering) - now).total_seconds()
        refresh = max(1, min(refresh, int(until_open) + 1))
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "state": state,
        "notice": attendance_service.check_in_notice(gathering, now),
        "refresh_seconds": refresh,
        "page_title": _("Check in"),
    }
    if state == attendance_service.CheckInState.OPEN:
        token = attendance_service.check_in_token(gathering, now.timestamp())  # same clock as the short code
        url = settings.BASE_URL + reverse("check_in", args=[token])
        address = urlsplit(settings.BASE_URL)
        context.update(
            qr_svg=_qr_svg(url),
            code=attendance_service.format_short_code(attendance_service.short_code(gathering, now)),
            short_address=address.netloc + reverse("check_in_start"),
        )
    return TemplateResponse(request, "courses/check_in_room.html", context)


@never_cache
@login_required
def check_in(request, token: str):
    """A participant scanned the code: mark them present (or late), or say why not."""
    try:
        gathering, status = attendance_service.check_in(token, request.user)
    except attendance_service.CheckInRefused as refusal:
        context = {"refusal": refusal.message, "page_title": _("Check in")}
        return TemplateResponse(request, "courses/check_in.html", context, status=400)
    return _checked_in(request, gathering, status)


def _checked_in(request, gathering: Gathering, status: str):
    context = {
        "gathering": gathering,
        "series": gathering.series,
        "status": status,
        "late": status == AttendanceStatus.LATE,
        "page_title": _("Check in"),
    }
    return TemplateResponse(request, "courses/check_in.html", context)


def _may_try_a_code(request) -> bool:
    """Count one typed code for the person and their address; False once either has too many."""
    return allow(f"innsjekk:person:{request.user.pk}", limit=CODE_TRIES_PER_PERSON, window=CODE_TRY_WINDOW) and allow(
        f"innsjekk:address:{client_ip(request)}", limit=CODE_TRIES_PER_ADDRESS, window=CODE_TRY_WINDOW
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def check_in_start(request):
    """/innsjekk/: type the short code from the screen instead of scanning the QR code."""
    status = 200
    if request.method == "POST":
        form = CheckInCodeForm(request.POST)
        if not _may_try_a_code(request):
            form.is_valid()
            form.errors.pop("code", None)  # one message beside the field: this one
            message = _(
                "You have tried many codes in a short time. "
                "Wait ten minutes, or ask the course staff to mark you present."
            )
            form.add_error("code", message)
            status = 429
        elif form.is_valid():
            try:
                gathering, attendance_status = attendance_service.check_in_with_code(
                    form.cleaned_data["code"], request.user
                )
            except attendance_service.CheckInRefused as refusal:
                form.add_error("code", refusal.message)
            else:
                return _checked_in(request, gathering, attendance_status)
    else:
        form = CheckInCodeForm()
    context = {
        "form": form,
        "today": attendance_service.todays_check_ins(request.user),
        "page_title": _("Check in"),
    }
    response = TemplateResponse(request, "courses/check_in_start.html", context, status=status)
    if status == 429:
        response["Retry-After"] = str(CODE_TRY_WINDOW)
    return response


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
