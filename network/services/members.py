"""Forum profiles: each member's handle and e-mail choice, made on first use."""

from korus_site.accounts.types import User
from korus_site.core.text import slug
from network.models import Member


def member_for(user: User) -> Member:
    """The person's forum profile, made with a handle from their name on first use.

    The handle is the name in lower case with dots ("kari.nordmann"), numbered when taken.
    """
    member = Member.objects.filter(user=user).first()
    if member:
        return member
    base = slug(f"{user.first_name} {user.last_name}", separator=".") or "medlem"
    base = base.strip(".")[:50] or "medlem"
    handle, n = base, 1
    while Member.objects.filter(handle=handle).exists():
        n += 1
        handle = f"{base}{n}"
    member, _ = Member.objects.get_or_create(user=user, defaults={"handle": handle})
    return member


def stop_email(member: Member) -> bool:
    """Stop every network e-mail to ``member`` (notices stay on the site); returns whether anything changed."""
    from network.choices import EmailFrequency

    if member.email_frequency == EmailFrequency.NEVER:
        return False
    member.email_frequency = EmailFrequency.NEVER
    member.save(update_fields=["email_frequency"])
    return True
