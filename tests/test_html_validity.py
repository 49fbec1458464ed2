"""Every kind of page and HTML e-mail is valid HTML, as the Nu Html Checker (vnu.jar) reads it.

The pages are rendered with the test client from the demo data, as each kind of visitor
sees them, written to files and checked in one run of the checker. vnu.jar comes from npm
(``make vnu``, into .local/vnu, fetched here when missing) and runs on the machine's Java;
without Java the test is skipped locally and fails under CI=true.
"""

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import Client

from tests.conftest import skip_or_fail

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
VNU_JAR = sorted(ROOT.glob(".local/vnu/vnu-jar-*/package/build/dist/vnu.jar"))


def vnu_jar() -> Path:
    """The checker's jar, fetched with ``make vnu`` if it is not there yet."""
    if shutil.which("java") is None:
        skip_or_fail("Java is missing: install default-jre-headless to run the Nu Html Checker")
    jars = sorted(ROOT.glob(".local/vnu/vnu-jar-*/package/build/dist/vnu.jar"))
    if not jars:
        if shutil.which("npm") is None:
            skip_or_fail("npm is missing: it fetches the Nu Html Checker (make vnu)")
        subprocess.run(["make", "vnu"], cwd=ROOT, check=True, capture_output=True, timeout=600)  # noqa: S607
        jars = sorted(ROOT.glob(".local/vnu/vnu-jar-*/package/build/dist/vnu.jar"))
    return jars[-1]


def check(files: list[Path]) -> dict[str, list[str]]:
    """Run vnu once over ``files``; returns each file's errors as "line: message"."""
    java = shutil.which("java")
    command = [java, "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", "--stdout"]
    result = subprocess.run([*command, *map(str, files)], capture_output=True, text=True, timeout=600, check=False)  # noqa: S603
    assert result.returncode == 0, f"vnu failed: {result.stderr[-2000:]}"
    errors: dict[str, list[str]] = {file.name: [] for file in files}
    for message in json.loads(result.stdout)["messages"]:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            name = Path(message["url"].removeprefix("file:")).name
            errors[name].append(f"{message.get('lastLine', '?')}: {message['message']}")
    return errors


def logged_in(email: str) -> Client:
    from korus_site.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email=email))
    return client


