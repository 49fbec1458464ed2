import datetime
from typing import cast

from django import forms
from django.forms import formset_factory
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from courses.choices import RoleAtSchool, SchoolType, TargetGroup
from courses.validators import normalise_orgnr, validate_orgnr
from home.models import Fylke, Kommune, Region
from korus_site.accounts.models import normalise_email
from korus_site.core.forms import KorusForm
from network.privacy import PrivacyGuardMixin

MAX_PARTICIPANTS = 30


class KommuneChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.fylke.name})"


class SchoolForm(PrivacyGuardMixin, KorusForm):
    """The school and the person signing it up; staff read every field, so none may hold an identity number."""

    privacy_read_together = (("contact_first_name", "contact_last_name"),)

    orgnr = forms.CharField(
        label=_("Organisation number"),
        max_length=20,
        help_text=_("Nine digits. Find it at brreg.no if you are unsure."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    school_name = forms.CharField(label=_("Name of the school"), max_length=200)
    kommune = KommuneChoiceField(
        label=_("Municipality"),
        queryset=Kommune.objects.select_related("fylke").order_by("name"),
        empty_label=_("Choose"),
    )
    school_type = forms.ChoiceField(label=_("Type of school"), choices=[("", _("Choose")), *SchoolType.choices])
    contact_first_name = forms.CharField(label=_("Your first name"), max_length=150)
    contact_last_name = forms.CharField(label=_("Your last name"), max_length=150)
    contact_email = forms.EmailField(
        label=_("Your e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    contact_phone = forms.CharField(label=_("Your telephone (optional)"), max_length=30, required=False)
    informed = forms.BooleanField(
        label=_("The participants know that I am signing them up, and that their name, e-mail and role are stored."),
        error_messages={"required": _("Confirm that the participants know about the sign-up.")},
    )

    ANOTHER_SCHOOL = "other"
    SCHOOL_FIELDS = ("orgnr", "school_name", "kommune", "school_type")

    def __init__(self, *args, user=None, schools=(), **kwargs):
        """``schools``: the schools a logged-in contact has signed up before (``courses.access.contact_schools``),
        offered as a choice beside «another school», so the contact need not type them again."""
        super().__init__(*args, **kwargs)
        self.user = user if user and user.is_authenticated else None
        self.schools = {str(school.pk): school for school in schools}
        if self.user:
            for name in ("contact_first_name", "contact_last_name", "contact_email"):
                del self.fields[name]
        if self.schools:
            self.fields["school"] = forms.ChoiceField(
                label=_("Which school do you sign up?"),
                choices=[
                    *(
                        (pk, f"{school.name} ({school.orgnr_display}, {school.kommune.name})")
                        for pk, school in self.schools.items()
                    ),
                    (self.ANOTHER_SCHOOL, _("Another school")),
                ],
                widget=forms.RadioSelect,
                initial=next(iter(self.schools)) if len(self.schools) == 1 else None,
                error_messages={"required": _("Choose the school, or «Another school».")},
            )
            self.order_fields(["school", *self.SCHOOL_FIELDS])
            for name in self.SCHOOL_FIELDS:
                self.fields[name].required = False

    @property
    def another_school(self) -> bool:
        """Whether the school is typed in (always, unless the contact has schools to choose from)."""
        return not self.schools or self.data.get(self.add_prefix("school")) == self.ANOTHER_SCHOOL

    def chosen_school(self):
        """The contact's school chosen from the list, or None when another school was typed in."""
        return self.schools.get(self.cleaned_data.get("school") or "")

    def clean_orgnr(self):
        if not self.another_school:
            return ""
        value = normalise_orgnr(self.cleaned_data["orgnr"])
        validate_orgnr(value)
        return value

    def clean(self):
        cleaned = super().clean()
        if self.schools and self.another_school:
            for name in self.SCHOOL_FIELDS:
                if name in cleaned and not cleaned[name]:
                    self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned


class ParticipantForm(PrivacyGuardMixin, KorusForm):
    """One participant; staff read the name, so it may not hold an identity number."""

    privacy_read_together = (("first_name", "last_name"),)

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role at the school"), choices=[("", _("Choose")), *RoleAtSchool.choices])

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class BaseParticipantFormSet(forms.BaseFormSet):
    default_error_messages = {
        "missing_management_form": _("Part of the form was missing. Reload the page and fill it in again."),
        "too_many_forms": ngettext_lazy(
            "One sign-up can hold at most %(num)d participant.",
            "One sign-up can hold at most %(num)d participants.",
            "num",
        ),
        "too_few_forms": ngettext_lazy(
            "Fill in at least %(num)d participant.",
            "Fill in at least %(num)d participants.",
            "num",
        ),
    }

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            # BaseFormSet._should_delete_form is missing from django-stubs.
            deleted = self._should_delete_form  # type: ignore[attr-defined]
            if not form.has_changed() or deleted(form) or not hasattr(form, "cleaned_data"):
                continue
            email = form.cleaned_data.get("email")
            if email and email in seen:
                form.add_error("email", _("This person is already in the list above."))
            seen.add(email)

    def people(self):
        return [
            form.cleaned_data
            for form in self.forms
            # BaseFormSet._should_delete_form is missing from django-stubs.
            if form.has_changed() and not self._should_delete_form(form) and form.cleaned_data  # type: ignore[attr-defined]
        ]


ParticipantFormSet = formset_factory(
    ParticipantForm,
    formset=BaseParticipantFormSet,
    extra=0,
    min_num=1,
    validate_min=True,
    max_num=MAX_PARTICIPANTS,
    validate_max=True,
    can_delete=False,
)


def participant_rows(data, prefix: str = "participants") -> list[dict]:
    """The rows as typed, for redrawing the form after a row is added or removed (no JavaScript)."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), MAX_PARTICIPANTS)
    except ValueError:
        total = 0
    fields = ("first_name", "last_name", "email", "role")
    return [{name: data.get(f"{prefix}-{i}-{name}", "") for name in fields} for i in range(total)]


class SwapForm(ParticipantForm):
    """A colleague who takes over someone's place."""


class CorrectParticipantForm(ParticipantForm):
    """The school contact's correction of a participant's name, e-mail address or role.

    The name and address fields are left out when the contact may no longer change them
    (``courses.services.school_contacts.may_correct_identity``): then only the role is offered.
    """

    def __init__(self, *args, identity: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not identity:
            for name in ("first_name", "last_name", "email"):
                del self.fields[name]


class CheckInCodeForm(KorusForm):
    """The short code under the QR code in the room, typed by someone who does not scan."""

    code = forms.CharField(
        label=_("Code from the screen"),
        max_length=20,
        help_text=_("Six letters and digits, shown under the QR code. For example K7P-4QX."),
        error_messages={"required": _("Type the code shown on the screen.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "autocorrect": "off",
                "spellcheck": "false",
                "enterkeyhint": "go",
                "class": "check-in-code-input",
            }
        ),
    )

    def clean_code(self) -> str:
        # Imported here: the models import this module for the series editor's form.
        from courses.services.attendance import is_short_code_shape, normalise_short_code

        code = normalise_short_code(self.cleaned_data["code"])
        if not is_short_code_shape(code):
            raise forms.ValidationError(
                _("The code has six letters and digits, for example K7P-4QX. Type it as it stands on the screen.")
            )
        return code


class FinderForm(forms.Form):
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All regions"),
    )
    fylke = forms.ModelChoiceField(
        label=_("County"),
        queryset=Fylke.objects.order_by("name"),
        to_field_name="number",
        required=False,
        empty_label=_("All counties"),
    )
    malgruppe = forms.ChoiceField(label=_("Target group"), required=False)
    maned = forms.ChoiceField(label=_("Month of the first gathering"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["malgruppe"]).choices = [
            ("", _("All target groups")),
            (TargetGroup.LOWER_SECONDARY, _("Lower secondary school")),
            (TargetGroup.UPPER_SECONDARY, _("Upper secondary school")),
        ]
        today = timezone.localdate()
        months = []
        for offset in range(18):
            year, month = divmod(today.month - 1 + offset, 12)
            first = datetime.date(today.year + year, month + 1, 1)
            months.append((first.strftime("%Y-%m"), date_format(first, "YEAR_MONTH_FORMAT").capitalize()))
        cast(forms.ChoiceField, self.fields["maned"]).choices = [("", _("Any month")), *months]
        for field in self.fields.values():
            field.widget.attrs["class"] = "ds-input"
