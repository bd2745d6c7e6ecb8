"""Cell parsers: the spellings officers use are accepted, anything else gets a sentence saying what is expected."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.messages import Phrase
from desktop.imports import cells
from desktop.imports.procedures import ONLINE


@pytest.mark.parametrize(("value", "days"), [(0, 0), (15, 15), (15.0, 15), ("15", 15), ("15 ngày", 15),
                                             ("15 ngày làm việc", 15), ("Trong ngày", 0), ("TRONG NGAY", 0),
                                             # Half-day times as provinces publish them (DOMAIN.md §2).
                                             ("2,5", 2.5), ("2.5 ngày làm việc", 2.5), (0.5, 0.5), ("1,5 ngày", 1.5)])
def test_days(value: object, days: int) -> None:
    assert cells.days(value) == days


@pytest.mark.parametrize("value", ["mười", "1,3", 2.25, "2,55", 365.5, -1, 366, "15 tháng", True])
def test_days_refused(value: object) -> None:
    with pytest.raises(cells.CellError, match="ngày làm việc"):
        cells.days(value)


@pytest.mark.parametrize(("value", "amount"), [("50.000", 50000), ("50,000", 50000), ("1.500.000 đồng", 1500000),
                                               ("8.000đ/bản", 8000), ("Miễn phí", 0), ("Không", 0), (25000, 25000),
                                               ("25 000 VNĐ", 25000)])
def test_money(value: object, amount: int) -> None:
    assert cells.money(value) == amount


def test_money_refused() -> None:
    with pytest.raises(cells.CellError) as err:
        cells.money("Theo quy định")
    assert "“Theo quy định”" in err.value.message_vi and "đồng" in err.value.message_en


@pytest.mark.parametrize(("value", "hours"), [(4, 4.0), ("2,5", 2.5), ("2.5", 2.5), ("4 giờ", 4.0), (1.25, 1.25)])
def test_hours(value: object, hours: float) -> None:
    assert cells.hours(value) == hours


@pytest.mark.parametrize("value", ["bốn", "-1", "1,000.5", "nan", "inf"])
def test_hours_refused(value: object) -> None:
    with pytest.raises(cells.CellError):
        cells.hours(value)


@pytest.mark.parametrize(("value", "day"), [
    (datetime(2026, 11, 20), date(2026, 11, 20)), (date(2026, 11, 20), date(2026, 11, 20)),
    ("20/11/2026", date(2026, 11, 20)), ("5/1/2026", date(2026, 1, 5)), ("05-01-2026", date(2026, 1, 5)),
    ("05.01.2026", date(2026, 1, 5)), ("2026-01-05", date(2026, 1, 5)), (46346, date(2026, 11, 20)),
    ("20/11/2026 08:30", date(2026, 11, 20))])
def test_dates_are_day_first(value: object, day: date) -> None:
    assert cells.day(value) == day


@pytest.mark.parametrize("value", ["31/02/2026", "11/20/2026", "hôm qua", "2026"])
def test_dates_refused(value: object) -> None:
    with pytest.raises(cells.CellError, match="20/11/2026"):
        cells.day(value)


def test_a_bare_year_is_the_first_of_january_where_allowed() -> None:
    assert cells.year_or_day(2019) == cells.year_or_day("2019") == date(2019, 1, 1)
    assert cells.year_or_day("15/03/2019") == date(2019, 3, 15)


@pytest.mark.parametrize(("value", "flag"), [("Có", True), ("x", True), ("✓", True), (1, True), ("không", False),
                                             ("No", False), (0, False), (True, True)])
def test_yes_no(value: object, flag: bool) -> None:
    assert cells.yes_no(value) is flag


def test_choices_accept_keys_labels_and_aliases_in_any_spelling() -> None:
    parse = cells.choice(ONLINE, {"muc do 4": "full"}, Phrase("label.online_service_level"))
    assert [parse(v) for v in ("Toàn trình", "TOAN TRINH", "full", "Mức độ 4", "một phần", "Không")] == [
        "full", "full", "full", "full", "partial", "none"]
    with pytest.raises(cells.CellError) as err:
        parse("Mức 9")
    assert "“Toàn trình”, “Một phần”, “Không”" in err.value.message_vi


def test_codes_and_phones_keep_what_excel_took_away() -> None:
    assert cells.code(1.001193) == "1.001193" and cells.code(2019) == "2019" and cells.code(" A-1 ") == "A-1"
    assert cells.phone(912345678) == "0912345678" and cells.phone("912345678") == "0912345678"
    assert cells.phone("0912 345 678") == "0912 345 678"  # the officers service strips the spaces


def test_header_keys_ignore_accents_case_spacing_and_punctuation() -> None:
    assert cells.key_of("  Điện   THOẠI (*):") == "dien thoai"
    assert cells.key_of("Phí, lệ phí (đồng)") == cells.key_of("phi le phi dong")
