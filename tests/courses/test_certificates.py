"""Certificates: the PDF, verification, revoking, Open Badges, and issuing once under concurrency."""

import datetime
import io
import threading

import pytest
from pypdf import PdfReader

from django.db import connection
from django.utils import timezone

from courses.models import Certificate
from courses.services import attendance, certificates
from tests.factories import CertificateFactory, CourseSeriesPageFactory, EnrollmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def complete_enrollment(oslo_courses):
    series = CourseSeriesPageFactory(
        parent=oslo_courses,
        title="Kjentmann Oslo 2026",
        registration_opens=timezone.now() - datetime.timedelta(days=200),
        registration_closes=timezone.now() - datetime.timedelta(days=150),
        start=timezone.now() - datetime.timedelta(days=100),
        gathering_count=2,
    )
    enrollment = EnrollmentFactory(
        series=series,
        participant=UserFactory(first_name="Åse", last_name="Ødegård-Nilsen"),
        confirmed_at=timezone.now() - datetime.timedelta(days=160),
    )
    for gathering in series.gathering_list:
        attendance.set_status(gathering, enrollment, "present")
    return enrollment


def pdf_text(certificate) -> str:
    certificate.pdf.open("rb")
    try:
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(certificate.pdf.read())).pages)
    finally:
        certificate.pdf.close()


def test_the_pdf_holds_the_name_code_series_and_region(complete_enrollment):
    certificate = certificates.issue(complete_enrollment.pk)
    text = pdf_text(certificate)
    assert "Åse Ødegård-Nilsen" in text
    assert certificate.code in text
    assert "Kjentmann Oslo 2026" in text
    assert "KORUS Oslo" in text
    assert f"/kursbevis/{certificate.code}/" in text


def test_issue_is_idempotent_and_refuses_incomplete(complete_enrollment, series):
    first = certificates.issue(complete_enrollment.pk)
    assert certificates.issue(complete_enrollment.pk) == first
    assert Certificate.objects.count() == 1
    assert certificates.issue(EnrollmentFactory(series=series).pk) is None


def test_verification_page_valid_revoked_unknown(client, complete_enrollment, oslo_staff):
    certificate = certificates.issue(complete_enrollment.pk)
    html = client.get(f"/kursbevis/{certificate.code}/").content.decode()
    assert "Kursbeviset er gyldig" in html
    assert "Åse Ødegård-Nilsen" in html
    assert complete_enrollment.participant.email not in html  # only name, series, region and date
    certificates.revoke(certificate, reason="Feil person", by=oslo_staff)
    html = client.get(f"/kursbevis/{certificate.code}/").content.decode()
    assert "trukket tilbake" in html
    assert "Feil person" not in html
    unknown = client.get("/kursbevis/AAAA-BBBB-CCCC/")
    assert unknown.status_code == 404
    assert "Vi kjenner ikke" in unknown.content.decode()


def test_typing_a_code(client, complete_enrollment):
    certificate = certificates.issue(complete_enrollment.pk)
    typed = certificate.code.replace("-", "").lower()
    assert client.get("/kursbevis/", {"kode": typed})["Location"] == f"/kursbevis/{certificate.code}/"
    for nonsense in ("a/b", " ", "ÆØÅ?x=1"):
        response = client.get("/kursbevis/", {"kode": nonsense})
        assert response.status_code == 200
        assert "tolv bokstavene og tallene" in response.content.decode()


def test_the_pdf_is_never_a_public_file(client, settings, complete_enrollment, oslo_staff, bergen_staff):
    certificate = certificates.issue(complete_enrollment.pk)
    assert (settings.PRIVATE_MEDIA_ROOT / certificate.pdf.name).exists()
    assert not (settings.MEDIA_ROOT / certificate.pdf.name).exists()
    address = f"/kursbevis/{certificate.code}/kursbevis.pdf"
    assert client.get(address).status_code == 403
    client.force_login(bergen_staff)
    assert client.get(address).status_code == 403
    for person in (complete_enrollment.participant, oslo_staff):
        client.force_login(person)
        response = client.get(address)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_uploading_the_exact_pdf_matches_and_an_edited_one_does_not(client, complete_enrollment):
    certificate = certificates.issue(complete_enrollment.pk)
    certificate.pdf.open("rb")
    original = certificate.pdf.read()
    certificate.pdf.close()
    response = client.post(f"/kursbevis/{certificate.code}/", {"pdf": io.BytesIO(original)})
    assert "nøyaktig kursbeviset vi utstedte" in response.content.decode()
    edited = original.replace(b"KURSBEVIS", b"KURSBEVIZ") if b"KURSBEVIS" in original else original + b"\n%"
    response = client.post(f"/kursbevis/{certificate.code}/", {"pdf": io.BytesIO(edited + b" ")})
    assert "ikke et kursbevis vi har utstedt" in response.content.decode()
    response = client.post("/kursbevis/", {"pdf": io.BytesIO(original)})
    assert "nøyaktig kursbeviset vi utstedte" in response.content.decode()


