"""What every app's demo seeding shares: the demo accounts and how demo pages are added.

``manage.py seed_demo`` runs each app's ``demo.seed`` in order."""

from django.conf import settings

from korus_site.accounts.models import User

# (e-mail, role shown when printed)
DEMO_ACCOUNTS = [
    ("admin@korus.test", "national administrator"),
    ("oslo@korus.test", "KORUS Oslo staff"),
    ("bergen@korus.test", "KORUS Bergen staff"),
    ("redaktor.oslo@korus.test", "KORUS Oslo editor (submits for approval)"),
    ("kontakt@skole.test", "school contact"),
    ("deltaker@skole.test", "participant in a running series"),
    ("kjentmann@skole.test", "certified Kjentmann"),
]


def demo_user(email: str, first_name: str, last_name: str, **extra) -> User:
    """Get or create a demo account with the demo password."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email, password=settings.DEMO_PASSWORD, first_name=first_name, last_name=last_name, **extra
        )
    return user


def publish_new(parent, page):
    """Add a page as published, without a revision: faster for demo content, and editing it later
    starts its revision history as usual."""
    from django.utils import timezone

    now = timezone.now()
    page.live = True
    page.first_published_at = page.last_published_at = now
    parent.add_child(instance=page)
    return page
