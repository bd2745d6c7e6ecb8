"""The bulk door of the unit of work (`insert_rows`, plain dicts and Core inserts, for imported files) writes the
same rows as `add`: the record with its defaults, stamps and search text, one audit entry and one outbox operation
each, their JSON read back equal; and a rolled-back transaction leaves none of it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop.services.context import ServiceContext, unit_of_work
from desktop.store.models import AuditEntry, Dossier, Equipment, OutboxOp, Procedure

_SKIP = {"id", "hlc", "asset_tag", "search_text"}  # what differs between the two devices by design


def _device(tag: str) -> dict[str, object]:
    return {"asset_tag": tag, "kind": "printer", "model": "Canon LBP 2900", "location": "Bộ phận Một cửa",
            "acquired_on": date(2019, 3, 15), "status": "in_use"}


def _written(ctx: ServiceContext, tag: str) -> tuple[dict[str, object], AuditEntry, OutboxOp]:
    with ctx.db.session() as s:
        e = s.scalars(select(Equipment).where(Equipment.asset_tag == tag)).one()
        row = {c.key: getattr(e, c.key) for c in Equipment.__table__.columns}
        audit = s.scalars(select(AuditEntry).where(AuditEntry.row_id == e.id)).one()
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == e.id)).one()
        s.expunge_all()
    return row, audit, op


def test_insert_rows_writes_what_add_writes(ctx: ServiceContext) -> None:
    with unit_of_work(ctx) as uow:
        uow.add(Equipment(**_device("MI-01")))
        full = uow.insert_rows(Equipment, [_device("MI-02")])
    one, audit1, op1 = _written(ctx, "MI-01")
    two, audit2, op2 = _written(ctx, "MI-02")
    assert full[0]["id"] == two["id"] and full[0]["hlc"] == two["hlc"] and two["hlc"] > one["hlc"]
    assert {k: v for k, v in two.items() if k not in _SKIP} == {k: v for k, v in one.items() if k not in _SKIP}
    assert two["search_text"] == "mi-02 canon lbp 2900 bo phan mot cua may in"
    assert (audit2.action, audit2.actor, audit2.at, audit2.table_name) == \
        (audit1.action, audit1.actor, audit1.at, audit1.table_name)

    def same(a: dict[str, object], b: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in a.items() if k not in _SKIP and b.get(k) != v}

    new1, new2 = audit1.changes["new"], audit2.changes["new"]
    assert set(new1) == set(new2) and not same(new2, new1) and new2["model"] == "Canon LBP 2900"
    assert (op2.op, op2.state, op2.attempts, op2.schema_version, op2.created_at, op2.hlc) == \
        (op1.op, op1.state, op1.attempts, op1.schema_version, op1.created_at, two["hlc"])
    assert op2.changed_fields == op1.changed_fields and op2.payload == new2 and op2.base_server_version is None


def test_dossiers_get_their_procedure_in_the_search_text_and_a_receipt_number(ctx: ServiceContext) -> None:
    with unit_of_work(ctx) as uow:
        proc = uow.session.scalars(select(Procedure).where(Procedure.code == "1.001193")).one()
        uow.insert_rows(Dossier, [{"code": f"H-{i}", "procedure_id": proc.id, "applicant_name": "Lê Thị Hoa",
                                   "channel": "direct", "received_at": datetime(2026, 11, 2, 1), "status": 2}
                                  for i in range(3)])
    with ctx.db.session() as s:
        rows = s.scalars(select(Dossier).order_by(Dossier.code)).all()
        assert [d.search_text for d in rows] == [f"h-{i} le thi hoa 1.001193 dang ky khai sinh" for i in range(3)]
        assert len({d.receipt_seq for d in rows}) == 3 and all(d.receipt_seq for d in rows)
        assert not rows[0].digitised and rows[0].applicant_phone == "" and rows[0].deleted_at is None


def test_a_rolled_back_batch_leaves_nothing(ctx: ServiceContext) -> None:
    with ctx.db.session() as s:
        before = (s.query(AuditEntry).count(), s.query(OutboxOp).count())
    with pytest.raises(RuntimeError), unit_of_work(ctx) as uow:
        uow.insert_rows(Equipment, [_device(f"MT-{i}") for i in range(5)])
        raise RuntimeError("stopped")
    with ctx.db.session() as s:
        assert s.query(Equipment).count() == 0
        assert (s.query(AuditEntry).count(), s.query(OutboxOp).count()) == before


def test_a_batch_whose_rows_differ_in_columns_is_refused_whole(ctx: ServiceContext) -> None:
    rows = [_device("MK-01"), _device("MK-02") | {"colour": "đen"}]  # a key the other row lacks
    with pytest.raises(ValueError, match="same columns"), unit_of_work(ctx) as uow:
        uow.insert_rows(Equipment, rows)
    with ctx.db.session() as s:
        assert s.query(Equipment).count() == 0


def test_times_are_stored_as_the_orm_stores_them(ctx: ServiceContext) -> None:
    """As text, to the microsecond, like SQLAlchemy's own inserts: '…:00' and '…:00.000000' sort apart in SQL."""
    with unit_of_work(ctx) as uow:
        uow.add(Equipment(**_device("MS-01")))
        uow.insert_rows(Equipment, [_device("MS-02")])
    with ctx.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT e.created_at, e.updated_at, a.at, o.created_at FROM equipment e "
                                      "JOIN audit_log a ON a.row_id = e.id JOIN sync_outbox o ON o.row_id = e.id "
                                      "ORDER BY e.asset_tag").all()
    assert stored[0] == stored[1] and stored[0][0].endswith(".000000"), stored
