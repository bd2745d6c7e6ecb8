"""Applying one pushed batch: in one transaction under the commune lock, idempotent per op id, nothing applied when
any op reaches outside the device's commune or reuses an op id for something else."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Engine, Select, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.messages import render
from desktop.protocol.errors import ProtocolError
from desktop.protocol.ops import check_op
from desktop.server import duplicates, rows, stored
from desktop.server.bulk import insert_many
from desktop.server.changes import buffer_changes, lock_feed, save_feed, write_changes
from desktop.server.errors import ServerError
from desktop.server.merge import CONFLICTS_TABLE, clamp_hlc
from desktop.server.models import APPLIED_OPS, DEVICES, Conflict, PlainRow
from desktop.server.pages import ItemCache, remember
from desktop.server.planner_stats import PlannerStats
from desktop.server.schemas import OpIn
from desktop.server.sql_lists import among, id_list

# Clocks up to this far ahead are someone's PC being wrong by hours: accepted as they are.
MAX_AHEAD = timedelta(hours=24)
# A batch writing more rows than this is a PC's first sync catching up: its items would be pushed out of the cache
# by its own next batches before any pull asks for them, so they are made when pulled instead.
REMEMBER_UP_TO = 200
# Two batches racing for the same op id (from different communes' locks) settle on the second try.
RETRIES = 3


@dataclass(frozen=True)
class DeviceRef:
    id: str
    commune_code: str


def check_payloads(ops: list[OpIn], schemas: AbstractSet[str]) -> None:
    """Every op's payload against its table (desktop.protocol), before anything is applied: one value that may not
    be kept refuses the batch with 422 and names the op and the field, so the PC sets that op aside and sends the
    rest. An op of a schema the server does not know yet is answered per op instead (it is kept for later)."""
    for op in ops:
        if op.schema_version not in schemas:
            continue
        try:
            op.payload = check_op(op.table_name, op.changed_fields, op.payload)
        except ProtocolError as exc:
            raise ServerError(exc.key, status=422, details={"op_id": op.op_id, "table_name": op.table_name,
                                                             "row_id": op.row_id, "field": exc.field},
                              **exc.params) from None


def push_batch(engine: Engine, device: DeviceRef, ops: list[OpIn], now: datetime,
               supported_schemas: Callable[[], AbstractSet[str]],
               planner: PlannerStats | None = None, items: ItemCache | None = None) -> dict[str, object]:
    """Once the batch is committed, `planner` hears how much it wrote (server/planner_stats.py) and `items` gets
    the pull items of the rows it wrote (server/pages.py)."""
    schemas = supported_schemas()
    check_payloads(ops, schemas)
    for attempt in range(RETRIES):
        try:
            written: list[PlainRow] = []
            with Session(engine) as session, session.begin():
                answer = _apply_batch(session, device, ops, now, schemas, written)
            if planner is not None:
                planner.wrote(len(ops))
            if items is not None and len(written) <= REMEMBER_UP_TO:
                remember(items, written)
            return answer
        except IntegrityError:
            # The unique op id caught a concurrent twin that committed first; the retry returns its stored result.
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _forbidden(op: OpIn) -> ServerError:
    return ServerError("commune.forbidden", status=403,
                       details={"op_id": op.op_id, "table_name": op.table_name, "row_id": op.row_id}, op_id=op.op_id)


def _check_scope(session: Session, device: DeviceRef, ops: list[OpIn]) -> None:
    """The stored row's commune decides, never the one the client claims (both must be the device's). The batch's
    rows are read with one query (and its conflicts with another); those not found are noted for rows.apply_op."""
    for op in ops:
        claimed = op.payload.get("commune_code")
        if claimed is not None and claimed != device.commune_code:
            raise _forbidden(op)
    owners: dict[tuple[str, str], str] = {}
    by_table: dict[str, set[str]] = {}
    for op in ops:
        by_table.setdefault(op.table_name, set()).add(op.row_id)
    loaded: list[object] = []
    if CONFLICTS_TABLE in by_table:
        for conflict in session.scalars(select(Conflict).where(Conflict.id.in_(by_table.pop(CONFLICTS_TABLE)))):
            owners[(CONFLICTS_TABLE, conflict.id)] = conflict.commune_code
            loaded.append(conflict)
    for table, ids in by_table.items():
        # One query per table (a batch rarely spans more than two): `row_id IN (…)` under one table name walks the
        # primary key, where a list of (table, id) pairs made PostgreSQL scan the whole table once per batch.
        # The rows are the batch's plain objects from here on (server/stored.py); those not found are noted.
        for row in stored.load(session, table, ids):
            owners[(row.table_name, row.row_id)] = row.commune_code
    session.info["batch_objects"] = loaded  # the identity map holds objects weakly: keep them for apply_op
    for op in ops:
        owner = owners.get((op.table_name, op.row_id))
        if owner is not None and owner != device.commune_code:
            raise _forbidden(op)


def _reused(op: OpIn) -> ServerError:
    return ServerError("op.reused", status=409, details={"op_id": op.op_id}, op_id=op.op_id)


def _apply_batch(session: Session, device: DeviceRef, ops: list[OpIn], now: datetime,
                 schemas: AbstractSet[str], written: list[PlainRow]) -> dict[str, object]:
    # What needs no lock comes first, so that the commune's lock is held only while its rows change: the device,
    # the content hashes, and every op id of the batch looked up at once (a concurrent twin of this batch is caught
    # by the unique op id and retried; one op sent twice in a batch is answered like a replay).
    dev = enrolled_device(session, device.id)
    digests = [op.content_hash() for op in ops]
    dialect = session.get_bind().dialect.name
    priors: dict[str, tuple[str, str, dict]] = {
        op_id: (payload_hash, commune_code, result) for op_id, payload_hash, commune_code, result
        in session.connection().execute(_priors(dialect), {"ids": id_list(op.op_id for op in ops)})}
    commune = lock_feed(session, device.commune_code)
    if commune is None:
        raise ServerError("device.unknown", status=403)
    taken_from = commune.last_seq
    _check_scope(session, device, ops)
    duplicates.prefetch(session, device.commune_code, {
        str(op.payload["code"]) for op in ops if op.table_name == duplicates.TABLE
        and isinstance(op.payload.get("code"), str) and (op.op == "insert" or "code" in op.changed_fields)})
    buffer_changes(session)
    now_ms = int(now.replace(tzinfo=UTC).timestamp() * 1000)
    results: list[dict[str, object]] = []
    applied: list[dict[str, object]] = []
    worst_skew, clamped_any = 0, False
    for op, digest in zip(ops, digests, strict=True):
        prior = priors.get(op.op_id)
        if prior is not None:
            if prior[0] != digest or prior[1] != device.commune_code:
                raise _reused(op)
            results.append(prior[2])
            continue
        if op.schema_version not in schemas:
            # Not stored: once the server is updated to know this schema, the same op goes through.
            results.append(rows.rejected(op, "schema.unsupported", retry=True))
            continue
        hlc, skew, clamped = clamp_hlc(op.hlc, now_ms, int(MAX_AHEAD.total_seconds() * 1000))
        worst_skew, clamped_any = max(worst_skew, skew), clamped_any or clamped
        # `at_seq`: the commune's sequence as the op was taken, before its own changes. A PC whose cursor has gone
        # past it pulled after the op was in, so it has had the answer (online, a run pushes before it pulls; by
        # USB, the province's bundle carries it): a bundle for a PC at cursor N answers only ops at N or later.
        at_seq = commune.last_seq
        result = {**rows.apply_op(session, commune, device.id, op, hlc, now), "at_seq": at_seq}
        applied.append({"op_id": op.op_id, "commune_code": device.commune_code, "device_id": device.id,
                        "payload_hash": digest, "result": result, "applied_at": now})
        priors[op.op_id] = (digest, device.commune_code, result)
        results.append(result)
    # The batch's new rows, feed entries and op ids, one statement each (plain SQL, no ORM objects).
    written += rows.write_created(session)
    written += stored.write_changed(session)
    write_changes(session)
    insert_many(session.connection(), APPLIED_OPS, applied)
    save_feed(session, commune, taken_from)
    if clamped_any:
        dev = DeviceState(True, worst_skew)
    elif ops and worst_skew <= 0:
        dev = DeviceState(False, 0)  # the device's clock is right again
    session.connection().execute(_SEEN, {"k_id": device.id, "v_seen": now, "v_warning": dev.clock_warning,
                                         "v_skew": dev.clock_skew_ms})
    return {"results": results, "warnings": warnings_of(dev), "server_time": now.replace(tzinfo=UTC).isoformat(),
            "server_time_ms": now_ms, "last_seq": commune.last_seq}


class DeviceState(NamedTuple):
    """What a push or pull needs of the device's row."""

    clock_warning: bool
    clock_skew_ms: int


