"""The province counts a dossier by its procedure as the dossier's own commune holds it (by procedure code), not by
whichever commune's row its id names: ids were one per catalogue procedure before desktop schema 0009 and are one
per commune since. And the report's PostgreSQL indexes (server migration 0003) are the ones its query uses."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

import httpx
import pytest
from alembic import command
from server_harness import Device, Harness
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.server import report_data, summary
from desktop.server.api import ENV_ADMIN_TOKEN
from desktop.server.migrate import alembic_config
from desktop.server.models import SyncedRow

STATISTICS = "st_synced_rows_dossier_days"  # server migration 0003

TOKEN = "province-admin-token-for-tests"
NOV = "2026-11"  # Decree 09's November: 15/10 – 14/11


def _push(srv: Harness, dev: Device, table: str, row_id: str, payload: dict) -> None:
    result = srv.push(dev, srv.op(dev, table, row_id, "insert", payload))["results"][0]
    assert result["status"] == "applied", result


def _catalogue(srv: Harness, dev: Device, field_id: str, proc_id: str, online_level: str) -> None:
    _push(srv, dev, "fields", field_id, {"code": "HT", "name": "Hộ tịch"})
    _push(srv, dev, "procedures", proc_id, {"code": "1.001193", "name": "Đăng ký khai sinh", "field_id": field_id,
                                            "level": "commune", "statutory_days": 0.0, "online_level": online_level})


def _online_dossier(srv: Harness, dev: Device, proc_id: str) -> None:
    _push(srv, dev, "dossiers", str(uuid.uuid4()),
          {"code": f"{dev.commune}-261103-0001", "procedure_id": proc_id, "channel": "online", "status": 2,
           "received_at": "2026-11-03T02:00:00", "due_date": "2026-11-03", "boundary_free": False})


def _commune(srv: Harness, commune: str, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setenv(ENV_ADMIN_TOKEN, TOKEN)
    resp = httpx.get(f"{srv.url}/v1/province/summary", params={"month": NOV},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status_code == 200, resp.text
    return next(c for c in resp.json()["communes"] if c["code"] == commune)


def test_a_dossier_counts_by_its_own_communes_copy_of_the_procedure(srv: Harness,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Commune A pushed the procedure first under the id every commune then gave it, and A's copy of that row stays
    on the server as it was; commune B's dossier of before 0009 still names that id. B's own copy (its own id since
    0009) says the procedure is now fully online, as B's desktop counts it: the province must agree."""
    a_code, b_code = srv.commune(), srv.commune()
    a, b = srv.enrol(a_code), srv.enrol(b_code)
    shared_field, shared_proc = str(uuid.uuid4()), str(uuid.uuid4())
    _catalogue(srv, a, shared_field, shared_proc, "partial")
    _catalogue(srv, b, str(uuid.uuid4()), str(uuid.uuid4()), "full")
    _online_dossier(srv, b, shared_proc)
    _online_dossier(srv, a, shared_proc)
    got_b, got_a = _commune(srv, b_code, monkeypatch), _commune(srv, a_code, monkeypatch)
    assert got_b["dossiers"]["received_online"] == 1
    assert got_b["dossiers"]["received_online_full"] == 1  # B's copy: fully online (A's row says partial)
    assert [(f["field_code"], f["field"]) for f in got_b["by_field"]] == [("HT", "Hộ tịch")]
    assert got_a["dossiers"]["received_online_full"] == 0  # A's own copy: partial


def test_a_procedure_the_commune_has_no_copy_of_counts_by_the_row_its_id_names(srv: Harness) -> None:
    a_code, b_code = srv.commune(), srv.commune()
    a, b = srv.enrol(a_code), srv.enrol(b_code)
    shared_proc = str(uuid.uuid4())
    _catalogue(srv, a, str(uuid.uuid4()), shared_proc, "full")
    _online_dossier(srv, b, shared_proc)
    _online_dossier(srv, b, str(uuid.uuid4()))  # a procedure the server never saw
    start, end = summary.parse_month(NOV)
    found = summary.province_summary(srv.engine, start, end, date(2026, 12, 1), datetime(2026, 12, 1))
    got = next(c for c in found.communes if c.code == b_code)
    assert got.dossiers.received_online == 2 and got.dossiers.received_online_full == 1
    assert sorted((r.field_code, r.received_total) for r in got.by_field) == [("", 1), ("HT", 1)]


