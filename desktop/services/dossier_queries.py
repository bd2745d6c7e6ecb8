"""Reading dossier lists: filters, accent-insensitive search and paging for the table, the CLI and the dashboard."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.domain import lifecycle
from desktop.domain.form06_rules import CLOCK_RUNNING
from desktop.domain.form06_rules import due_soon_by as due_soon_by_rule
from desktop.domain.localtime import local_day_start
from desktop.domain.text import fold
from desktop.services.calendar import working_calendar
from desktop.services.closed_marks import closed_changes_in
from desktop.services.context import ServiceContext
from desktop.services.dossier_views import build_info, past_due_on
from desktop.services.dto import ClosedChange, DossierInfo
from desktop.store.models import Dossier, Field, Procedure
from desktop.store.search import index_walk, search_condition
from desktop.store.search_index import seq_floor

# The SQL versions of `form06_rules.is_overdue` / `is_due_soon` (tests/services/test_statistics_rules.py).
_OPEN_CLOCK = sorted(int(s) for s in CLOCK_RUNNING)
_OPEN = [int(s) for s in lifecycle.OPEN_STATUSES]
# Named periods of the receipt date, as the dossier list offers them.
PERIOD_ALL, PERIOD_THIS_MONTH, PERIOD_LAST_MONTH, PERIOD_THIS_YEAR, PERIOD_CUSTOM = (
    "all", "this_month", "last_month", "this_year", "custom")


@dataclass(frozen=True)
class DossierQuery:
    search: str = ""
    received_from: date | None = None  # local dates, inclusive
    received_to: date | None = None
    statuses: tuple[int, ...] = ()
    open_only: bool = False  # still owed a decision (lifecycle.OPEN_STATUSES); combines with `statuses`
    field_code: str = ""
    channel: str = ""
    outcome: str = ""
    overdue: bool = False  # open, clock running, due date passed
    due_by: date | None = None  # open, clock running, due on or before this date and not yet overdue
    due_soon: bool = False  # open, clock running, due today or by the next working day (the working calendar's)
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class DossierPage:
    """One page of a list, and the date up to which an open dossier on it counts as due soon."""

    rows: tuple[DossierInfo, ...]
    due_soon_by: date
    # Rows changed after a period they count in was closed (services.closed_marks), by dossier id.
    closed_changes: Mapping[str, tuple[ClosedChange, ...]] = field(default_factory=dict)


def period_bounds(period: str, today: date, start: date | None = None,
                  end: date | None = None) -> tuple[date | None, date | None]:
    """The received-date bounds (inclusive, None = open) of a named period; `start`/`end` are the custom dates."""
    if period == PERIOD_THIS_MONTH:
        return today.replace(day=1), today
    if period == PERIOD_LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period == PERIOD_THIS_YEAR:
        return today.replace(month=1, day=1), today
    if period == PERIOD_CUSTOM:
        return start, end
    return None, None


def _due_soon_by(session: Session, today: date) -> date:
    return due_soon_by_rule(today, working_calendar(session))


def due_soon_by(ctx: ServiceContext) -> date:
    """The last due date that still counts as "due soon" today (the next working day, holidays included)."""
    with ctx.db.session() as session:
        return _due_soon_by(session, ctx.today())


def _where(stmt: Select, q: DossierQuery, today: date, soon_by: date | None, floor: int | None = None) -> Select:
    stmt = stmt.where(Dossier.deleted_at.is_(None))
    if q.search.strip():
        stmt = stmt.where(search_condition("dossiers", Dossier.search_text, fold(q.search), floor))
        if floor is not None:
            stmt = stmt.where(Dossier.receipt_seq >= floor)
    if q.received_from:
        stmt = stmt.where(Dossier.received_at >= local_day_start(q.received_from))
    if q.received_to:
        stmt = stmt.where(Dossier.received_at < local_day_start(q.received_to + timedelta(days=1)))
    if q.statuses:
        stmt = stmt.where(Dossier.status.in_(q.statuses))
    if q.open_only:
        stmt = stmt.where(Dossier.status.in_(_OPEN))
    if q.field_code:
        stmt = stmt.where(Field.code == q.field_code)
    if q.channel:
        stmt = stmt.where(Dossier.channel == q.channel)
    if q.outcome:
        stmt = stmt.where(Dossier.outcome == q.outcome)
    if q.overdue:
        stmt = stmt.where(Dossier.status.in_(_OPEN_CLOCK), past_due_on(today))
    if q.due_by:
        stmt = stmt.where(Dossier.status.in_(_OPEN_CLOCK), Dossier.due_date >= today, Dossier.due_date <= q.due_by)
    if q.due_soon and soon_by is not None:
        stmt = stmt.where(Dossier.status.in_(_OPEN_CLOCK), Dossier.due_date >= today, Dossier.due_date <= soon_by)
    return stmt


def _with_field(stmt: Select) -> Select:
    return stmt.join(Procedure, Dossier.procedure_id == Procedure.id).join(Field, Procedure.field_id == Field.id)


def _newest_floor(session: Session, q: DossierQuery, today: date, soon_by: date | None) -> int | None:
    """Searching, the receipt_seq block of the last hit the page needs, read from the FTS index newest first (its
    rowids follow receipt order), so a common name stops after offset + limit hits instead of sorting every match.
    Rows below the block were received earlier than every row of the page. None when there are fewer hits."""
    walk = index_walk("dossiers", Dossier.search_text, fold(q.search)) if q.search.strip() and q.limit > 0 else None
    if walk is None:
        return None
    fts, condition = walk
    stmt = select(fts.c.rowid).select_from(fts).join(Dossier, Dossier.receipt_seq == fts.c.rowid).where(condition)
    if q.field_code:
        stmt = _with_field(stmt)
    stmt = _where(stmt, replace(q, search=""), today, soon_by)
    last = session.scalar(stmt.order_by(fts.c.rowid.desc()).offset(q.offset + q.limit - 1).limit(1))
    return None if last is None else seq_floor(int(last))


def _rows(session: Session, q: DossierQuery, today: date, soon_by: date | None) -> list[DossierInfo]:
    stmt = _with_field(select(Dossier, Procedure.code, Procedure.name, Field.name, Procedure.statutory_days,
                              Procedure.extension_max_days))
    floor = _newest_floor(session, q, today, soon_by)
    stmt = (_where(stmt, q, today, soon_by, floor).order_by(Dossier.received_at.desc(), Dossier.id.desc())
            .limit(q.limit).offset(q.offset))
    return [build_info(d, pc, pn, fn, today, days, allowance)
            for d, pc, pn, fn, days, allowance in session.execute(stmt)]


def _count(session: Session, q: DossierQuery, today: date, soon_by: date | None, at_most: int | None = None) -> int:
    if at_most is not None:
        return _count_up_to(session, q, today, soon_by, at_most)
    # Every dossier has its procedure and field, so the joins only matter when filtering by field; without them a
    # count over a million rows takes half the time.
    stmt = select(func.count(Dossier.id)).select_from(Dossier)
    if q.field_code:
        stmt = _with_field(stmt)
    return int(session.execute(_where(stmt, q, today, soon_by)).scalar_one())


def _count_up_to(session: Session, q: DossierQuery, today: date, soon_by: date | None, at_most: int) -> int:
    """The count, stopping at `at_most` + 1 matches: a search walks the FTS index newest first (as a page does)
    instead of gathering every match of a common name."""
    walk = index_walk("dossiers", Dossier.search_text, fold(q.search)) if q.search.strip() else None
    if walk is not None:
        fts, condition = walk
        stmt = select(fts.c.rowid).select_from(fts).join(Dossier, Dossier.receipt_seq == fts.c.rowid).where(condition)
        stmt = stmt.order_by(fts.c.rowid.desc())
        q = replace(q, search="")
    else:
        stmt = select(Dossier.id).select_from(Dossier)
    if q.field_code:
        stmt = _with_field(stmt)
    stmt = _where(stmt, q, today, soon_by).limit(at_most + 1)
    return int(session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


def list_dossiers(ctx: ServiceContext, q: DossierQuery) -> list[DossierInfo]:
    today = ctx.today()
    with ctx.db.session() as session:
        return _rows(session, q, today, _due_soon_by(session, today) if q.due_soon else None)


def count_dossiers(ctx: ServiceContext, q: DossierQuery, *, at_most: int | None = None) -> int:
    """How many dossiers match `q`. With `at_most`, counting stops early: `at_most + 1` then means "more than
    `at_most`", which the list shows on a million dossiers instead of waiting for a full count."""
    today = ctx.today()
    with ctx.db.session() as session:
        return _count(session, q, today, _due_soon_by(session, today) if q.due_soon else None, at_most)


def read_page(ctx: ServiceContext, q: DossierQuery, *, marks: bool = True) -> DossierPage:
    """Rows `q.offset`… of the list (at most `q.limit`) with the due-soon horizon they are marked against, and
    (unless `marks` is off, as for an export) the marks of rows changed after a period they count in was closed.

    The table calls it off the GUI thread: on a million dossiers a common name takes a few hundred milliseconds.
    """
    today = ctx.today()
    with ctx.db.session() as session:
        soon_by = _due_soon_by(session, today)
        rows = tuple(_rows(session, q, today, soon_by))
        changed = closed_changes_in(session, [r.id for r in rows]) if marks else {}
        return DossierPage(rows, soon_by, changed)
