"""Runs Alembic programmatically: knows the head, refuses databases newer than the code, backs up before upgrading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from desktop.store.errors import DatabaseTooNewError, NotOurDatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def check_revision(conn: Connection, label: str) -> str | None:
    """The database's revision, after refusing one that is newer than the code or not ours at all."""
    current = current_revision(conn)
    if current is None:
        tables = set(inspect(conn).get_table_names())
        if tables - {"alembic_version"}:
            raise NotOurDatabaseError(label)
        return None
    if current not in known_revisions():
        raise DatabaseTooNewError(current)
    return current


def run_migrations(conn: Connection, target: str = "head", direction: str = "upgrade") -> None:
    """Run alembic on `conn`, which must not have written yet in its transaction.

    Rebuilding a table (alembic's batch mode, 0010's events) drops it while other tables still refer to it; with
    foreign keys enforced SQLite refuses that on any filled database. So they are off for the run (SQLite ignores
    the switch once the transaction has written, hence "not written yet") and every reference is checked before
    the caller commits. The caller turns them back on after the commit (upgrade_to_head does).
    """
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    if direction == "upgrade":
        command.upgrade(cfg, target)
    else:
        command.downgrade(cfg, target)
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the migration left rows referring to nothing: {broken[:5]}")


def upgrade_to_head(engine: Engine, label: str, backup: Callable[[], object] | None = None) -> bool:
    """Bring the schema to head; returns True when a migration ran. `backup` runs first on a non-empty database."""
    with engine.connect() as conn:
        current = check_revision(conn, label)
    if current == head_revision():
        return False
    if current is not None and backup is not None:
        backup()
    with engine.connect() as conn:
        try:
            with conn.begin():
                run_migrations(conn)
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")  # this pooled connection serves the app next
            conn.commit()
    return True
