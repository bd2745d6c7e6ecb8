"""Migration 0014 on a filled database: a backup first, the settled_at index made again with received_at (the
statistics of a year-old period then read it alone), the dossiers untouched; the way down gives back 0009's index."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from support import migrate_file

from desktop.config.paths import DataPaths
from desktop.domain.lifecycle import FINISH, START
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, change_status, register_dossier
from desktop.services.statistics import dossier_stats
from desktop.store import migrate
from desktop.store.backup import list_backups
from desktop.store.database import Database


def _index_sql(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_dossiers_settled_at'").fetchone()[0]


def _dossiers(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT * FROM dossiers").fetchall())


def _plan(path: Path, start: str) -> str:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM dossiers WHERE settled_at >= ? "
                            "AND received_at < ?", (start, start)).fetchall()
    return " ".join(r[-1] for r in rows)


def test_up_and_down_on_a_filled_database(ctx: ServiceContext, db: Database, data_paths: DataPaths) -> None:
    codes = [register_dossier(ctx, DossierInput("1.009994", f"Lê Thị Hoa {i}", "direct")).code for i in range(5)]
    for code in codes[:3]:
        change_status(ctx, code, START)
    change_status(ctx, codes[0], FINISH)
    month = (date(ctx.today().year, ctx.today().month, 1), ctx.today())
    figures = dossier_stats(ctx, *month)
    db.close()
    path = data_paths.database
    rows = _dossiers(path)
    assert "received_at" in _index_sql(path)  # a new database is made at the head

    migrate_file(path, "0009", "downgrade")
    assert _index_sql(path) == "CREATE INDEX ix_dossiers_settled_at ON dossiers (settled_at)"
    assert "COVERING INDEX" not in _plan(path, "2025-01-01 00:00:00")
    assert _dossiers(path) == rows

    reopened = Database.open(data_paths)  # migrates to the head, after a backup
    try:
        assert [b.reason for b in list_backups(data_paths.backups)] == ["pre-migration"]
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert _index_sql(path) == "CREATE INDEX ix_dossiers_settled_at ON dossiers (settled_at, received_at)"
        assert "COVERING INDEX ix_dossiers_settled_at" in _plan(path, "2025-01-01 00:00:00")
        assert _dossiers(path) == rows
        later = ServiceContext(reopened, actor="admin", role="admin", clock=ctx.clock)
        assert dossier_stats(later, *month) == figures
    finally:
        reopened.close()
