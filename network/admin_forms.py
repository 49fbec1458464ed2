from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from network.privacy import PrivacyGuardMixin


# Paths under /nettverk/ that an area's slug must not take.
def reserved_slugs() -> set[str]:
    """The first path segments the network's own pages use (/nettverk/sok/, /nettverk/bilde/…).

    An area's slug must not be one of them, or its page could never be reached. Read from
    network/urls.py, so a new page of the network reserves its address by existing.
    """
    from django.urls import get_resolver

    _prefix, network_urls = get_resolver().namespace_dict["network"]
    segments = (str(pattern.pattern).split("/")[0] for pattern in network_urls.url_patterns)
    return {segment for segment in segments if segment and not segment.startswith("<")}


class AreaForm(PrivacyGuardMixin, WagtailAdminModelForm):
    """Regional staff manage their own regions' areas; only national administrators the national one.

    Members read an area's name and description, so the privacy guard checks them too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from home import access as staff_access

        user = getattr(self, "for_user", None)
        if user is not None and "region" in self.fields:
            region = cast(forms.ModelChoiceField, self.fields["region"])
            region.queryset = staff_access.staff_regions(user)
            if not staff_access.is_national_admin(user):
                region.required = True
                region.empty_label = None

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in reserved_slugs():
            raise ValidationError(_("This address is used by the network itself. Choose another."))
        return slug
