"""Holiday overrides the commune declares (extra days off, make-up working days) and the calendar built from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar import WorkingCalendar, vietnam_calendar
from desktop.domain.errors import ValidationError
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import live_row
from desktop.store.models import HolidayOverride

DAY_OFF = "day_off"
WORKING_DAY = "working_day"
KINDS = (DAY_OFF, WORKING_DAY)


@dataclass(frozen=True)
class OverrideInfo(Record):
    id: str
    day: date
    kind: str
    note: str


def working_calendar(session: Session, around: int | None = None) -> WorkingCalendar:
    """The calendar with the commune's live overrides, read from the store on every call (the same session sees
    its own transaction's changes and a sync pull's), so nothing here can go stale."""
    rows = session.execute(select(HolidayOverride.day, HolidayOverride.kind)
                           .where(HolidayOverride.deleted_at.is_(None))).all()
    off = frozenset(day for day, kind in rows if kind == DAY_OFF)
    work = frozenset(day for day, kind in rows if kind == WORKING_DAY)
    return _calendar(off, work, around or None)


@lru_cache(maxsize=16)
def _calendar(off: frozenset[date], work: frozenset[date], around: int | None) -> WorkingCalendar:
    """One calendar per set of overrides read: a WorkingCalendar only ever answers from its days and the national
    holidays it loads per year (under its lock), so calls that read the same overrides may share it."""
    return vietnam_calendar([around] if around else [], extra_days_off=off, makeup_working_days=work)


def add_override(ctx: ServiceContext, day: date, kind: str, note: str = "") -> OverrideInfo:
    if kind not in KINDS:
        raise ValidationError("kind.invalid", field="kind")
    with unit_of_work(ctx) as uow:
        clash = uow.session.scalar(select(HolidayOverride).where(
            HolidayOverride.day == day, HolidayOverride.deleted_at.is_(None)))
        if clash is not None:
            raise ValidationError("day.duplicate", field="day", day=day)
        row = uow.add(HolidayOverride(day=day, kind=kind, note=note.strip()))
        return OverrideInfo(row.id, row.day, row.kind, row.note)


def remove_override(ctx: ServiceContext, override_id: str) -> None:
    with unit_of_work(ctx) as uow:
        uow.soft_delete(live_row(uow.session, HolidayOverride, override_id, "override"))


def list_overrides(ctx: ServiceContext) -> list[OverrideInfo]:
    with ctx.db.session() as session:
        rows = session.scalars(select(HolidayOverride).where(HolidayOverride.deleted_at.is_(None))
                               .order_by(HolidayOverride.day)).all()
        return [OverrideInfo(r.id, r.day, r.kind, r.note) for r in rows]
