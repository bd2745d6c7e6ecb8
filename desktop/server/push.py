"""Applying one pushed batch: in one transaction under the commune lock, idempotent per op id, nothing applied when
any op reaches outside the device's commune or reuses an op id for something else."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.messages import render
from desktop.protocol.errors import ProtocolError
from desktop.protocol.ops import check_op
from desktop.server import rows
from desktop.server.changes import lock_commune
from desktop.server.errors import ServerError
from desktop.server.merge import CONFLICTS_TABLE, clamp_hlc
from desktop.server.models import AppliedOp, Conflict, Device, SyncedRow
from desktop.server.schemas import OpIn

# Clocks up to this far ahead are someone's PC being wrong by hours: accepted as they are.
MAX_AHEAD = timedelta(hours=24)
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
               supported_schemas: Callable[[], AbstractSet[str]]) -> dict[str, object]:
    schemas = supported_schemas()
    check_payloads(ops, schemas)
    for attempt in range(RETRIES):
        try:
            with Session(engine) as session, session.begin():
                return _apply_batch(session, device, ops, now, schemas)
        except IntegrityError:
            # The unique op id caught a concurrent twin that committed first; the retry returns its stored result.
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _forbidden(op: OpIn) -> ServerError:
    return ServerError("commune.forbidden", status=403,
                       details={"op_id": op.op_id, "table_name": op.table_name, "row_id": op.row_id}, op_id=op.op_id)


def _check_scope(session: Session, device: DeviceRef, ops: list[OpIn]) -> None:
    """The stored row's commune decides, never the one the client claims (both must be the device's)."""
    for op in ops:
        claimed = op.payload.get("commune_code")
        if claimed is not None and claimed != device.commune_code:
            raise _forbidden(op)
        if op.table_name == CONFLICTS_TABLE:
            conflict = session.get(Conflict, op.row_id)
            owner = conflict.commune_code if conflict else None
        else:
            stored = session.get(SyncedRow, (op.table_name, op.row_id))
            owner = stored.commune_code if stored else None
        if owner is not None and owner != device.commune_code:
            raise _forbidden(op)


def _reused(op: OpIn) -> ServerError:
    return ServerError("op.reused", status=409, details={"op_id": op.op_id}, op_id=op.op_id)


def _apply_batch(session: Session, device: DeviceRef, ops: list[OpIn], now: datetime,
                 schemas: AbstractSet[str]) -> dict[str, object]:
    commune = lock_commune(session, device.commune_code)
    dev = session.get(Device, device.id)
    if commune is None or dev is None:
        raise ServerError("device.unknown", status=403)
    _check_scope(session, device, ops)
    now_ms = int(now.replace(tzinfo=UTC).timestamp() * 1000)
    results: list[dict[str, object]] = []
    worst_skew, clamped_any = 0, False
    for op in ops:
        digest = op.content_hash()
        prior = session.get(AppliedOp, op.op_id)
        if prior is not None:
            if prior.payload_hash != digest or prior.commune_code != device.commune_code:
                raise _reused(op)
            results.append(prior.result)
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
        session.add(AppliedOp(op_id=op.op_id, commune_code=device.commune_code, device_id=device.id,
                              payload_hash=digest, result=result, applied_at=now))
        session.flush()
        results.append(result)
    dev.last_seen_at = now
    if clamped_any:
        dev.clock_warning, dev.clock_skew_ms = True, worst_skew
    elif ops and worst_skew <= 0:
        dev.clock_warning, dev.clock_skew_ms = False, 0  # the device's clock is right again
    return {"results": results, "warnings": _warnings(dev), "server_time": now.replace(tzinfo=UTC).isoformat(),
            "server_time_ms": now_ms, "last_seq": commune.last_seq}


def _warnings(dev: Device) -> list[dict[str, object]]:
    if not dev.clock_warning:
        return []
    hours = round(dev.clock_skew_ms / 3_600_000, 1)
    return [{"code": "clock.far_future", "skew_ms": dev.clock_skew_ms,
             "message_vi": render("clock.far_future", "vi", hours=hours),
             "message_en": render("clock.far_future", "en", hours=hours)}]


def device_warnings(session: Session, device_id: str) -> list[dict[str, object]]:
    dev = session.scalar(select(Device).where(Device.id == device_id))
    return _warnings(dev) if dev else []
