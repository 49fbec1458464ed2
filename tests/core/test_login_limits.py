"""Logins and password links are limited per account (however it is spelt) and per address."""

import pytest

from django.core import mail

from korus_site.accounts.forms import RESETS_PER_ADDRESS_PER_HOUR
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD
from tests.forms import Form

pytestmark = pytest.mark.django_db

LOGIN = "/konto/logg-inn/"
RESET = "/konto/glemt-passord/"


def log_in(client, email, password, address):
    return Form.from_response(client.get(LOGIN, REMOTE_ADDR=address)).submit(
        client, changes={"username": email, "password": password}, REMOTE_ADDR=address
    )


def test_failures_in_lower_case_lock_the_account_typed_in_capitals(client, settings, home_page):
    UserFactory(email="a@x.no")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "a@x.no", "feil-passord", "10.1.0.1")
    response = log_in(client, "A@X.NO", PASSWORD, "10.1.0.1")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_failures_from_many_addresses_lock_the_account(client, settings, home_page):
    UserFactory(email="a@x.no")
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, " A@x.No ", "feil-passord", f"10.2.0.{number}")
    response = log_in(client, "a@x.no", PASSWORD, "10.2.0.200")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_failures_across_accounts_lock_the_address(client, settings, home_page):
    settings.LOGIN_FAILURES_PER_ADDRESS = 8
    UserFactory(email="kari@skole.test")
    for number in range(settings.LOGIN_FAILURES_PER_ADDRESS):
        log_in(client, f"gjett{number}@skole.test", "feil-passord", "10.3.0.1")
    response = log_in(client, "kari@skole.test", PASSWORD, "10.3.0.1")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # The same person from another address is not held back by what that address did.
    assert log_in(client, "kari@skole.test", PASSWORD, "10.3.0.2").status_code == 302


def test_a_few_mistakes_do_not_lock_anyone(client, settings, home_page):
    UserFactory(email="kari@skole.test")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "Kari@Skole.test", "feil-passord", "10.4.0.1")
    assert log_in(client, "kari@skole.test", PASSWORD, "10.4.0.1").status_code == 302


def ask_for_link(client, email, address):
    form = Form.from_response(client.get(RESET, REMOTE_ADDR=address), "main form")
    return form.submit(client, changes={"email": email}, REMOTE_ADDR=address)


def test_password_links_to_one_account_are_throttled(client, home_page, django_capture_on_commit_callbacks):
    UserFactory(email="kari@skole.test")
    with django_capture_on_commit_callbacks(execute=True):
        answers = [ask_for_link(client, "Kari@Skole.test", f"10.5.0.{number}") for number in range(5)]
    assert all(answer.status_code == 302 and answer["Location"] == "/konto/glemt-passord/sendt/" for answer in answers)
    assert [message.to for message in mail.outbox] == [["kari@skole.test"]]


def test_password_links_from_one_address_are_throttled_with_the_same_answer(
    client, home_page, django_capture_on_commit_callbacks
):
    people = [UserFactory(email=f"person{number}@skole.test") for number in range(RESETS_PER_ADDRESS_PER_HOUR + 3)]
    with django_capture_on_commit_callbacks(execute=True):
        answers = [ask_for_link(client, person.email, "10.6.0.1") for person in people]
    assert {answer["Location"] for answer in answers} == {"/konto/glemt-passord/sendt/"}
    assert len(mail.outbox) == RESETS_PER_ADDRESS_PER_HOUR
    # An unknown address gets the very same answer.
    assert ask_for_link(client, "ingen@skole.test", "10.6.0.2")["Location"] == "/konto/glemt-passord/sendt/"
    sent = client.get("/konto/glemt-passord/sendt/").content.decode()
    assert "Hvis adressen hører til en konto" in sent or "If the address belongs to an account" in sent
