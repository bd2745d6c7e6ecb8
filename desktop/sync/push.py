"""The outbox side of a push: picking the next batch in write order, shaping ops for the wire, recording results.

Every result but `rejected` with `retry: true` is final (PROTOCOL.md): such ops leave the pending set. Ops the
server did not take stay `rejected` with the reason in `last_error`, where an administrator can read it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import ColumnClause, Table, bindparam, func, literal_column, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from desktop.store.models import OutboxOp, SyncConflict
from desktop.sync.rows import model_for

_ROWID: ColumnClause[int] = literal_column("sync_outbox.rowid")
REJECTED = "rejected"
# A batch stops growing at this many bytes of JSON, well under the server's body limit (server/limits.py).
BATCH_BYTES = 8 * 1024 * 1024
_OUTBOX: Table = OutboxOp.__table__  # type: ignore[assignment]
_CHUNK = 500  # ids per IN list


@dataclass
class PushStats:
    sent: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    kept: int = 0  # the server asked to resend later (it does not know our schema yet)


@dataclass(eq=False)
class PendingOp:
    """An outbox row as a push reads it: plain values, no ORM object (making one per op was a quarter of a first
    sync's time on the PC). What a push changes of it is written with its own statements (record_results,
    mark_rejected)."""

    op_id: str
    table_name: str
    row_id: str
    op: str
    base_server_version: int | None
    changed_fields: list[str]
    payload: dict[str, Any]
    hlc: str
    schema_version: str
    attempts: int
    state: str
    created_at: datetime
    last_error: str


_COLUMNS = tuple(_OUTBOX.c[name] for name in PendingOp.__dataclass_fields__)
_PENDING = select(_ROWID, *_COLUMNS).with_hint(_OUTBOX, "NOT INDEXED", "sqlite") \
    .where(_OUTBOX.c.state == "pending", _ROWID > bindparam("after")).order_by(_ROWID).limit(bindparam("size"))


def next_batch(session: Session, after_rowid: int, size: int | None) -> list[tuple[int, PendingOp]]:
    """Pending ops in the order they were written (rowid), after the last one this run already handled; `size`
    None: all of them (a USB bundle).

    The outbox is walked by rowid from the first pending op, not through the state index: that index orders its
    pending entries by op id, so every batch sorted all pending ops again (quadratic over a first sync's 100k)."""
    if after_rowid == 0:
        first = session.scalar(select(func.min(_ROWID)).where(OutboxOp.state == "pending"))
        if first is None:
            return []
        after_rowid = int(first) - 1
    # SQLite's LIMIT -1 is no limit.
    rows = session.execute(_PENDING, {"after": after_rowid, "size": -1 if size is None else size})
    return [(int(rowid), PendingOp(*values)) for rowid, *values in rows]


def pending_ops(session: Session, op_ids: Iterable[str]) -> list[PendingOp]:
    """The pending ops among `op_ids` (those a USB bundle answers), as plain rows."""
    wanted = list(op_ids)
    found: list[PendingOp] = []
    for start in range(0, len(wanted), _CHUNK):
        found += [PendingOp(*values) for values in session.execute(select(*_COLUMNS).where(
            _OUTBOX.c.state == "pending", _OUTBOX.c.op_id.in_(wanted[start:start + _CHUNK])))]
    return found


def fit(batch: list[tuple[int, PendingOp]], limit: int = BATCH_BYTES) -> list[tuple[int, PendingOp]]:
    """The batch's head that fits in `limit` bytes as JSON; never empty when the batch is not (an op alone too
    big is sent alone, refused alone and set aside)."""
    total = 0
    for i, (_, op) in enumerate(batch):
        total += _wire_bytes(op)
        if total > limit and i > 0:
            return batch[:i]
    return batch


def _wire_bytes(op: PendingOp) -> int:
    """The op's size as the push sends it (compact UTF-8 JSON); orjson, as json.dumps took a second per 100k ops."""
    try:
        return len(orjson.dumps(wire(op)))
    except TypeError:  # what orjson cannot encode (an integer past 64 bits): the standard encoder's estimate
        return len(json.dumps(wire(op), ensure_ascii=False, separators=(",", ":"), default=str))


def count_attempt(session: Session, op_ids: list[str]) -> None:
    # The outbox table, not the model: the ORM would otherwise look for each op among the session's objects.
    session.execute(update(_OUTBOX).where(_OUTBOX.c.op_id.in_(op_ids)).values(attempts=_OUTBOX.c.attempts + 1))


def wire(op: PendingOp) -> dict[str, Any]:
    """Exactly the columns the protocol names; content must be byte-for-byte the same on every resend."""
    return {"op_id": op.op_id, "table_name": op.table_name, "row_id": op.row_id, "op": op.op,
            "base_server_version": op.base_server_version, "changed_fields": list(op.changed_fields or []),
            "payload": op.payload or {}, "hlc": op.hlc, "schema_version": op.schema_version}


def _settle(session: Session, op: PendingOp, state: str, error: str, outcome: dict[tuple[str, str], list[str]]
            ) -> None:
    """Noted for record_results' statements, and kept on the op as written."""
    op.state, op.last_error = state, error
    outcome.setdefault((state, error), []).append(op.op_id)


def _write_outcomes(session: Session, outcome: dict[tuple[str, str], list[str]],
                    versions: dict[str, dict[str, int]]) -> None:
    """The batch's results in a few statements: ops by outcome (most are "sent" with no error), then the server
    version each row now has, which becomes the base of our next edit of it (never moved back)."""
    for (state, error), op_ids in outcome.items():
        for start in range(0, len(op_ids), _CHUNK):
            session.execute(update(_OUTBOX).where(_OUTBOX.c.op_id.in_(op_ids[start:start + _CHUNK]))
                            .values(state=state, last_error=error))
    for table_name, learnt in versions.items():
        model = model_for(table_name)
        if model is None or not learnt:
            continue
        table: Table = model.__table__  # type: ignore[assignment]
        current = func.coalesce(table.c.server_version, 0)
        session.execute(update(table).where(table.c.id == bindparam("row"), current < bindparam("version"))
                        .values(server_version=bindparam("version")),
                        [{"row": row_id, "version": version} for row_id, version in learnt.items()])
        for row_id, version in learnt.items():  # a copy already loaded in this session sees it too
            loaded = session.identity_map.get(identity_key(model, row_id))
            if loaded is not None and (loaded.server_version or 0) < version:
                set_committed_value(loaded, "server_version", version)


def check_answer(ops: Sequence[PendingOp], results: list[dict[str, Any]]) -> None:
    """One result per op sent, or the answer is not one to write down."""
    if len(results) != len(ops):
        raise ValueError(f"server answered {len(results)} results for {len(ops)} ops")


def record_results(session: Session, ops: Sequence[PendingOp], results: list[dict[str, Any]], stats: PushStats,
                   echoes: dict[tuple[str, str], int] | None = None) -> None:
    """`echoes` learns (table, row id) → the server version at which the row is exactly what this PC sent (the
    server says `echo`, with our own clock): the pull that follows need not apply it again (pull.apply_page)."""
    check_answer(ops, results)
    outcome: dict[tuple[str, str], list[str]] = {}
    versions: dict[str, dict[str, int]] = {}
    for op, result in zip(ops, results, strict=True):
        status = result.get("status")
        stats.sent += 1
        if echoes is not None:
            _note_echo(echoes, op, result)
        if status in ("applied", "merged"):
            error = ""
            if op.table_name == "sync_conflicts":
                _confirm_resolution(session, op.row_id)
            else:
                version = result.get("server_version")
                if isinstance(version, int):
                    learnt = versions.setdefault(op.table_name, {})
                    learnt[op.row_id] = max(version, learnt.get(op.row_id, version))
            if status == "merged":
                stats.merged += 1
                error = f"merged; lost fields: {', '.join(result.get('lost_fields') or [])}"
            else:
                stats.applied += 1
            _settle(session, op, "sent", error, outcome)
        elif status == "conflict":
            # Final: the server keeps both versions in a conflict that the next pull brings here.
            _settle(session, op, "sent", f"conflict {result.get('conflict_id')}", outcome)
            stats.conflicts += 1
        elif status == "rejected" and result.get("retry"):
            _settle(session, op, op.state, _reason(result), outcome)
            stats.kept += 1
        else:
            _settle(session, op, REJECTED, _reason(result)[:2000], outcome)
            stats.rejected += 1
    _write_outcomes(session, outcome, versions)


def _note_echo(echoes: dict[tuple[str, str], int], op: PendingOp, result: dict[str, Any]) -> None:
    """Only a row the server holds exactly as this PC sent it (made and changed by this PC's ops of one batch, no
    field lost, the clock not clamped) is an echo; any other answer about the row forgets it."""
    key, version = (op.table_name, op.row_id), result.get("server_version")
    if result.get("status") == "applied" and result.get("echo") is True and result.get("hlc") == op.hlc \
            and isinstance(version, int) and op.op != "delete":
        echoes[key] = version
    else:
        echoes.pop(key, None)


def _confirm_resolution(session: Session, conflict_id: str) -> None:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is not None and conflict.state == "resolving":
        conflict.state = "resolved"


def _reason(result: dict[str, Any]) -> str:
    err = result.get("error") or {}
    return f"{err.get('code', 'unknown')}: {err.get('message_en', '')}"


def mark_rejected(session: Session, op: PendingOp, reason: str) -> None:
    op.state, op.last_error = REJECTED, reason[:2000]
    session.execute(update(_OUTBOX).where(_OUTBOX.c.op_id == op.op_id).values(state=op.state,
                                                                               last_error=op.last_error))
