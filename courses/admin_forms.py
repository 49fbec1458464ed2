"""Forms of the school register in the admin: a school's details and the duplicates to merge."""

from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses.forms import KommuneChoiceField
from courses.models import School
from courses.validators import normalise_orgnr, validate_orgnr
from home.models import Kommune


class SchoolAdminForm(WagtailAdminModelForm):
    """A school's details; the organisation number is taken as people type it and stored as nine digits."""

    orgnr = forms.CharField(
        label=_("Organisation number"),
        max_length=20,
        help_text=_("Nine digits, as in the Brønnøysund register. Spaces are fine: 974 760 673."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    kommune = KommuneChoiceField(
        label=_("Municipality"),
        queryset=Kommune.objects.select_related("fylke").order_by("name"),
        empty_label=_("Choose"),
    )

    class Meta:
        model = School
        fields = ["orgnr", "name", "kommune", "school_type"]

    def clean_orgnr(self) -> str:
        value = normalise_orgnr(self.cleaned_data["orgnr"])
        validate_orgnr(value)
        other = School.objects.filter(orgnr=value).exclude(pk=self.instance.pk).first()
        if other is not None:
            raise ValidationError(
                _("%(school)s already has this organisation number. Merge the two if they are the same school."),
                code="unique",
                params={"school": other.name},
            )
        return value


class SchoolChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: School) -> str:
        return f"{obj.name} ({obj.orgnr_display}, {obj.kommune.name})"


class MergeForm(forms.Form):
    """The duplicates to merge into one school, ticked among the candidates shown.

    Any school but the one kept is accepted (``queryset``); only ``candidates`` and those
    already ticked are drawn, so the page stays short however large the register grows.
    """

    duplicates = SchoolChoices(
        label=_("Duplicates of this school"),
        queryset=School.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Their sign-ups move to this school, and then they are deleted."),
        error_messages={"required": _("Tick at least one school that is the same as this one.")},
    )

    def __init__(self, *args, keep: School, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        field = cast(forms.ModelMultipleChoiceField, self.fields["duplicates"])
        field.queryset = School.objects.exclude(pk=keep.pk).select_related("kommune")
        data = cast(QueryDict, self.data)  # a bound form's data is the request's POST
        ticked = [value for value in (data.getlist("duplicates") if self.is_bound else []) if value.isdigit()]
        shown = list(candidates[:50]) + list(field.queryset.filter(pk__in=ticked).exclude(pk__in=candidates))
        field.widget.choices = [(school.pk, field.label_from_instance(school)) for school in shown]
