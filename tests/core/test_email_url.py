"""EMAIL_URL: every scheme gives the settings Django's mail backends expect."""

from pathlib import Path

import pytest

from django.core.exceptions import ImproperlyConfigured

from korus_site.core.email_url import parse_email_url

DEFAULT = Path("/var/mail-default")
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def parse(url):
    return parse_email_url(url, default_file_path=DEFAULT)


@pytest.mark.parametrize(
    ("url", "port", "ssl", "tls"),
    [
        ("smtp://mail.example.no", 25, False, False),
        ("smtp://mail.example.no:587", 587, False, True),
        ("smtp://mail.example.no:465", 465, True, False),
        ("smtp://mail.example.no:2525", 2525, False, False),
        ("smtps://user:pass@mail.example.no", 465, True, False),
        ("smtps://user:pass@mail.example.no:8465", 8465, True, False),
        ("submission://user:pass@mail.example.no", 587, False, True),
        ("starttls://mail.example.no", 587, False, True),
        ("smtp+tls://mail.example.no:2587", 2587, False, True),
    ],
)
def test_smtp_schemes_choose_port_and_encryption(url, port, ssl, tls):
    settings = parse(url)
    assert settings["EMAIL_BACKEND"] == SMTP
    assert settings["EMAIL_HOST"] == "mail.example.no"
    assert settings["EMAIL_PORT"] == port
    assert settings["EMAIL_USE_SSL"] is ssl
    assert settings["EMAIL_USE_TLS"] is tls
    assert not (settings["EMAIL_USE_SSL"] and settings["EMAIL_USE_TLS"])  # Django refuses both


def test_smtps_never_turns_on_both_tls_and_ssl_and_django_accepts_it():
    from django.core.mail.backends.smtp import EmailBackend

    settings = parse("smtps://user:pass@mail.example.no")
    backend = EmailBackend(
        host=settings["EMAIL_HOST"],
        port=settings["EMAIL_PORT"],
        use_ssl=settings["EMAIL_USE_SSL"],
        use_tls=settings["EMAIL_USE_TLS"],
    )  # raises ValueError if both were on
    assert backend.use_ssl


def test_user_and_password_are_percent_decoded_and_timeout_read():
    settings = parse("submission://kari%40korus.no:p%3Ass%2Fw@mail.example.no?timeout=7.5")
    assert settings["EMAIL_HOST_USER"] == "kari@korus.no"
    assert settings["EMAIL_HOST_PASSWORD"] == "p:ss/w"
    assert settings["EMAIL_TIMEOUT"] == 7.5


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("console:", "console"),
        ("console://", "console"),
        ("locmem:", "locmem"),
        ("memory://", "locmem"),
        ("dummy:", "dummy"),
    ],
)
def test_simple_backends(url, backend):
    assert parse(url) == {"EMAIL_BACKEND": f"django.core.mail.backends.{backend}.EmailBackend"}


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("file:", DEFAULT),
        ("file://", DEFAULT),
        ("file:///var/mail/korus", Path("/var/mail/korus")),
        ("file:/srv/mail", Path("/srv/mail")),
    ],
)
def test_file_backend_path(url, path):
    settings = parse(url)
    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.filebased.EmailBackend"
    assert settings["EMAIL_FILE_PATH"] == path


@pytest.mark.parametrize("url", ["smtp://", "pop3://mail.example.no", "", "smtp://host?timeout=soon"])
def test_bad_addresses_are_refused(url):
    with pytest.raises(ImproperlyConfigured):
        parse(url)