_DEVICE = select(DEVICES.c.revoked_at, DEVICES.c.clock_warning, DEVICES.c.clock_skew_ms) \
    .where(DEVICES.c.id == bindparam("id"))
_SEEN = update(DEVICES).where(DEVICES.c.id == bindparam("k_id")).values(
    last_seen_at=bindparam("v_seen"), clock_warning=bindparam("v_warning"), clock_skew_ms=bindparam("v_skew"))


@cache
def _priors(dialect: str) -> Select[Any]:
    return select(APPLIED_OPS.c.op_id, APPLIED_OPS.c.payload_hash, APPLIED_OPS.c.commune_code,
                  APPLIED_OPS.c.result).where(among(dialect, APPLIED_OPS.c.op_id, "ids"))


def warnings_of(dev: DeviceState) -> list[dict[str, object]]:
    if not dev.clock_warning:
        return []
    hours = round(dev.clock_skew_ms / 3_600_000, 1)
    return [{"code": "clock.far_future", "skew_ms": dev.clock_skew_ms,
             "message_vi": render("clock.far_future", "vi", hours=hours),
             "message_en": render("clock.far_future", "en", hours=hours)}]


def enrolled_device(session: Session, device_id: str) -> DeviceState:
    """The device's row, read in the request's own transaction: revocation takes effect on the very next request
    (auth.still_enrolled's answers, without a second transaction)."""
    found = session.connection().execute(_DEVICE, {"id": device_id}).first()
    if found is None:
        raise ServerError("auth.failed", status=401)
    if found.revoked_at is not None:
        raise ServerError("device.revoked", status=403)
    return DeviceState(bool(found.clock_warning), int(found.clock_skew_ms or 0))
