"""A form's error messages read as Norwegian in bokmål and in nynorsk, never as English.

Each form is fetched and posted back as a person does, with input it must refuse, in each of the
two written standards; the error text must hold the expected Norwegian words and none of the
English words that only appear when a message has no translation.
"""

import re

import pytest

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.factories import UserFactory
from tests.forms import Form

pytestmark = pytest.mark.django_db

# Words common in Django's and this project's English messages that are not Norwegian words.
ENGLISH = re.compile(
    r"\b(the|this|please|must|field|required|enter|valid|least|submit|characters|your|should|which|"
    r"cannot|invalid|ensure|select|password|form)\b",
    re.IGNORECASE,
)


def main_text(response) -> str:
    """The visible text of the page's <main>, tags and scripts removed, whitespace collapsed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.DOTALL)
    main = re.sub(r"<[^>]+>", " ", main)
    return " ".join(main.split())


def in_language(client, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "Passordet er for kort. Bruk minst 10 tegn."), ("nn", "Passordet er for kort. Bruk minst 10 teikn.")],
)
def test_set_password_errors_are_norwegian(client, home_page, language, expected):
    user = UserFactory(email="kari@skole.test")
    link = f"/konto/passord/{urlsafe_base64_encode(force_bytes(user.pk))}/{default_token_generator.make_token(user)}/"
    in_language(client, language)
    form = Form.from_response(client.get(link, follow=True))
    answer = form.submit(client, changes={"new_password1": "kort", "new_password2": "kort"})
    assert answer.status_code == 200
    text = main_text(answer)
    assert expected in text
    assert not ENGLISH.search(text), ENGLISH.findall(text)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "Fyll ut minst 1 deltaker."), ("nn", "Fyll ut minst 1 deltakar.")],
)
def test_sign_up_with_an_empty_participant_row_says_what_is_missing(client, series, language, expected):
    in_language(client, language)
    form = Form.from_response(client.get(series.url + "pamelding/"))
    answer = form.submit(client, changes={"informed": "on"})
    assert answer.status_code == 200
    text = main_text(answer)
    assert expected in text
    assert "Vennligst" not in text
    assert not ENGLISH.search(text), ENGLISH.findall(text)


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize(("address", "field"), [("/konto/logg-inn/", "username"), ("/konto/glemt-passord/", "email")])
def test_account_forms_refuse_empty_fields_in_norwegian(client, home_page, language, address, field):
    in_language(client, language)
    form = Form.from_response(client.get(address), having=field)
    answer = form.submit(client, changes={field: ""})
    assert answer.status_code == 200
    text = main_text(answer)
    assert {"nb": "Dette feltet er påkrevet.", "nn": "Feltet er påkravd."}[language] in text
    assert not ENGLISH.search(text), ENGLISH.findall(text)
