"""Shared form rendering: every form on the site is drawn by the same templates.

Each field shows its label, help text and errors next to it, links them with
``aria-describedby`` and marks the input invalid, and keeps what the person typed.
"""

from typing import TYPE_CHECKING

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_noop, ngettext_lazy

if TYPE_CHECKING:
    _FormBase = forms.BaseForm  # what the mixin is mixed into, for the type checker
else:
    _FormBase = object


# Django's own messages that our catalogues word better than Django's do; our catalogues are read
# first (LOCALE_PATHS), so these msgstr win. Django's bokmål "Oppgi en gyldig e-postadresse" lacks
# its full stop and reads stiffly beside the site's other messages.
DJANGO_MESSAGES = (gettext_noop("Enter a valid email address."),)
# The same for the length limits, whose Norwegian in Django reads «Sørg for at denne verdien har …».
DJANGO_PLURAL_MESSAGES = (
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)


class KorusFormRenderer(TemplatesSetting):
    form_template_name = "components/forms/form.html"
    formset_template_name = "components/forms/formset.html"
    field_template_name = "components/forms/field.html"


class DesignsystemetMixin(_FormBase):
    """Gives every visible widget Designsystemet's input class.

    Django itself marks invalid inputs with ``aria-invalid`` and points ``aria-describedby``
    at the help text and the error message.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if field.widget.is_hidden:
                continue
            existing = field.widget.attrs.get("class", "")
            if "ds-input" not in existing:
                field.widget.attrs["class"] = f"{existing} ds-input".strip()


class KorusForm(DesignsystemetMixin, forms.Form):
    pass


class KorusModelForm(DesignsystemetMixin, forms.ModelForm):
    pass
