"""Tests for desktop.domain.dossier_code: official code format and per-device number ranges."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.dossier_code import format_code, next_number, number_range, parse_code
from desktop.domain.errors import ValidationError


def test_format_code() -> None:
    assert format_code("000.00.22.H40", date(2026, 3, 4), 7) == "000.00.22.H40-260304-0007"
    assert format_code("XA-TAN-AN", date(2026, 12, 31), 9999) == "XA-TAN-AN-261231-9999"


@pytest.mark.parametrize(("agency", "number"), [("", 1), ("X A", 1), ("XA", 0), ("XA", 10000)])
def test_format_code_rejects_bad_parts(agency: str, number: int) -> None:
    with pytest.raises(ValidationError) as caught:
        format_code(agency, date(2026, 3, 4), number)
    assert caught.value.field == "code"


def test_parse_round_trip() -> None:
    assert parse_code("000.00.22.H40-260304-0007") == ("000.00.22.H40", date(2026, 3, 4), 7)
    assert parse_code(" XA-TAN-AN-261231-9999 ") == ("XA-TAN-AN", date(2026, 12, 31), 9999)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("260304-0007", "code.invalid"),
        ("XA-26034-0007", "code.invalid"),
        ("XA-260304-007", "code.invalid"),
        ("X A-260304-0007", "code.invalid"),
        ("XA-260230-0007", "code.date"),
        ("XA-260304-0000", "code.number"),
    ],
)
def test_parse_rejects_bad_codes(code: str, error: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_code(code)
    assert (caught.value.code, caught.value.field) == (error, "code")


def test_number_range() -> None:
    assert number_range(0) == range(1, 1000)
    assert number_range(3)[0] == 3001 and number_range(3)[-1] == 3999
    assert number_range(9)[-1] == 9999
    with pytest.raises(ValidationError) as caught:
        number_range(10)
    assert caught.value.field == "device_slot"


def test_next_number() -> None:
    assert next_number(0, []) == 1
    assert next_number(2, []) == 2001
    assert next_number(2, [2001, 2002, 2005, 17, 3001]) == 2006  # gaps are not refilled; other slots ignored
    assert next_number(1, [999, 2000]) == 1001


def test_exhausted_range() -> None:
    with pytest.raises(ValidationError) as caught:
        next_number(4, [4999])
    assert caught.value.code == "code.exhausted"
    assert next_number(4, range(4001, 4999)) == 4999


def test_code_date_notice_only_when_the_day_differs() -> None:
    from desktop.domain.dossier_code import code_date_notice

    notice = code_date_notice("000.00.22.H40-251120-0007", date(2026, 11, 20))
    assert notice is not None and (notice.code, notice.field) == ("code.date_differs", "code")
    assert "20/11/2025" in notice.message("vi") and "20/11/2026" in notice.message("en")
    assert code_date_notice(" 000.00.22.H40-261120-0007 ", date(2026, 11, 20)) is None
    assert code_date_notice("HS-TINH-12345", date(2026, 11, 20)) is None  # not the official shape: nothing to say
