"""Tests for desktop.domain.calendar: working days, overrides, lazy years and the Vietnamese national calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.calendar import WorkingCalendar, vietnam_calendar

# March 2026: Monday 2 ... Friday 6, Saturday 7, Sunday 8, Monday 9.
MON, FRI, SAT, SUN, NEXT_MON = date(2026, 3, 2), date(2026, 3, 6), date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)


@pytest.fixture(scope="module")
def vn() -> WorkingCalendar:
    return vietnam_calendar([2026])


def test_plain_week() -> None:
    cal = WorkingCalendar()
    assert [cal.is_working_day(MON + timedelta(days=i)) for i in range(7)] == [True] * 5 + [False] * 2


def test_overrides() -> None:
    cal = WorkingCalendar(
        public_holidays=frozenset({date(2026, 3, 3)}),
        extra_days_off=frozenset({date(2026, 3, 4)}),
        makeup_working_days=frozenset({SAT, date(2026, 3, 5)}),
    )
    assert not cal.is_working_day(date(2026, 3, 3))
    assert not cal.is_working_day(date(2026, 3, 4))
    assert cal.is_working_day(SAT)
    assert not cal.is_working_day(SUN)
    assert cal.is_holiday(date(2026, 3, 3))
    assert not cal.is_holiday(date(2026, 3, 4))


def test_makeup_day_wins_over_a_day_off() -> None:
    cal = WorkingCalendar(extra_days_off=frozenset({SAT}), makeup_working_days=frozenset({SAT}))
    assert cal.is_working_day(SAT)


def test_next_working_day_is_strictly_after() -> None:
    cal = WorkingCalendar()
    assert cal.next_working_day(MON) == date(2026, 3, 3)
    assert cal.next_working_day(FRI) == NEXT_MON
    assert cal.next_working_day(SAT) == NEXT_MON


def test_add_working_days() -> None:
    cal = WorkingCalendar(makeup_working_days=frozenset({SAT}))
    assert cal.add_working_days(FRI, 0) == FRI
    assert cal.add_working_days(SUN, 0) == NEXT_MON
    assert cal.add_working_days(FRI, 1) == SAT
    assert cal.add_working_days(FRI, 2) == NEXT_MON
    assert cal.add_working_days(MON, 10) == date(2026, 3, 13)  # Tue-Fri, the Saturday, then Mon-Fri
    with pytest.raises(ValueError):
        cal.add_working_days(MON, -1)


def test_working_days_between_counts_half_open_interval() -> None:
    cal = WorkingCalendar(extra_days_off=frozenset({date(2026, 3, 4)}))
    assert cal.working_days_between(MON, MON) == 0
    assert cal.working_days_between(MON, FRI) == 3  # 3, (4 off), 5, 6
    assert cal.working_days_between(FRI, NEXT_MON) == 1
    assert cal.working_days_between(NEXT_MON, FRI) == -1


def test_years_are_loaded_lazily_and_once() -> None:
    calls: list[int] = []

    def loader(year: int) -> tuple[frozenset[date], frozenset[date]]:
        calls.append(year)
        return frozenset({date(year, 1, 1)}), frozenset({date(year, 1, 10)})

    cal = WorkingCalendar(loader=loader, loaded_years=[2026])
    assert calls == [2026]
    assert cal.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)  # Friday 1 January is off
    assert cal.is_working_day(date(2027, 1, 10))  # the loader's Sunday working day
    cal.is_working_day(date(2027, 6, 1))
    assert calls == [2026, 2027]


def test_runaway_overrides_fail_instead_of_hanging() -> None:
    days = frozenset(date(2026, 1, 1) + timedelta(days=i) for i in range(400))
    with pytest.raises(ValueError):
        WorkingCalendar(extra_days_off=days).next_working_day(date(2026, 1, 1))


def test_tet_2026_is_16_to_20_february(vn: WorkingCalendar) -> None:
    tet = [date(2026, 2, d) for d in range(16, 21)]
    assert all(vn.is_holiday(d) and not vn.is_working_day(d) for d in tet)
    assert vn.is_working_day(date(2026, 2, 13))
    assert vn.is_working_day(date(2026, 2, 23))


def test_holiday_on_sunday_gives_monday_in_lieu(vn: WorkingCalendar) -> None:
    # Hùng Kings' day 2026 falls on Sunday 26 April.
    assert not vn.is_working_day(date(2026, 4, 27))
    assert vn.is_working_day(date(2026, 4, 28))


def test_national_day_2026_and_its_declared_swap(vn: WorkingCalendar) -> None:
    assert [vn.is_working_day(date(2026, 8, 31)), vn.is_working_day(date(2026, 9, 1))] == [False, False]
    assert not vn.is_working_day(date(2026, 9, 2))
    assert vn.is_working_day(date(2026, 9, 3))
    # Monday 31 August is taken off in exchange for working Saturday 22 August.
    assert vn.is_working_day(date(2026, 8, 22))
    assert not vn.is_working_day(date(2026, 8, 29))


def test_next_year_is_loaded_on_demand(vn: WorkingCalendar) -> None:
    assert not vn.is_working_day(date(2027, 1, 1))
    assert vn.add_working_days(date(2026, 12, 30), 2) == date(2027, 1, 4)
    # Tết 2027 (day 1 on Saturday 6 February): weekend Tết days are given back on Thu 4 and Wed 10 February.
    assert vn.next_working_day(date(2027, 2, 3)) == date(2027, 2, 11)


def test_commune_overrides_on_the_national_calendar() -> None:
    cal = vietnam_calendar([2026], extra_days_off=[date(2026, 3, 9)], makeup_working_days=[date(2026, 11, 24)])
    assert not cal.is_working_day(date(2026, 3, 9))
    assert cal.is_working_day(date(2026, 11, 24))
    assert cal.extra_days_off == frozenset({date(2026, 3, 9)})


def test_vietnam_alone_is_the_packages_vietnam_without_every_other_country() -> None:
    """The calendar loads holidays' Vietnam module by itself: the same days, names and swaps as the package's own
    lookup, and (in a fresh interpreter) none of the other ~250 countries imported."""
    import subprocess
    import sys

    import holidays

    from desktop.domain.calendar import vietnam_holidays

    for language in ("vi", "en_US"):
        ours = vietnam_holidays(years=[2025, 2026, 2027], observed=True, language=language)
        theirs = holidays.country_holidays("VN", years=[2025, 2026, 2027], observed=True, language=language)
        assert dict(ours) == dict(theirs) and ours.weekend_workdays == theirs.weekend_workdays
    probe = ("import sys; from desktop.domain.calendar import vietnam_calendar; "
             "assert not vietnam_calendar([2026]).is_working_day(__import__('datetime').date(2026, 9, 2)); "
             "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['holidays.countries.vietnam']"
