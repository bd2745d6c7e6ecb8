"""A registration is a handful of statements: local settings read once per transaction (a flush inside it does not
drop them), the audit and outbox rows written with the rows, and what they record is the dossier as stored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import event, inspect, select

from desktop.protocol import tables
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Dossier, DossierEvent, OutboxOp


def _register(ctx: ServiceContext, name: str) -> str:
    return register_dossier(ctx, DossierInput("1.009994", name, "direct", received_at=datetime(2026, 11, 20, 9, 30))
                            ).code


def test_a_registration_reads_local_state_once_and_takes_few_statements(ctx: ServiceContext, db: Database) -> None:
    _register(ctx, "Nguyễn Văn Một")  # the first one may also make the device id
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        _register(ctx, "Nguyễn Văn Hai")
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert sum("FROM local_state" in s for s in statements) == 1, statements
    # The dossier's and the event's in one statement each (test_registration_rows: both rows are there).
    assert sum(s.startswith("INSERT INTO audit_log") for s in statements) == 1
    assert sum(s.startswith("INSERT INTO sync_outbox") for s in statements) == 1
    assert len(statements) <= 15, statements


def test_the_audit_and_outbox_rows_hold_the_dossier_and_event_as_stored(ctx: ServiceContext, db: Database) -> None:
    code = _register(ctx, "Trần Thị Ba")
    with db.session() as s:
        d = s.scalars(select(Dossier).where(Dossier.code == code)).one()
        e = s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id)).one()
        for row in (d, e):
            stored = tables.to_json(row.__tablename__, {c.key: getattr(row, c.key)
                                                        for c in inspect(type(row)).column_attrs})
            op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == row.id)).one()
            audit = s.scalars(select(AuditEntry).where(AuditEntry.row_id == row.id)).one()
            assert (op.op, op.table_name, op.hlc) == ("insert", row.__tablename__, row.hlc)
            assert op.payload == stored
            assert op.changed_fields == sorted(stored)
            assert (audit.action, audit.changes) == ("insert", {"new": stored})


def test_the_field_comes_with_the_procedure_in_one_statement(ctx: ServiceContext, db: Database) -> None:
    _register(ctx, "Nguyễn Văn Một")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        info = register_dossier(ctx, DossierInput("1.009994", "Lê Văn Bốn", "direct",
                                                  received_at=datetime(2026, 11, 20, 10, 0)))
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert (info.procedure_code, info.field_name, info.statutory_days) == ("1.009994", "Xây dựng", 15)
    assert not [s for s in statements if s.startswith("SELECT") and "FROM fields" in s and "procedures" not in s]
    assert len(statements) <= 14, statements
