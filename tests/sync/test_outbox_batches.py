"""Picking push batches from the outbox: pending ops only, in the order they were written, from the first pending
one on, whatever ops were sent or set aside around them (desktop.sync.push.next_batch)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import literal_column, select, update

from desktop.services.context import ServiceContext, unit_of_work
from desktop.store.models import Equipment, OutboxOp
from desktop.sync.push import next_batch

OPS = 12


def _write_equipment(ctx: ServiceContext, count: int) -> None:
    with unit_of_work(ctx) as uow:
        for n in range(count):
            uow.add(Equipment(asset_tag=f"OB-{n:03d}", kind="computer", model="Dell", serial=f"S{n}",
                              location="Một cửa", acquired_on=date(2024, 1, 1), assigned_to="", status="in_use",
                              note=""))


def _in_write_order(ctx: ServiceContext) -> list[tuple[int, str]]:
    rowid = literal_column("sync_outbox.rowid")
    with ctx.db.session() as s:
        return [(int(r), op) for r, op in s.execute(select(rowid, OutboxOp.op_id).order_by(rowid))]


def _set(ctx: ServiceContext, op_ids: list[str], state: str) -> None:
    with ctx.db.session() as s:
        s.execute(update(OutboxOp).where(OutboxOp.op_id.in_(op_ids)).values(state=state))
        s.commit()


def test_batches_follow_write_order_and_skip_what_is_not_pending(ctx: ServiceContext) -> None:
    _write_equipment(ctx, OPS)
    written = _in_write_order(ctx)
    ids = [op_id for _rowid, op_id in written]
    # Everything the setup wrote and the first three ops went out; two later ones were set aside.
    sent = ids[:-OPS + 3]
    _set(ctx, sent, "sent")
    _set(ctx, [ids[-5], ids[-3]], "rejected")
    pending = [(r, op) for r, op in written if op not in set(sent) | {ids[-5], ids[-3]}]
    assert len(pending) == OPS - 5

    with ctx.db.session() as s:
        first = next_batch(s, 0, 3)
        assert [(r, op.op_id) for r, op in first] == pending[:3]
        rest = next_batch(s, first[-1][0], 100)
        assert [(r, op.op_id) for r, op in rest] == pending[3:]
        assert all(op.state == "pending" for _r, op in first + rest)
        assert next_batch(s, rest[-1][0], 100) == []

    _set(ctx, [op for _r, op in pending], "sent")
    with ctx.db.session() as s:
        assert next_batch(s, 0, 100) == []
