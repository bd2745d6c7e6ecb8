"""Each dossier behind our Biểu 06a of a period, with the form columns it counts in: what a reconcile with the
province's own 06a needs to name the dossiers responsible for a difference.

The columns come from the domain rule (`form06_rules.form06_columns`), the one the statistics' SQL is tested equal
to, so the dossiers listed for a cell add up to the figure printed in it. Also the province-side view of one dossier
list row, through the same rule (`facts_of`), so both sides are judged alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_, select

from desktop.domain.deadlines import outcome
from desktop.domain.form06_rules import DossierFacts, Window, form06_columns
from desktop.domain.lifecycle import Status
from desktop.domain.periods import utc_bounds
from desktop.services.context import ServiceContext, to_local, to_utc
from desktop.services.dto import Record
from desktop.store.models import Dossier, Field, Procedure

# A dossier's count names → the form II.06a column numbers they fill ((3), (7), (11) are sums of these).
FORM_COLUMN = {"received_online": 4, "received_direct_postal": 5, "carried_over": 6, "form_early": 8,
               "form_on_time": 9, "form_late": 10, "form_within": 12, "form_overdue": 13}
_CLOSED = (Status.REFUSED, Status.WITHDRAWN, Status.STOPPED)


@dataclass(frozen=True)
class PeriodDossier(Record):
    code: str
    field: str
    field_code: str
    columns: tuple[int, ...]  # form II.06a columns (4)–(6), (8)–(10), (12)–(13) it counts in
    status: int
    received_at: datetime | None  # local
    due_date: date | None
    finished_at: datetime | None  # local
    channel: str


def columns_of(facts: DossierFacts, start: date, end: date, today: date) -> tuple[int, ...]:
    w = Window.of(start, end, today)
    return tuple(sorted(FORM_COLUMN[k] for k in form06_columns(facts, w) if k in FORM_COLUMN))


def _local(value: datetime | None) -> datetime | None:
    return to_local(value) if value is not None else None


def period_dossiers(ctx: ServiceContext, start: date, end: date) -> list[PeriodDossier]:
    """The dossiers our 06a of [start, end] counts (local dates), each with its columns."""
    lo, hi = utc_bounds(start, end)
    today = ctx.today()
    scope = and_(Dossier.received_at < hi, Dossier.deleted_at.is_(None),
                 or_(Dossier.received_at >= lo, Dossier.settled_at.is_(None), Dossier.settled_at >= lo))
    stmt = (select(Dossier, Field.name, Field.code, Procedure.online_level)
            .join(Procedure, Procedure.id == Dossier.procedure_id).join(Field, Field.id == Procedure.field_id)
            .where(scope))
    found: list[PeriodDossier] = []
    with ctx.db.session() as session:
        for d, field_name, field_code, online_level in session.execute(stmt):
            facts = DossierFacts(d.received_at, d.channel, d.status, d.due_date, d.finished_at, d.closed_at,
                                 d.settled_at, d.paused_at, d.outcome, d.boundary_free, online_level == "full")
            cols = columns_of(facts, start, end, today)
            if cols:
                found.append(PeriodDossier(d.code, field_name, field_code, cols, d.status, _local(d.received_at),
                                           d.due_date, _local(d.finished_at), d.channel))
    return found


def facts_of(status: int, channel: str, received_at: datetime, due: date | None, finished_at: datetime | None,
             returned_at: datetime | None) -> DossierFacts:
    """A row of the province's dossier list (local times) as the rules read a dossier. The list says only where a
    dossier stands now: one awaiting a supplement is taken as paused since its receipt."""
    got = to_utc(received_at)
    finished, returned = (to_utc(t) if t is not None else None for t in (finished_at, returned_at))
    settled = finished or returned
    closed = None
    if status in _CLOSED:
        closed = settled = settled or got
    done = (finished_at or returned_at)
    rated = str(outcome(done.date(), due)) if done is not None and due is not None and status not in _CLOSED \
        else None
    paused = got if status == Status.AWAITING_SUPPLEMENT else None
    return DossierFacts(got, channel, status, due, finished, closed, settled, paused, rated)
