"""Reporting periods: their local first and last days, how papers name them, how they are typed, and their UTC bounds.

One rule for every caller (the desktop's statistics, reports and CLI, and the province server): a period is a closed
range of local dates; in the store it is the half-open UTC range [first day 00:00, the day after the last 00:00).

Official periods follow Decree 09/2019/NĐ-CP art. 12 (DOMAIN.md §3): a month runs from the 15th of the month before
to the 14th; a quarter from the 15th of the month before it to the 14th of its last month; a half from 15/12 to 14/06
or 15/06 to 14/12; a year from 15/12 of the year before to 14/12. Calendar months, quarters and years stay a choice
for internal use (`calendar=True`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import ValidationError
from desktop.domain.localtime import local_day_start

FIRST_YEAR, LAST_YEAR = 2000, 2999  # years a period may be typed in: no report predates the software, nor 4-digit
CUTOFF_DAY = 14  # Decree 09: the official month ends on the 14th, the next starts on the 15th
KINDS = ("month", "quarter", "half", "year")
FUTURE, OPEN, COMPLETE = "future", "open", "complete"
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodError(ValidationError, ValueError):
    """A period typed in a form that is not understood; a ValueError too, so plain parsers can catch it."""


@dataclass(frozen=True)
class Period:
    """A reporting period: its first and last local day, and how papers name it."""

    kind: str  # month | quarter | half | year | range
    start: date
    end: date
    label: str  # “tháng 11 năm 2026”, “quý IV năm 2026”, “6 tháng đầu năm 2026”, “năm 2026”
    key: str = ""  # how it is typed and stored: “2026-11”, “2026-Q4”, “2026-H1”, “2026”; "" for a range
    calendar: bool = False  # calendar bounds instead of Decree 09's cut-off on the 14th

    @property
    def span(self) -> str:
        return f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    def state(self, today: date) -> str:
        """FUTURE before its first day, OPEN up to and including its last day, COMPLETE after it."""
        return FUTURE if today < self.start else OPEN if today <= self.end else COMPLETE

    def complete(self, today: date) -> bool:
        return today > self.end

    def as_of(self, today: date) -> date:
        """The last day whose figures the period holds on `today`."""
        return min(self.end, today)

    def to_json(self, today: date) -> dict[str, object]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "kind": self.kind,
                "complete": self.complete(today), "key": self.key, "calendar": self.calendar}


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a calendar month."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def official_month_bounds(year: int, month: int) -> tuple[date, date]:
    """Decree 09's month: the 15th of the month before to the 14th of this one."""
    py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
    return date(py, pm, CUTOFF_DAY + 1), date(year, month, CUTOFF_DAY)


def utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Local dates [start, end] → naive UTC instants [start 00:00, the day after end 00:00)."""
    return local_day_start(start), local_day_start(end + timedelta(days=1))


def _year(text: str) -> int | None:
    return int(text) if len(text) == 4 and text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR else None


def _invalid(kind: str, value: str) -> PeriodError:
    # Literal codes, so the catalogue check sees each one used with its params.
    years = {"value": value, "first_year": FIRST_YEAR, "last_year": LAST_YEAR}
    if kind == "month":
        return PeriodError("month.invalid", field="month", **years)
    if kind == "quarter":
        return PeriodError("quarter.invalid", field="quarter", **years)
    if kind == "half":
        return PeriodError("half.invalid", field="half", **years)
    return PeriodError("year.invalid", field="year", **years)


def parse_month(value: str) -> tuple[date, date]:
    """'2026-11' → (2026-11-01, 2026-11-30), the calendar month; PeriodError `month.invalid` otherwise."""
    return month_bounds(*_month_parts(value))


def _month_parts(value: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})", (value or "").strip())
    if m and _year(m.group(1)) and 1 <= int(m.group(2)) <= 12:
        return int(m.group(1)), int(m.group(2))
    raise _invalid("month", value)


def month_period(start: date, *, calendar: bool = True) -> Period:
    """The month `start` falls in by name (the 1st is enough): calendar bounds unless `calendar=False`."""
    return month_of(start.year, start.month, calendar=calendar)


def month_of(year: int, month: int, *, calendar: bool = False) -> Period:
    first, last = month_bounds(year, month) if calendar else official_month_bounds(year, month)
    return Period("month", first, last, f"tháng {month} năm {year}", period_key("month", year, month), calendar)


def quarter_of(year: int, quarter: int, *, calendar: bool = False) -> Period:
    first = month_of(year, 3 * quarter - 2, calendar=calendar).start
    last = month_of(year, 3 * quarter, calendar=calendar).end
    return Period("quarter", first, last, f"quý {_ROMAN[quarter]} năm {year}", period_key("quarter", year, quarter),
                  calendar)


def half_of(year: int, half: int, *, calendar: bool = False) -> Period:
    first = month_of(year, 6 * half - 5, calendar=calendar).start
    last = month_of(year, 6 * half, calendar=calendar).end
    label = f"6 tháng đầu năm {year}" if half == 1 else f"6 tháng cuối năm {year}"
    return Period("half", first, last, label, period_key("half", year, half), calendar)


def year_of(year: int, *, calendar: bool = False) -> Period:
    first, last = month_of(year, 1, calendar=calendar).start, month_of(year, 12, calendar=calendar).end
    return Period("year", first, last, f"năm {year}", period_key("year", year), calendar)


def parse_period(kind: str, value: str, *, calendar: bool = False) -> Period:
    """A period typed as its key: month “2026-11”, quarter “2026-Q4”, half “2026-H1”, year “2026”."""
    text = (value or "").strip()
    if kind == "month":
        return month_of(*_month_parts(text), calendar=calendar)
    if kind == "quarter":
        m = re.fullmatch(r"(\d{4})-[Qq]([1-4])", text)
        if m and _year(m.group(1)):
            return quarter_of(int(m.group(1)), int(m.group(2)), calendar=calendar)
    elif kind == "half":
        m = re.fullmatch(r"(\d{4})-[Hh]([12])", text)
        if m and _year(m.group(1)):
            return half_of(int(m.group(1)), int(m.group(2)), calendar=calendar)
    elif kind == "year":
        year = _year(text)
        if year is not None:
            return year_of(year, calendar=calendar)
    else:
        raise PeriodError("period.invalid", field="period", period_key=f"{kind}:{value}")
    raise _invalid(kind, value)


def parse_quarter(value: str, *, calendar: bool = True) -> Period:
    """“2026-Q4” → 01/10/2026 – 31/12/2026 (calendar unless asked); PeriodError `quarter.invalid` otherwise."""
    return parse_period("quarter", value, calendar=calendar)


def parse_year(value: str, *, calendar: bool = True) -> Period:
    """“2026” → 01/01/2026 – 31/12/2026 (calendar unless asked); PeriodError `year.invalid` otherwise."""
    return parse_period("year", value, calendar=calendar)


def range_period(start: date, end: date) -> Period:
    """Any range of days (`--from … --to …`); a month, quarter, half or year when it is exactly one."""
    return period_of(start, end)


def period_of(start: date, end: date) -> Period:
    """The period [start, end] named as papers name it: an official or calendar month, quarter, half or year, or
    “từ … đến …”."""
    if end < start:
        raise PeriodError("period.reversed", field="end")
    for calendar in (False, True):
        year = end.year
        candidates = [month_of(year, end.month, calendar=calendar), year_of(year, calendar=calendar),
                      *(quarter_of(year, q, calendar=calendar) for q in range(1, 5)),
                      *(half_of(year, h, calendar=calendar) for h in (1, 2))]
        for p in candidates:
            if (p.start, p.end) == (start, end):
                return p
    return Period("range", start, end, f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}")


def period_key(kind: str, year: int, part: int = 0) -> str:
    """month → “2026-11”, quarter → “2026-Q4”, half → “2026-H1”, year → “2026” (`part` is the month, quarter or
    half): how a period is typed and stored."""
    if kind == "month":
        return f"{year:04d}-{part:02d}"
    if kind == "quarter":
        return f"{year:04d}-Q{part}"
    if kind == "half":
        return f"{year:04d}-H{part}"
    return f"{year:04d}"


def _parts(period: Period) -> tuple[int, int]:
    key = period.key
    return int(key[:4]), (int(key[6:]) if period.kind in ("quarter", "half") else int(key[5:7]) if key[5:] else 0)


def shifted(period: Period, steps: int) -> Period:
    """The period `steps` of its own kind later (negative: earlier); a range moves by its own length."""
    if period.kind == "range":
        length = (period.end - period.start).days + 1
        return range_period(period.start + timedelta(days=length * steps), period.end + timedelta(days=length * steps))
    year, part = _parts(period)
    per_year = {"month": 12, "quarter": 4, "half": 2, "year": 1}[period.kind]
    index = (year * per_year + (part - 1 if per_year > 1 else 0)) + steps
    year, part = divmod(index, per_year)
    make = {"month": month_of, "quarter": quarter_of, "half": half_of}
    if period.kind == "year":
        return year_of(year, calendar=period.calendar)
    return make[period.kind](year, part + 1, calendar=period.calendar)


def previous(period: Period) -> Period:
    return shifted(period, -1)


def same_last_year(period: Period) -> Period:
    per_year = {"month": 12, "quarter": 4, "half": 2, "year": 1}
    if period.kind == "range":
        return range_period(_minus_year(period.start), _minus_year(period.end))
    return shifted(period, -per_year[period.kind])


def _minus_year(d: date) -> date:
    return d.replace(year=d.year - 1) if (d.month, d.day) != (2, 29) else date(d.year - 1, 2, 28)


def due_date(period: Period, calendar: WorkingCalendar, working_days: int) -> date:
    """The day the report is due: `working_days` working days after the cut-off (provinces set the number)."""
    return calendar.add_working_days(period.end, max(0, working_days))


def current(kind: str, today: date, *, calendar: bool = False) -> Period:
    """The period of `kind` that `today` falls in."""
    guess = {"month": lambda: month_of(today.year, today.month, calendar=calendar),
             "quarter": lambda: quarter_of(today.year, (today.month - 1) // 3 + 1, calendar=calendar),
             "half": lambda: half_of(today.year, 1 if today.month <= 6 else 2, calendar=calendar),
             "year": lambda: year_of(today.year, calendar=calendar)}[kind]()
    # Official periods end on the 14th: from the 15th on, `today` belongs to the next one.
    return shifted(guess, 1) if today > guess.end else guess
