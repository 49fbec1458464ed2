"""Forms that edit the school's plan and the kommune's partner list.

Every text field passes the privacy guard (``network.privacy.PrivacyGuardMixin``): the plan
names roles and services, never pupils. Identity numbers are refused; other likely identifiers
(a name with a class, a telephone number, an age) are shown to the writer, who confirms before
the row is saved, as in the forum. The partner list is exempt from those warnings: its point is
the names and numbers of the adults to call.
"""

import copy

from django import forms
from django.db.models import Model
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses import access
from courses.models import KommunePartner, PartnerRow, PreventionRow, RoleRow, SchoolPlan, SituationRow
from courses.services import plans
from korus_site.core.forms import KorusModelForm
from network.forms import PostForm
from network.privacy import PrivacyGuardMixin

SHORT = {"rows": 3}
MAX_LENGTH_MESSAGE = _(
    "There is room for at most %(limit_value)d characters here, and the text has %(show_value)d. Shorten it."
)


class PlanFormMixin(PrivacyGuardMixin):
    """The plan's forms: the same field names as the plan page and the PDF, a plain message for a text that is
    too long, and the forum's box to confirm likely identifiers (shown only when the guard warns)."""

    section = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = plans.field_labels(self.section)
        for name, field in self.fields.items():
            if name in labels:
                field.label = str(labels[name])
            field.error_messages["max_length"] = MAX_LENGTH_MESSAGE
        if self.privacy_warned:
            self.fields["confirm_identifiers"] = copy.deepcopy(PostForm.base_fields["confirm_identifiers"])

    def clean(self):
        # Only what the writer changed now is questioned: a row confirmed before, or left as it was, is not
        # asked about again each time its part is saved. Identity numbers are refused in every field all the same.
        self.privacy_warned = tuple(name for name in type(self).privacy_warned if name in self.changed_data)
        return super().clean()


class GoalsForm(PlanFormMixin, KorusModelForm):
    section = "goals"
    privacy_warned = ("goals",)

    class Meta:
        model = SchoolPlan
        fields = ["goals"]
        widgets = {"goals": forms.Textarea(attrs={"rows": 8})}
        help_texts = {"goals": _("What the school wants to achieve with its preventive work.")}


class PreventionRowForm(PlanFormMixin, KorusModelForm):
    section = "prevention"
    privacy_warned = ("audience", "what", "when", "how", "responsible")

    class Meta:
        model = PreventionRow
        fields = ["audience", "what", "when", "how", "responsible"]
        widgets = {"what": forms.Textarea(attrs=SHORT), "how": forms.Textarea(attrs=SHORT)}


class SituationRowForm(PlanFormMixin, KorusModelForm):
    section = "situations"
    privacy_warned = ("situation", "follow_up", "responsible")

    class Meta:
        model = SituationRow
        fields = ["situation", "follow_up", "responsible"]
        widgets = {"follow_up": forms.Textarea(attrs={"rows": 5})}


class PartnerRowForm(PlanFormMixin, KorusModelForm):
    section = "partners"

    class Meta:
        model = PartnerRow
        fields = ["function", "name", "phone", "email", "address"]
        widgets = {"phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"})}


class RoleRowForm(PlanFormMixin, KorusModelForm):
    section = "roles"
    privacy_warned = ("function", "tasks")  # the name is a staff member's, as the part asks

    class Meta:
        model = RoleRow
        fields = ["function", "name", "tasks"]
        widgets = {"tasks": forms.Textarea(attrs=SHORT)}


class KommunePartnerForm(PrivacyGuardMixin, WagtailAdminModelForm):
    """The admin's form for a row of a kommune's list: only the kommuner of the staff member's regions."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "kommune" in self.fields and for_user is not None:
            field = self.fields["kommune"]
            field.queryset = access.partner_list_kommuner(for_user).order_by("name")  # type: ignore[attr-defined]

    class Meta:
        model = KommunePartner
        fields = ["kommune", "function", "name", "phone", "email", "address", "sort_order"]


def _formset(model: type[Model], form: type[forms.ModelForm]) -> type[forms.BaseInlineFormSet]:
    # One empty row to fill in and a delete box on each row: adding and removing work without JavaScript.
    return inlineformset_factory(SchoolPlan, model, form=form, extra=1, can_delete=True)


ROW_FORMSETS = {
    "prevention": _formset(PreventionRow, PreventionRowForm),
    "situations": _formset(SituationRow, SituationRowForm),
    "partners": _formset(PartnerRow, PartnerRowForm),
    "roles": _formset(RoleRow, RoleRowForm),
}
