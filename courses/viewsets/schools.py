"""The school register in Wagtail's admin: list, add, edit, inspect, delete, merge duplicates, history.

Who may do what comes from ``courses.permissions.SchoolPermissionPolicy``, registered for
``School`` in ``courses.wagtail_hooks``: every view and button here asks it. Changes are
logged in Wagtail's audit log and shown in each school's history.
"""

import django_filters

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import View

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from courses.admin_forms import MergeForm, SchoolAdminForm
from courses.choices import SchoolType
from courses.forms import KommuneChoiceField
from courses.models import Enrollment, Registration, School
from courses.services import schools as school_service
from home.models import Fylke, Kommune, Region
from korus_site.core.audit import ChangeLoggingEditViewMixin

SCHOOL_EDIT_LOG_ACTION = "courses.school_edit"
SCHOOL_FIELDS = ("orgnr", "name", "kommune", "school_type")


class KommuneFilter(django_filters.ModelChoiceFilter):
    field_class = KommuneChoiceField


class SchoolFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(
        field_name="kommune__fylke__region", queryset=Region.objects.all(), label=gettext_lazy("KORUS region")
    )
    fylke = django_filters.ModelChoiceFilter(
        field_name="kommune__fylke", queryset=Fylke.objects.all(), label=gettext_lazy("County")
    )
    kommune = KommuneFilter(
        queryset=Kommune.objects.select_related("fylke").order_by("name"), label=gettext_lazy("Municipality")
    )
    school_type = django_filters.ChoiceFilter(choices=SchoolType.choices, label=gettext_lazy("Type of school"))

    class Meta:
        model = School
        fields = ["region", "fylke", "kommune", "school_type"]


class MergeUrlMixin:
    merge_url_name = None

    def get_merge_url(self, instance) -> str | None:
        if self.merge_url_name and self.permission_policy.user_has_permission_for_instance(
            self.request.user, "merge", instance
        ):
            return reverse(self.merge_url_name, args=[quote(instance.pk)])
        return None


class SchoolIndexView(MergeUrlMixin, generic.IndexView):
    """Every school for national administrators; a region's staff see those signed up to their series."""

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        ).select_related("kommune__fylke")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return school_service.search_schools(queryset, self.search_query)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if merge_url := self.get_merge_url(instance):
            buttons.append(MenuItem(_("Merge duplicates"), url=merge_url, icon_name="resubmit", priority=25))
        return buttons


class SchoolEditView(MergeUrlMixin, ChangeLoggingEditViewMixin, generic.EditView):
    change_log_action = SCHOOL_EDIT_LOG_ACTION
    logged_fields = SCHOOL_FIELDS

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if merge_url := self.get_merge_url(self.object):
            buttons.append(Button(_("Merge duplicates"), url=merge_url, icon_name="resubmit", priority=15))
        return buttons


class SchoolInspectView(generic.InspectView):
    """Read-only: the school's details and what refers to it, for those who may see it."""

    def get_object(self, queryset=None):
        school = get_object_or_404(School.objects.select_related("kommune__fylke"), pk=self.pk)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["view", "change"], school
        ):
            raise PermissionDenied
        return school

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["references"] = describe_references(school_service.references_to(self.object))
        return context


class SchoolDeleteView(generic.DeleteView):
    """Only a school nothing refers to can be deleted; one with sign-ups is merged instead."""

    merge_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.references = school_service.references_to(self.object)

    def form_valid(self, form):
        if self.references:
            raise PermissionDenied
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.references:
            context["is_protected"] = True
            context["references"] = describe_references(self.references)
            context["merge_url"] = reverse(self.merge_url_name, args=[quote(self.object.pk)])
        return context


def describe_references(references: list[tuple[type[Model], int]]) -> list[str]:
    """What refers to a school as staff read it: ["1 registration", "2 participants"], in the reader's language.

    Takes ``[(model, count)]`` as ``courses.services.schools.references_to`` gives them; a
    model without its own wording here is named by its verbose name.
    """
    described = []
    for model, count in references:
        if model is Registration:
            text = ngettext("%(count)d registration", "%(count)d registrations", count)
        elif model is Enrollment:
            text = ngettext("%(count)d participant", "%(count)d participants", count)
        else:
            name = model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
            text = f"%(count)d {name}"
        described.append(text % {"count": count})
    return described


