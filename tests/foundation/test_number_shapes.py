"""Bank card and 出生医学证明 number shapes (app/validators/numbers.py), as the catalog uses them."""

from __future__ import annotations

import pytest

from app.validators import VALIDATORS
from app.validators.numbers import validate_bank_card, validate_birth_cert_no


@pytest.mark.parametrize("value", ["6222023202012345678", "6217 0028 7001 2345", "6228-4800-1234-5678"])
def test_bank_card_numbers_of_16_to_19_digits_pass(value):
    assert validate_bank_card(value).ok


@pytest.mark.parametrize("value", ["62220232020123", "62220232020123456789", "6222O23202012345678", ""])
def test_bank_card_numbers_of_another_shape_are_errors_citing_the_standard(value):
    check = validate_bank_card(value)
    assert not check.ok and "16–19 位" in check.errors[0].message_zh and "JR/T 0008" in check.errors[0].basis


@pytest.mark.parametrize("value", ["R420987654", "o440123456"])
def test_birth_certificate_number_is_a_letter_and_nine_digits(value):
    assert validate_birth_cert_no(value).ok


@pytest.mark.parametrize("value", ["420987654", "R42098765", "RR20987654", "R4209876541"])
def test_other_birth_certificate_numbers_are_errors(value):
    check = validate_birth_cert_no(value)
    assert not check.ok and "1 位字母加 9 位数字" in check.errors[0].message_zh and check.errors[0].basis


def test_catalog_names_them():
    assert VALIDATORS["bank_card"] is validate_bank_card and VALIDATORS["birth_cert_no"] is validate_birth_cert_no
