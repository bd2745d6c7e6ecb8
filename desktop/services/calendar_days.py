"""The days the working calendar treats specially in a year, as the holidays tab lists them: the national ones the
law and the government's announced swaps fix (from the `holidays` package, the same source the due dates use) and
the commune's own declarations. Only the commune's own can be removed; the national ones are shown so an officer
sees why 27/04 or 22/08 counts the way it does without reading the package."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.calendar import vietnam_holidays
from desktop.services.calendar import DAY_OFF, WORKING_DAY, list_overrides
from desktop.services.context import ServiceContext


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # DAY_OFF | WORKING_DAY
    note: str  # the holiday's name for a national day, the commune's note for its own
    override_id: str | None  # None for a national day (not removable here)


def calendar_days(ctx: ServiceContext, years: tuple[int, ...], lang: str = "vi") -> list[CalendarDay]:
    """National days of `years` with their names in `lang` ("vi"/"en"), and every commune declaration, by date;
    a commune declaration on a national day is listed, the national day then not (the declaration wins)."""
    table = vietnam_holidays(years=list(years), observed=True, language="vi" if lang == "vi" else "en_US")
    own = list_overrides(ctx)
    declared = {o.day for o in own}
    national = [CalendarDay(d, DAY_OFF, str(name), None) for d, name in table.items() if d not in declared]
    swap = "Ngày làm việc bù" if lang == "vi" else "Make-up working day"
    national += [CalendarDay(d, WORKING_DAY, swap, None) for d in table.weekend_workdays
                 if d.year in years and d not in declared]
    return sorted([*national, *(CalendarDay(o.day, o.kind, o.note, o.id) for o in own)], key=lambda c: c.day)
