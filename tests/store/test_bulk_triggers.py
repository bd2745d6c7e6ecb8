"""A large batch of dossiers inserted with their insert triggers deferred (store.bulk_triggers) leaves the search
index and the period tallies exactly as the per-row triggers would, the triggers back as they were, and on a
rollback nothing at all; outside a transaction nothing is deferred."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Connection, event, select

from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store import bulk_triggers, month_counts
from desktop.store.bulk_insert import BULK_TRIGGERS_FROM
from desktop.store.models import Dossier, Procedure

ROWS = BULK_TRIGGERS_FROM + 50
STATUSES = (1, 2, 4, 5, 6)  # 1 (registered only) is not counted by the tallies


def _triggers(conn: Connection) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossiers' ORDER BY name")]


def _tallies(conn: Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.exec_driver_sql(
        f"SELECT * FROM {month_counts.TABLE} WHERE n != 0 ORDER BY 1, 2, 3, 4, 5, 6")]


def _state(ctx: ServiceContext) -> tuple[list[tuple[str, str]], list[tuple[object, ...]], int]:
    with ctx.db.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT COUNT(*) FROM dossier_fts WHERE dossier_fts MATCH '\"pham van\"'")
        return _triggers(conn), _tallies(conn), found.scalar_one()


def _rows(proc_id: str) -> list[dict[str, object]]:
    start = datetime(2026, 10, 1, 1)
    return [{"code": f"BT-{i:04d}", "procedure_id": proc_id, "applicant_name": f"Phạm Văn {i}", "channel": "direct",
             "boundary_free": i % 5 == 0,
             "received_at": start + timedelta(hours=7 * i), "status": STATUSES[i % len(STATUSES)],
             "finished_at": start + timedelta(hours=7 * i + 30) if i % 3 == 0 else None} for i in range(ROWS)]


def _insert(ctx: ServiceContext) -> None:
    with unit_of_work(ctx) as uow:
        proc = uow.session.scalars(select(Procedure).where(Procedure.code == "1.001193")).one()
        uow.insert_rows(Dossier, _rows(proc.id))


def test_a_deferred_batch_is_indexed_and_tallied_as_row_by_row(ctx: ServiceContext) -> None:
    register_dossier(ctx, DossierInput("1.001193", "Phạm Văn Trước", "direct", received_at=datetime(2026, 10, 2, 8)))
    triggers, _, before = _state(ctx)
    seen: list[str] = []
    event.listen(ctx.db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    _insert(ctx)
    assert sum(s.startswith("DROP TRIGGER") for s in seen) == 2  # the batch did take the deferred way
    after_triggers, tallies, found = _state(ctx)
    assert after_triggers == triggers and len(triggers) >= 5
    assert found == before + ROWS
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
        for statement in month_counts.refill_statements():  # the tallies counted again from the dossiers
            conn.exec_driver_sql(statement)
        assert _tallies(conn) == tallies and sum(int(str(t[-1])) for t in tallies) == 1 + ROWS * 4 // 5
    # The triggers made again still work for the next dossier typed at the desk.
    register_dossier(ctx, DossierInput("1.001193", "Phạm Văn Sau", "direct", received_at=datetime(2026, 10, 3, 8)))
    assert _state(ctx)[2] == found + 1


def test_a_rolled_back_batch_leaves_triggers_index_and_tallies_as_they_were(ctx: ServiceContext) -> None:
    register_dossier(ctx, DossierInput("1.001193", "Phạm Văn Trước", "direct", received_at=datetime(2026, 10, 2, 8)))
    state = _state(ctx)
    with pytest.raises(RuntimeError), unit_of_work(ctx) as uow:
        proc = uow.session.scalars(select(Procedure).where(Procedure.code == "1.001193")).one()
        uow.insert_rows(Dossier, _rows(proc.id))
        raise RuntimeError("cancelled")
    assert _state(ctx) == state


def test_nothing_is_deferred_outside_a_transaction(ctx: ServiceContext) -> None:
    with ctx.db.engine.connect() as conn:
        before = _triggers(conn)
        conn.commit()  # no transaction open: a DROP here would be committed at once
        assert not conn.connection.driver_connection.in_transaction  # type: ignore[union-attr]
        with bulk_triggers.deferred(conn, "dossiers"):
            assert _triggers(conn) == before
        conn.rollback()
        assert _triggers(conn) == before
