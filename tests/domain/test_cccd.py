"""Tests for desktop.domain.cccd: identity-number checks and masking."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.cccd import IdNumberInfo, check_id_number, mask_id_number, mask_phone
from desktop.domain.errors import DomainError, ValidationError

TODAY = date(2026, 5, 20)


def test_good_cccd_is_decoded() -> None:
    assert check_id_number("020093001656", today=TODAY) == IdNumberInfo(
        number="020093001656", kind="cccd", legacy=False, province_code="020", sex="male", birth_year=1993
    )


@pytest.mark.parametrize(
    ("number", "sex", "year"),
    [
        ("001188000123", "female", 1988),
        ("079200000123", "male", 2000),
        ("096325000123", "female", 2025),
        ("042099000001", "male", 1999),
    ],
)
def test_century_and_sex_digit(number: str, sex: str, year: int) -> None:
    info = check_id_number(number, today=TODAY)
    assert (info.sex, info.birth_year) == (sex, year)


def test_spaces_and_dots_are_ignored() -> None:
    assert check_id_number(" 020.093.001.656 ", today=TODAY).number == "020093001656"
    assert check_id_number("020 093 001 656", today=TODAY).number == "020093001656"


def test_legacy_cmnd_is_accepted_and_flagged() -> None:
    info = check_id_number("123 456 789", today=TODAY)
    assert info == IdNumberInfo("123456789", "cmnd", True, None, None, None)


@pytest.mark.parametrize(
    "bad", ["", "12345", "0200930016567", "02009300165a", "1234567890", "０２００９３００１６５６"]
)
def test_malformed_numbers_are_rejected(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_id_number(bad, today=TODAY)
    assert caught.value.code == "id_number.invalid"
    assert caught.value.field == "id_number"


@pytest.mark.parametrize("bad", ["000093001656", "003093001656", "097093001656", "100093001656"])
def test_unknown_province_is_rejected(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_id_number(bad, today=TODAY)
    assert caught.value.code == "id_number.province"


@pytest.mark.parametrize("bad", ["020227001656", "020330001656", "020400001656", "020900001656"])
def test_birth_year_in_the_future_is_rejected(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_id_number(bad, today=TODAY)
    assert caught.value.code == "id_number.birth_year"


def test_this_years_birth_is_accepted() -> None:
    assert check_id_number("020226001656", today=TODAY).birth_year == 2026


def test_error_message_is_bilingual() -> None:
    with pytest.raises(DomainError) as caught:
        check_id_number("12", today=TODAY)
    text = str(caught.value)
    assert " / " in text
    assert "không hợp lệ" in text
    assert "invalid" in text


def test_mask_id_number() -> None:
    assert mask_id_number("020093001656") == "020******656"
    assert mask_id_number("020.093.001.656") == "020******656"
    assert mask_id_number("123456789") == "123***789"
    assert mask_id_number("12345") == "*****"
    assert mask_id_number("") == ""
    assert mask_id_number(None) == ""


def test_mask_phone() -> None:
    assert mask_phone("0901234567") == "090****567"
    assert mask_phone("090 123 4567") == "090****567"
    assert mask_phone("+84 90 123 4567") == "+849*****567"
    assert mask_phone("") == ""
    assert mask_phone(None) == ""
