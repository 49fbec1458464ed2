import json

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page

from courses.choices import Phase, TargetGroup
from courses.forms import FinderForm
from courses.models import CourseSeriesPage, Enrollment
from courses.services import completion
from courses.services.calendar import series_calendar as build_series_calendar
from courses.services.finder import find_series
from korus_site.core.links import absolute_url
from korus_site.core.pagecache import cache_public_page

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def finder(request, index_page):
    """/kurs/ (every region, filterable) and /<region>/kurs/ (one region)."""
    form = FinderForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    region = index_page.region if index_page.region_id else filters.get("region")
    series = find_series(
        region=region,
        fylke=filters.get("fylke"),
        target_group=filters.get("malgruppe"),
        month=filters.get("maned"),
    )
    page = Paginator(series, 20).get_page(request.GET.get("side"))
    if index_page.region_id:
        del form.fields["region"]
    return TemplateResponse(
        request,
        index_page.get_template(request),
        {
            **index_page.get_context(request),
            "form": form,
            "series_page": page,
            "filtered": any(filters.values()) if filters else False,
        },
    )


def series_detail(request, series: CourseSeriesPage):
    context = series.get_context(request)
    own = None
    if request.user.is_authenticated:
        own = Enrollment.objects.filter(series=series, participant=request.user).exclude(status="cancelled").first()
    series_modules = list(series.series_modules.select_related("module").order_by("due_before", "sort_order"))
    context.update(
        {
            "gatherings": series.gathering_list,
            "series_modules": series_modules,
            "certificate_rule": completion.certificate_rule(
                series, required_modules=sum(link.required for link in series_modules)
            ),
            "phase": series.current_phase,
            "own_enrollment": own,
            "json_ld": json.dumps(series_json_ld(request, series), ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES),
        }
    )
    return TemplateResponse(request, series.get_template(request), context)


def series_json_ld(request, series: CourseSeriesPage) -> dict:
    """schema.org Event describing the series, with each gathering as a sub-event."""
    url = series.get_full_url(request)
    availabilities: dict[str, str] = {
        Phase.OPEN: "https://schema.org/InStock",
        Phase.FULL: "https://schema.org/SoldOut",
        Phase.DRAFT: "https://schema.org/PreOrder",
    }
    availability = availabilities.get(series.current_phase, "https://schema.org/Discontinued")
    audiences: dict[str, str] = {
        TargetGroup.LOWER_SECONDARY: "Ansatte i ungdomsskolen",
        TargetGroup.UPPER_SECONDARY: "Ansatte i videregående skole",
        TargetGroup.BOTH: "Ansatte i ungdomsskolen og videregående skole",
    }
    audience = audiences[series.target_group]

    def place(gathering):
        if gathering.location:
            return {"@type": "Place", "name": gathering.location, "address": gathering.location}
        return {"@type": "VirtualLocation", "url": gathering.online_url}

    gatherings = series.gathering_list
    region = series.region
    organizer = {"@type": "Organization", "name": region.name if region else "KORUS"}
    if region:
        organizer["url"] = absolute_url(region.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "name": series.title,
        "description": series.intro,
        "url": url,
        "eventStatus": "https://schema.org/EventCancelled"
        if series.current_phase == Phase.CANCELLED
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"
        if all(g.location for g in gatherings)
        else "https://schema.org/MixedEventAttendanceMode",
        "location": {"@type": "Place", "name": series.venue, "address": series.venue},
        "organizer": organizer,
        "audience": {"@type": "Audience", "audienceType": audience},
        "inLanguage": "nb",
        "maximumAttendeeCapacity": series.seats,
        "remainingAttendeeCapacity": series.seats_left,
        "offers": {
            "@type": "Offer",
            "price": str(series.price),
            "priceCurrency": "NOK",
            "availability": availability,
            "validFrom": timezone.localtime(series.registration_opens).isoformat(),
            "validThrough": timezone.localtime(series.registration_closes).isoformat(),
            "url": url + "pamelding/",
        },
        "subEvent": [
            {
                "@type": "Event",
                "name": f"{gathering.number}. {gathering.title}",
                "startDate": timezone.localtime(gathering.starts_at).isoformat(),
                "endDate": timezone.localtime(gathering.ends_at).isoformat(),
                "location": place(gathering),
                "description": strip_tags(gathering.programme or "")[:500],
            }
            for gathering in gatherings
        ],
    }
    if gatherings:
        data["startDate"] = timezone.localtime(gatherings[0].starts_at).isoformat()
        data["endDate"] = timezone.localtime(max(g.ends_at for g in gatherings)).isoformat()
    return data


@cache_public_page
def series_calendar(request, series_path: str):
    """/<region>/kurs/<series>/kalender.ics: a Django route, since Wagtail's page paths have no dots."""
    page = Page.find_for_request(request, "/" + series_path)
    series = page.specific if page is not None else None
    if not isinstance(series, CourseSeriesPage) or not series.live or series.get_view_restrictions().exists():
        raise Http404
    response = HttpResponse(build_series_calendar(series), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{series.slug}.ics"'
    return response
