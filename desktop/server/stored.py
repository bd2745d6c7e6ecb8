"""A pushed batch's stored rows as plain objects: read once per batch, changed in place by the merge, written back
with one statement at the batch's end (no ORM objects, no flush per row).

Every way a batch finds a stored row (the rows its ops name, the dossiers holding a number it brings, a row a
conflict resolution names) goes through one registry in the session, so one row is one object for the whole batch:
a change made by one op is what the next op sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, select
from sqlalchemy.orm import Session

from desktop.server.bulk import update_many
from desktop.server.models import SYNCED_ROWS, PlainRow
from desktop.server.sql_lists import among, id_list

_rows = SYNCED_ROWS
_REGISTRY = "stored_rows"  # (table, row id) → PlainRow, or None: looked for and not found
_DIRTY = "stored_rows_changed"
_COLUMNS = tuple(_rows.c[name] for name in PlainRow.COLUMNS)
# What a merge may change in a stored row; the key columns never change.
_CHANGING = ("server_version", "fields", "data", "hlc", "deleted_at", "updated_at", "unique_code")
_KEYS = ("table_name", "row_id")


def _registry(session: Session) -> dict[tuple[str, str], PlainRow | None]:
    found: dict[tuple[str, str], PlainRow | None] = session.info.setdefault(_REGISTRY, {})
    return found


def _take(session: Session, query: Select[Any], params: dict[str, Any] | None = None) -> list[PlainRow]:
    """The rows a query finds, each as the batch's one object for it (one already held is kept as it is)."""
    registry = _registry(session)
    out = []
    for values in session.connection().execute(query, params):
        row = PlainRow(*values)
        held = registry.get((row.table_name, row.row_id))
        if held is None:
            registry[(row.table_name, row.row_id)] = held = row
        out.append(held)
    return out


@cache
def _by_ids(dialect: str) -> Select[Any]:
    return select(*_COLUMNS).where(_rows.c.table_name == bindparam("table"),
                                   among(dialect, _rows.c.row_id, "ids"))


def load(session: Session, table: str, row_ids: Iterable[str]) -> list[PlainRow]:
    """The stored rows of one table among `row_ids`, in one query; the ids not found are noted as absent."""
    wanted = set(row_ids)
    registry = _registry(session)
    missing = {i for i in wanted if (table, i) not in registry}
    if missing:
        dialect = session.get_bind().dialect.name
        _take(session, _by_ids(dialect), {"table": table, "ids": id_list(missing)})
        for row_id in missing:
            registry.setdefault((table, row_id), None)
    return [row for i in wanted if (row := registry[(table, i)]) is not None]


def find(session: Session, where: ColumnElement[bool]) -> list[PlainRow]:
    """Stored rows by any condition (a dossier number, say), as the batch's objects."""
    return _take(session, select(*_COLUMNS).where(where))


def get(session: Session, table: str, row_id: str) -> PlainRow | None:
    registry = _registry(session)
    if (table, row_id) not in registry:
        load(session, table, [row_id])
    return registry[(table, row_id)]


def changed(session: Session, row: PlainRow) -> None:
    """The row was changed in place: written back at the batch's end."""
    session.info.setdefault(_DIRTY, {})[(row.table_name, row.row_id)] = row


def write_changed(session: Session) -> list[PlainRow]:
    """Every changed stored row, with one statement; returns the rows."""
    dirty: dict[tuple[str, str], PlainRow] = session.info.pop(_DIRTY, None) or {}
    update_many(session.connection(), _rows, _KEYS, [{name: getattr(row, name) for name in _KEYS + _CHANGING}
                                                     for row in dirty.values()])
    return list(dirty.values())
