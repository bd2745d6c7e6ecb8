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
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    if direction == "upgrade":
        command.upgrade(cfg, target)
    else:
        command.downgrade(cfg, target)


def upgrade_to_head(engine: Engine, label: str, backup: Callable[[], object] | None = None) -> bool:
    """Bring the schema to head; returns True when a migration ran. `backup` runs first on a non-empty database."""
    with engine.connect() as conn:
        current = check_revision(conn, label)
    if current == head_revision():
        return False
    if current is not None and backup is not None:
        backup()
    with engine.begin() as conn:
        run_migrations(conn)
    return True
