"""The certificate as a document: one A4 page whatever the lengths, names in every script,
archival PDF, the region's logo and signature, and what happens to a name that cannot be drawn."""

import datetime
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from django.utils import timezone

from courses.models import Certificate, CertificateHold
from courses.services import attendance, certificates
from tests.factories import (
    CourseSeriesPageFactory,
    EnrollmentFactory,
    KorusImageFactory,
    QuizAttemptFactory,
    SeriesModuleFactory,
    UserFactory,
)
from tests.forms import Form

pytestmark = pytest.mark.django_db


def finished_series(parent, **kwargs):
    return CourseSeriesPageFactory(
        parent=parent,
        registration_opens=timezone.now() - datetime.timedelta(days=200),
        registration_closes=timezone.now() - datetime.timedelta(days=150),
        start=timezone.now() - datetime.timedelta(days=120),
        **kwargs,
    )


def complete(series, *, skip=(), **person):
    """A confirmed participant who attended every gathering and passed every module but those in ``skip``."""
    enrollment = EnrollmentFactory(
        series=series, participant=UserFactory(**person), confirmed_at=timezone.now() - datetime.timedelta(days=160)
    )
    for gathering in series.gathering_list:
        attendance.set_status(gathering, enrollment, "present")
    for link in series.series_modules.all():
        if link.module_id not in skip:
            QuizAttemptFactory(user=enrollment.participant, module=link.module)
    return enrollment


def read(certificate) -> tuple[PdfReader, bytes]:
    with certificate.pdf.open("rb") as file:
        data = file.read()
    return PdfReader(io.BytesIO(data)), data


def text_of(reader: PdfReader) -> str:
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def long_series(oslo_courses, oslo):
    """The longest of everything: a 255-character title, eight gatherings with long topics, twelve modules."""
    from tests.factories import ModuleIndexPageFactory

    series = finished_series(oslo_courses, title=("Kjentmannopplæring for ungdomsskole og videregående " * 6)[:255])
    series.slug = "lang"
    for n, gathering in enumerate(series.gathering_list, start=1):
        gathering.title = f"Tema {n}: " + ("rus, psykisk helse og samtalen med eleven og foreldrene " * 4)[:190]
        gathering.save()
    while len(series.gatherings.all()) < 8:
        from tests.factories import GatheringFactory

        begins = series.gathering_list[-1].starts_at + datetime.timedelta(weeks=1)
        GatheringFactory(
            series=series,
            title=f"Tema {len(series.gatherings.all()) + 1}: " + "oppfølging av elever over tid " * 6,
            starts_at=begins,
            ends_at=begins + datetime.timedelta(hours=6, minutes=30),
        )
        series.__dict__.pop("gathering_list", None)
    series.save()
    series.__dict__.pop("gathering_list", None)
    library = ModuleIndexPageFactory(parent=oslo, slug="moduler-oslo")
    for n in range(12):
        SeriesModuleFactory(
            series=series, module__parent=library, module__title=f"Modul {n + 1}: " + "forebygging " * 8
        )
    return series


def test_the_longest_name_title_and_eight_gatherings_fit_one_a4_page(long_series):
    name = ("Åse Marie Ødegård-Nilsen Bjørnstad " * 3)[:75], ("Løvås Sæther Haugen Kristiansen " * 3)[:75]
    enrollment = complete(long_series, first_name=name[0], last_name=name[1])
    certificate = certificates.issue(enrollment.pk)
    assert len(certificate.name) == 151  # 75 + space + 75: the longest name the forms allow is 300
    assert len(certificate.gatherings) == 8
    assert len(certificate.modules) == 12
    reader, _data = read(certificate)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)  # A4 in millimetres
    text = flat(text_of(reader))
    assert flat(certificate.name) in text
    assert flat(long_series.title) in text
    for gathering in long_series.gathering_list:
        assert flat(gathering.title) in text
    assert flat(certificate.modules[-1]) in text
    assert certificate.code in text


