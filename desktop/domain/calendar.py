"""Which days are working days for a Vietnamese commune, and arithmetic in working days."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import holidays

# Given a year, return (days off, weekend days declared as working days) known for it.
YearLoader = Callable[[int], tuple[frozenset[date], frozenset[date]]]

_ONE_DAY = timedelta(days=1)
# Longer than any real run of days off (Tết plus weekends is at most ~10): a longer run means bad overrides,
# and failing loudly beats looping forever in the GUI.
_MAX_DAYS_OFF_IN_A_ROW = 120


class WorkingCalendar:
    """Working days: Monday–Friday unless a public holiday or declared day off; declared make-up days always work.

    With a `loader`, holidays of years not given up front are fetched the first time a date in them is asked
    about, so arithmetic that crosses New Year keeps working without the caller planning ahead.
    """

    def __init__(
        self,
        public_holidays: frozenset[date] = frozenset(),
        extra_days_off: frozenset[date] = frozenset(),
        makeup_working_days: frozenset[date] = frozenset(),
        *,
        loader: YearLoader | None = None,
        loaded_years: Iterable[int] = (),
    ) -> None:
        self._holidays: set[date] = set(public_holidays)
        self._loader_workdays: set[date] = set()
        self._extra_days_off = frozenset(extra_days_off)
        self._makeup_working_days = frozenset(makeup_working_days)
        self._loader = loader
        self._loaded_years: set[int] = set()
        # Services call the calendar from worker threads; loading a year twice is harmless but wasteful.
        self._lock = threading.Lock()
        for year in loaded_years:
            self._ensure_year(year)

    @property
    def extra_days_off(self) -> frozenset[date]:
        return self._extra_days_off

    @property
    def makeup_working_days(self) -> frozenset[date]:
        return self._makeup_working_days

    def _ensure_year(self, year: int) -> None:
        if self._loader is None or year in self._loaded_years:
            return
        with self._lock:
            if year in self._loaded_years:
                return
            days_off, workdays = self._loader(year)
            self._holidays.update(days_off)
            self._loader_workdays.update(workdays)
            self._loaded_years.add(year)

    def is_holiday(self, d: date) -> bool:
        """True when `d` is a public holiday (including in-lieu and swapped days off) known to the calendar."""
        self._ensure_year(d.year)
        return d in self._holidays

    def is_working_day(self, d: date) -> bool:
        """True when officers are at work on `d`."""
        self._ensure_year(d.year)
        if d in self._makeup_working_days or d in self._loader_workdays:
            return True
        if d.weekday() >= 5:
            return False
        return d not in self._holidays and d not in self._extra_days_off

    def next_working_day(self, d: date) -> date:
        """Return the first working day strictly after `d`."""
        day = d + _ONE_DAY
        for _ in range(_MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(day):
                return day
            day += _ONE_DAY
        raise ValueError(f"no working day within {_MAX_DAYS_OFF_IN_A_ROW} days after {d.isoformat()}")

    def add_working_days(self, d: date, n: int) -> date:
        """Return the n-th working day strictly after `d`; with n == 0, `d` itself if it is a working day,
        otherwise the next one."""
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        if n == 0:
            return d if self.is_working_day(d) else self.next_working_day(d)
        day = d
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Count working days in (a, b]; negative when b is before a, so the count reads as "b minus a"."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a + _ONE_DAY
        while day <= b:
            count += self.is_working_day(day)
            day += _ONE_DAY
        return count


def vietnam_holidays(**options: object) -> holidays.HolidayBase:
    """`holidays.country_holidays("VN", **options)` without importing the package's `countries`, whose import loads
    all ~250 countries (about 8 MB and 70 ms, on the first dossier list, due date or dashboard of a session)."""
    name = "holidays.countries.vietnam"
    module = sys.modules.get(name)
    if module is None:  # the module file itself, as the package would import it (same name, so imported once)
        source = Path(holidays.__file__).parent / "countries" / "vietnam.py"
        spec = importlib.util.spec_from_file_location(name, source) if source.is_file() else None
        if spec is None or spec.loader is None:  # a frozen build keeps modules in an archive: the package's way
            return holidays.country_holidays("VN", **options)  # type: ignore[arg-type]
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
    return module.Vietnam(**options)


@lru_cache(maxsize=64)  # the package builds a year's table in ~1 ms; every registration asks for it
def _vietnam_year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    # observed=True is the package's in-lieu switch: a holiday on a weekend gives a weekday off. It also carries
    # the government's declared swaps: the day off appears as a holiday and the Saturday worked in exchange is
    # listed in `weekend_workdays`.
    #
    # What holidays 0.109 returns for VN 2026 (checked when this module was written):
    #   01-01 New Year; 02-16 Lunar New Year's Eve; 02-17..02-20 Tết days 1-4 (so 16-20 Feb, matching the
    #   Labour Code's 5 days); 04-26 (Sun) Hùng Kings + 04-27 (Mon) in lieu; 04-30; 05-01;
    #   08-31 (Mon) day off swapped with Saturday 08-22, which it lists as a working day; 09-01 + 09-02 National
    #   Day; 11-24 Vietnam Culture Day (new from 2026; the package cites Resolution 80-NQ/TW, DOMAIN.md §7 does
    #   not list it yet). A commune that must work that day can declare it a make-up working day.
    # Its weekend_workdays also always carries the cross-year swaps 2014-12-27 and 2019-01-05.
    table = vietnam_holidays(years=year, observed=True)
    return frozenset(table.keys()), frozenset(table.weekend_workdays)


def vietnam_calendar(
    years: Iterable[int],
    extra_days_off: Iterable[date] = (),
    makeup_working_days: Iterable[date] = (),
) -> WorkingCalendar:
    """Return the national calendar with the commune's own overrides; `years` are loaded now, others on demand."""
    return WorkingCalendar(
        frozenset(),
        frozenset(extra_days_off),
        frozenset(makeup_working_days),
        loader=_vietnam_year,
        loaded_years=years,
    )
