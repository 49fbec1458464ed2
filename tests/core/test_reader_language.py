"""The reader's language: set at sign-up, changed on My account, and used for what is sent to them."""

import datetime
import io

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from django.utils import timezone

from courses.services import certificates
from courses.services.notices import queue_reminders
from korus_site.accounts.models import User
from korus_site.accounts.services import queue_password_link
from network.choices import EmailFrequency
from network.services import posting
from network.services.members import member_for
from tests.courses.test_certificate_document import complete, finished_series
from tests.factories import CourseSeriesPageFactory, EnrollmentFactory, UserFactory
from tests.forms import Form
from tests.network.conftest import areas  # noqa: F401 (the network's areas, as a fixture here)

pytestmark = pytest.mark.django_db

NYNORSK_FOOTER = "send frå Kjentmann-plattforma"  # the HTML e-mails' footer in nynorsk
BOKMAL_FOOTER = "sendt fra Kjentmann-plattformen"


def choose_language(client, code):
    """Follow the language switcher's link, as a visitor does."""
    assert client.get(f"/sprak/{code}/?neste=/").status_code == 302


def assert_nynorsk(message):
    html = message.alternatives[0][0]
    assert '<html lang="nn"' in html
    assert NYNORSK_FOOTER in html
    assert BOKMAL_FOOTER not in html


def test_people_signed_up_from_a_nynorsk_page_get_nynorsk_accounts(
    client, series, mailoutbox, django_capture_on_commit_callbacks
):
    choose_language(client, "nn")
    form = Form.from_response(client.get(series.url + "pamelding/"), having="orgnr")
    from tests.courses.test_signup import form_data, row

    with django_capture_on_commit_callbacks(execute=True):
        response = form.submit(client, "submit", changes=form_data([row(1)]))
    assert response.status_code == 302
    assert User.objects.get(email="d1@bakkeby.test").language == "nn"
    assert User.objects.get(email="kari.kontakt@bakkeby.test").language == "nn"
    assert mailoutbox
    for message in mailoutbox:
        assert_nynorsk(message)


def test_my_account_changes_the_language(client):
    user = UserFactory(language="nb")
    client.force_login(user)
    form = Form.from_response(client.get("/konto/"), having="first_name")
    assert form["language"] == "nb"
    response = form.submit(client, changes={"language": "nn"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.language == "nn"
    page = client.get(response["Location"]).content.decode()
    assert '<html lang="nn"' in page  # the site follows the choice at once


def test_password_email_in_nynorsk(mailoutbox, django_capture_on_commit_callbacks):
    user = UserFactory(language="nn", password=None)
    with django_capture_on_commit_callbacks(execute=True):
        queue_password_link(user, purpose="reset")
    (message,) = mailoutbox
    assert message.subject == "Vel nytt passord for Kjentmann-plattforma"
    assert_nynorsk(message)


def test_gathering_reminder_in_nynorsk(oslo_courses, mailoutbox, django_capture_on_commit_callbacks):
    soon = timezone.now() + datetime.timedelta(hours=30)
    series = CourseSeriesPageFactory(parent=oslo_courses, start=soon, gathering_count=1)
    EnrollmentFactory(series=series, participant=UserFactory(language="nn"))
    with django_capture_on_commit_callbacks(execute=True):
        assert queue_reminders() == 1
    (message,) = mailoutbox
    assert message.subject.startswith("Påminning: ")
    assert_nynorsk(message)


def test_certificate_email_and_pdf_in_nynorsk(oslo_courses, mailoutbox, django_capture_on_commit_callbacks):
    enrollment = complete(finished_series(oslo_courses), first_name="Nils", last_name="Vik", language="nn")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificates.issue(enrollment.pk)
    message = next(m for m in mailoutbox if m.attachments)
    assert message.subject.startswith("Kursbeviset ditt")
    assert_nynorsk(message)
    reader = PdfReader(io.BytesIO(message.attachments[0][1]))
    assert reader.trailer["/Root"]["/Lang"] == "nn"
    assert "Utferda" in reader.pages[0].extract_text()
    assert certificate.pdf


def test_network_emails_in_nynorsk(areas, make_kjentmann, mailoutbox, django_capture_on_commit_callbacks):  # noqa: F811
    from network.tasks import send_daily_digests

    reader = make_kjentmann(email="nn@skole.test", first_name="Nora", last_name="Nes", language="nn")
    digest_reader = make_kjentmann(email="dag@skole.test", first_name="Dag", last_name="Dal", language="nn")
    writer = make_kjentmann(email="skriv@skole.test", first_name="Siv", last_name="Skog")
    member = member_for(digest_reader)
    member.email_frequency = EmailFrequency.DAILY
    member.save()
    topic = posting.start_topic(user=reader, area=areas["national"], title="Tema", text="Start.")
    posting.reply(user=digest_reader, topic=topic, text="Eg fylgjer med.")
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(user=writer, topic=topic, text="Eit svar.")
    immediate = [m for m in mailoutbox if m.to == ["nn@skole.test"]]
    assert immediate
    assert_nynorsk(immediate[0])
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests() == 1
    (digest,) = [m for m in mailoutbox if m.to == ["dag@skole.test"]]
    assert_nynorsk(digest)


def test_personal_calendar_in_nynorsk(client, series):
    user = UserFactory(language="nn")
    EnrollmentFactory(series=series, participant=user)
    calendar = Calendar.from_ical(client.get(f"/kalender/{user.calendar_token}.ics").content)
    assert str(calendar["X-WR-CALNAME"]) == "Mine Kjentmann-samlingar"


@pytest.mark.parametrize("code", ["nb", "nn", "en"])
def test_html_lang_is_the_language_shown_and_editors_text_keeps_its_own(client, oslo, code):
    from bs4 import BeautifulSoup

    from tests.factories import NewsPageFactory

    news = NewsPageFactory(parent=oslo.get_children().get(slug="nyheter"), title="Nytt frå Oslo")
    choose_language(client, code)
    for url in ["/", oslo.url, news.url, "/kurs/", "/sok/"]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        assert soup.html["lang"] == code, url
    soup = BeautifulSoup(client.get(news.url).content, "html.parser")
    title = soup.find("h1")
    body = soup.select_one(".content-text")
    if code == "nb":
        assert not title.has_attr("lang")
        assert not body.has_attr("lang")
    else:
        assert title["lang"] == body["lang"] == "nb"
