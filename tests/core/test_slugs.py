"""Slugs and handles spell Norwegian letters out instead of dropping them."""

import pytest

from korus_site.core.text import slug
from network.services.members import member_for
from tests.factories import StandardPageFactory, UserFactory
from tests.network.conftest import areas  # noqa: F401 (the network's areas, as a fixture here)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreldremøte", "foreldremote"),
        ("Kurs i Ålesund og Tromsø", "kurs-i-alesund-og-tromso"),
        ("Ærlig talt", "aerlig-talt"),
        ("Máret Čđŧ", "maret-cdt"),
        ("!!!", ""),
    ],
)
def test_slugs_transliterate(text, expected):
    assert slug(text) == expected


def test_handles_transliterate_norwegian_names():
    user = UserFactory(first_name="Bjørn", last_name="Sæther")
    assert member_for(user).handle == "bjorn.saether"
    other = UserFactory(first_name="Bjørn", last_name="Sæther")
    assert member_for(other).handle == "bjorn.saether2"


def test_a_page_without_a_slug_gets_a_transliterated_one(home_page):
    page = StandardPageFactory.build(title="Foreldremøte", slug="")
    home_page.add_child(instance=page)
    assert page.slug == "foreldremote"
    second = StandardPageFactory.build(title="Foreldremøte", slug="")
    home_page.add_child(instance=second)
    assert second.slug == "foreldremote-2"


def test_topic_addresses_transliterate(areas, make_kjentmann):  # noqa: F811
    from network.services import posting

    topic = posting.start_topic(
        user=make_kjentmann(first_name="Åse", last_name="Li"),
        area=areas["national"],
        title="Foreldremøte i høst",
        text="Start.",
    )
    assert topic.get_absolute_url().endswith("-foreldremote-i-host/")
