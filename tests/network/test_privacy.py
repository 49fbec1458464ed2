"""The privacy guard, table-driven over privacy_vectors.json: disguised numbers refused, ordinary text passed."""

import json
from pathlib import Path

import pytest

from network import privacy

VECTORS = json.loads((Path(__file__).parent / "privacy_vectors.json").read_text(encoding="utf-8"))

FIRST = (3, 7, 6, 1, 8, 9, 4, 5, 2)
SECOND = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def with_check_digits(nine: str, first_remainder: int = 0) -> str | None:
    """Complete nine digits with check digits so the first weighted sum leaves ``first_remainder``."""
    digits = [int(c) for c in nine]
    k1 = (first_remainder - sum(d * w for d, w in zip(digits, FIRST, strict=True))) % 11
    if k1 == 10:
        return None
    digits.append(k1)
    k2 = (-sum(d * w for d, w in zip(digits, SECOND, strict=True))) % 11
    if k2 == 10:
        return None
    return "".join(map(str, [*digits, k2]))


def find(base_date: str, remainder: int = 0) -> str:
    for individual in range(100, 1000):
        number = with_check_digits(f"{base_date}{individual}", remainder)
        if number:
            return number
    raise AssertionError("no number found")


FNR = VECTORS["refuse"][0]["number"]  # the number from the finding, 210203 75989


def remainders(number: str) -> tuple[int, int]:
    """The two weighted sums mod 11, computed here independently of the code under test."""
    digits = [int(c) for c in number]
    first = sum(d * w for d, w in zip(digits, (*FIRST, 1), strict=False)) % 11
    second = sum(d * w for d, w in zip(digits, (*SECOND, 1), strict=False)) % 11
    return first, second


@pytest.mark.parametrize("entry", VECTORS["refuse"], ids=lambda entry: f"{entry['kind']}-{entry['number']}")
def test_the_vector_numbers_are_valid_by_the_rule(entry):
    number, kind = entry["number"], entry["kind"]
    first, second = remainders(number)
    assert second == 0
    assert first in ({1, 2, 3} if "2032" in kind else {0})
    assert (int(number[0]) >= 4) == kind.startswith("D-number")
    assert (int(number[2]) >= 4) == kind.startswith("H-number")
    assert privacy.is_identity_number(number)
    assert len(entry["disguises"]) >= 80


DISGUISED = [
    pytest.param(entry["number"], disguise["text"], id=f"{entry['number']}-{disguise['how']}")
    for entry in VECTORS["refuse"]
    for disguise in entry["disguises"]
]


@pytest.mark.parametrize(("number", "text"), DISGUISED)
def test_every_disguise_of_a_valid_number_is_refused(number, text):
    assert privacy.identity_numbers(text) == [number]


@pytest.mark.parametrize("text", [entry["text"] for entry in VECTORS["pass"]], ids=[e["how"] for e in VECTORS["pass"]])
def test_valid_looking_non_numbers_pass(text):
    assert privacy.identity_numbers(text) == []


@pytest.mark.parametrize(
    ("kind", "text"), [(entry["kind"], entry["text"]) for entry in VECTORS["warn"]], ids=lambda value: value[:40]
)
def test_likely_identifiers_give_a_warning(kind, text):
    assert privacy.identity_numbers(text) == []
    assert kind in {warning.kind for warning in privacy.warnings(text)}


@pytest.mark.parametrize("text", VECTORS["quiet"])
def test_ordinary_text_gives_no_warnings(text):
    assert privacy.identity_numbers(text) == []
    assert privacy.warnings(text) == []


def test_the_vector_file_covers_many_disguises_and_must_pass_texts():
    assert len(VECTORS["refuse"]) >= 9
    assert len(DISGUISED) >= 700
    assert len(VECTORS["pass"]) >= 45


@pytest.mark.parametrize(
    ("gap", "joins"),
    [
        (" ", True),
        ("\r\n> ", True),
        (" / ", True),
        ("**", True),
        (" .......... ", True),  # a repeated mark counts once
        ("\n\n\n\n", True),  # so does a run of white space
        (" - / - ", False),  # five different marks and spaces: a break, not a number
        (" og ", False),
        ("x", False),
        ("kl. ", False),
    ],
)
def test_what_joins_two_digit_groups(gap, joins):
    assert privacy.is_separator(gap) is joins
    assert (privacy.identity_numbers(f"{FNR[:6]}{gap}{FNR[6:]}") == [FNR]) is joins


@pytest.mark.parametrize(
    "number",
    [find("150575"), find("550575"), find("154575"), *(find("010132", remainder) for remainder in (1, 2, 3))],
)
def test_numbers_made_by_the_rule_here_are_found(number):
    assert privacy.is_identity_number(number)
    assert privacy.identity_numbers(f"Eleven har nummer {number}, vet du.") == [number]


def test_normalising_reads_what_readers_see():
    assert privacy.normalise("２１&#48;\u200b2\u00ad3&nbsp;O") == "21023 O"
    assert privacy.reader_text("210203**75989**") == "21020375989\n"


def test_the_warning_for_identity_words_quotes_the_digits():
    (warning,) = privacy.warnings("Fødselsnummer: 123456 78901")
    assert (warning.kind, warning.text) == ("id_word", "Fødselsnummer: 123456 78901")
    assert privacy.warnings("Saksnummer 12345678901") == []
