"""The per-commune change feed: allocating sequence numbers under the commune lock, and reading pull pages."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session, load_only

from desktop.protocol.errors import ProtocolError
from desktop.protocol.tables import validate
from desktop.server.models import Catalogue, Change, Commune, Conflict, SyncedRow

KIND_ROW, KIND_CONFLICT, KIND_CATALOGUE = "row", "conflict", "catalogue"
CATALOGUE_KEY = ("catalogue", "current")
_PULLED = (SyncedRow.table_name, SyncedRow.row_id, SyncedRow.server_version, SyncedRow.data, SyncedRow.hlc,
           SyncedRow.deleted_at)


def lock_commune(session: Session, code: str) -> Commune | None:
    """Locks the commune row until commit: pushes of one commune run one after another, so the sequence they take
    is also the order they commit in and a pull never skips a change that commits late."""
    return session.scalar(select(Commune).where(Commune.code == code).with_for_update())


_BUFFER = "pending_changes"
_FRESH = "fresh_changes"


def buffer_changes(session: Session) -> None:
    """From now on record_change only notes the feed entries; write_changes writes them all with a few statements
    (a pushed batch would otherwise pay a delete and an insert per op)."""
    session.info[_BUFFER] = {}


def write_changes(session: Session) -> None:
    """The noted entries, each object once at its newest sequence; its older entries in the feed go."""
    pending: dict[tuple[str, str, str, str], int] = session.info.pop(_BUFFER, None) or {}
    fresh: set[tuple[str, str, str, str]] = session.info.pop(_FRESH, None) or set()
    by_commune: dict[str, list[tuple[str, str, str]]] = {}
    for key in pending.keys() - fresh:  # an object made in this batch has no older entry to delete
        commune, kind, table, row_id = key
        by_commune.setdefault(commune, []).append((kind, table, row_id))
    for commune, keys in by_commune.items():
        session.execute(delete(Change).where(Change.commune_code == commune,
                                             tuple_(Change.kind, Change.table_name, Change.row_id).in_(keys)))
    if pending:
        session.execute(insert(Change), [{"commune_code": c, "seq": seq, "kind": k, "table_name": t, "row_id": r}
                                         for (c, k, t, r), seq in pending.items()])


def record_change(session: Session, commune: Commune, kind: str, table: str, row_id: str, fresh: bool = False
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


def row_json(row: SyncedRow) -> dict[str, object]:
    return {**row.data, "hlc": row.hlc, "server_version": row.server_version}


def _row_item(row: SyncedRow) -> dict[str, object]:
    """`data` as the protocol says a row travels, or `refused` (code and field) for a row stored before pushes were
    checked that the protocol would not let through: the PC shows it as refused and its pulls go on."""
    data = row_json(row)
    try:
        validate(row.table_name, data)
    except ProtocolError as exc:
        return {"refused": {"code": exc.code, "field": exc.field}}
    return {"data": data}


def conflict_json(c: Conflict) -> dict[str, object]:
    return {"id": c.id, "table_name": c.table_name, "row_id": c.row_id, "kind": c.kind, "fields": c.fields,
            "server_data": c.server_data, "client_data": c.client_data, "client_op_id": c.client_op_id,
            "device_id": c.device_id, "state": c.state, "resolution": c.resolution,
            "created_at": c.created_at.isoformat(), "server_version": c.server_version,
            "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None}


def catalogue_json(cat: Catalogue) -> dict[str, object]:
    return {"id": cat.id, "snapshot": cat.snapshot, "sha256": cat.sha256, "published_at": cat.published_at.isoformat(),
            "data": cat.data}


def pull_page(session: Session, commune_code: str, cursor: int, limit: int) -> dict[str, object]:
    entries = list(session.scalars(select(Change).where(Change.commune_code == commune_code, Change.seq > cursor)
                                   .order_by(Change.seq).limit(limit + 1)))
    has_more = len(entries) > limit
    entries = entries[:limit]
    rows = _load_rows(session, [e for e in entries if e.kind == KIND_ROW])
    conflict_ids = [e.row_id for e in entries if e.kind == KIND_CONFLICT]
    conflicts = {c.id: c for c in session.scalars(select(Conflict).where(Conflict.id.in_(conflict_ids)))} \
        if conflict_ids else {}
    catalogue = None
    if any(e.kind == KIND_CATALOGUE for e in entries):
        catalogue = session.scalar(select(Catalogue).order_by(Catalogue.id.desc()).limit(1))
    changes: list[dict[str, object]] = []
    for e in entries:
        item: dict[str, object] = {"seq": e.seq, "kind": e.kind, "table_name": e.table_name, "row_id": e.row_id}
        if e.kind == KIND_ROW and (e.table_name, e.row_id) in rows:
            row = rows[(e.table_name, e.row_id)]
            item.update(server_version=row.server_version, deleted=row.deleted_at is not None, **_row_item(row))
        elif e.kind == KIND_CONFLICT and e.row_id in conflicts:
            item["conflict"] = conflict_json(conflicts[e.row_id])
        elif e.kind == KIND_CATALOGUE and catalogue is not None:
            item["catalogue"] = catalogue_json(catalogue)
        else:
            continue  # the object is gone from the store; nothing to hand out
        changes.append(item)
    next_cursor = entries[-1].seq if entries else cursor
    return {"changes": changes, "cursor": next_cursor, "has_more": has_more}


def _load_rows(session: Session, entries: list[Change]) -> dict[tuple[str, str], SyncedRow]:
    by_table: dict[str, list[str]] = {}
    for e in entries:
        by_table.setdefault(e.table_name, []).append(e.row_id)
    found: dict[tuple[str, str], SyncedRow] = {}
    for table, ids in by_table.items():
        # Not the per-field clocks: a pull never sends them, and decoding them was a third of a pull's work.
        query = select(SyncedRow).options(load_only(*_PULLED)).where(SyncedRow.table_name == table,
                                                                     SyncedRow.row_id.in_(ids))
        for row in session.scalars(query):
            found[(row.table_name, row.row_id)] = row
    return found
