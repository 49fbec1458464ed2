"""The privacy page says how long personal data is kept exactly as the retention rules do it."""

import pytest

from django.utils import translation

from korus_site.core import retention
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_the_retention_block_lists_every_rule_as_applied(client, home_page):
    import json

    page = StandardPageFactory(
        parent=home_page,
        title="Personvern",
        slug="personvern",
        body=json.dumps([{"type": "retention_rules", "value": None, "id": "r1"}]),
    )
    html = client.get(page.url).content.decode()
    with translation.override("nb"):
        for rule in retention.rules():
            assert str(rule.description) in html
    assert "slettes etter 30 dager" in html  # failed logins, in bokmål


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nb", "Tidligere versjoner av en skoles plan"),
        ("nn", "Tidlegare versjonar av planen til ein skule"),
    ],
)
def test_the_privacy_page_says_how_long_a_schools_plan_versions_are_kept(client, home_page, language, sentence):
    import json

    page = StandardPageFactory(
        parent=home_page,
        title="Personvern",
        slug="personvern",
        body=json.dumps([{"type": "retention_rules", "value": None, "id": "r1"}]),
    )
    client.post("/sprak/", {"language": language, "next": page.url})
    html = client.get(page.url).content.decode()
    rule = next(rule for rule in retention.rules() if rule.name == "plan_versions")
    with translation.override(language):
        assert str(rule.description) in html
    assert sentence in html
    assert "tre år" in html
