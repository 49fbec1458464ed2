"""The funders' view in the admin (``/admin/rekkevidde/``): where the training has reached, with XLSX export.

Regional staff see their own regions, national administrators every region
(``home.access.staff_regions``); a region asked for in the address that the person may not
see is refused by the filter form like any other wrong choice. The figures come from
``courses.services.funders``; the charts from ``korus_site.core.charts``, each with its table.
"""

from typing import Any, cast

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from courses.models import Programme
from courses.services import funders
from home.access import is_korus_staff, is_national_admin, staff_regions
from home.models import Region
from korus_site.core.charts import norwegian_number, responsive_bar_chart
from korus_site.core.export import xlsx_workbook_response

FIRST_YEAR = 2020


LEVEL_CHOICES = [
    ("region", gettext_lazy("region")),
    ("fylke", gettext_lazy("county")),
    ("kommune", gettext_lazy("municipality")),
]


class FundersFilterForm(forms.Form):
    """Year, programme, region and level of the funders' view, read from the address (GET)."""

    year = forms.TypedChoiceField(label=gettext_lazy("Year"), coerce=int)
    programme = forms.ModelChoiceField(
        label=gettext_lazy("Programme"),
        queryset=Programme.objects.all(),
        required=False,
        empty_label=gettext_lazy("All"),
    )
    region = forms.ModelChoiceField(
        label=gettext_lazy("KORUS region"),
        queryset=Region.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("All I may see"),
    )
    level = forms.ChoiceField(
        label=gettext_lazy("Schools by"),
        choices=LEVEL_CHOICES,
    )

    def __init__(self, data, *, regions, **kwargs):
        super().__init__(data, **kwargs)
        this_year = timezone.localdate().year
        year = cast(forms.TypedChoiceField, self.fields["year"])
        year.choices = [(y, str(y)) for y in range(this_year + 1, FIRST_YEAR - 1, -1)]
        cast(forms.ModelChoiceField, self.fields["region"]).queryset = regions


class FundersMixin:
    """Only KORUS staff open it; ``choice()`` reads the filters, scoped to the person's regions."""

    request: HttpRequest
    filters: list[tuple[str, str]]

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any):
        if not is_korus_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]

    def choice(self) -> tuple[FundersFilterForm, funders.FundersReport]:
        """The filter form and the report for it; ``self.filters`` is set to the choice in words."""
        allowed = staff_regions(self.request.user).order_by("sort_order", "name")
        default_level = "region" if is_national_admin(self.request.user) else "fylke"
        data = {"year": str(timezone.localdate().year), "level": default_level, **self.request.GET.dict()}
        form = FundersFilterForm(data, regions=allowed)
        form.is_valid()
        cleaned = form.cleaned_data  # the fields that are valid: a wrong region alone falls back to all allowed
        region = cleaned.get("region")
        regions = [region] if region else list(allowed)
        programme = cleaned.get("programme")
        programmes = [programme] if programme else list(Programme.objects.all())
        level = cleaned.get("level") or default_level
        result = funders.report(
            regions=regions,
            programmes=programmes,
            year=cleaned.get("year") or timezone.localdate().year,
            level=level,
        )
        levels = dict(LEVEL_CHOICES)
        self.filters = [
            (_("Figures as of"), result.on.strftime("%d.%m.%Y")),
            (_("Year"), str(result.year)),
            (_("Programme"), ", ".join(p.name for p in programmes) if programme else _("All")),
            (_("KORUS region"), ", ".join(r.name for r in regions)),
            (_("Schools by"), str(levels.get(level, level))),
        ]
        return form, result


