import time
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from courses import demo as courses_demo
from courses.models import Certificate
from home import demo as home_demo
from korus_site.core.demo import DEMO_ACCOUNTS
from korus_site.core.models import OutboxMessage
from network import demo as network_demo


class Command(BaseCommand):
    help = "Create the demo site, content and accounts. Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        if not settings.ALLOW_DEMO_DATA:
            raise CommandError("Demo data is not allowed with these settings (ALLOW_DEMO_DATA is off in production).")
        # Demo people get no e-mail: keep whatever the demo would send in memory. The search
        # index is built once at the end instead of after every page.
        backends = {
            name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend", WAGTAILSEARCH_BACKENDS=backends
            ),
            transaction.atomic(),
        ):
            for app_demo in (home_demo, courses_demo, network_demo):
                started = time.monotonic()
                app_demo.seed(self.stdout.write)
                self.stdout.write(f"  ({app_demo.__name__}: {time.monotonic() - started:.1f} s)")
            started = time.monotonic()
        # What the seeding set off runs once it is committed: certificates, e-mails to the outbox.
        self.stdout.write(
            f"Certificates: {Certificate.objects.count()}, outbox messages: {OutboxMessage.objects.count()}"
            f"  (committed: {time.monotonic() - started:.1f} s)"
        )
        started = time.monotonic()
        call_command("update_index", verbosity=0, stdout=StringIO())
        self.stdout.write(f"Search index updated ({time.monotonic() - started:.1f} s)")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password: {settings.DEMO_PASSWORD}):")
        for email, role in DEMO_ACCOUNTS:
            self.stdout.write(f"  {email:<24} {role}")
