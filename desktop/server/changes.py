"""The per-commune change feed: allocating sequence numbers under the commune lock (pages.py reads it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Delete, bindparam, delete, select, update
from sqlalchemy.orm import Session

from desktop.server.bulk import insert_many
from desktop.server.models import CHANGES, COMMUNES, AnyRow, Change, Commune
from desktop.server.sql_lists import among, id_list

KIND_ROW, KIND_CONFLICT, KIND_CATALOGUE = "row", "conflict", "catalogue"
CATALOGUE_KEY = ("catalogue", "current")
_changes = CHANGES


@dataclass
class LockedCommune:
    """The commune a push holds locked, as a plain object: its code and the sequence taken so far."""

    code: str
    last_seq: int


FeedOwner = Commune | LockedCommune
_LOCK = select(COMMUNES.c.last_seq).where(COMMUNES.c.code == bindparam("code")).with_for_update()
_SAVE_SEQ = update(COMMUNES).where(COMMUNES.c.code == bindparam("k_code")).values(last_seq=bindparam("v_seq"))


def lock_feed(session: Session, code: str) -> LockedCommune | None:
    """Locks the commune row until commit: pushes of one commune run one after another, so the sequence they take
    is also the order they commit in and a pull never skips a change that commits late. The commune comes back as
    a plain object; `save_feed` writes the sequence it took."""
    found = session.connection().execute(_LOCK, {"code": code}).first()
    return LockedCommune(code, int(found[0])) if found is not None else None


def save_feed(session: Session, commune: LockedCommune, taken_from: int) -> None:
    if commune.last_seq != taken_from:
        session.connection().execute(_SAVE_SEQ, {"k_code": commune.code, "v_seq": commune.last_seq})


_BUFFER = "pending_changes"
_FRESH = "fresh_changes"


def buffer_changes(session: Session) -> None:
    """From now on record_change only notes the feed entries; write_changes writes them all with a few statements
    (a pushed batch would otherwise pay a delete and an insert per op)."""
    session.info[_BUFFER] = {}


def write_changes(session: Session) -> None:
    """The noted entries, each object once at its newest sequence; its older entries in the feed go. Plain SQL on
    the session's connection: no ORM objects, and no flush of the batch's other work on the way."""
    pending: dict[tuple[str, str, str, str], int] = session.info.pop(_BUFFER, None) or {}
    fresh: set[tuple[str, str, str, str]] = session.info.pop(_FRESH, None) or set()
    by_object: dict[tuple[str, str, str], list[str]] = {}
    for key in pending.keys() - fresh:  # an object made in this batch has no older entry to delete
        commune, kind, table, row_id = key
        by_object.setdefault((commune, kind, table), []).append(row_id)
    conn = session.connection()
    for (commune, kind, table), row_ids in by_object.items():
        # `row_id IN (…)` under the rest of ix_changes_object's columns walks that index; a list of tuples did not.
        conn.execute(_older(conn.dialect.name), {"commune": commune, "kind": kind, "table": table,
                                                 "ids": id_list(row_ids)})
    insert_many(conn, _changes, [{"commune_code": c, "seq": seq, "kind": k, "table_name": t, "row_id": r}
                                 for (c, k, t, r), seq in pending.items()])


@cache
def _older(dialect: str) -> Delete:
    return delete(_changes).where(_changes.c.commune_code == bindparam("commune"), _changes.c.kind == bindparam("kind"),
                                  _changes.c.table_name == bindparam("table"),
                                  among(dialect, _changes.c.row_id, "ids"))


def record_change(session: Session, commune: FeedOwner, kind: str, table: str, row_id: str, fresh: bool = False
                  ) -> int:
    """Next sequence for the commune; the object's older feed entry goes, so a pull sees each object once.
    `fresh`: the object is made by this very change, so it has no older entry (buffered writes skip the delete)."""
    commune.last_seq += 1
    seq = commune.last_seq
    pending = session.info.get(_BUFFER)
    if pending is not None:
        key = (commune.code, kind, table, row_id)
        if fresh and key not in pending:
            session.info.setdefault(_FRESH, set()).add(key)
        pending[key] = seq
        return seq
    session.execute(delete(Change).where(Change.commune_code == commune.code, Change.kind == kind,
                                         Change.table_name == table, Change.row_id == row_id))
    session.add(Change(commune_code=commune.code, seq=seq, kind=kind, table_name=table, row_id=row_id))
    return seq


def row_json(row: AnyRow) -> dict[str, object]:
    return {**row.data, "hlc": row.hlc, "server_version": row.server_version}
