"""Public certificate verification, downloads, and the Open Badges documents.

Codes are accepted in any case, with or without dashes and spaces, at every address.
"""

import datetime
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
from courses.models.certificates import normalise_code
from courses.services import badges, certificates
from home.models import Region
from korus_site.core.middleware import personal
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
        code = normalise_code(request.GET["kode"])
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


def certificate_facts(certificate: Certificate) -> dict:
    """What the verification page shows beside the name: the same facts the PDF prints."""
    return {
        "gatherings": [
            {**item, "date": datetime.date.fromisoformat(item["date"])} for item in certificate.gatherings or []
        ],
        "scope": certificates.scope_text(certificate),
    }


@personal
@require_http_methods(["GET", "POST"])
def verify(request, code: str):
    """/kursbevis/<code>/: valid, revoked or unknown, with what the certificate says (never the e-mail)."""
    canonical = normalise_code(code)
    if canonical != code and request.method == "GET" and CODE_SHAPE.fullmatch(canonical):
        return redirect("certificate_verify", code=canonical)
    if _rate_limited(request):
        return _too_many(request)
    certificate = Certificate.objects.filter(code=canonical).first()
    context = {"certificate": certificate, "code": canonical, "checked": True, "page_title": _("Check a certificate")}
    if certificate is not None:
        context.update(certificate_facts(certificate))
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


def _certificate(code: str):
    return get_object_or_404(
        Certificate.objects.select_related(
            "enrollment__participant", "enrollment__series__region", "enrollment__series__programme"
        ),
        code=normalise_code(code),
    )


@personal
def download(request, code: str):
    """The certificate's PDF, for its owner and the staff of its region."""
    certificate = _certificate(code)
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


def _json(data: dict, status: int = 200, content_type: str = "application/ld+json") -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False}, content_type=content_type, status=status)


def badge_assertion(request, code: str):
    """The OB 2.0 hosted assertion; 410 Gone with the reason once the certificate is revoked."""
    certificate = _certificate(code)
    if not certificate.is_valid:
        return _json(badges.revoked_assertion(certificate), status=410)
    return _json(badges.assertion(certificate))


@personal
def baked_badge(request, code: str):
    """The badge picture with the assertion and the signed credential baked in, to download and keep."""
    certificate = _certificate(code)
    if not certificate.is_valid:
        return _json(badges.revoked_assertion(certificate), status=410)
    response = HttpResponse(badges.baked_png(certificate), content_type="image/png")
    if "last_ned" in request.GET:
        response["Content-Disposition"] = f'attachment; filename="merke-{certificate.code}.png"'
    return response


@personal
def badge_credential(request, code: str):
    """The OB 3.0 credential as a signed JWT; 410 Gone once the certificate is revoked."""
    certificate = _certificate(code)
    if not certificate.is_valid:
        return _json(badges.revoked_assertion(certificate), status=410)
    response = HttpResponse(badges.signed_credential(certificate), content_type="application/vc+jwt")
    if "last_ned" in request.GET:
        response["Content-Disposition"] = f'attachment; filename="kursbevis-{certificate.code}.jwt"'
    return response


@cache_control(max_age=3600, public=True)
def badge_class(request, programme: str, region: str):
    return _json(
        badges.badge_class(get_object_or_404(Programme, slug=programme), get_object_or_404(Region, slug=region))
    )


@cache_control(max_age=86400, public=True)
def badge_image(request, programme: str, region: str):
    found = get_object_or_404(Programme, slug=programme)
    png = badges.badge_png(found.participant_title or found.name, get_object_or_404(Region, slug=region).name)
    return HttpResponse(png, content_type="image/png")


@cache_control(max_age=3600, public=True)
def badge_issuer(request, region: str):
    return _json(badges.issuer(get_object_or_404(Region.objects.select_related("page"), slug=region)))


@cache_control(max_age=3600, public=True)
def badge_profile(request, region: str):
    """The OB 3.0 issuer Profile of a region."""
    return _json(badges.profile(get_object_or_404(Region.objects.select_related("page"), slug=region)))


@cache_control(max_age=3600, public=True)
def signing_key(request):
    """The public key that verifies OB 3.0 credentials, as a JWK; credentials name this URL as their kid."""
    return _json(badges.public_jwk(), content_type="application/jwk+json")


@cache_control(max_age=3600, public=True)
def jwks(request):
    """/.well-known/jwks.json: the JWK Set of the keys that sign this site's credentials."""
    return _json(badges.jwks(), content_type="application/jwk-set+json")
