import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
# A P-256 key made for these tests only (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256).
SIGNING_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgSAp6LfOGSfLYGzOW
SJO6+ZB/TyHmCZBGebJ8ugHbl2yhRANCAATogczIUuGAYcTKi3oBeocHn8HGn7zm
B/HwknCgYh/sBABZl+4nv3d0mT0t/snC4crWhlYpXerWxJavZE97TlIe
-----END PRIVATE KEY-----
"""
pytestmark = pytest.mark.django_db


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "korus_site.settings.production",
        "SECRET_KEY": "x7#kq9!m2p$v8w@z4n6b^t1r5y3u0i-e_a+s=d(f)g*h&j%k-production-like-and-long",
        "ALLOWED_HOSTS": "kjentmann.example.no",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused",
        "OPEN_BADGES_SIGNING_KEY": SIGNING_KEY,
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    env.update({"DJANGO_SETTINGS_MODULE": "korus_site.settings.production", "ALLOWED_HOSTS": "x"})
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_a_badge_signing_key():
    env = {key: value for key, value in os.environ.items() if key != "OPEN_BADGES_SIGNING_KEY"}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "korus_site.settings.production",
            "ALLOWED_HOSTS": "x",
            "SECRET_KEY": "x7#kq9!m2p$v8w@z4n6b^t1r5y3u0i-e_a+s=d(f)g*h&j%k-production-like-and-long",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused",
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "OPEN_BADGES_SIGNING_KEY" in result.stderr


def test_public_pages_send_a_strict_content_security_policy(client, home_page):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_no_inline_scripts_on_public_pages(client, home_page):
    html = client.get("/").content.decode()
    for chunk in html.split("<script")[1:]:
        assert chunk.split(">", 1)[0].strip().startswith("src=") or " src=" in chunk.split(">", 1)[0]


def test_admin_login_locks_out_after_repeated_failures(client, settings):
    user = UserFactory(email="redaktor@korus.test", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": user.email, "password": "feil-passord"}, REMOTE_ADDR="10.0.0.1")
    response = client.post("/admin/login/", {"username": user.email, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_site_login_locks_out_after_repeated_failures(client, settings, home_page):
    user = UserFactory(email="deltaker@skole.test")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/konto/logg-inn/", {"username": user.email, "password": "feil"}, REMOTE_ADDR="10.0.0.2")
    assert response.status_code in {200, 429}
    response = client.post("/konto/logg-inn/", {"username": user.email, "password": PASSWORD}, REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429
    assert "For mange forsøk" in response.content.decode()


def test_login_by_email_is_case_insensitive(client, home_page):
    UserFactory(email="kari@skole.test")
    response = client.post("/konto/logg-inn/", {"username": "Kari@Skole.test", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_wrong_password_shows_a_norwegian_message_and_keeps_the_email(client, home_page):
    UserFactory(email="kari@skole.test")
    response = client.post("/konto/logg-inn/", {"username": "kari@skole.test", "password": "feil"})
    html = response.content.decode()
    assert "E-postadressen eller passordet er feil" in html
    assert 'value="kari@skole.test"' in html
