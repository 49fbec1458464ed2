"""A person downloads everything the platform holds about them, and deletes their account, from Min konto."""

import json

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import translation

from courses.models import Enrollment, QuizAttempt
from korus_site.accounts import own_data
from korus_site.core import retention
from network.models import Post
from tests.factories import (
    AreaFactory,
    AreaFollowFactory,
    AttachmentFactory,
    AttendanceChangeFactory,
    AttendanceFactory,
    CertificateFactory,
    CourseSeriesPageFactory,
    EnrollmentFactory,
    MemberFactory,
    ModuleProgressFactory,
    NotificationFactory,
    PlanVersionFactory,
    PostFactory,
    PostThanksFactory,
    QuizAttemptFactory,
    ReflectionAnswerFactory,
    RegistrationFactory,
    ReportFactory,
    StandardPageFactory,
    TopicFactory,
    TopicFollowFactory,
    TopicReadFactory,
    UserFactory,
)
from tests.factories.accounts import PASSWORD
from tests.forms import Form

pytestmark = pytest.mark.django_db


@pytest.fixture
def participant(oslo_courses):
    """A participant with a seat in a running series, attendance, a quiz attempt, a certificate and a post."""
    person = UserFactory(first_name="Kari", last_name="Nordmann", email="kari@skole.test")
    series = CourseSeriesPageFactory(parent=oslo_courses, title="Kjentmann vår", seats=1)
    enrollment = EnrollmentFactory(series=series, participant=person)
    AttendanceFactory(enrollment=enrollment)
    QuizAttemptFactory(user=person, score=67, passed=False)
    certificate = CertificateFactory(enrollment=EnrollmentFactory(participant=person, series__parent=oslo_courses))
    MemberFactory(user=person, handle="kari.n")
    PostFactory(topic=TopicFactory(area=AreaFactory(), author=person), body="Erfaring fra skolen vår.")
    person.series = series
    person.certificate = certificate
    return person


def test_every_model_pointing_at_a_person_is_exported_or_excluded_with_a_reason():
    user_model = get_user_model()
    covered = own_data.exported_models() | set(own_data.excluded_models())
    missing = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            points_at_person = field.concrete and field.is_relation and field.related_model is user_model
            if points_at_person and field.model._meta.label not in covered:
                missing.add(f"{field.model._meta.label}.{field.name}")
    assert not missing, f"Neither exported nor excluded with a reason: {sorted(missing)}"
    assert all(reason.strip() for reason in own_data.excluded_models().values())


