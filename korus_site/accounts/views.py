from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from korus_site.core.pdf import simple_document

from . import own_data
from .forms import DeleteAccountForm, LoginForm, PasswordResetForm, ProfileForm, SetPasswordForm
from .services import is_only_contact


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True
    extra_context = {"page_title": gettext_lazy("Log in")}

    def get_default_redirect_url(self):
        """Without a ``next`` address: the landing page for the person's role (``courses.access.landing_url``)."""
        from courses.access import landing_url

        return landing_url(self.request.user)


class LogoutView(auth_views.LogoutView):
    pass


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = PasswordResetForm
    success_url = reverse_lazy("accounts:password_reset_sent")
    extra_context = {"page_title": gettext_lazy("Forgotten password")}


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"
    extra_context = {"page_title": gettext_lazy("Check your e-mail")}


class PasswordSetView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_set.html"
    form_class = SetPasswordForm
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    extra_context = {"page_title": gettext_lazy("Choose a password")}

    def get_success_url(self):
        """The landing page for the person's role, as after logging in (``courses.access.landing_url``)."""
        from courses.access import landing_url

        return landing_url(self.request.user)  # logged in by now (post_reset_login)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is saved and you are logged in."))
        return response


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        translation.activate(user.language)  # the confirmation, and the pages from now on, in the chosen language
        messages.success(request, _("Your details are saved."))
        response = redirect("accounts:profile")
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            user.language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
    registrations = getattr(request.user, "school_registrations", None)
    context = {
        "form": form,
        "is_contact": registrations is not None and registrations.exists(),
        "as_contact": is_only_contact(request.user),
        "page_title": _("My account"),
    }
    return render(request, "accounts/profile.html", context)


@login_required
def my_data(request):
    """A readable summary of everything the platform holds about the person logged in."""
    return render(
        request,
        "accounts/my_data.html",
        {"sections": own_data.readable(request.user), "page_title": _("My data")},
    )


@login_required
def my_data_json(request):
    """Everything the platform holds about the person logged in, as JSON, for download."""
    response = JsonResponse(
        own_data.collect(request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = 'attachment; filename="mine-data.json"'
    return response


@login_required
def my_data_pdf(request):
    """The readable summary of ``my_data`` as a PDF, for download."""
    paragraphs = []
    for title, rows in own_data.readable(request.user):
        lines = [title.upper()]
        if not rows:
            lines.append(_("Nothing."))
        for row in rows:
            lines.append(" · ".join(f"{label}: {value}" for label, value in row))
        paragraphs.append("\n".join(lines))
    pdf = simple_document(str(_("My data")), paragraphs, subtitle=request.user.email)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="mine-data.pdf"'
    return response


@login_required
def delete_account(request):
    """Explain what deleting the account does, ask for the password, then delete and log out."""
    refusals = own_data.refusals(request.user)
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and not refusals and form.is_valid():
        own_data.delete_account(request.user)
        logout(request)
        return redirect("accounts:deleted")
    return render(
        request,
        "accounts/delete_account.html",
        {
            "form": form,
            "refusals": refusals,
            "erasures": own_data.erasures(),
            "page_title": _("Delete my account"),
        },
    )


def account_deleted(request):
    return render(request, "accounts/account_deleted.html", {"page_title": _("Your account is deleted")})
