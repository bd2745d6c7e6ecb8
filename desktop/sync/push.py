"""The outbox side of a push: picking the next batch in write order, shaping ops for the wire, recording results.

Every result but `rejected` with `retry: true` is final (PROTOCOL.md): such ops leave the pending set. Ops the
server did not take stay `rejected` with the reason in `last_error`, where an administrator can read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnClause, literal_column, select, update
from sqlalchemy.orm import Session

from desktop.store.models import OutboxOp, SyncConflict
from desktop.sync.rows import model_for

_ROWID: ColumnClause[int] = literal_column("sync_outbox.rowid")
REJECTED = "rejected"
# A batch stops growing at this many bytes of JSON, well under the server's body limit (server/limits.py).
BATCH_BYTES = 8 * 1024 * 1024


@dataclass
class PushStats:
    sent: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    kept: int = 0  # the server asked to resend later (it does not know our schema yet)


def next_batch(session: Session, after_rowid: int, size: int) -> list[tuple[int, OutboxOp]]:
    """Pending ops in the order they were written (rowid), after the last one this run already handled."""
    rows = session.execute(select(_ROWID, OutboxOp).where(OutboxOp.state == "pending", _ROWID > after_rowid)
                           .order_by(_ROWID).limit(size))
    return [(int(rowid), op) for rowid, op in rows]


def fit(batch: list[tuple[int, OutboxOp]], limit: int = BATCH_BYTES) -> list[tuple[int, OutboxOp]]:
    """The batch's head that fits in `limit` bytes as JSON; never empty when the batch is not (an op alone too
    big is sent alone, refused alone and set aside)."""
    total = 0
    for i, (_, op) in enumerate(batch):
        total += len(json.dumps(wire(op)))
        if total > limit and i > 0:
            return batch[:i]
    return batch


def count_attempt(session: Session, op_ids: list[str]) -> None:
    session.execute(update(OutboxOp).where(OutboxOp.op_id.in_(op_ids)).values(attempts=OutboxOp.attempts + 1))


def wire(op: OutboxOp) -> dict[str, Any]:
    """Exactly the columns the protocol names; content must be byte-for-byte the same on every resend."""
    return {"op_id": op.op_id, "table_name": op.table_name, "row_id": op.row_id, "op": op.op,
            "base_server_version": op.base_server_version, "changed_fields": list(op.changed_fields or []),
            "payload": op.payload or {}, "hlc": op.hlc, "schema_version": op.schema_version}


def _learn_version(session: Session, op: OutboxOp, version: object) -> None:
    """The server's version of a row we just wrote becomes the base of our next edit of it."""
    if not isinstance(version, int):
        return
    model = model_for(op.table_name)
    row = session.get(model, op.row_id) if model is not None else None
    if row is not None and (row.server_version or 0) < version:
        row.server_version = version


def _load_rows(session: Session, ops: list[OutboxOp]) -> list[object]:
    """The batch's rows, one query per table, so that learning their versions asks nothing more of the database
    (returned to keep them alive: the identity map holds them weakly)."""
    by_table: dict[str, set[str]] = {}
    for op in ops:
        by_table.setdefault(op.table_name, set()).add(op.row_id)
    held: list[object] = []
    for table, ids in by_table.items():
        model = model_for(table)
        if model is None:
            continue
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            held += session.scalars(select(model).where(model.id.in_(ordered[start:start + 500])))
    return held


def record_results(session: Session, ops: list[OutboxOp], results: list[dict[str, Any]], stats: PushStats) -> None:
    if len(results) != len(ops):
        raise ValueError(f"server answered {len(results)} results for {len(ops)} ops")
    held = _load_rows(session, [op for op, r in zip(ops, results, strict=True)
                                if r.get("status") in ("applied", "merged") and op.table_name != "sync_conflicts"])
    for op, result in zip(ops, results, strict=True):
        status = result.get("status")
        stats.sent += 1
        if status in ("applied", "merged"):
            op.state, op.last_error = "sent", ""
            if op.table_name == "sync_conflicts":
                _confirm_resolution(session, op.row_id)
            else:
                _learn_version(session, op, result.get("server_version"))
            if status == "merged":
                stats.merged += 1
                op.last_error = f"merged; lost fields: {', '.join(result.get('lost_fields') or [])}"
            else:
                stats.applied += 1
        elif status == "conflict":
            # Final: the server keeps both versions in a conflict that the next pull brings here.
            op.state, op.last_error = "sent", f"conflict {result.get('conflict_id')}"
            stats.conflicts += 1
        elif status == "rejected" and result.get("retry"):
            op.last_error = _reason(result)
            stats.kept += 1
        else:
            mark_rejected(op, _reason(result))
            stats.rejected += 1
    del held


def _confirm_resolution(session: Session, conflict_id: str) -> None:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is not None and conflict.state == "resolving":
        conflict.state = "resolved"


def _reason(result: dict[str, Any]) -> str:
    err = result.get("error") or {}
    return f"{err.get('code', 'unknown')}: {err.get('message_en', '')}"


def mark_rejected(op: OutboxOp, reason: str) -> None:
    op.state, op.last_error = REJECTED, reason[:2000]
