"""Runs Alembic programmatically: knows the head, refuses databases newer than the code, backs up before upgrading.

Alembic itself (with Mako and its dialects) takes a good part of a second to import, on every start. A database
already at head needs none of it: the head comes from the protocol's revision list while that list names every
migration file, and the stored revision is one plain query. Alembic is imported only when a migration is due, or
when the list and the files disagree (tests/protocol holds them equal).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from desktop.protocol import revisions
from desktop.store.errors import DatabaseTooNewError, NotOurDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config  # lazily: see the module's docstring

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_head() -> str:
    """The head as alembic reads it from the migration scripts' chain (the authority; slow to import)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def migration_files() -> frozenset[str]:
    """The revision ids of the migration scripts on disk (each file is named after its revision)."""
    return frozenset(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*.py")
                     if not p.name.startswith("_"))


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The code's schema head: the protocol's last revision when its list covers exactly the scripts on disk (a
    script added without its line there is noticed, and alembic decides), else alembic's."""
    if migration_files() == revisions.known():
        return revisions.head()
    return script_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def stored_revision(conn: Connection) -> str | None:
    """The revision recorded in the database by plain SQL, or None when there is none or more than one (alembic's
    own reading then decides)."""
    table = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if table.first() is None:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


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
    from alembic import command

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
        if stored_revision(conn) == head_revision():  # the everyday start: nothing to check further, no alembic
            return False
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