def _indexes(srv: Harness) -> set[str]:
    with srv.engine.connect() as conn:
        if srv.backend != "postgresql":
            return set()
        return set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'synced_rows' "
                                     "AND schemaname = current_schema()")).scalars())


_STATS = "SELECT count(*) FROM pg_statistic_ext WHERE stxname = :n AND stxnamespace = current_schema()::regnamespace"


def _years_of_dossiers(srv: Harness, commune: str) -> None:
    """Five years of a commune's dossiers, one every 15 hours, each settled ten days after it came (a few never):
    enough rows that reading one month's by index is the planner's own choice."""
    rows = []
    for i in range(3000):
        came = datetime(2021, 12, 1) + timedelta(hours=15 * i)
        settled = None if i % 500 == 0 else (came + timedelta(days=10)).isoformat()
        row_id = str(uuid.uuid4())
        rows.append({"t": "dossiers", "r": row_id, "c": commune, "d": json.dumps(
            {"id": row_id, "received_at": came.isoformat(), "settled_at": settled, "channel": "direct"})})
    with srv.engine.begin() as conn:
        conn.execute(text("INSERT INTO synced_rows (table_name, row_id, commune_code, server_version, fields, data, "
                          "hlc, updated_at) VALUES (:t, :r, :c, 1, '{}', CAST(:d AS json), '', now())"), rows)
        conn.execute(text("ANALYZE synced_rows"))


def _migrate(srv: Harness, direction: str, revision: str) -> None:
    with srv.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)


def test_the_report_indexes_are_built_on_a_filled_store_used_and_taken_down(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    _catalogue(srv, dev, str(uuid.uuid4()), proc := str(uuid.uuid4()), "full")
    _online_dossier(srv, dev, proc)
    start, end = summary.parse_month(NOV)

    def counted() -> int:
        found = summary.province_summary(srv.engine, start, end, date(2026, 12, 1), datetime(2026, 12, 1))
        return found.total.received_total

    before = counted()
    wanted = {"ix_synced_rows_dossier_received", "ix_synced_rows_dossier_settled", "ix_synced_rows_dossier_open"}
    _migrate(srv, "downgrade", "0002")
    assert not _indexes(srv) & wanted
    assert counted() == before
    with srv.engine.connect() as conn:
        if srv.backend == "postgresql":
            assert conn.execute(text(_STATS), {"n": STATISTICS}).scalar() == 0
    if srv.backend != "postgresql":  # a single commune's SQLite server has no need of them
        _migrate(srv, "upgrade", "head")
        assert counted() == before
        return
    # Rows a client pushed before NULs were refused: PostgreSQL's ->> fails on them, so no index could be built.
    with Session(srv.engine) as session, session.begin():
        for values in ({"received_at": "2026-11-05T02:00:00\x00"}, {"channel": "online\x00", "note": "\x00"}):
            row_id = str(uuid.uuid4())
            data = {"id": row_id, "commune_code": dev.commune, "procedure_id": proc, "channel": "direct",
                    "status": 2, "received_at": "2026-11-04T02:00:00", "due_date": "2026-11-30", **values}
            session.add(SyncedRow(table_name="dossiers", row_id=row_id, commune_code=dev.commune, server_version=1,
                                  fields={}, data=data, hlc="", updated_at=srv.clock()))
    _migrate(srv, "upgrade", "head")
    assert counted() == before + 2  # their NULs gone, both count
    assert _indexes(srv) >= wanted
    _years_of_dossiers(srv, dev.commune)
    with srv.engine.connect() as conn:
        assert conn.execute(text(_STATS), {"n": STATISTICS}).scalar() == 1
        plan = "\n".join(conn.execute(text("EXPLAIN " + str(report_data._PG_DOSSIERS)),
                                      {"start_key": "2026-10-15", "stop_key": "2026-11-15"}).scalars())
    # Each of the three parts reads one of them (which one serves the middle part is the planner's choice).
    assert "Seq Scan" not in plan and sum(plan.count(name) for name in wanted) >= 3, plan
