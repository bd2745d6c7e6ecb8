"""Reading dossier lists: filters, accent-insensitive search and paging for the table, the CLI and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, select

from desktop.domain import lifecycle
from desktop.domain.text import fold
from desktop.services.context import ServiceContext, to_utc
from desktop.services.dossier_views import build_info
from desktop.services.dto import DossierInfo
from desktop.store.models import Dossier, Field, Procedure
from desktop.store.search import search_condition

_OPEN_CLOCK = [int(s) for s in lifecycle.Status if lifecycle.is_open(s)
               and s not in (lifecycle.Status.REGISTERED, lifecycle.Status.AWAITING_SUPPLEMENT)]


@dataclass(frozen=True)
class DossierQuery:
    search: str = ""
    received_from: date | None = None  # local dates, inclusive
    received_to: date | None = None
    statuses: tuple[int, ...] = ()
    field_code: str = ""
    channel: str = ""
    outcome: str = ""
    overdue: bool = False  # open, clock running, due date passed
    due_by: date | None = None  # open, clock running, due on or before this date and not yet overdue
    limit: int = 100
    offset: int = 0


def local_day_start(day: date) -> datetime:
    return to_utc(datetime.combine(day, time.min))


def _filtered(q: DossierQuery, today: date) -> Select:
    stmt = (select(Dossier, Procedure.code, Procedure.name, Field.name)
            .join(Procedure, Dossier.procedure_id == Procedure.id).join(Field, Procedure.field_id == Field.id)
            .where(Dossier.deleted_at.is_(None)))
    if q.search.strip():
        stmt = stmt.where(search_condition("dossiers", Dossier.search_text, fold(q.search)))
    if q.received_from:
        stmt = stmt.where(Dossier.received_at >= local_day_start(q.received_from))
    if q.received_to:
        stmt = stmt.where(Dossier.received_at < local_day_start(q.received_to + timedelta(days=1)))
    if q.statuses:
        stmt = stmt.where(Dossier.status.in_(q.statuses))
    if q.field_code:
        stmt = stmt.where(Field.code == q.field_code)
    if q.channel:
        stmt = stmt.where(Dossier.channel == q.channel)
    if q.outcome:
        stmt = stmt.where(Dossier.outcome == q.outcome)
    if q.overdue:
        stmt = stmt.where(Dossier.status.in_(_OPEN_CLOCK), Dossier.due_date < today)
    if q.due_by:
        stmt = stmt.where(Dossier.status.in_(_OPEN_CLOCK), Dossier.due_date >= today, Dossier.due_date <= q.due_by)
    return stmt


def list_dossiers(ctx: ServiceContext, q: DossierQuery) -> list[DossierInfo]:
    today = ctx.today()
    stmt = _filtered(q, today).order_by(Dossier.received_at.desc(), Dossier.id.desc()).limit(q.limit).offset(q.offset)
    with ctx.db.session() as session:
        return [build_info(d, pc, pn, fn, today) for d, pc, pn, fn in session.execute(stmt)]


def count_dossiers(ctx: ServiceContext, q: DossierQuery) -> int:
    stmt = _filtered(q, ctx.today()).with_only_columns(func.count(Dossier.id)).order_by(None)
    with ctx.db.session() as session:
        return int(session.execute(stmt).scalar_one())
