import re
from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _

from korus_site.core.forms import KorusForm, KorusModelForm
from korus_site.core.text import slug
from network.models import Area, Member
from network.privacy import PrivacyGuardMixin
from network.services import posting


class PostForm(PrivacyGuardMixin, KorusForm):
    """A post's text and an optional image; the privacy guard refuses identity numbers and asks about other identifiers.

    The title (for a new topic), the text and the image description are read as one post.
    """

    privacy_read_together = (("title", "text", "image_alt"),)
    privacy_warned = ("title", "text", "image_alt")

    text = forms.CharField(
        label=_("Your text"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Markdown works: **bold**, *italic*, lists and > quotes. Mention a member with @handle. "
            "Never write anything that can identify a pupil."
        ),
    )
    image = forms.ImageField(
        label=_("Image (optional)"), required=False, help_text=_("JPEG, PNG, WebP or GIF, at most 5 MB.")
    )
    image_alt = forms.CharField(label=_("What the image shows"), max_length=200, required=False)
    confirm_identifiers = forms.BooleanField(
        label=_("I have checked: nobody, and no pupil, can be recognised from what I write."), required=False
    )

    def __init__(self, *args, uploader=None, **kwargs):
        """``uploader``: the person posting, whose image uploads are counted before any is decoded."""
        super().__init__(*args, **kwargs)
        self.uploader = uploader

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image:
            if self.uploader is not None:
                posting.check_image_rate(self.uploader)
            self.cleaned_data["processed_image"] = posting.process_image(image)
        return image

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and "image_alt" not in self.errors and not cleaned.get("image_alt", "").strip():
            self.add_error("image_alt", _("Describe the image for those who cannot see it."))
        return cleaned

    def images(self) -> list:
        processed = self.cleaned_data.get("processed_image")
        return [(processed, self.cleaned_data["image_alt"].strip())] if processed else []


class TopicForm(PostForm):
    title = forms.CharField(label=_("Title"), max_length=150)
    field_order = ["title", "text", "image", "image_alt", "confirm_identifiers"]


class EditForm(PostForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["image"]
        del self.fields["image_alt"]


class ReportForm(PrivacyGuardMixin, KorusForm):
    reason = forms.CharField(
        label=_("What is wrong with the post?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 4})
    )


class HideForm(PrivacyGuardMixin, KorusForm):
    """Why a post is deleted or hidden: optional, and shown to readers where the post was."""

    reason = forms.CharField(
        label=_("Reason (optional)"),
        max_length=300,
        required=False,
        help_text=_("Readers see it where the post was. Never write anything that can identify anyone."),
    )


class MemberSettingsForm(PrivacyGuardMixin, KorusModelForm):
    follow = forms.ModelMultipleChoiceField(
        label=_("Tell me about new topics in"),
        queryset=Area.objects.filter(is_active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Member
        fields = ["handle", "email_frequency"]
        widgets = {"email_frequency": forms.RadioSelect}

    def clean_handle(self) -> str:
        """The handle as typed, in small letters and with Norwegian letters spelt out (bjørn → bjorn)."""
        return re.sub(r"[^._-]+", lambda part: slug(part.group(0)), self.cleaned_data["handle"].strip())


class MoveForm(forms.Form):
    to = forms.ModelChoiceField(label=_("Move to"), queryset=Area.objects.none())

    def __init__(self, *args, areas=None, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["to"]).queryset = areas if areas is not None else Area.objects.none()
        self.fields["to"].widget.attrs["class"] = "ds-input"


class SuspendForm(PrivacyGuardMixin, KorusForm):
    days = forms.IntegerField(label=_("Days"), min_value=1, max_value=365, initial=7)
    reason = forms.CharField(label=_("Reason"), max_length=300)
