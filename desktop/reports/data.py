"""Reads the papers need and the services do not offer yet: late dossiers, outages, certificates, receipt details.

Counts stay with `desktop.services.statistics`; these are lists behind those counts, selected with the very same
conditions (the late list of a period has exactly resolved-late + overdue rows), plus a few descriptive fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, DateTime, bindparam, select, text

from desktop.domain.lifecycle import Status
from desktop.services import catalogue, equipment, officers, training
from desktop.services.context import ServiceContext, to_local
from desktop.services.dossiers import get_dossier
from desktop.services.dto import DossierDetail, ProcedureInfo
from desktop.services.errors import NotFoundError
from desktop.services.statistics import stats_params
from desktop.store.models import Commune

# Two index-friendly halves (like the statistics query): resolved late in the period, found through settled_at,
# which a finish sets to the same instant as finished_at; and still on the desk at the end of the period with the
# due date passed and the clock running, the statistics' “in progress, overdue”.
_LATE_SQL = f"""
WITH late AS (
    SELECT d.*, 1 AS resolved FROM dossiers d
    WHERE d.settled_at >= :start AND d.settled_at < :stop AND d.finished_at >= :start AND d.finished_at < :stop
      AND d.outcome = 'late'
    UNION ALL
    SELECT d.*, 0 FROM dossiers d
    WHERE d.settled_at >= :stop AND d.received_at < :stop
      AND d.due_date < :as_of AND (d.paused_at IS NULL OR d.paused_at >= :stop)
    UNION ALL
    SELECT d.*, 0 FROM dossiers d
    WHERE d.settled_at IS NULL AND d.received_at < :stop
      AND d.due_date < :as_of AND (d.paused_at IS NULL OR d.paused_at >= :stop)
)
SELECT l.code, l.received_at, l.due_date, l.finished_at, l.late_reason, l.resolved,
       p.name AS procedure_name, f.name AS field_name
FROM late l JOIN procedures p ON p.id = l.procedure_id JOIN fields f ON f.id = p.field_id
WHERE l.deleted_at IS NULL AND l.status <> {int(Status.REGISTERED)}
ORDER BY f.name, l.received_at, l.code
"""

_OUTAGE_SQL = """
SELECT e.at, e.ended_at, e.note, q.asset_tag, q.kind, q.location FROM equipment_events e
JOIN equipment q ON q.id = e.equipment_id
WHERE e.kind = 'outage' AND e.deleted_at IS NULL AND e.at < :stop AND (e.ended_at IS NULL OR e.ended_at >= :start)
ORDER BY e.at
"""


@dataclass(frozen=True)
class LateDossier:
    code: str
    field: str
    procedure: str
    received_at: datetime  # local
    due_date: date | None
    finished_at: datetime | None  # local; None while still on the desk
    resolved: bool  # resolved late in the period (else: still open and overdue at its end)
    late_reason: str


@dataclass(frozen=True)
class Outage:
    asset_tag: str
    kind_label: str
    location: str
    started: datetime  # local
    ended: datetime | None  # local; None while the link is still down
    hours: float  # up to the end, or up to the end of the period while still down
    note: str


@dataclass(frozen=True)
class CourseRow:
    course: training.CourseInfo
    certificates: int  # participants holding a certificate from this course


def _when(value: object) -> datetime | None:
    if value is None:
        return None
    return to_local(value if isinstance(value, datetime) else datetime.fromisoformat(str(value)))


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value))


def late_dossiers(ctx: ServiceContext, start: date, end: date) -> list[LateDossier]:
    """Dossiers resolved late in [start, end] and those still open and overdue at its end, by field."""
    stmt = text(_LATE_SQL).bindparams(bindparam("start", type_=DateTime), bindparam("stop", type_=DateTime),
                                      bindparam("as_of", type_=Date))
    with ctx.db.session() as session:
        rows = session.execute(stmt, stats_params(start, end, ctx.today())).all()
    return [LateDossier(r.code, r.field_name, r.procedure_name, _when(r.received_at), _day(r.due_date),
                        _when(r.finished_at) if r.resolved else None, bool(r.resolved), r.late_reason or "")
            for r in rows]


def outages(ctx: ServiceContext, start: date, end: date) -> list[Outage]:
    """Network and device outages that overlap [start, end], oldest first."""
    params = stats_params(start, end, ctx.today())
    stmt = text(_OUTAGE_SQL).bindparams(bindparam("start", type_=DateTime), bindparam("stop", type_=DateTime))
    with ctx.db.session() as session:
        rows = session.execute(stmt, {"start": params["start"], "stop": params["stop"]}).all()
    result = []
    for r in rows:
        began = r.at if isinstance(r.at, datetime) else datetime.fromisoformat(str(r.at))
        ended = None if r.ended_at is None else (
            r.ended_at if isinstance(r.ended_at, datetime) else datetime.fromisoformat(str(r.ended_at)))
        until = ended or min(params["stop"], ctx.now())  # type: ignore[type-var]
        hours = max(0.0, (until - began).total_seconds() / 3600)
        result.append(Outage(r.asset_tag, equipment.KINDS.get(r.kind, r.kind), r.location or "", to_local(began),
                             to_local(ended) if ended else None, round(hours, 1), r.note or ""))
    return result


def courses_in(ctx: ServiceContext, start: date, end: date) -> list[CourseRow]:
    """Courses that start in [start, end] (a course counts in the period it starts, as the yearly log does)."""
    found = [c for c in training.list_courses(ctx, year=start.year if start.year == end.year else None)
             if start <= c.start_date <= end]
    rows = []
    for c in sorted(found, key=lambda c: (c.start_date, c.topic)):
        people = training.list_participations(ctx, c.id)
        rows.append(CourseRow(c, sum(1 for p in people if p.certificate_state != "none")))
    return rows


def get_course(ctx: ServiceContext, course_id: str) -> training.CourseInfo:
    found = next((c for c in training.list_courses(ctx) if c.id == course_id.strip()), None)
    if found is None:
        raise NotFoundError("course", course_id)
    return found


def commune_address(ctx: ServiceContext) -> str:
    with ctx.db.session() as session:
        return session.scalar(select(Commune.address).where(Commune.deleted_at.is_(None))) or ""


@dataclass(frozen=True)
class ReceiptData:
    detail: DossierDetail
    procedure: ProcedureInfo | None
    receiver: str  # full name of the officer who registered it, when known


def receipt_data(ctx: ServiceContext, code: str) -> ReceiptData:
    detail = get_dossier(ctx, code)
    d = detail.dossier
    proc = next((p for p in catalogue.list_procedures(ctx, d.procedure_code, include_inactive=True)
                 if p.code == d.procedure_code), None)
    actor = next((e.actor for e in detail.events if e.action in ("register", "accept") and e.actor), "")
    names = {o.username: o.full_name for o in officers.list_officers(ctx, include_inactive=True) if o.username}
    return ReceiptData(detail, proc, names.get(actor, ""))