def pages() -> dict[str, tuple[Client, str]]:
    """Name (kind-what) → (client, path) for every kind of page, from the demo data."""
    from django.utils import timezone

    from courses import access
    from courses.models import (
        Certificate,
        CourseSeriesPage,
        Enrollment,
        Gathering,
        ModulePage,
        QuizAttempt,
        Registration,
    )
    from home.models import MaterialPage, NewsPage, RegionPage, StandardPage
    from korus_site.accounts.models import User
    from korus_site.accounts.services import password_link
    from network.access import unsubscribe_token
    from network.models import Area, Post, Topic

    anonymous = Client()
    participant = logged_in("deltaker@skole.test")
    school = logged_in("kontakt@skole.test")
    kjentmann = logged_in("kjentmann@skole.test")
    staff = logged_in("oslo@korus.test")
    series = CourseSeriesPage.objects.live().filter(region__slug="korus-oslo").order_by("path").first()
    registration = Registration.objects.select_related("series").order_by("pk").first()
    topic = Topic.objects.order_by("pk").first()
    area = Area.objects.order_by("pk").first()
    gathering = Gathering.objects.filter(series__region__slug="korus-oslo").order_by("starts_at").first()
    attempt = QuizAttempt.objects.filter(user__email="deltaker@skole.test").order_by("pk").first() or (
        QuizAttempt.objects.order_by("pk").first()
    )
    quiz_module = attempt.module
    participant = logged_in(attempt.user.email)
    own = Enrollment.objects.filter(registration__contact__email="kontakt@skole.test", status="confirmed").first()
    plan_school = access.plan_editor_schools(User.objects.get(email="kjentmann@skole.test")).order_by("name").first()
    plan = f"/skoleplan/{plan_school.pk}/"
    contact_schools = access.plan_editor_schools(User.objects.get(email="kontakt@skole.test"))
    partner_school = contact_schools.filter(kommune__partners__isnull=False).distinct().order_by("name").first()
    network = CourseSeriesPage.objects.live().filter(is_network_gathering=True).order_by("path")
    network_series = next(s for s in network if not s.has_started())
    # The demo's network gathering opens for sign-up in a few days; open it now, so its form is checked.
    CourseSeriesPage.objects.filter(pk=network_series.pk).update(registration_opens=timezone.now())
    own_post = Post.objects.select_related("author").order_by("-pk").first()
    other_post = Post.objects.exclude(author=own_post.author).order_by("pk").first()
    author = logged_in(own_post.author.email)
    return {
        "public-home": (anonymous, "/"),
        "public-region": (anonymous, RegionPage.objects.order_by("path").first().url),
        "public-news-index": (anonymous, "/nyheter/"),
        "public-news": (anonymous, NewsPage.objects.live().order_by("path").first().url),
        "public-standard": (anonymous, StandardPage.objects.live().order_by("path").first().url),
        "public-material-index": (anonymous, "/materiell/"),
        "public-material": (anonymous, MaterialPage.objects.live().order_by("path").first().url),
        "public-course-index": (anonymous, series.get_parent().url),
        "public-series": (anonymous, series.url),
        "public-module": (anonymous, ModulePage.objects.live().order_by("path").first().url),
        "public-search": (anonymous, "/sok/?q=kjentmann"),
        "public-certificate-check": (anonymous, "/kursbevis/"),
        "public-certificate": (anonymous, Certificate.objects.order_by("pk").first().get_absolute_url()),
        "public-login": (anonymous, "/konto/logg-inn/"),
        "public-password-reset": (anonymous, "/konto/glemt-passord/"),
        "participant-check-in": (participant, "/innsjekk/"),
        "public-not-found": (anonymous, "/finnes-ikke/"),
        "school-sign-up": (anonymous, series.url + "pamelding/"),
        "school-receipt": (anonymous, f"{registration.series.url}pamelding/kvittering/{registration.receipt}/"),
        "school-my-school": (school, "/min-skole/"),
        "participant-my-courses": (participant, "/mine-kurs/"),
        "participant-account": (participant, "/konto/"),
        "participant-my-data": (participant, "/konto/mine-data/"),
        "participant-delete-account": (participant, "/konto/slett/"),
        "public-account-deleted": (anonymous, "/konto/slettet/"),
        "public-privacy": (anonymous, "/personvern/"),
        "participant-module": (participant, ModulePage.objects.live().order_by("path").first().url),
        "forum-index": (kjentmann, "/nettverk/"),
        "forum-area": (kjentmann, area.get_absolute_url()),
        "forum-topic": (kjentmann, topic.get_absolute_url()),
        "forum-new-topic": (kjentmann, area.get_absolute_url() + "nytt-tema/"),
        "forum-notifications": (kjentmann, "/nettverk/varsler/"),
        "forum-settings": (kjentmann, "/nettverk/innstillinger/"),
        "forum-search": (kjentmann, "/nettverk/sok/?q=elev"),
        "forum-unread": (kjentmann, "/nettverk/nytt/"),
        "forum-unsubscribe": (anonymous, f"/nettverk/avmeld/{unsubscribe_token(topic.author)}/"),
        "staff-roll-call": (staff, f"/oppmote/{gathering.pk}/"),
        "staff-moderation": (staff, "/nettverk/moderering/"),
        "staff-check-in-screen": (staff, f"/oppmote/{gathering.pk}/qr/"),
        "staff-sign-in-sheet": (staff, f"/oppmote/{gathering.pk}/signaturliste/"),
        "participant-quiz": (participant, quiz_module.url + "quiz/"),
        "participant-quiz-result": (participant, f"{quiz_module.url}quiz/resultat/{attempt.pk}/"),
        "participant-password-set": (anonymous, password_link(User.objects.get(email="deltaker@skole.test"))),
        "school-cancel": (school, f"/min-skole/pamelding/{own.pk}/avmeld/"),
        "school-swap": (school, f"/min-skole/pamelding/{own.pk}/bytt/"),
        "school-correct": (school, f"/min-skole/pamelding/{own.pk}/rett/"),
        "forum-edit-post": (author, f"/nettverk/innlegg/{own_post.pk}/rediger/"),
        "forum-history": (author, f"/nettverk/innlegg/{own_post.pk}/historikk/"),
        "forum-report": (author, f"/nettverk/innlegg/{other_post.pk}/rapporter/"),
        "public-network-series": (anonymous, network_series.url),
        "school-network-sign-up": (anonymous, network_series.url + "pamelding/"),
        "school-plan-start": (school, "/skoleplan/"),
        "kjentmann-plan": (kjentmann, plan),
        "kjentmann-plan-goals": (kjentmann, plan + "rediger/mal/"),
        "kjentmann-plan-rows": (kjentmann, plan + "rediger/oppfolging/"),
        "kjentmann-plan-history": (kjentmann, plan + "endringer/"),
        "kjentmann-partners": (kjentmann, plan + "samarbeidspartnere/"),
        "school-partners": (school, f"/skoleplan/{partner_school.pk}/samarbeidspartnere/"),  # the kommune's offer
        "public-checklist": (anonymous, "/sjekkliste/"),
        "kjentmann-checklist": (kjentmann, "/sjekkliste/"),
        "kjentmann-checklist-step": (kjentmann, "/sjekkliste/5/"),
    }


