"""The sign-up form's error summary: each entry links to its field, and the consent is named in a few words.

The consent's label is a whole sentence; repeated in the summary it drowned the message (issue 14, point 4).
"""

import pytest
from bs4 import BeautifulSoup

from courses.models import Enrollment
from home.models import Kommune
from tests.factories.courses import orgnr
from tests.forms import Form

pytestmark = pytest.mark.django_db

CONSENT_LABEL = "Deltakerne vet at jeg melder dem på"


def test_a_missing_consent_is_a_short_linked_message_in_the_summary(client, series):
    form = Form.open(client, series.url + "pamelding/", having="informed")
    form["orgnr"] = orgnr(500)
    form["school_name"] = "Bakkeby ungdomsskole"
    form["kommune"] = str(Kommune.objects.get(number="0301").pk)
    form["school_type"] = "ungdomsskole"
    form["contact_first_name"] = "Kari"
    form["contact_last_name"] = "Kontakt"
    form["contact_email"] = "kari.kontakt@bakkeby.test"
    form["participants-0-first_name"] = "Ola"
    form["participants-0-last_name"] = "Lærer"
    form["participants-0-email"] = "ola@bakkeby.test"
    form["participants-0-role"] = "laerer"
    form.check("informed", False)
    response = form.submit(client, "submit")
    assert response.status_code == 200
    assert not Enrollment.objects.exists()

    summary = BeautifulSoup(response.content, "html.parser").select_one("#error-summary")
    assert summary is not None
    entries = [(link["href"], link.get_text(" ", strip=True)) for link in summary.select("li a")]
    assert entries == [("#id_informed", "Bekreft at deltakerne vet om påmeldingen.")]
    assert CONSENT_LABEL not in summary.get_text()
    # The label is still beside the box itself, with the message.
    assert CONSENT_LABEL in response.content.decode()


def test_other_fields_keep_their_label_in_the_summary(client, series):
    form = Form.open(client, series.url + "pamelding/", having="informed")
    form.check("informed")
    response = form.submit(client, "submit")
    summary = BeautifulSoup(response.content, "html.parser").select_one("#error-summary")
    texts = [link.get_text(" ", strip=True) for link in summary.select("li a")]
    assert any(text.startswith("Organisasjonsnummer:") for text in texts)
    assert not any(CONSENT_LABEL in text for text in texts)
