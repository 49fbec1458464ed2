"""Staff views in the Wagtail admin that change things: enrollments, held and revoked certificates, settings.

The read-only screens and exports of a series are ``courses.viewsets.reports``, which also gives
these views their addresses.

Access follows page permissions: whoever may edit the series page (its region's staff and
national administrators) may manage its participants; anyone else gets 403.
"""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from courses import access
from courses.choices import CancelReason, SchoolType
from courses.forms import KommuneChoiceField, ParticipantForm
from courses.models import CourseSeriesPage, Enrollment, School
from courses.services import enrollment as enrollment_service
from courses.validators import normalise_orgnr, validate_orgnr
from home.access import staff_regions
from home.models import Kommune, Region
from network.privacy import PrivacyGuardMixin


def get_series_for_staff(request, pk: int) -> CourseSeriesPage:
    """The series ``pk`` if this person manages it (``access.manages_series``); 404 if none, else 403."""
    series: CourseSeriesPage = get_object_or_404(CourseSeriesPage.objects.select_related("region"), pk=pk)
    if not access.manages_series(request.user, series):
        raise PermissionDenied
    return series


class StaffAddForm(ParticipantForm):
    orgnr = forms.CharField(label=gettext_lazy("School's organisation number"), max_length=20)
    school_name = forms.CharField(
        label=gettext_lazy("School name"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Only for a new school."),
    )
    kommune = KommuneChoiceField(
        label=gettext_lazy("Municipality"), queryset=Kommune.objects.select_related("fylke"), required=False
    )
    school_type = forms.ChoiceField(
        label=gettext_lazy("Type of school"),
        required=False,
        choices=[("", "–"), *SchoolType.choices],
    )

    def clean_orgnr(self):
        value = normalise_orgnr(self.cleaned_data["orgnr"])
        validate_orgnr(value)
        return value

    def clean(self):
        data = super().clean()
        orgnr = data.get("orgnr")
        if orgnr and not School.objects.filter(orgnr=orgnr).exists():
            for name in ("school_name", "kommune", "school_type"):
                if not data.get(name):
                    self.add_error(name, _("Needed for a school that is not registered yet."))
        return data


ACTIONS: dict[str, Callable[[Enrollment], object]] = {
    "cancel": lambda e: enrollment_service.cancel(e, reason=CancelReason.BY_STAFF),
    "promote": enrollment_service.promote,
    "waitlist": enrollment_service.move_to_waitlist,
}
ACTION_MESSAGES = {
    "cancel": gettext_lazy("%(name)s is cancelled."),
    "promote": gettext_lazy("%(name)s has a seat."),
    "waitlist": gettext_lazy("%(name)s is moved to the waiting list."),
}


@require_POST
def change_enrollment(request, pk: int, enrollment_pk: int, action: str):
    series = get_series_for_staff(request, pk)
    enrollment = get_object_or_404(Enrollment.objects.select_related("participant"), pk=enrollment_pk, series=series)
    if action not in ACTIONS:
        raise PermissionDenied
    try:
        ACTIONS[action](enrollment)
    except enrollment_service.EnrollmentError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, ACTION_MESSAGES[action] % {"name": enrollment.participant.get_full_name()})
    return redirect("courses_admin:participants", pk=series.pk)


class RevokeForm(PrivacyGuardMixin, forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)


def revoke_certificate(request, pk: int, certificate_pk: int):
    from courses.models import Certificate
    from courses.services import certificates

    series = get_series_for_staff(request, pk)
    certificate = get_object_or_404(Certificate, pk=certificate_pk, enrollment__series=series)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        certificates.revoke(certificate, reason=form.cleaned_data["reason"], by=request.user)
        messages.success(request, _("Certificate %(code)s is revoked.") % {"code": certificate.code})
        return redirect("courses_admin:attendance", pk=series.pk)
    context = {
        "series": series,
        "certificate": certificate,
        "form": form,
        "page_title": _("Revoke certificate"),
        "page_subtitle": certificate.name,
        "header_icon": "warning",
    }
    return TemplateResponse(request, "courses/admin/revoke_certificate.html", context)


# Certificates held back, and the regions' certificate settings ------------------------------


class HeldNameForm(forms.Form):
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=150)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=150)

    def clean(self):
        from korus_site.core.pdf import missing_characters

        data = super().clean() or self.cleaned_data
        for field in ("first_name", "last_name"):
            missing = missing_characters(data.get(field, ""))
            if missing:
                self.add_error(
                    field,
                    _("The certificate cannot print these characters: %(characters)s. Write the name in another way.")
                    % {"characters": " ".join(missing)},
                )
        return data


