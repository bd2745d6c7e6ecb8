"""Migration 0010 from the schema before it (0012), with data: a backup first, every event kept in a table keyed by
its id alone, no commune_code indexes, the trend's tallies counted from the existing dossiers; a run cut short
completes; the way down gives back the 0012 schema."""

from __future__ import annotations

import importlib
import re
import sqlite3
from pathlib import Path

import pytest
from support import migrate_file

from desktop.config.paths import DataPaths
from desktop.domain.lifecycle import FINISH, START
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, change_status, get_dossier, register_dossier
from desktop.services.statistics import monthly_series, monthly_series_by_month, trend_month
from desktop.store import migrate, month_counts
from desktop.store.backup import list_backups
from desktop.store.database import Database
from desktop.store.engine import make_engine

_MIGRATION = importlib.import_module("desktop.store.migrations.versions.0010_month_tallies_lean_events")


def _schema(path: Path) -> list[tuple[str, str]]:
    """The DDL of the tables 0010 changes, their indexes and triggers (a table rebuilt by renaming comes back with
    its name quoted, which changes nothing)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN "
                            "('dossiers', 'dossier_events', 'dossier_month_counts')").fetchall()
    return sorted((name, re.sub(r'^CREATE TABLE "(\w+)"', r"CREATE TABLE \1", sql)) for name, sql in rows)


def _events(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT * FROM dossier_events").fetchall())


@pytest.mark.parametrize("cut_short", [None, "old table moved aside", "copy half made"])
def test_upgrade_from_0012_keeps_every_event(ctx: ServiceContext, db: Database, data_paths: DataPaths,
                                             tmp_path: Path, cut_short: str | None) -> None:
    codes = [register_dossier(ctx, DossierInput("1.009994", f"Nguyễn Văn Đức {i}", "online" if i % 2 else "direct"))
             .code for i in range(6)]
    for code in codes[:4]:
        change_status(ctx, code, START)
    for code in codes[:2]:
        change_status(ctx, code, FINISH)
    db.close()
    events = _events(data_paths.database)
    assert len(events) == 12
    migrate_file(data_paths.database, "0012", "downgrade")
    fresh = tmp_path / "fresh.sqlite3"
    migrate_file(fresh, "0012", "upgrade")
    assert _schema(data_paths.database) == _schema(fresh)  # the way down is the 0012 schema exactly
    assert _events(data_paths.database) == events
    if cut_short:  # an earlier run stopped between DDL statements, which the driver commits one by one
        with sqlite3.connect(data_paths.database) as conn:
            conn.execute("ALTER TABLE dossier_events RENAME TO dossier_events_old")
            if cut_short == "copy half made":
                conn.execute("DROP INDEX ix_dossier_events_dossier_id")
                conn.execute(_MIGRATION._EVENT_TABLE.format(name="dossier_events", options=" WITHOUT ROWID"))
                conn.execute("INSERT INTO dossier_events SELECT * FROM dossier_events_old LIMIT 5")

    reopened = Database.open(data_paths)
    try:
        assert [b.reason for b in list_backups(data_paths.backups)] == ["pre-migration"]
        head = tmp_path / "head.sqlite3"
        migrate_file(head, "head", "upgrade")
        assert _schema(data_paths.database) == _schema(head)
        with sqlite3.connect(data_paths.database) as conn:
            table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'dossier_events'").fetchone()[0]
            indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
            tallies = sorted(conn.execute(f"SELECT * FROM {month_counts.TABLE}").fetchall())
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "WITHOUT ROWID" in table_sql
        assert "ix_dossier_events_dossier_id" in indexes
        assert not {"ix_dossier_events_commune_code", "ix_dossiers_commune_code"} & indexes
        assert not any(name.startswith("sqlite_autoindex_dossier_events") for name in indexes)
        assert _events(data_paths.database) == events
        # six dossiers counted: two finished (early: 15 working days allowed), four still open, half of each online
        assert sorted((r[4], r[5], r[-1]) for r in tallies) == [("direct", "", 2), ("direct", "early", 1),
                                                               ("online", "", 2), ("online", "early", 1)]
        later = ServiceContext(reopened, actor="admin", role="admin", clock=ctx.clock)
        change_status(later, codes[2], FINISH)
        assert [e.action for e in get_dossier(later, codes[2]).events][-1] == FINISH
        month = trend_month(later.today())
        assert monthly_series(later, month, 3) == monthly_series_by_month(later, month, 3)
        assert monthly_series(later, month, 3)[-1].resolved == 3
    finally:
        reopened.close()


def test_a_filled_database_upgrades_from_0005(ctx: ServiceContext, db: Database, data_paths: DataPaths) -> None:
    """Through 0006 and 0012 too, whose table rebuilds drop tables the dossiers refer to: the runner turns foreign
    keys off for the run and checks every reference before it commits."""
    code = register_dossier(ctx, DossierInput("1.009994", "Trần Thị Bình", "direct")).code
    db.close()
    engine = make_engine(data_paths.database)
    with engine.connect() as conn:  # down with the same switch, else the rebuilds refuse the way down as well
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with conn.begin():
            migrate.run_migrations(conn, "0005", direction="downgrade")
    engine.dispose()
    reopened = Database.open(data_paths)
    try:
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on for the app
        later = ServiceContext(reopened, actor="admin", role="admin", clock=ctx.clock)
        assert get_dossier(later, code).dossier.applicant_name == "Trần Thị Bình"
    finally:
        reopened.close()