def emails(mailoutbox, django_capture_on_commit_callbacks) -> dict[str, str]:
    """Name → HTML part of the e-mails the main flows send: sign-up, password, forum notification, certificate,
    the invitation to a network gathering and the yearly reminder to evaluate the school's plan."""
    import datetime

    from django.utils import timezone

    from courses import access
    from courses.models import Certificate, CourseSeriesPage, Enrollment, Registration, SchoolPlan
    from courses.services import enrollment, notices, school_contacts
    from courses.services.enrollment import Person
    from korus_site.accounts.models import User
    from korus_site.accounts.services import queue_password_link
    from network.models import Topic
    from network.services import posting

    series = next(s for s in CourseSeriesPage.objects.live().order_by("path") if s.registration_is_open())
    contact = User.objects.get(email="kontakt@skole.test")
    school = Registration.objects.filter(contact=contact).order_by("pk").first().school
    people = [Person("Vera", "Validering", "vera@skole.test", "laerer")]
    topic = Topic.objects.order_by("pk").first()
    writer = User.objects.get(email="kjentmann@skole.test")
    if topic.author == writer:
        writer = User.objects.get(email="oslo@korus.test")
    with django_capture_on_commit_callbacks(execute=True):
        registration = enrollment.register(series=series, school=school, contact=contact, people=people)
        vera = registration.enrollments.get()
        school_contacts.correct_participant(
            vera, by=contact, first_name="Vera", last_name="Validert", email="vera.v@skole.test", role="skoleleder"
        )
        queue_password_link(User.objects.get(email="deltaker@skole.test"), purpose="reset")
        posting.reply(user=writer, topic=topic, text="**Takk** for innspillet & «tipset».", rate_limited=False)
        notices.send_certificate(Certificate.objects.order_by("pk").first().pk)
        gatherings = CourseSeriesPage.objects.live().filter(is_network_gathering=True).order_by("path")
        network = next(s for s in gatherings if not s.has_started())
        signed_up = Enrollment.objects.active().filter(series=network).values("participant")
        invitee = access.network_invitees(network).exclude(pk__in=signed_up).order_by("pk").first()
        assert notices.send_network_invitation(network.pk, invitee.pk)
        plan = next(p for p in SchoolPlan.objects.order_by("pk") if access.school_contacts(p.school).exists())
        SchoolPlan.objects.filter(pk=plan.pk).update(evaluated_on=timezone.localdate() - datetime.timedelta(days=400))
        reader = access.school_contacts(plan.school).order_by("pk").first()
        assert notices.send_plan_evaluation_reminder(plan.pk, reader.pk)
    found = {}
    for number, message in enumerate(mailoutbox):
        html = next((content for content, kind in message.alternatives if kind == "text/html"), None)
        if html:
            found[f"email-{number}-{message.to[0].split('@')[0]}"] = html
    return found


def test_every_kind_of_page_and_email_is_valid_html(settings, tmp_path, mailoutbox, django_capture_on_commit_callbacks):
    vnu_jar()  # skip early, before the slow part, when the checker cannot run
    with django_capture_on_commit_callbacks(execute=True):  # certificates are issued after the seeding commits
        call_command("seed_demo", stdout=open(tmp_path / "seed.log", "w"))  # noqa: SIM115
    mailoutbox.clear()
    files = []
    for name, (client, path) in pages().items():
        response = client.get(path, follow=True)
        expected = 404 if name == "public-not-found" else 200
        assert response.status_code == expected, f"{name} {path}: {response.status_code}"
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    for name, html in emails(mailoutbox, django_capture_on_commit_callbacks).items():
        files.append(tmp_path / f"{name}.html")
        files[-1].write_text(html)
    assert any(file.name.startswith("email-") for file in files)
    errors = check(files)
    counts = Counter({name.rsplit(".", 1)[0]: len(found) for name, found in errors.items() if found})
    report = "\n".join(f"{name}: {error}" for name, found in sorted(errors.items()) for error in found)
    assert not counts, f"vnu errors per page: {dict(counts)}\n{report}"


def test_every_time_element_gets_a_machine_readable_datetime():
    """``<time datetime>`` is written with ``machine_datetime`` (whole seconds, offset) or as a date ("Y-m-d")."""
    import re

    allowed = re.compile(r"""\{\{ [\w.]+\|(machine_datetime|date:['"]Y-m-d['"]) \}\}""")
    found = []
    for template in sorted((ROOT / "templates").rglob("*.html")):
        for value in re.findall(r'<time datetime="([^"]*)"', template.read_text()):
            found.append(value)
            assert allowed.fullmatch(value), f"{template.name}: {value}"
    assert len(found) > 10
