"""One op against the generic row store: insert/update/delete with per-field merge, dossier conflicts, resolutions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop.domain.messages import code_of, render
from desktop.server import duplicates
from desktop.server import stored as stored_rows
from desktop.server.bulk import insert_many
from desktop.server.changes import KIND_CONFLICT, KIND_ROW, FeedOwner, record_change, row_json
from desktop.server.merge import (
    CONFLICTS_TABLE,
    IMMUTABLE,
    SERVER_OWNED,
    TABLE_POLICY,
    MergeResult,
    Stamp,
    dossier_conflict,
    max_hlc,
    merge_fields,
)
from desktop.server.models import MERGE_LOSERS, SYNCED_ROWS, AnyRow, Conflict, PlainRow
from desktop.server.schemas import OpIn

STAMPS = ("updated_at", "updated_by")
_CREATED = "created_rows"


_LOSERS = "merge_losers"


def write_created(session: Session) -> list[PlainRow]:
    """The rows the batch made, and the values that lost a merge, one statement each (they were never ORM objects:
    nothing flushes them one by one); returns the rows."""
    created: dict[tuple[str, str], PlainRow] = session.info.pop(_CREATED, None) or {}
    insert_many(session.connection(), SYNCED_ROWS, [vars(row) for row in created.values()])
    insert_many(session.connection(), MERGE_LOSERS, session.info.pop(_LOSERS, None) or [])
    return list(created.values())


def _stored(session: Session, table: str, row_id: str) -> AnyRow | None:
    created = session.info.get(_CREATED, {}).get((table, row_id))
    if created is not None:  # made earlier in this batch, not flushed yet: no query (and no flush) to find it
        return created
    return stored_rows.get(session, table, row_id)  # read with the batch's others, else now


def rejected(op: OpIn, key: str, /, retry: bool = False) -> dict[str, object]:
    """The result of an op the server refuses, worded by the catalogue entry `key`."""
    params = {"schema_version": op.schema_version, "table": op.table_name, "row_id": op.row_id}
    return {"op_id": op.op_id, "status": "rejected", "retry": retry,
            "error": {"code": code_of(key), "message_vi": render(key, "vi", **params),
                      "message_en": render(key, "en", **params)}}


def _stamps(row: AnyRow) -> dict[str, Stamp]:
    return {name: Stamp.from_json(raw) for name, raw in row.fields.items()}


def tombstone_time(value: object, now: datetime) -> str:
    """A client's deletion time when it is a real ISO timestamp, else the server's: the column is short and typed."""
    if isinstance(value, str) and len(value) <= 32:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    return now.isoformat()


def _incoming(op: OpIn, now: datetime) -> dict[str, object]:
    """The field values this op sets (the server-owned ones never come from a client)."""
    if op.op == "delete":
        values: dict[str, object] = {"deleted_at": tombstone_time(op.payload.get("deleted_at"), now)}
        for extra in ("updated_at", "updated_by"):
            if extra in op.payload:
                values[extra] = op.payload[extra]
        return values
    names = list(op.payload) if op.op == "insert" else [f for f in op.changed_fields if f in op.payload]
    # Who changed the row and when travel with every edit (the PC stamps them outside `changed_fields`), so the
    # editing PC's next pull does not take them back to the previous editor's; they merge by clock like the rest.
    names += [f for f in STAMPS if f in op.payload and f not in names]
    return {f: op.payload[f] for f in names if f not in SERVER_OWNED and f not in IMMUTABLE}


def apply_op(session: Session, commune: FeedOwner, device_id: str, op: OpIn, hlc: str, now: datetime
             ) -> dict[str, object]:
    if op.table_name == CONFLICTS_TABLE:
        return _resolve(session, commune, device_id, op, hlc, now)
    policy = TABLE_POLICY.get(op.table_name)
    if policy is None:
        return rejected(op, "table.unknown")
    stored = _stored(session, op.table_name, op.row_id)
    if stored is None:
        return _create(session, commune, device_id, op, hlc, now)
    fresh = (op.table_name, op.row_id) in session.info.get(_CREATED, {})
    if policy == "dossier":
        found = dossier_conflict(stored.data, _stamps(stored), op.op, op.changed_fields, op.payload,
                                 op.base_server_version, device_id)
        if found is not None:
            return _open_conflict(session, commune, device_id, op, stored, found, now)
    merged = merge_fields(stored.data, _stamps(stored), _incoming(op, now), hlc)
    merged.losers = [x for x in merged.losers if x.field not in STAMPS]  # bookkeeping, not anyone's typing
    noted = _write(session, commune, device_id, op, stored, merged, hlc, now)
    status = "merged" if merged.lost_fields else "applied"
    # Made by this batch's own ops and changed only by them: the row is exactly what the device holds.
    # (A field the server keeps to itself, changed on the PC, would differ: not an echo.)
    echo = fresh and not any(x.incoming for x in merged.losers) and not noted and stored.hlc == hlc \
        and stored.deleted_at is None and not IMMUTABLE.intersection(op.changed_fields)
    return {"op_id": op.op_id, "status": status, "server_version": stored.server_version, "hlc": hlc,
            "lost_fields": merged.lost_fields, "echo": echo, **noted}


def _create(session: Session, commune: FeedOwner, device_id: str, op: OpIn, hlc: str, now: datetime
            ) -> dict[str, object]:
    # Even an update or delete of a row the server never saw carries the whole row: take it as the first version.
    data = {k: v for k, v in op.payload.items() if k not in SERVER_OWNED}
    data.update(id=op.row_id, commune_code=commune.code)
    if op.op == "delete" or data.get("deleted_at") is not None:
        data["deleted_at"] = tombstone_time(data.get("deleted_at"), now)
    # No stored row means no feed entry either: nothing to delete when the batch's entries are written.
    seq = record_change(session, commune, KIND_ROW, op.table_name, op.row_id, fresh=True)
    stamp = Stamp(hlc, seq, device_id).to_json()
    row = PlainRow(table_name=op.table_name, row_id=op.row_id, commune_code=commune.code, server_version=seq,
                 fields={k: stamp for k in data if k not in IMMUTABLE}, data=data, hlc=hlc,
                 deleted_at=data.get("deleted_at"), updated_at=now)
    session.info.setdefault(_CREATED, {})[(op.table_name, op.row_id)] = row  # a later op of the batch finds it
    noted = duplicates.note_code(session, commune, row, op.op_id, device_id, now)
    # The device's own row as it sent it (unless the server put its own commune code in).
    echo = not noted and row.deleted_at is None and op.payload.get("commune_code", commune.code) == commune.code
    return {"op_id": op.op_id, "status": "applied", "server_version": seq, "hlc": hlc, "lost_fields": [],
            "echo": echo, **noted}


def _write(session: Session, commune: FeedOwner, device_id: str, op: OpIn, stored: AnyRow, merged: MergeResult,
           hlc: str, now: datetime) -> dict[str, object]:
    """Returns what to add to the op's result (a duplicate-number conflict the write opened)."""
    # The stored row names itself: a conflict resolution arrives as an op on the conflict, not on the row.
    session.info.setdefault(_LOSERS, []).extend(
        {"commune_code": commune.code, "table_name": stored.table_name, "row_id": stored.row_id,
         "field": loser.field, "lost_value": {"value": loser.value}, "lost_hlc": loser.hlc, "won_hlc": loser.won_hlc,
         "op_id": op.op_id, "at": now} for loser in merged.losers)
    if not merged.values:
        return {}
    seq = record_change(session, commune, KIND_ROW, stored.table_name, stored.row_id)
    stamp = Stamp(hlc, seq, device_id).to_json()
    # New dicts, not in-place edits: the JSON columns only notice assignment.
    stored.data = {**stored.data, **merged.values}
    stored.fields = {**stored.fields, **{k: stamp for k in merged.values}}
    stored.hlc = max_hlc([stored.hlc, hlc]) if stored.hlc else hlc
    if stored.data.get("deleted_at") is not None:
        stored.data = {**stored.data, "deleted_at": tombstone_time(stored.data["deleted_at"], now)}
    stored.deleted_at = stored.data.get("deleted_at")
    stored.server_version, stored.updated_at = seq, now
    if (stored.table_name, stored.row_id) not in session.info.get(_CREATED, {}):
        stored_rows.changed(session, stored)  # written back with the batch's other changed rows
    if "code" in merged.values or ("deleted_at" in merged.values and stored.deleted_at is None):
        return duplicates.note_code(session, commune, stored, op.op_id, device_id, now)
    return {}


