"""Migration 0005 (the workbook's tables) on a database that already holds data: up keeps every row, down removes
only its own tables, and up again works."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desktop.config.paths import DataPaths
from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.engine import make_engine

WORKBOOK = {"plan_tasks", "villages", "digital_teams", "team_members", "team_sessions", "village_outages",
            "recommendations"}


def _previous() -> str:
    return str(ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0005").down_revision)


def test_0005_up_and_down_keeps_existing_rows(data_paths: DataPaths) -> None:
    Database.open(data_paths).close()
    engine = make_engine(data_paths.database)
    previous = _previous()
    with engine.begin() as conn:
        migrate.run_migrations(conn, previous, direction="downgrade")
        assert not WORKBOOK & set(inspect(conn).get_table_names())
        conn.execute(text("INSERT INTO local_state(key, value) VALUES ('workbook-test', 'kept')"))
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0005")
        assert WORKBOOK <= set(inspect(conn).get_table_names())
        assert conn.execute(text("SELECT value FROM local_state WHERE key = 'workbook-test'")).scalar() == "kept"
        columns = {c["name"] for c in inspect(conn).get_columns("plan_tasks")}
        assert {"code", "deadline", "done_on", "evidence", "source_document", "hlc", "deleted_at"} <= columns
    with engine.begin() as conn:
        migrate.run_migrations(conn, "head")
        assert migrate.current_revision(conn) == migrate.head_revision()
    engine.dispose()
