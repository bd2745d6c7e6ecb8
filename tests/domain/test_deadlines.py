"""Tests for desktop.domain.deadlines: due dates, clock restarts and timeliness."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from desktop.domain.calendar import WorkingCalendar, vietnam_calendar
from desktop.domain.deadlines import (
    Timeliness,
    due_date,
    outcome,
)
from desktop.domain.errors import ValidationError
from desktop.domain.lifecycle import REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED, pauses_clock, restarts_clock

PLAIN = WorkingCalendar()


@pytest.fixture(scope="module")
def vn() -> WorkingCalendar:
    return vietnam_calendar([2026])


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


def test_day_of_receipt_is_not_counted() -> None:
    assert due_date(at(2026, 3, 2), 1, PLAIN) == date(2026, 3, 3)
    assert due_date(at(2026, 3, 2), 5, PLAIN) == date(2026, 3, 9)


def test_across_tet_2026(vn: WorkingCalendar) -> None:
    # Thursday 12 Feb: Fri 13 is day 1, 16-20 Feb are Tết, Mon 23 is day 2, Tue 24 is day 3.
    assert due_date(at(2026, 2, 12), 3, vn) == date(2026, 2, 24)
    assert due_date(at(2026, 2, 13, 16, 0), 1, vn) == date(2026, 2, 23)


def test_across_national_day_2026(vn: WorkingCalendar) -> None:
    # Friday 28 Aug: 31 Aug (swapped day off), 1 and 2 Sep are off; Thu 3, Fri 4, Mon 7.
    assert due_date(at(2026, 8, 28), 3, vn) == date(2026, 9, 7)


def test_declared_makeup_saturday_counts(vn: WorkingCalendar) -> None:
    assert due_date(at(2026, 8, 21), 1, vn) == date(2026, 8, 22)
    cal = WorkingCalendar(makeup_working_days=frozenset({date(2026, 3, 7)}))
    assert due_date(at(2026, 3, 6), 1, cal) == date(2026, 3, 7)
    assert due_date(at(2026, 3, 6), 1, PLAIN) == date(2026, 3, 9)


def test_extra_declared_day_off() -> None:
    cal = WorkingCalendar(extra_days_off=frozenset({date(2026, 3, 9)}))
    assert due_date(at(2026, 3, 6), 1, cal) == date(2026, 3, 10)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 3, 4, 10, 0), date(2026, 3, 4)),
        (at(2026, 3, 4, 14, 59), date(2026, 3, 4)),
        (at(2026, 3, 4, 15, 0), date(2026, 3, 5)),
        (at(2026, 3, 4, 15, 30), date(2026, 3, 5)),
        (at(2026, 3, 6, 15, 30), date(2026, 3, 9)),
        (at(2026, 3, 7, 10, 0), date(2026, 3, 9)),  # Saturday
    ],
)
def test_within_the_day(received: datetime, due: date) -> None:
    assert due_date(received, 0, PLAIN) == due


def test_received_on_saturday_counts_from_monday() -> None:
    assert due_date(at(2026, 3, 7, 10, 0), 2, PLAIN) == date(2026, 3, 10)


def test_cutoff_is_configurable() -> None:
    assert due_date(at(2026, 3, 4, 15, 30), 0, PLAIN, same_day_cutoff=time(16, 30)) == date(2026, 3, 4)


def test_aware_datetime_uses_its_wall_time() -> None:
    ict = timezone(timedelta(hours=7))
    assert due_date(datetime(2026, 3, 4, 15, 30, tzinfo=ict), 0, PLAIN) == date(2026, 3, 5)


def test_negative_days_are_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        due_date(at(2026, 3, 4), -1, PLAIN)
    assert caught.value.field == "statutory_days"


def test_supplement_restarts_the_full_statutory_time() -> None:
    # Received Mon 2 Mar with 5 days (due Mon 9); supplement requested Wed 4, complete dossier back Wed 11.
    assert due_date(at(2026, 3, 2), 5, PLAIN) == date(2026, 3, 9)
    assert pauses_clock(REQUEST_SUPPLEMENT) and not restarts_clock(REQUEST_SUPPLEMENT)
    assert restarts_clock(SUPPLEMENT_RECEIVED) and not pauses_clock(SUPPLEMENT_RECEIVED)
    assert due_date(at(2026, 3, 11), 5, PLAIN) == date(2026, 3, 18)


def test_outcome() -> None:
    due = date(2026, 3, 9)
    assert outcome(date(2026, 3, 6), due) is Timeliness.EARLY
    assert outcome(due, due) is Timeliness.ON_TIME
    assert outcome(date(2026, 3, 10), due) is Timeliness.LATE
    assert outcome(due, due) == "on_time"
