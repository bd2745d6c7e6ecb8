"""Holiday overrides the commune declares (extra days off, make-up working days) and the calendar built from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
    rows = session.scalars(select(HolidayOverride).where(HolidayOverride.deleted_at.is_(None))).all()
    off = [r.day for r in rows if r.kind == DAY_OFF]
    work = [r.day for r in rows if r.kind == WORKING_DAY]
    years = [around] if around else []
    return vietnam_calendar(years, extra_days_off=off, makeup_working_days=work)


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