def _open_conflict(session: Session, commune: FeedOwner, device_id: str, op: OpIn, stored: AnyRow,
                   found: tuple[str, list[str]], now: datetime) -> dict[str, object]:
    kind, fields = found
    client = dict(op.payload)
    if op.op == "delete":
        client["deleted_at"] = client.get("deleted_at") or now.isoformat()
    conflict = Conflict(commune_code=commune.code, table_name=op.table_name, row_id=op.row_id, kind=kind,
                        fields=fields, server_data=row_json(stored), client_data=client, client_op_id=op.op_id,
                        device_id=device_id, created_at=now)
    session.add(conflict)
    session.flush()
    conflict.server_version = record_change(session, commune, KIND_CONFLICT, CONFLICTS_TABLE, conflict.id,
                                            fresh=True)
    return {"op_id": op.op_id, "status": "conflict", "conflict_id": conflict.id, "conflict_kind": kind,
            "fields": fields, "server_version": stored.server_version}


def _resolve(session: Session, commune: FeedOwner, device_id: str, op: OpIn, hlc: str, now: datetime
             ) -> dict[str, object]:
    """A person chose: the values in resolved_data are written as they are, whatever their clocks say."""
    conflict = session.get(Conflict, op.row_id)
    if conflict is None:
        return rejected(op, "conflict.unknown")
    if conflict.state == "resolved":
        return rejected(op, "conflict.already_resolved")
    chosen = op.payload.get("resolved_data")
    if op.payload.get("state") != "resolved" or not isinstance(chosen, dict):
        return rejected(op, "conflict.bad_resolution")
    values = {k: v for k, v in chosen.items() if k not in SERVER_OWNED and k not in IMMUTABLE}
    stored = _stored(session, conflict.table_name, conflict.row_id)
    if stored is not None and values:
        # The decision must outlive any older clock still on the row, so it takes the newest clock it has seen.
        forced = max_hlc([hlc, *(s["hlc"] for s in stored.fields.values())])
        _write(session, commune, device_id, op, stored, MergeResult(values=values), forced, now)
    conflict.state, conflict.resolved_by, conflict.resolved_at = "resolved", device_id, now
    conflict.resolution = {"op_id": op.op_id, "resolved_data": chosen}
    conflict.server_version = record_change(session, commune, KIND_CONFLICT, CONFLICTS_TABLE, conflict.id)
    return {"op_id": op.op_id, "status": "applied", "server_version": conflict.server_version, "hlc": hlc,
            "lost_fields": [], "row_server_version": stored.server_version if stored else None}