def test_verification_is_rate_limited(client, complete_enrollment, monkeypatch):
    import importlib

    view = importlib.import_module("courses.views.certificates")
    monkeypatch.setattr(view, "CHECKS_PER_MINUTE", 3)
    for _ in range(3):
        assert client.get("/kursbevis/AAAA-BBBB-CCCC/").status_code == 404
    response = client.get("/kursbevis/AAAA-BBBB-CCCC/")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"


def test_download_for_owner_and_regional_staff_only(client, complete_enrollment, oslo_staff, bergen_staff):
    certificate = certificates.issue(complete_enrollment.pk)
    url = f"/kursbevis/{certificate.code}/kursbevis.pdf"
    assert client.get(url).status_code == 403
    client.force_login(complete_enrollment.participant)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.force_login(oslo_staff)
    assert client.get(url).status_code == 200
    client.force_login(bergen_staff)
    assert client.get(url).status_code == 403


def test_open_badges_documents(client, complete_enrollment):
    import hashlib

    certificate = certificates.issue(complete_enrollment.pk)
    assertion = client.get(f"/kursbevis/{certificate.code}/badge.json").json()
    assert assertion["@context"] == "https://w3id.org/openbadges/v2"
    assert assertion["type"] == "Assertion"
    assert assertion["verification"] == {"type": "hosted"}
    assert assertion["id"].endswith(f"/kursbevis/{certificate.code}/badge.json")
    recipient = assertion["recipient"]
    expected = hashlib.sha256((complete_enrollment.participant.email + recipient["salt"]).encode()).hexdigest()
    assert recipient["identity"] == f"sha256${expected}"
    badge_path = assertion["badge"].split("://", 1)[1].split("/", 1)[1]
    badge = client.get("/" + badge_path).json()
    assert badge["type"] == "BadgeClass"
    assert badge["criteria"]["narrative"]
    issuer = client.get("/" + badge["issuer"].split("://", 1)[1].split("/", 1)[1]).json()
    assert issuer["type"] == "Issuer"
    assert issuer["name"] == "KORUS Oslo"
    image = client.get("/" + badge["image"].split("://", 1)[1].split("/", 1)[1])
    assert image["Content-Type"] == "image/png"
    assert image.content.startswith(b"\x89PNG")
    certificates.revoke(certificate, reason="Feil", by=None)
    assert client.get(f"/kursbevis/{certificate.code}/badge.json").json()["revoked"] is True


def test_staff_revoke_with_a_reason_in_the_admin(client, complete_enrollment, oslo_staff, bergen_staff):
    certificate = certificates.issue(complete_enrollment.pk)
    url = f"/admin/kurs/{complete_enrollment.series_id}/kursbevis/{certificate.pk}/tilbakekall/"
    client.force_login(bergen_staff)
    assert client.post(url, {"reason": "Nei"}).status_code in {302, 403}
    certificate.refresh_from_db()
    assert certificate.is_valid
    client.force_login(oslo_staff)
    assert client.post(url, {"reason": ""}).status_code == 200  # a reason is required
    assert client.post(url, {"reason": "Utstedt ved en feil"}).status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revoked_reason == "Utstedt ved en feil"
    assert certificate.revoked_by == oslo_staff


def test_kjentmann_status_and_region_overview(client, complete_enrollment):
    participant = complete_enrollment.participant
    assert not certificates.is_certified(participant)
    certificate = certificates.issue(complete_enrollment.pk)
    assert certificates.is_certified(participant)
    html = client.get("/korus-oslo/").content.decode()
    assert "Skoler med Kjentmann" in html
    assert complete_enrollment.school.kommune.name in html
    assert "Ødegård-Nilsen" not in html  # people only when they opt in
    participant.list_as_kjentmann = True
    participant.save()
    assert "Ødegård-Nilsen" in client.get("/korus-oslo/").content.decode()
    certificates.revoke(certificate, reason="x", by=None)
    assert not certificates.is_certified(participant)


def test_certificate_factory_builds_a_valid_certificate():
    certificate = CertificateFactory()
    assert certificate.is_valid
    assert len(certificate.code) == 14


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_triggers_at_once_issue_one_certificate(complete_enrollment):
    barrier = threading.Barrier(8)
    results, errors = [], []

    def trigger():
        barrier.wait()
        try:
            results.append(certificates.issue(complete_enrollment.pk))
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=trigger) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Certificate.objects.filter(enrollment=complete_enrollment).count() == 1
    assert len({certificate.pk for certificate in results}) == 1
