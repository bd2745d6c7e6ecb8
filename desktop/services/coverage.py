"""Network coverage by village: outages of signal or broadband (start, end, cause) and what a period's outages add
up to: how many, how many hours, which villages and how many households they cut off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, or_, select

from desktop.domain import outages as rules
from desktop.domain.errors import ValidationError
from desktop.domain.villages import poor_coverage
from desktop.services.context import ServiceContext, to_local, to_utc, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError
from desktop.services.villages import load_village
from desktop.services.workbook_checks import clean, natural_key
from desktop.store.models import Village, VillageOutage

HOURS_DECIMALS = 1


@dataclass(frozen=True)
class OutageInfo(Record):
    id: str
    village: str
    started_at: datetime  # local time
    ended_at: datetime | None  # local time; None while it goes on
    cause: str
    hours: float  # so far, for one still going on


@dataclass(frozen=True)
class AffectedVillage(Record):
    village: str
    households: int
    outages: int
    hours: float


@dataclass(frozen=True)
class PoorlyCovered(Record):
    village: str
    households: int
    signal: str
    broadband: bool


@dataclass(frozen=True)
class CoverageInfo(Record):
    start: date
    end: date
    outages: int  # outages that touched the period
    hours: float  # their hours inside the period
    affected: tuple[AffectedVillage, ...]
    poor_coverage: tuple[PoorlyCovered, ...]  # weak or no 4G/5G, or no fixed broadband, whatever the outages


def _info(o: VillageOutage, village: str, now: datetime) -> OutageInfo:
    end = o.ended_at or now
    hours = round(rules.hours_within(o.started_at, end, o.started_at, end), HOURS_DECIMALS)
    return OutageInfo(o.id, village, to_local(o.started_at), to_local(o.ended_at) if o.ended_at else None, o.cause,
                      hours)


def _end(ctx: ServiceContext, start: datetime, ended_at: datetime) -> datetime:
    end = ctx.utc_not_future(ended_at, "ended_at")
    if end <= start:
        raise ValidationError("ended_at.before_start#end", field="ended_at")
    return end


def add_outage(ctx: ServiceContext, village: str, started_at: datetime, ended_at: datetime | None = None,
               cause: str = "") -> OutageInfo:
    """Log a village's outage (local times); without an end it is still going on."""
    if started_at is None:
        raise ValidationError("started_at.required", field="started_at")
    start = ctx.utc_not_future(started_at, "started_at")
    end = _end(ctx, start, ended_at) if ended_at is not None else None
    why = clean(cause, "cause", 2000)
    with unit_of_work(ctx) as uow:
        v = load_village(uow.session, village)
        o = uow.add(VillageOutage(village_id=v.id, started_at=start, ended_at=end, cause=why))
        return _info(o, v.name, ctx.now())


def end_outage(ctx: ServiceContext, outage_id: str, ended_at: datetime) -> OutageInfo:
    with unit_of_work(ctx) as uow:
        o = uow.session.get(VillageOutage, outage_id)
        if o is None or o.deleted_at is not None:
            raise NotFoundError("outage", outage_id)
        if o.ended_at is not None:
            raise ValidationError("ended_at.already", field="ended_at")
        uow.update(o, {"ended_at": _end(ctx, o.started_at, ended_at)})
        return _info(o, uow.session.get_one(Village, o.village_id).name, ctx.now())


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The local days from `start` to `end` inclusive, as naive UTC [from, to)."""
    if end < start:
        raise ValidationError("end.before_start", field="end")
    return to_utc(datetime.combine(start, time.min)), to_utc(datetime.combine(end + timedelta(days=1), time.min))


def _touching(lo: datetime, hi: datetime, now: datetime) -> Select[VillageOutage, Village]:
    return (select(VillageOutage, Village).join(Village, VillageOutage.village_id == Village.id)
            .where(VillageOutage.deleted_at.is_(None), VillageOutage.started_at < min(hi, now),
                   or_(VillageOutage.ended_at.is_(None), VillageOutage.ended_at > lo)))


def list_outages(ctx: ServiceContext, start: date, end: date) -> list[OutageInfo]:
    """Outages that touched the local days `start`..`end`, newest first."""
    lo, hi = _bounds(start, end)
    now = ctx.now()
    with ctx.db.session() as session:
        q = _touching(lo, hi, now).order_by(VillageOutage.started_at.desc(), VillageOutage.id)
        return [_info(o, v.name, now) for o, v in session.execute(q)]


def coverage(ctx: ServiceContext, start: date, end: date) -> CoverageInfo:
    """The period's outages (their hours counted inside it, an ongoing one up to now) and the poorly covered
    villages."""
    lo, hi = _bounds(start, end)
    now = ctx.now()
    per_village: dict[str, list] = {}
    with ctx.db.session() as session:
        for o, v in session.execute(_touching(lo, hi, now)):
            hours = rules.hours_within(o.started_at, o.ended_at or now, lo, hi)
            entry = per_village.setdefault(v.id, [v.name, v.households, 0, 0.0])
            entry[2] += 1
            entry[3] += hours
        poor = [PoorlyCovered(v.name, v.households, v.signal, v.broadband)
                for v in session.scalars(select(Village).where(Village.deleted_at.is_(None)))
                if poor_coverage(v.signal, v.broadband)]
    affected = sorted((AffectedVillage(name, households, n, round(h, HOURS_DECIMALS))
                       for name, households, n, h in per_village.values()), key=lambda a: natural_key(a.village))
    total_hours = round(float(sum(e[3] for e in per_village.values())), HOURS_DECIMALS)
    return CoverageInfo(start, end, sum(a.outages for a in affected), total_hours, tuple(affected),
                        tuple(sorted(poor, key=lambda p: natural_key(p.village))))
