"""Reporting periods: their local first and last days, how papers name them, how they are typed, and their UTC bounds.

One rule for every caller (the desktop's statistics, reports and CLI, and the province server): a period is a closed
range of local dates; in the store it is the half-open UTC range [first day 00:00, the day after the last 00:00).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain.errors import ValidationError
from desktop.domain.localtime import local_day_start

FIRST_YEAR, LAST_YEAR = 2000, 2999  # years a period may be typed in: no report predates the software, nor 4-digit
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodError(ValidationError, ValueError):
    """A period typed in a form that is not understood; a ValueError too, so plain parsers can catch it."""


@dataclass(frozen=True)
class Period:
    """A reporting period: its first and last local day, and how papers name it."""

    kind: str  # month | quarter | year
    start: date
    end: date
    label: str  # “tháng 11 năm 2026”, “quý IV năm 2026”, “năm 2026”

    @property
    def span(self) -> str:
        return f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a calendar month."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Local dates [start, end] → naive UTC instants [start 00:00, the day after end 00:00)."""
    return local_day_start(start), local_day_start(end + timedelta(days=1))


def _year(text: str) -> int | None:
    return int(text) if len(text) == 4 and text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR else None


def parse_month(value: str) -> tuple[date, date]:
    """'2026-11' → (2026-11-01, 2026-11-30); PeriodError `month.invalid` otherwise."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", (value or "").strip())
    if m and _year(m.group(1)) and 1 <= int(m.group(2)) <= 12:
        return month_bounds(int(m.group(1)), int(m.group(2)))
    raise PeriodError("month.invalid", field="month", value=value, first_year=FIRST_YEAR,
                      last_year=LAST_YEAR)


def month_period(start: date) -> Period:
    first, last = month_bounds(start.year, start.month)
    return Period("month", first, last, f"tháng {start.month} năm {start.year}")


def parse_quarter(value: str) -> Period:
    """“2026-Q4” → 01/10/2026 – 31/12/2026; PeriodError `quarter.invalid` otherwise."""
    m = re.fullmatch(r"(\d{4})-[Qq]([1-4])", (value or "").strip())
    if not m or not _year(m.group(1)):
        raise PeriodError("quarter.invalid", field="quarter", value=value, first_year=FIRST_YEAR, last_year=LAST_YEAR)
    year, quarter = int(m.group(1)), int(m.group(2))
    first = month_bounds(year, 3 * quarter - 2)[0]
    last = month_bounds(year, 3 * quarter)[1]
    return Period("quarter", first, last, f"quý {_ROMAN[quarter]} năm {year}")


def parse_year(value: str) -> Period:
    """“2026” → 01/01/2026 – 31/12/2026; PeriodError `year.invalid` otherwise."""
    year = _year((value or "").strip())
    if year is None:
        raise PeriodError("year.invalid", field="year", value=value, first_year=FIRST_YEAR, last_year=LAST_YEAR)
    return Period("year", date(year, 1, 1), date(year, 12, 31), f"năm {year}")


def period_of(start: date, end: date) -> Period:
    """The period [start, end] named as papers name it: a month, a quarter, a year, or “từ … đến …”."""
    if end < start:
        raise PeriodError("period.reversed", field="end")
    if start.day == 1 and (start.year, start.month) == (end.year, end.month) \
            and month_bounds(end.year, end.month)[1] == end:
        return month_period(start)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return Period("year", start, end, f"năm {start.year}")
    if start.day == 1 and start.month % 3 == 1 and start.year == end.year and end.month == start.month + 2 \
            and month_bounds(end.year, end.month)[1] == end:
        return Period("quarter", start, end, f"quý {_ROMAN[start.month // 3 + 1]} năm {start.year}")
    return Period("range", start, end, f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}")


def period_key(kind: str, year: int, part: int = 0) -> str:
    """month → “2026-11”, quarter → “2026-Q4”, year → “2026” (`part` is the month or the quarter): how a period is
    typed and stored."""
    if kind == "month":
        return f"{year:04d}-{part:02d}"
    if kind == "quarter":
        return f"{year:04d}-Q{part}"
    return f"{year:04d}"
