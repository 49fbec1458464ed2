"""Public certificate verification, downloads, and the Open Badges documents."""

import re

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from courses import access
from courses.models import Certificate, Programme
from courses.services import badges, certificates
from home.models import Region
from korus_site.core.ratelimit import allow, client_ip

CHECKS_PER_MINUTE = 20
CODE_SHAPE = re.compile(r"[A-Z0-9-]{1,20}")
MAX_UPLOAD = 5 * 1024 * 1024


def _rate_limited(request) -> bool:
    return not allow(f"kursbevis:{client_ip(request)}", limit=CHECKS_PER_MINUTE, window=60)


def _too_many(request):
    response = TemplateResponse(
        request,
        "courses/certificate_verify.html",
        {"too_many": True, "page_title": _("Check a certificate")},
        status=429,
    )
    response["Retry-After"] = "60"
    return response


@require_http_methods(["GET", "POST"])
def verify_start(request):
    """/kursbevis/: type a code, or upload a PDF to see whether it is exactly a file we issued."""
    if request.GET.get("kode"):
        code = request.GET["kode"].strip().upper().replace(" ", "")
        if len(code) == 12:
            code = f"{code[:4]}-{code[4:8]}-{code[8:]}"
        if CODE_SHAPE.fullmatch(code):
            return redirect("certificate_verify", code=code)
    context = {"page_title": _("Check a certificate")}
    if "kode" in request.GET:
        context["code"] = request.GET["kode"][:40]
        context["code_error"] = _("Type the twelve letters and digits of the code, for example KJ7P-4QXM-2HRT.")
    if request.method == "POST":
        if _rate_limited(request):
            return _too_many(request)
        context.update(_check_upload(request, None))
    return TemplateResponse(request, "courses/certificate_verify.html", context)


@require_http_methods(["GET", "POST"])
def verify(request, code: str):
    """/kursbevis/<code>/: valid, revoked or unknown, with only the name, series, region and date."""
    if _rate_limited(request):
        return _too_many(request)
    certificate = Certificate.objects.filter(code=code.upper()).first()
    context = {"certificate": certificate, "code": code, "checked": True, "page_title": _("Check a certificate")}
    if request.method == "POST":
        context.update(_check_upload(request, certificate))
    return TemplateResponse(request, "courses/certificate_verify.html", context, status=200 if certificate else 404)


def _check_upload(request, certificate: Certificate | None) -> dict:
    upload = request.FILES.get("pdf")
    if upload is None:
        return {"upload_error": _("Choose the PDF file to check.")}
    if upload.size > MAX_UPLOAD:
        return {"upload_error": _("The file is too large to be a certificate from us.")}
    found = certificates.find_by_file(upload.read())
    matches = found is not None and (certificate is None or found.pk == certificate.pk)
    return {"upload_checked": True, "upload_matches": matches, "upload_certificate": found if matches else None}


def download(request, code: str):
    """The certificate's PDF, for its owner and the staff of its region."""
    certificate = get_object_or_404(Certificate.objects.select_related("enrollment__series"), code=code)
    user = request.user
    if not user.is_authenticated:
        raise PermissionDenied
    if certificate.enrollment.participant_id != user.pk and not access.manages_series(
        user, certificate.enrollment.series
    ):
        raise PermissionDenied
    if not certificate.pdf:
        raise Http404
    return FileResponse(certificate.pdf.open("rb"), as_attachment=True, filename=f"kursbevis-{certificate.code}.pdf")


def _json(data: dict) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False}, content_type="application/ld+json")


def badge_assertion(request, code: str):
    certificate = get_object_or_404(
        Certificate.objects.select_related(
            "enrollment__participant", "enrollment__series__region", "enrollment__series__programme"
        ),
        code=code,
    )
    return _json(badges.assertion(certificate))


@cache_control(max_age=3600, public=True)
def badge_class(request, programme: str, region: str):
    return _json(
        badges.badge_class(get_object_or_404(Programme, slug=programme), get_object_or_404(Region, slug=region))
    )


@cache_control(max_age=86400, public=True)
def badge_image(request, programme: str, region: str):
    programme = get_object_or_404(Programme, slug=programme)
    region = get_object_or_404(Region, slug=region)
    png = badges.badge_png(programme.participant_title or programme.name, region.name)
    return HttpResponse(png, content_type="image/png")


@cache_control(max_age=3600, public=True)
def badge_issuer(request, region: str):
    return _json(badges.issuer(get_object_or_404(Region.objects.select_related("page"), slug=region)))