class FundersView(FundersMixin, WagtailAdminTemplateMixin, TemplateView):
    """Schools with an active Kjentmann by place, certificates per year and series figures, as charts and tables."""

    template_name = "courses/admin/funders.html"
    page_title = gettext_lazy("Reach")
    header_icon = "table"
    breadcrumbs_items: list[dict[str, str]] = []  # no slim header: the page's own visible heading

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        form, result = self.choice()
        reach_header, reach_rows = funders.reach_table(result)
        cert_header, cert_rows = funders.certificate_table(result)
        series_header, series_rows = funders.series_table(result)
        types = funders.school_types()
        reach_chart = responsive_bar_chart(
            title=_("Schools with an active Kjentmann on %(date)s") % {"date": result.on.strftime("%d.%m.%Y")},
            description=_("Bars per place, split by type of school. The same figures are in the table below."),
            labels=[row.label for row in result.reach],
            series=[(label, [row.active_by_type.get(value, 0) for row in result.reach]) for value, label in types],
            stacked=True,
            horizontal=True,
        )
        cert_chart = responsive_bar_chart(
            title=_("Certificates issued per year"),
            description=_("One bar per year. The same figures are in the table below."),
            labels=[str(year) for year, _count in result.certificates],
            series=[(_("Certificates issued"), [count for _year, count in result.certificates])],
        )
        series_chart = responsive_bar_chart(
            title=_("Completion and attendance per course series in %(year)s") % {"year": result.year},
            description=_("Two bars per series, in per cent. The same figures are in the table below."),
            labels=[f.series.title for f in result.series],
            series=[
                (_("Completion (%)"), [f.completion_rate for f in result.series]),
                (_("Attendance (%)"), [f.attendance_rate for f in result.series]),
            ],
            horizontal=True,
            percent=True,
        )
        export_query = self.request.GET.urlencode()
        return super().get_context_data(
            form=form,
            result=result,
            filters=self.filters,
            explanations=[text for _name, text in funders.EXPLANATIONS],
            reach_header=reach_header,
            reach_rows=labelled(reach_header, reach_rows),
            cert_header=cert_header,
            cert_rows=labelled(cert_header, cert_rows),
            series_header=series_header,
            series_rows=labelled(series_header, series_rows),
            reach_chart=reach_chart,
            cert_chart=cert_chart,
            series_chart=series_chart,
            export_query=export_query,
            **kwargs,
        )


class FundersExportView(FundersMixin, View):
    """The three tables of the funders' view, with the same filters, as one XLSX workbook."""

    def get(self, request: HttpRequest) -> HttpResponse:
        _form, result = self.choice()
        made = timezone.localtime().strftime("%d.%m.%Y %H:%M")
        about = [
            (_("Reach of the KORUS training"), ""),
            (_("Exported"), made),
            *self.filters,
            ("", ""),
            *[(str(name), str(text)) for name, text in funders.EXPLANATIONS],
        ]
        return xlsx_workbook_response(
            f"rekkevidde-{result.year}",
            [
                (_("About the export"), [_("What"), _("Value")], about),
                (_("Schools"), *funders.reach_table(result)),
                (_("Certificates"), *funders.certificate_table(result)),
                (_("Course series"), *funders.series_table(result)),
            ],
        )


def labelled(header: list[str], rows: list[list[object]]) -> list[list[dict[str, object]]]:
    """Each cell of ``rows`` with its column's heading and whether it is a number, for the table template.

    Decimals are written as the charts write them (``97,5``, ``75``), so chart and table agree.
    """
    return [
        [
            {
                "heading": heading,
                "value": norwegian_number(value) if isinstance(value, float) else value,
                "number": isinstance(value, int | float),
            }
            for heading, value in zip(header, row, strict=True)
        ]
        for row in rows
    ]


class FundersViewSet(ViewSet):
    """The funders' view under ``/admin/rekkevidde/`` (URL namespace ``funders``)."""

    name = "funders"
    url_prefix = "rekkevidde"
    icon = "table"
    menu_label = gettext_lazy("Reach")
    add_to_admin_menu = False

    def get_urlpatterns(self) -> list[URLPattern]:
        return [
            path("", FundersView.as_view(), name="index"),
            path("rekkevidde.xlsx", FundersExportView.as_view(), name="export"),
        ]
