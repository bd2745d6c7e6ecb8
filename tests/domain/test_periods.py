"""Decree 09 reporting periods (15th to 14th), their calendar variants, neighbours, states and due dates."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import periods
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.periods import PeriodError, parse_period


@pytest.mark.parametrize(("kind", "key", "start", "end", "label"), [
    ("month", "2026-11", date(2026, 10, 15), date(2026, 11, 14), "tháng 11 năm 2026"),
    ("month", "2026-01", date(2025, 12, 15), date(2026, 1, 14), "tháng 1 năm 2026"),
    ("quarter", "2026-Q1", date(2025, 12, 15), date(2026, 3, 14), "quý I năm 2026"),
    ("quarter", "2026-Q4", date(2026, 9, 15), date(2026, 12, 14), "quý IV năm 2026"),
    ("half", "2026-H1", date(2025, 12, 15), date(2026, 6, 14), "6 tháng đầu năm 2026"),
    ("half", "2026-H2", date(2026, 6, 15), date(2026, 12, 14), "6 tháng cuối năm 2026"),
    ("year", "2026", date(2025, 12, 15), date(2026, 12, 14), "năm 2026"),
])
def test_official_periods_follow_decree_09(kind: str, key: str, start: date, end: date, label: str) -> None:
    p = parse_period(kind, key)
    assert (p.kind, p.key, p.start, p.end, p.label, p.calendar) == (kind, key, start, end, label, False)
    assert periods.period_of(start, end) == p


@pytest.mark.parametrize(("kind", "key", "start", "end"), [
    ("month", "2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ("quarter", "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    ("half", "2026-H1", date(2026, 1, 1), date(2026, 6, 30)),
    ("year", "2026", date(2026, 1, 1), date(2026, 12, 31)),
])
def test_calendar_variants(kind: str, key: str, start: date, end: date) -> None:
    p = parse_period(kind, key, calendar=True)
    assert (p.start, p.end, p.calendar) == (start, end, True)


def test_consecutive_official_months_tile_the_year_without_gap_or_overlap() -> None:
    months = [parse_period("month", f"2026-{m:02d}") for m in range(1, 13)]
    for a, b in zip(months, months[1:], strict=False):
        assert (b.start - a.end).days == 1
    year = parse_period("year", "2026")
    assert (months[0].start, months[-1].end) == (year.start, year.end)


@pytest.mark.parametrize(("kind", "value"), [("month", "2026-13"), ("half", "2026-H3"), ("quarter", "2026-Q0"),
                                             ("year", "26"), ("half", "1999-H1")])
def test_malformed_periods_are_refused_with_a_code(kind: str, value: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(kind, value)
    assert caught.value.code == f"{kind}.invalid"


def test_states_and_json() -> None:
    nov = parse_period("month", "2026-11")
    assert nov.state(date(2026, 10, 14)) == periods.FUTURE
    assert nov.state(date(2026, 10, 15)) == periods.OPEN and nov.state(date(2026, 11, 14)) == periods.OPEN
    assert nov.state(date(2026, 11, 15)) == periods.COMPLETE
    assert nov.to_json(date(2026, 11, 3))["complete"] is False
    assert nov.to_json(date(2026, 12, 4)) == {"from": "2026-10-15", "to": "2026-11-14", "kind": "month",
                                              "complete": True, "key": "2026-11", "calendar": False}
    assert nov.as_of(date(2026, 11, 3)) == date(2026, 11, 3) and nov.as_of(date(2027, 1, 1)) == nov.end


def test_previous_and_same_period_last_year() -> None:
    jan = parse_period("month", "2026-01")
    assert periods.previous(jan) == parse_period("month", "2025-12")
    assert periods.same_last_year(jan) == parse_period("month", "2025-01")
    assert periods.previous(parse_period("quarter", "2026-Q1")) == parse_period("quarter", "2025-Q4")
    assert periods.previous(parse_period("half", "2026-H1")) == parse_period("half", "2025-H2")
    assert periods.same_last_year(parse_period("year", "2026", calendar=True)) == parse_period("year", "2025",
                                                                                                calendar=True)
    r = periods.range_period(date(2026, 11, 3), date(2026, 11, 9))
    assert (periods.previous(r).start, periods.previous(r).end) == (date(2026, 10, 27), date(2026, 11, 2))


def test_current_period_moves_on_the_15th() -> None:
    assert periods.current("month", date(2026, 12, 14)).key == "2026-12"
    assert periods.current("month", date(2026, 12, 15)).key == "2027-01"
    assert periods.current("month", date(2026, 12, 15), calendar=True).key == "2026-12"
    assert periods.current("year", date(2026, 12, 15)).key == "2027"


def test_due_date_counts_working_days_after_the_cut_off() -> None:
    cal = WorkingCalendar(public_holidays=frozenset())
    # Sat 14/11/2026: Mon 16, Tue 17, Wed 18 are the three working days after it.
    assert periods.due_date(parse_period("month", "2026-11"), cal, 3) == date(2026, 11, 18)