def test_the_certificate_carries_period_hours_gatherings_modules_school_region_and_signature(
    oslo_courses, oslo, client
):
    region = oslo.region
    region.signatory_name = "Kari Nordmann"
    region.signatory_title = "Leder for KORUS Oslo"
    region.save()
    series = finished_series(oslo_courses, title="Kjentmann Oslo våren 2026", gathering_count=3)
    SeriesModuleFactory(series=series, module__parent=oslo, module__title="Samtalen med eleven")
    optional = SeriesModuleFactory(series=series, module__parent=oslo, module__title="Valgfri", required=False)
    enrollment = complete(series, skip={optional.module_id}, first_name="Åse", last_name="Ødegård")
    certificate = certificates.issue(enrollment.pk)
    assert certificate.modules == ["Samtalen med eleven"]  # the modules passed, not the optional one skipped
    assert certificate.school_name == enrollment.school.name
    assert certificate.hours == 18  # three gatherings of six hours
    assert certificate.days == 3
    assert [item["topic"] for item in certificate.gatherings] == [g.title for g in series.gathering_list]
    text = text_of(read(certificate)[0])
    first = certificate.first_gathering
    for expected in (
        "KURSBEVIS",
        "Åse Ødegård",
        "Kjentmann Oslo våren 2026",
        "KORUS Oslo",
        "3 samlinger",
        "3 kursdager",
        "18 timer",
        f"Deltaker fra {enrollment.school.name}",
        "Samtalen med eleven",
        "Kari Nordmann",
        "Leder for KORUS Oslo",
        f"{first.day}. ",
        "Samlinger og tema",
        series.gathering_list[1].title,
    ):
        assert expected in text, expected

    # The verification page shows what the PDF shows.
    html = client.get(f"/kursbevis/{certificate.code}/").content.decode()
    for expected in (
        "Kjentmann Oslo våren 2026",
        "Periode",
        certificate.first_gathering.isoformat(),
        certificate.last_gathering.isoformat(),
        "3 samlinger · 3 kursdager · 18 timer",
        enrollment.school.name,
        "Kari Nordmann, Leder for KORUS Oslo",
        "Samtalen med eleven",
        *[g.title for g in series.gathering_list],
    ):
        assert expected in html, expected


