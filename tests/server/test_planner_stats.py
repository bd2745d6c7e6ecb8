"""The server analyses the sync tables itself once pushes have filled them well past what it last knew (PostgreSQL),
so a first sync's lookups by id keep walking the primary key; on SQLite there is nothing to do."""

from __future__ import annotations

import uuid

from server_harness import Harness
from sqlalchemy import text

from desktop.server.planner_stats import PlannerStats

ROWS = 30


def _equipment(tag: str) -> dict:
    return {"asset_tag": tag, "kind": "computer", "model": "Dell", "location": "Một cửa", "status": "in_use",
            "note": ""}


def _last_analyze(srv: Harness) -> object:
    with srv.engine.connect() as conn:
        return conn.execute(text("SELECT last_analyze FROM pg_stat_user_tables WHERE relid = 'synced_rows'::regclass")
                            ).scalar_one()


def test_tables_are_analysed_once_pushes_wrote_enough(srv: Harness) -> None:
    a = srv.enrol(srv.commune())
    srv.push(a, *[srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment(f"P-{i}")) for i in range(ROWS)])
    planner = PlannerStats(srv.engine, min_rows=ROWS)
    assert planner.wrote(ROWS - 1) is None  # not due yet
    worker = planner.wrote(1)
    if srv.backend != "postgresql":
        assert worker is None and planner.analyses == 0
        return
    assert worker is not None
    worker.join(30)
    assert planner.analyses == 1 and _last_analyze(srv) is not None
    with srv.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM synced_rows")).scalar_one()
    # What it learnt sets the next threshold: half as many rows again (but never fewer than min_rows).
    assert planner.wrote(max(ROWS, stored // 2) - 1) is None
    again = planner.wrote(1)
    assert again is not None
    again.join(30)
    assert planner.analyses == 2