class SchoolMergeView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, View):
    """Merge duplicates into this school: tick them, check what will move, confirm.

    GET shows the candidates (``?q=`` searches the register). POST with ``preview`` checks
    the choice and shows the confirmation page listing what will move; POST with
    ``confirm`` merges through ``courses.services.schools.merge_schools``.
    """

    model = School
    permission_required = "merge"
    template_name = "courses/admin/school_merge.html"
    header_icon = "resubmit"
    index_url_name = None
    edit_url_name = None
    history_url_name = None

    def get_page_title(self):
        return _("Merge duplicates")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": capfirst(School._meta.verbose_name_plural)},
            {"url": reverse(self.edit_url_name, args=[quote(self.object.pk)]), "label": str(self.object)},
            {"url": "", "label": _("Merge duplicates")},
        ]

    def render(self, form, plan=None):
        context = self.get_context_data(
            keep=self.object,
            form=form,
            plan=plan,
            rows=[(d, describe_references(plan.moves_for(d))) for d in plan.duplicates] if plan else [],
            has_candidates=bool(form.fields["duplicates"].widget.choices),
            query=self.request.GET.get("q", ""),
            action_url=self.request.get_full_path(),
        )
        return TemplateResponse(self.request, self.template_name, context)

    def get_form(self, data=None):
        candidates = school_service.merge_candidates(self.object, self.request.GET.get("q", ""))
        return MergeForm(data, keep=self.object, candidates=candidates)

    def get(self, request, *args, **kwargs):
        return self.render(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render(form)
        duplicates = list(form.cleaned_data["duplicates"])
        try:
            if "confirm" not in request.POST:
                return self.render(form, plan=school_service.plan_merge(self.object, duplicates))
            result = school_service.merge_schools(self.object, duplicates, by_user=request.user)
        except school_service.MergeError as error:
            form.add_error("duplicates", str(error.message))
            return self.render(form)
        messages.success(
            request,
            ngettext(
                "%(count)d duplicate merged into %(school)s; %(moved)d rows moved.",
                "%(count)d duplicates merged into %(school)s; %(moved)d rows moved.",
                len(result.removed),
            )
            % {"count": len(result.removed), "school": result.keep.name, "moved": result.total_moved},
        )
        return redirect(str(self.edit_url_name), quote(self.object.pk))


class SchoolViewSet(ModelViewSet):
    """The shared register of schools, for national administrators; read-only for a region's staff."""

    model = School
    name = "skoler"
    icon = "home"
    menu_label = gettext_lazy("Schools")
    menu_order = 100
    index_view_class = SchoolIndexView
    edit_view_class = SchoolEditView
    inspect_view_class = SchoolInspectView
    delete_view_class = SchoolDeleteView
    inspect_view_enabled = True
    inspect_view_fields = ["name", "orgnr", "kommune", "school_type", "created_at"]
    copy_view_enabled = False
    search_fields = ["name", "orgnr"]
    search_backend_name = None
    filterset_class = SchoolFilterSet
    list_per_page = 50
    list_display = [
        "name",
        Column("orgnr_display", label=gettext_lazy("Organisation number"), sort_key="orgnr"),
        Column("kommune", label=gettext_lazy("Municipality"), sort_key="kommune__name"),
        Column("fylke", accessor="kommune.fylke", label=gettext_lazy("County"), sort_key="kommune__fylke__number"),
        "school_type",
    ]
    delete_template_name = "courses/admin/school_confirm_delete.html"
    inspect_template_name = "courses/admin/school_inspect.html"
    edit_handler = ObjectList(
        [FieldPanel("orgnr"), FieldPanel("name"), FieldPanel("kommune"), FieldPanel("school_type")],
        base_form_class=SchoolAdminForm,
    )

    # Wagtail's reference index does not track registrations and enrollments, so its "usage"
    # count would say 0 for a school with sign-ups; references_to() answers that instead.
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(merge_url_name=self.get_url_name("merge"), usage_url_name=None, **kwargs)

    @property
    def merge_view(self):
        return self.construct_view(SchoolMergeView)

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("merge/<int:pk>/", self.merge_view, name="merge")]