def test_the_pdf_is_archival_with_language_and_title(oslo_courses):
    enrollment = complete(finished_series(oslo_courses), first_name="Per", last_name="Hansen")
    certificate = certificates.issue(enrollment.pk)
    reader, _data = read(certificate)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nb"
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a PDF boolean object)
    xmp = reader.xmp_metadata
    assert xmp.dc_title == {"x-default": "Kursbevis – Per Hansen"}
    assert xmp.dc_creator == ["KORUS Oslo"]
    raw = root["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>2</pdfaid:part>" in raw
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in raw
    for font in reader.pages[0]["/Resources"]["/Font"].values():  # every font embedded
        descendant = font.get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


NAMES = {
    "Cyrillic": ("Ёлка", "Ивановна"),
    "Greek": ("Ζωή", "Παπαδοπούλου"),
    "Arabic": ("محمد", "عبد الله"),
    "Vietnamese": ("Nguyễn Thị", "Hương"),
    "Sámi": ("Máret Áilu", "Ŋuolja Čđŋšŧž"),
    "decomposed": ("Zoe\u0308", "Ødegård"),
}


@pytest.mark.parametrize("script", list(NAMES))
def test_names_in_every_script_are_printed(oslo_courses, script):
    first, last = NAMES[script]
    enrollment = complete(finished_series(oslo_courses), first_name=first, last_name=last)
    certificate = certificates.issue(enrollment.pk)
    assert certificate is not None
    name = unicodedata.normalize("NFC", f"{first} {last}")
    assert certificate.name == name
    reader, _data = read(certificate)
    text = text_of(reader)
    if script == "Arabic":
        # Shaped right to left, the words come out in visual order; joined forms may add control codes.
        visible = "".join(char for char in text if unicodedata.category(char) != "Cc")
        for word in name.split():
            assert word in visible
        fonts = {
            str(font.get_object()["/BaseFont"]): font.get_object()
            for font in reader.pages[0]["/Resources"]["/Font"].values()
        }
        arabic = [font for base, font in fonts.items() if "NotoSansArabic" in base]
        assert arabic, fonts
        descriptor = arabic[0]["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        from fontTools.ttLib import TTFont

        embedded = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
        assert len(embedded.getGlyphOrder()) > len(set(name.replace(" ", "")))  # the letters and their joined forms
    else:
        assert name in text
    assert not CertificateHold.objects.exists()


def test_a_name_that_cannot_be_drawn_is_held_and_staff_are_told(
    oslo_courses, oslo_staff, client, mailoutbox, django_capture_on_commit_callbacks
):
    series = finished_series(oslo_courses, title="Kjentmann Oslo høsten")
    enrollment = complete(series, first_name="王", last_name="小明")
    with django_capture_on_commit_callbacks(execute=True):
        assert certificates.issue(enrollment.pk) is None
    assert not Certificate.objects.filter(enrollment=enrollment).exists()
    hold = CertificateHold.objects.get(enrollment=enrollment)
    assert hold.missing == "王小明"
    assert [message.to for message in mailoutbox] == [[oslo_staff.email]]
    assert "王 小明" in mailoutbox[0].subject
    assert f"/admin/kurs/{series.pk}/kursbevis/venter/{enrollment.pk}/" in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        certificates.issue(enrollment.pk)  # tried again: the same name is not e-mailed twice
    assert len(mailoutbox) == 1

    client.force_login(oslo_staff)
    assert "王 小明" in client.get("/admin/").content.decode()  # on the start page
    page = client.get(f"/admin/kurs/{series.pk}/oppmote/").content.decode()
    assert "Venter: rett navnet" in page
    assert "Kursbeviset til 王 小明 er ikke utstedt" in page

    address = f"/admin/kurs/{series.pk}/kursbevis/venter/{enrollment.pk}/"
    form = Form.open(client, address, having="first_name")
    assert form["first_name"] == "王"
    response = form.submit(client, changes={"last_name": "Xiaoming"})
    assert response.status_code == 200  # the first name still cannot be printed
    assert "Kursbeviset kan ikke skrive ut disse tegnene: 王" in response.content.decode()
    assert not Certificate.objects.filter(enrollment=enrollment).exists()

    form = Form.from_response(response, having="first_name")
    assert form["last_name"] == "Xiaoming"  # nothing typed is lost
    with django_capture_on_commit_callbacks(execute=True):
        response = form.submit(client, changes={"first_name": "Wang"})
    assert response.status_code == 302
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.name == "Wang Xiaoming"
    assert not CertificateHold.objects.exists()
    assert mailoutbox[-1].to == [enrollment.participant.email]
    assert mailoutbox[-1].attachments[0][0] == f"kursbevis-{certificate.code}.pdf"


def test_staff_outside_the_region_cannot_correct_a_held_name(oslo_courses, bergen_staff, client):
    enrollment = complete(finished_series(oslo_courses), first_name="王", last_name="小明")
    certificates.issue(enrollment.pk)
    client.force_login(bergen_staff)
    response = client.post(
        f"/admin/kurs/{enrollment.series_id}/kursbevis/venter/{enrollment.pk}/",
        {"first_name": "A", "last_name": "B"},
    )
    assert response.status_code in {302, 403}
    enrollment.participant.refresh_from_db()
    assert enrollment.participant.first_name == "王"


def test_regional_staff_set_their_region_logo_and_signature_in_the_admin(
    client, oslo, bergen, oslo_staff, national_admin, oslo_courses
):
    logo = KorusImageFactory(collection=oslo.region.collection, title="KORUS Oslo-logo")
    client.force_login(oslo_staff)
    listing = client.get("/admin/kurs/kursbevis/").content.decode()
    assert "KORUS Oslo" in listing
    assert "KORUS Bergen" not in listing
    assert client.get("/admin/kurs/kursbevis/korus-bergen/").status_code == 404

    address = "/admin/kurs/kursbevis/korus-oslo/"
    form = Form.open(client, address, "#w-editor-form")
    assert {"logo", "signatory_name", "signatory_title"} <= {name for name, _value in form.fields}
    response = form.submit(
        client, changes={"signatory_name": "Kari Nordmann", "signatory_title": "Leder for KORUS Oslo", "logo": logo.pk}
    )
    assert response.status_code == 302
    region = oslo.region
    region.refresh_from_db()
    assert (region.signatory_name, region.signatory_title, region.logo_id) == (
        "Kari Nordmann",
        "Leder for KORUS Oslo",
        logo.pk,
    )
    sample = client.get("/admin/kurs/kursbevis/korus-oslo/eksempel.pdf")
    assert sample["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(sample.content))
    assert len(reader.pages) == 1
    assert "Kari Nordmann" in reader.pages[0].extract_text()
    assert len(reader.pages[0].images) == 2  # the logo and the QR code

    # Too long a title is answered beside the field, and nothing typed is lost.
    response = form.submit(client, changes={"signatory_title": "x" * 151})
    assert response.status_code == 200
    assert Form.from_response(response, "#w-editor-form")["signatory_name"] == "Kari Nordmann"

    # A national administrator edits any region.
    client.force_login(national_admin)
    form = Form.open(client, "/admin/kurs/kursbevis/korus-bergen/", "#w-editor-form")
    assert form.submit(client, changes={"signatory_name": "Ola Nordmann"}).status_code == 302
    bergen.region.refresh_from_db()
    assert bergen.region.signatory_name == "Ola Nordmann"

    # New certificates of the region carry them.
    enrollment = complete(finished_series(oslo_courses), first_name="Per", last_name="Hansen")
    certificate = certificates.issue(enrollment.pk)
    assert (certificate.signatory_name, certificate.signatory_title) == ("Kari Nordmann", "Leder for KORUS Oslo")
    reader, _data = read(certificate)
    assert len(reader.pages[0].images) == 2