def test_min_konto_links_to_the_summary_which_downloads_as_pdf_and_json(client, participant, oslo_courses):
    full = CourseSeriesPageFactory(parent=oslo_courses, title="Full rekke", seats=1)
    EnrollmentFactory(series=full, status="waitlisted")
    EnrollmentFactory(series=full, participant=participant, status="waitlisted")
    client.force_login(participant)
    profile = client.get("/konto/")
    html = profile.content.decode()
    assert 'href="/konto/mine-data/"' in html
    assert 'href="/konto/slett/"' in html

    summary = client.get("/konto/mine-data/")
    assert summary.status_code == 200
    assert "private" in summary["Cache-Control"]
    assert "no-store" in summary["Cache-Control"]
    text = summary.content.decode()
    assert "Kjentmann vår" in text
    assert "Erfaring fra skolen vår." in text
    assert participant.certificate.code in text

    pdf = client.get("/konto/mine-data.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "no-store" in pdf["Cache-Control"]

    response = client.get("/konto/mine-data.json")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"][0]["email"] == "kari@skole.test"
    assert {e["series"] for e in data["enrollments"]} >= {"Kjentmann vår"}
    waiting = next(e for e in data["enrollments"] if e["series"] == "Full rekke")
    assert waiting["waiting_list_place"] == 2
    assert data["attendance"][0]["status"] == "present"
    assert data["quiz_attempts"][0]["score"] == 67
    assert data["certificates"][0]["verification_link"] == f"/kursbevis/{participant.certificate.code}/"
    assert data["forum_profile"][0]["handle"] == "kari.n"
    assert data["forum_posts"][0]["body"] == "Erfaring fra skolen vår."


def test_the_download_is_only_for_the_person_logged_in(client):
    for url in ("/konto/mine-data/", "/konto/mine-data.json", "/konto/mine-data.pdf", "/konto/slett/"):
        assert client.get(url).status_code == 302


def test_a_wrong_password_deletes_nothing(client, participant):
    client.force_login(participant)
    form = Form.open(client, "/konto/slett/", having="password")
    response = form.submit(client, "delete", changes={"password": "not-it"})
    assert response.status_code == 200
    assert "Passordet er feil." in response.content.decode()
    participant.refresh_from_db()
    assert participant.is_active
    assert participant.email == "kari@skole.test"


def test_deleting_explains_first_then_anonymises_releases_the_seat_and_logs_out(client, participant):
    waiting = EnrollmentFactory(series=participant.series, status="waitlisted")
    client.force_login(participant)
    page = client.get("/konto/slett/")
    text = page.content.decode()
    for step in own_data.erasures():
        with translation.override("nb"):
            assert str(step.description) in text
    assert "no-store" in page["Cache-Control"]

    form = Form.from_response(page, having="password")
    response = form.submit(client, "delete", changes={"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/konto/slettet/"

    participant.refresh_from_db()
    assert not participant.is_active
    assert not participant.has_usable_password()
    assert "kari" not in participant.email
    assert participant.get_full_name() == "Slettet bruker"
    assert client.get("/konto/").status_code == 302  # logged out
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"  # the seat passed on
    assert Enrollment.objects.get(series=participant.series, participant=participant).status == "cancelled"
    assert not QuizAttempt.objects.filter(user=participant).exists()
    post = Post.objects.get(author=participant)
    assert post.body == "Erfaring fra skolen vår."  # the conversation stays, the name does not
    verified = client.get(f"/kursbevis/{participant.certificate.code}/")
    assert verified.status_code == 200
    assert "Kari Nordmann" in verified.content.decode()
    assert "Kontoen din er slettet" in client.get("/konto/slettet/").content.decode()


def test_staff_are_told_to_ask_an_administrator(client, national_admin):
    client.force_login(national_admin)
    response = client.get("/konto/slett/")
    assert "nasjonal administrator" in response.content.decode()
    assert 'name="password"' not in response.content.decode()
    client.post("/konto/slett/", {"password": PASSWORD})
    national_admin.refresh_from_db()
    assert national_admin.is_active


@pytest.mark.parametrize(
    ("language", "words"),
    [("nb", ["Last ned dataene mine", "Slett kontoen min"]), ("nn", ["Last ned dataa mine", "Slett kontoen min"])],
)
def test_min_konto_speaks_bokmal_and_nynorsk(client, participant, language, words):
    client.force_login(participant)
    client.post("/sprak/", {"language": language, "next": "/konto/"})
    html = client.get("/konto/").content.decode()
    for word in words:
        assert word in html


def test_the_privacy_page_lists_what_deletion_does_and_links_to_self_service(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Personvern",
        slug="personvern",
        body=json.dumps([{"type": "retention_rules", "value": None, "id": "r1"}]),
    )
    html = client.get(page.url).content.decode()
    with translation.override("nb"):
        for rule in retention.rules():
            assert str(rule.description) in html
        for step in own_data.erasures():
            assert str(step.description) in html
    assert 'href="/konto/mine-data/"' in html
    assert 'href="/konto/slett/"' in html
    assert "send en e-post" not in html
    assert "ventelista" not in html  # bokmål says «ventelisten» throughout


RAW_WORDS = [
    "first_name",
    "list_as_kjentmann",
    "is_staff",
    "gathering__",
    "roll_call",
    "radgiver",
    "confirmed",
    "+00:00",
]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nb", ["Fornavn", "Vis meg offentlig som Kjentmann", "Nei", "Kursrekke", "Til stede", " kl. "]),
        ("nn", ["Førenamn", "Vis meg offentleg som Kjentmann", "Nei", "Kursrekkje", "Til stades", " kl. "]),
    ],
)
def test_the_summary_and_its_pdf_use_names_and_display_values(client, participant, language, words):
    import io

    from pypdf import PdfReader

    client.force_login(participant)
    client.post("/sprak/", {"language": language, "next": "/konto/"})
    text = client.get("/konto/mine-data/").content.decode()
    pdf = client.get("/konto/mine-data.pdf")
    pdf_text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for word in words:
        assert word in text, word
    for word in ["Fornavn" if language == "nb" else "Førenamn", "Kjentmann vår", " kl. "]:
        assert word in pdf_text.replace("\n", " "), word
    for raw in RAW_WORDS:
        assert raw not in text, raw
        assert raw not in pdf_text, raw
    assert json.loads(client.get("/konto/mine-data.json").content)["account"][0]["list_as_kjentmann"] is False


def test_every_section_of_the_summary_names_its_fields(client, participant):
    person = participant
    enrollment = Enrollment.objects.get(series=participant.series, participant=person)
    post = Post.objects.get(author=person)
    AttendanceChangeFactory(enrollment=enrollment)
    ModuleProgressFactory(user=person)
    ReflectionAnswerFactory(user=person)
    RegistrationFactory(contact=person, series=participant.series, contact_phone="900 00 000")
    PlanVersionFactory(author=person)
    AttachmentFactory(post=post)
    TopicFollowFactory(user=person, topic=post.topic)
    AreaFollowFactory(user=person, area=post.topic.area)
    TopicReadFactory(user=person, topic=post.topic)
    NotificationFactory(user=person, post=post)
    ReportFactory(reporter=person, post=PostFactory())
    PostThanksFactory(user=person, post=PostFactory())
    client.force_login(person)
    text = client.get("/konto/mine-data/").content.decode()
    assert "Ingenting." not in text  # every section has a row
    for label in ("Bredde (piksler)", "Lest", "Takket", "Rapportert", "Lenke for å kontrollere kursbeviset"):
        assert f"<dt>{label}</dt>" in text, label
    assert "900 00 000" in text
    summary = text[text.index("<main") : text.index("</main>")]
    for raw in ("_at<", "__title", "__name", "prompt_id", "verification_link", "email_frequency"):
        assert raw not in summary, raw
    assert client.get("/konto/mine-data.pdf").content.startswith(b"%PDF")
