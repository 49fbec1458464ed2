"""One account per e-mail address, even when two sign-ups create it at the same moment."""

import pytest

from korus_site.accounts.models import User
from korus_site.accounts.services import get_or_create_person
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_an_existing_address_reuses_the_account_and_fills_in_a_missing_name():
    existing = UserFactory(email="kari@skole.test", first_name="", last_name="")
    user, created = get_or_create_person(email="Kari@Skole.TEST", first_name="Kari", last_name="Berg")
    assert (user, created) == (existing, False)
    existing.refresh_from_db()
    assert existing.get_full_name() == "Kari Berg"


def test_a_new_address_gets_an_account_without_a_password():
    user, created = get_or_create_person(email="ny@skole.test", first_name="Ny", last_name="Lærer")
    assert created
    assert not user.has_usable_password()


def test_losing_the_race_to_create_the_account_reuses_the_winners(monkeypatch):
    """Another sign-up creates the account between our look-up and our insert."""
    winner = UserFactory(email="kari@skole.test")
    original_filter = User.objects.filter

    class NotYetThere:
        def first(self):
            return None

    calls = []

    def filter_once_empty(*args, **kwargs):
        if not calls:
            calls.append(kwargs)
            return NotYetThere()
        return original_filter(*args, **kwargs)

    monkeypatch.setattr(User.objects, "filter", filter_once_empty)
    user, created = get_or_create_person(email="kari@skole.test", first_name="Kari")
    assert (user, created) == (winner, False)
    assert User.objects.filter(email__iexact="kari@skole.test").count() == 1
