from typing import Any

from django import forms
from django.contrib.auth import forms as auth_forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from korus_site.core.forms import DesignsystemetMixin
from korus_site.core.ratelimit import allow, client_ip
from network.privacy import PrivacyGuardMixin

from .models import User


class LoginForm(DesignsystemetMixin, auth_forms.AuthenticationForm):
    username = auth_forms.UsernameField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _("The e-mail address or password is wrong. Check both and try again."),
        "inactive": _("This account is not active."),
    }


# Password-link requests from one address (for any accounts) per hour. One account gets at most
# one link per quarter of an hour however often it is asked (accounts.services.queue_password_link).
RESETS_PER_ADDRESS_PER_HOUR = 10


class PasswordResetForm(DesignsystemetMixin, auth_forms.PasswordResetForm):
    email = forms.EmailField(
        label=_("E-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def save(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        """Send the link unless the address has asked too often; the answer is the same either way."""
        if request is not None and not allow(
            f"password-reset:{client_ip(request)}", limit=RESETS_PER_ADDRESS_PER_HOUR, window=3600
        ):
            return
        super().save(*args, request=request, **kwargs)  # type: ignore[misc]  # stubs list request positionally

    def get_users(self, email):
        """Also people who never set a password: the reset link is how they get one."""
        return User.objects.filter(email__iexact=email, is_active=True)

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        from .services import queue_password_link

        queue_password_link(context["user"], purpose="reset")


class SetPasswordForm(DesignsystemetMixin, auth_forms.SetPasswordForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Django's own words here are stiff in bokmål and half bokmål in nynorsk.
        self.fields["new_password2"].help_text = _("Type the same password once more, to check that it is right.")


class ProfileForm(PrivacyGuardMixin, DesignsystemetMixin, forms.ModelForm):
    """A person's name, which others read beside their posts and on certificates."""

    privacy_read_together = (("first_name", "last_name"),)

    class Meta:
        model = User
        fields = ["first_name", "last_name", "language", "list_as_kjentmann"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        enrollments = getattr(self.instance, "enrollments", None)
        if enrollments is None or not enrollments.exists():
            # Only participants become Kjentmenn; a school contact or staff member is never listed as one.
            del self.fields["list_as_kjentmann"]


class AdminLoginForm(WagtailLoginForm):
    """Wagtail's admin login with the password field labelled in the staff member's language.

    Wagtail's form leaves that label to Django, which spells the field's name in English.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")


class DeleteAccountForm(DesignsystemetMixin, forms.Form):
    """Deleting one's account asks for the password again, so that an unattended browser cannot."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is wrong."), code="wrong_password")
        return password
