import pytest

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

DEMO_EMAILS = [
    "admin@korus.test",
    "oslo@korus.test",
    "bergen@korus.test",
    "kontakt@skole.test",
    "deltaker@skole.test",
    "kjentmann@skole.test",
]


def snapshot():
    """Row counts of every model of the project and of Wagtail's pages, groups and permissions."""
    labels = {"accounts", "core", "home", "courses", "network", "wagtailcore", "wagtailimages", "wagtaildocs", "auth"}
    counts = {}
    for model in apps.get_models():
        if model._meta.app_label in labels and not model._meta.proxy:
            counts[model._meta.label] = model._default_manager.count()
    return counts


def test_seed_demo_twice_leaves_the_same_data(capsys):
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first
    output = capsys.readouterr().out
    for email in DEMO_EMAILS:
        assert email in output


def test_seed_demo_builds_the_public_addresses(client):
    from home.models import MaterialPage, NewsPage, Region

    call_command("seed_demo")
    for region in Region.objects.all():
        assert client.get(f"/{region.slug}/").status_code == 200
        assert client.get(f"/{region.slug}/nyheter/").status_code == 200
        assert client.get(f"/{region.slug}/nyheter/feed/").status_code == 200
        assert NewsPage.objects.filter(region=region).count() >= 3
    for path in [
        "/",
        "/nyheter/",
        "/nyheter/feed/",
        "/materiell/",
        "/sok/?q=kjentmann",
        "/personvern/",
        "/tilgjengelighet/",
    ]:
        assert client.get(path).status_code == 200, path
    assert all(len(page.versions_newest_first()) == 2 for page in MaterialPage.objects.all())


def test_demo_accounts_can_log_in(client, settings):
    from korus_site.accounts.models import User

    call_command("seed_demo")
    for email in DEMO_EMAILS:
        assert User.objects.get(email=email).check_password(settings.DEMO_PASSWORD)
    assert User.objects.get(email="admin@korus.test").is_superuser
    oslo = User.objects.get(email="oslo@korus.test")
    assert {group.name for group in oslo.groups.all()} == {"KORUS Oslo: redaktører", "KORUS Oslo: ledere"}


def test_seed_demo_refuses_without_permission(settings):
    settings.ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("seed_demo")


def test_the_first_change_to_a_demo_series_reaches_its_participants(mailoutbox, django_capture_on_commit_callbacks):
    """The demo publishes its series as staff would: moving a gathering is announced the first time too."""
    import datetime

    from courses.models import CourseSeriesPage, Gathering
    from courses.services import changes
    from korus_site.core.models import OutboxMessage

    call_command("seed_demo")
    series = CourseSeriesPage.objects.get(slug="kjentmann-hosten-2026")
    assert series.enrollments.filter(status="confirmed").exists()
    gathering = Gathering.objects.filter(series=series).order_by("starts_at").last()
    gathering.starts_at += datetime.timedelta(days=1)
    gathering.ends_at += datetime.timedelta(days=1)
    gathering.save()
    before = OutboxMessage.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        queued = changes.announce_gatherings(series)
    assert queued == series.enrollments.filter(status="confirmed").count()
    assert OutboxMessage.objects.count() > before
    gathering.refresh_from_db()
    assert gathering.calendar_state.sequence == 1