def certificate_hold(request, pk: int, enrollment_pk: int):
    """A held-back certificate: correct the participant's name, and the certificate is issued."""
    from courses.models import CertificateHold
    from courses.services import certificates

    series = get_series_for_staff(request, pk)
    enrollment = get_object_or_404(Enrollment.objects.select_related("participant"), pk=enrollment_pk, series=series)
    hold = CertificateHold.objects.filter(enrollment=enrollment).first()
    if hold is None:
        messages.info(request, _("No certificate is waiting for this participant."))
        return redirect("courses_admin:attendance", pk=series.pk)
    person = enrollment.participant
    form = HeldNameForm(request.POST or None, initial={"first_name": person.first_name, "last_name": person.last_name})
    if request.method == "POST" and form.is_valid():
        person.first_name = form.cleaned_data["first_name"].strip()
        person.last_name = form.cleaned_data["last_name"].strip()
        person.save(update_fields=["first_name", "last_name"])
        certificate = certificates.issue(enrollment.pk)
        if certificate is not None:
            messages.success(
                request,
                _("Certificate %(code)s is issued to %(name)s.") % {"code": certificate.code, "name": certificate.name},
            )
        else:
            messages.warning(request, _("The name is saved, but the series is not complete for this participant."))
        return redirect("courses_admin:attendance", pk=series.pk)
    context = {
        "series": series,
        "hold": hold,
        "missing": " ".join(hold.missing),
        "form": form,
        "page_title": _("Certificate on hold"),
        "page_subtitle": hold.name,
        "header_icon": "warning",
    }
    return TemplateResponse(request, "courses/admin/certificate_hold.html", context)


class RegionCertificateForm(forms.ModelForm):
    class Meta:
        model = Region
        fields = ["logo", "signatory_name", "signatory_title"]

    def __init__(self, *args, **kwargs):
        from wagtail.images.widgets import AdminImageChooser

        super().__init__(*args, **kwargs)
        self.fields["logo"].widget = AdminImageChooser()


def _staff_region(request, slug: str) -> Region:
    return get_object_or_404(staff_regions(request.user), slug=slug)


def certificate_settings(request):
    """The regions whose certificates the user sets up: logo and signature."""
    regions = staff_regions(request.user).select_related("logo")
    if not regions.exists():
        raise PermissionDenied
    return TemplateResponse(
        request,
        "courses/admin/certificate_settings.html",
        {"regions": regions, "page_title": _("Certificates"), "header_icon": "doc-full"},
    )


def region_certificate(request, slug: str):
    """Edit one region's logo and the name and title under the signature line of its certificates."""
    region = _staff_region(request, slug)
    form = RegionCertificateForm(request.POST or None, instance=region)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The certificate settings of %(region)s are saved.") % {"region": region.name})
        return redirect("courses_admin:certificate_settings")
    context = {
        "region": region,
        "form": form,
        "media": form.media,
        "action_url": request.path,
        "submit_button_label": _("Save"),
        "submit_button_active_label": _("Saving…"),
        "page_title": _("Certificates"),
        "page_subtitle": region.name,
        "header_icon": "doc-full",
    }
    return TemplateResponse(request, "courses/admin/region_certificate.html", context)


def region_certificate_sample(request, slug: str):
    """A sample certificate of the region, with its logo and signature as they are saved now."""
    import datetime as dt

    from django.http import HttpResponse
    from django.utils import timezone

    from courses.models import Certificate
    from courses.services import certificates

    region = _staff_region(request, slug)
    today = timezone.localdate()
    sample = Certificate(
        code="XXXX-XXXX-XXXX",
        name=_("Kari Nordmann"),
        series_title=_("Sample course series"),
        programme="Kjentmann",
        region_name=region.name,
        first_gathering=today - dt.timedelta(days=56),
        last_gathering=today,
        school_name=_("Sample school"),
        hours=24,
        days=4,
        gatherings=[
            {"number": n, "date": (today - dt.timedelta(days=56 - 14 * (n - 1))).isoformat(), "topic": _("Topic")}
            for n in range(1, 5)
        ],
        modules=[_("Sample module")],
        signatory_name=region.signatory_name,
        signatory_title=region.signatory_title,
        issued_at=timezone.now(),
    )
    data = certificates.render_pdf(sample, certificates.region_logo_png(region))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="kursbevis-eksempel-{region.slug}.pdf"'
    return response
