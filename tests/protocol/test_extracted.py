"""Reading values back out of stored sync JSON: what SQLite's JSON_EXTRACT and PostgreSQL's ->> hand back, and what a
broken client may have pushed, reads as a value or as None, never as an exception."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.protocol.extracted import as_bool, as_day, as_float, as_instant, as_int, as_text


@pytest.mark.parametrize(("raw", "expected"), [(1, True), ("true", True), ("1", True), (True, True),
                                               (0, False), ("false", False), (None, False), ("yes", False)])
def test_booleans_from_either_database(raw: object, expected: bool) -> None:
    assert as_bool(raw) is expected


def test_numbers_refuse_what_is_not_one() -> None:
    assert as_int("42") == 42 and as_int(" -7") == -7 and as_int(7) == 7
    assert as_int(True) is None and as_int("4.5") is None and as_int([1]) is None
    assert as_float("2.5") == 2.5 and as_float("nan") == 0.0 and as_float("1e400") == 0.0 and as_float({}) == 0.0


def test_moments_become_naive_utc_and_bad_ones_none() -> None:
    assert as_instant("2026-11-20T09:00:00+07:00") == datetime(2026, 11, 20, 2, 0)
    assert as_instant("2026-11-20T02:00:00") == datetime(2026, 11, 20, 2, 0)
    assert as_instant("20/11/2026") is None and as_instant(20261120) is None
    assert as_day("2026-11-20T23:59:00") == date(2026, 11, 20) and as_day("2026-02-30") is None
    assert as_text("Xã Hải Ninh") == "Xã Hải Ninh" and as_text(5) is None
