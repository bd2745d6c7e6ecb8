"""Brings the server database to the newest schema at start; refuses one made by a newer server."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from desktop.server.errors import ServerError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no server migrations found"
    return head


def upgrade_to_head(engine: Engine) -> bool:
    """Returns True when a migration ran."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise ServerError("store.foreign#upgrade_to_head", status=500)
    if current is not None and current not in known:
        raise ServerError("store.too_new#upgrade_to_head", status=500, current=current)
    if current == script.get_current_head():
        return False
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
