"""Accounts: find or create people by e-mail, and send them a link to set a password."""

from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from home.services.contact import national_contact_address
from korus_site.core import outbox
from korus_site.core.emails import send_templated_email

from .models import User, normalise_email
from .types import AnyUser


def get_or_create_person(
    *, email: str, first_name: str = "", last_name: str = "", language: str | None = None
) -> tuple[User, bool]:
    """The one account for an e-mail address, created without a password when new.

    A new account's language is ``language``, or the language the page was shown in.
    Returns (user, whether it was created).
    """
    email = normalise_email(email)
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
            user = User.objects.create_user(
                email=email,
                password=None,
                first_name=first_name,
                last_name=last_name,
                language=language or _active_language(),
            )
    except IntegrityError:
        # Someone signed the same person up at the same moment, perhaps to another series.
        return User.objects.get(email__iexact=email), False
    return user, True


def _active_language() -> str:
    from django.conf import settings

    active = translation.get_language() or settings.LANGUAGE_CODE
    return active if active in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def password_link(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("accounts:password_set", kwargs={"uidb64": uid, "token": token})


def queue_password_link(user: User, *, purpose: str = "welcome") -> None:
    """Put a "choose your password" e-mail in the outbox (after the current transaction commits).

    ``welcome`` goes once per account; ``reset`` at most once per quarter of an hour, however
    often it is asked for.
    """
    if purpose == "welcome":
        key = f"password:{user.pk}:welcome"
    else:
        now = timezone.now()
        slot = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
        key = f"password:{user.pk}:reset:{slot.isoformat()}"
    outbox.enqueue(send_password_link, user.pk, purpose=purpose, key=key)


def is_only_contact(user: AnyUser) -> bool:
    """Whether the person has signed others up (a school contact) but is enrolled in nothing themselves.

    Such a person is written to, and shown «Min konto», as a school contact rather than a participant.
    Read through the relations the course app adds to the user (``school_registrations``, ``enrollments``).
    """
    registrations = getattr(user, "school_registrations", None)
    enrollments = getattr(user, "enrollments", None)
    return bool(
        registrations is not None and registrations.exists() and enrollments is not None and not enrollments.exists()
    )


@outbox.work
def send_password_link(user_id: int, *, purpose: str = "welcome") -> bool:
    """E-mail a link to set a password: ``welcome`` for new accounts, ``reset`` on request.

    Raises ``outbox.Skip`` for an inactive account, or a welcome to someone who has a password.
    """
    user = User.objects.get(pk=user_id)
    if not user.is_active:
        raise outbox.Skip("the account is not active")
    if purpose == "welcome" and user.has_usable_password():
        raise outbox.Skip("the person has chosen a password already")
    return send_templated_email(
        to=user.email,
        template=f"accounts/password_{purpose}",
        context={"user": user, "link": password_link(user), "as_contact": is_only_contact(user)},
        language=user.language,
        reply_to=national_contact_address(),
    )
