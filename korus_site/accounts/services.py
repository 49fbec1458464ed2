"""Accounts: find or create people by e-mail, and send them a link to set a password."""

from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from korus_site.core.emails import send_templated_email

from .models import User


def get_or_create_person(*, email: str, first_name: str = "", last_name: str = "") -> tuple[User, bool]:
    """The one account for an e-mail address, created without a password when new."""
    email = User.objects.normalize_email(email).strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user:
        changed = []
        if first_name and not user.first_name:
            user.first_name = first_name
            changed.append("first_name")
        if last_name and not user.last_name:
            user.last_name = last_name
            changed.append("last_name")
        if changed:
            user.save(update_fields=changed)
        return user, False
    try:
        with transaction.atomic():
            user = User.objects.create_user(email=email, password=None, first_name=first_name, last_name=last_name)
    except IntegrityError:
        # Someone signed the same person up at the same moment, perhaps to another series.
        return User.objects.get(email__iexact=email), False
    return user, True


def password_link(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("accounts:password_set", kwargs={"uidb64": uid, "token": token})


def send_password_link(user_id: int, *, purpose: str = "welcome") -> bool:
    """E-mail a link to set a password: ``welcome`` for new accounts, ``reset`` on request."""
    user = User.objects.get(pk=user_id)
    if purpose == "welcome" and user.has_usable_password():
        return False
    return send_templated_email(
        to=user.email,
        template=f"accounts/password_{purpose}",
        context={"user": user, "link": password_link(user)},
    )
