"""The privacy guard: identity numbers are refused, other likely identifiers warned about."""

import pytest

from network import privacy

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


FNR = find("150575")
D_NUMBER = find("550575")  # 15 + 40
H_NUMBER = find("154575")  # month 05 + 40
FROM_2032 = [find("010132", remainder) for remainder in (1, 2, 3)]


@pytest.mark.parametrize("number", [FNR, D_NUMBER, H_NUMBER, *FROM_2032])
def test_valid_identity_numbers_are_found(number):
    assert privacy.is_identity_number(number)
    assert privacy.identity_numbers(f"Eleven har nummer {number}, vet du.") == [number]


@pytest.mark.parametrize(
    "written",
    [
        lambda n: f"{n[:6]} {n[6:]}",
        lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}",
        lambda n: f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
        lambda n: f"{n[:6]}-{n[6:]}",
    ],
)
def test_spaces_and_separators_do_not_hide_a_number(written):
    assert privacy.identity_numbers(f"nummer {written(FNR)} her") != []


def wrong_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


@pytest.mark.parametrize(
    "number",
    [
        wrong_check_digit(FNR),
        FNR[:9] + str((int(FNR[9]) + 1) % 10) + FNR[10],
        "12345678901",
        "00000000000",
        find("320175"),  # 32 January
        find("011375"),  # month 13
        find("010132", 4),  # remainder 4 is not allowed even after 2032
    ],
)
def test_ordinary_numbers_pass(number):
    assert not privacy.is_identity_number(number)
    assert privacy.identity_numbers(f"Ordrenummer {number}") == []


def test_longer_digit_runs_are_not_identity_numbers():
    assert privacy.identity_numbers(f"kontonummer 9{FNR}") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ring meg på 22 33 44 55 i morgen.", "phone"),
        ("Mobilen er +47 912 34 567.", "phone"),
        ("Send til kari.hansen@skole.no.", "email"),
        ("Jeg snakket med Ola Nordmann i 9B om dette.", "name"),
        ("Kari Hansen på Fjellstad skole har det tøft.", "name"),
        ("I klasse 10C har Jonas Berg vært borte mye.", "name"),
    ],
)
def test_other_identifiers_give_warnings(text, kind):
    assert kind in {warning.kind for warning in privacy.warnings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Vi hadde foreldremøte på 10. trinn i går, og det gikk fint.",
        "En gutt på ungdomstrinnet virker sliten etter helgene.",
        "Helsesykepleier og rådgiver var med på møtet.",
        "Les mer i Kjentmann-håndboka kapittel 4.",
    ],
)
def test_ordinary_text_gives_no_warnings(text):
    assert privacy.warnings(text) == []
