"""What applying a pulled page looks up, read once per page with one query per table instead of per row: our copies
of the page's rows and of the parents they name, their aliases, parked rows, and fields still waiting in the outbox.

The answers live in the session (`session.info`) while the page is applied; what the page itself adds (rows, aliases,
parked rows) is noted as it happens, and anything not read up front is looked up as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import OutboxOp, SyncAlias, SyncParked
from desktop.sync.rows import model_for, references

_KEY = "pull_lookups"
_CHUNK = 500  # ids per IN list


@dataclass
class PageLookups:
    absent: set[tuple[str, str]] = field(default_factory=set)  # (table, id): no such row here
    no_alias: set[tuple[str, str]] = field(default_factory=set)  # (table, remote id): no alias
    no_parked: set[tuple[str, str]] = field(default_factory=set)
    pending: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # outbox fields of the page's rows
    held: list[object] = field(default_factory=list)  # the identity map keeps objects weakly
    fast: bool = False  # the page's optimistic pass: no savepoint per row (pull.apply_page)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # new rows noted by page_writes
    audits: list[dict[str, Any]] = field(default_factory=list)


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def prefetch(session: Session, rows: list[dict[str, Any]], fast: bool = False) -> None:
    """`rows`: the page's row changes that carry data."""
    found = PageLookups(fast=fast)
    wanted: dict[str, set[str]] = {}  # table → ids: the page's rows and the parents they name
    for change in rows:
        table, data = change["table_name"], change["data"]
        wanted.setdefault(table, set()).add(change["row_id"])
        for column, parent in references(table):
            if isinstance(data.get(column), str):
                wanted.setdefault(parent, set()).add(data[column])
    for table, ids in wanted.items():
        model = model_for(table)
        if model is None:
            continue
        here: set[str] = set()
        for chunk in _chunks(ids):
            for row in session.scalars(select(model).where(model.id.in_(chunk))):
                found.held.append(row)
                here.add(row.id)
        found.absent |= {(table, i) for i in ids - here}
        aliased: set[str] = set()
        for chunk in _chunks(ids):
            for alias in session.scalars(select(SyncAlias).where(SyncAlias.table_name == table,
                                                                 SyncAlias.remote_id.in_(chunk))):
                found.held.append(alias)
                aliased.add(alias.remote_id)
        found.no_alias |= {(table, i) for i in ids - aliased}
    page_keys = {(c["table_name"], c["row_id"]) for c in rows}
    parked = {(t, i) for t, i in session.execute(select(SyncParked.table_name, SyncParked.row_id))}
    found.no_parked = page_keys - parked
    found.pending = {key: set() for key in page_keys}
    for chunk in _chunks(i for _t, i in page_keys):
        for table, row_id, fields in session.execute(select(
                OutboxOp.table_name, OutboxOp.row_id, OutboxOp.changed_fields).where(
                OutboxOp.state == "pending", OutboxOp.row_id.in_(chunk))):
            if (table, row_id) in found.pending:
                found.pending[(table, row_id)].update(fields or [])
    session.info[_KEY] = found


def done(session: Session) -> None:
    session.info.pop(_KEY, None)


def current(session: Session) -> PageLookups | None:
    found: PageLookups | None = session.info.get(_KEY)
    return found


_page = current


def row_savepoint(session: Session) -> AbstractContextManager[object]:
    """A row's own savepoint (flushed as it ends), or nothing on a page's optimistic pass, whose rows are written
    together at the page's end (a refusal there undoes the pass and the page goes again row by row)."""
    page = _page(session)
    return nullcontext() if page is not None and page.fast else session.begin_nested()


def not_in_one_go(session: Session) -> None:
    """A refusal met on the optimistic pass undoes the whole pass (raised on), never one row's work."""
    page = _page(session)
    if page is not None and page.fast:
        raise


def row(session: Session, model: Any, table: str, row_id: object) -> Any | None:
    page = _page(session)
    if page is not None and (table, row_id) in page.absent:
        return None
    return session.get(model, row_id)


def alias(session: Session, table: str, remote_id: object) -> SyncAlias | None:
    page = _page(session)
    if page is not None and (table, remote_id) in page.no_alias:
        return None
    return session.get(SyncAlias, (table, remote_id))


def parked(session: Session, table: str, row_id: str) -> SyncParked | None:
    page = _page(session)
    if page is not None and (table, row_id) in page.no_parked:
        return None
    return session.get(SyncParked, (table, row_id))


def pending_fields(session: Session, table: str, row_id: str) -> set[str]:
    """Fields this PC changed and has not pushed yet: a pull must not undo them (the push will reach the server)."""
    page = _page(session)
    if page is not None and (table, row_id) in page.pending:
        return set(page.pending[(table, row_id)])
    found: set[str] = set()
    for fields in session.scalars(select(OutboxOp.changed_fields).where(
            OutboxOp.table_name == table, OutboxOp.row_id == row_id, OutboxOp.state == "pending")):
        found.update(fields or [])
    return found


def queued(session: Session, table: str, row_id: str, fields: list[str]) -> None:
    """The page itself queued an edit of this row for the server: later rows of the page must not undo it."""
    page = _page(session)
    if page is not None and (table, row_id) in page.pending:
        page.pending[(table, row_id)].update(fields)


def added(session: Session, kind: str, table: str, row_id: str) -> None:
    """The page just made a row (`row`), an alias (`alias`) or a parked row (`parked`) under this key."""
    page = _page(session)
    if page is not None:
        {"row": page.absent, "alias": page.no_alias, "parked": page.no_parked}[kind].discard((table, row_id))
