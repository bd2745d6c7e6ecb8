"""The server's own Alembic history: head matches the models, downgrades cleanly, refuses a newer or foreign DB."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.server.config import make_engine
from desktop.server.errors import ServerError
from desktop.server.migrate import alembic_config, upgrade_to_head
from desktop.server.models import ServerBase


def test_head_matches_the_models_and_downgrades(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    assert upgrade_to_head(engine) is True
    assert upgrade_to_head(engine) is False
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), ServerBase.metadata) == []
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from sqlite_master where name = 'synced_rows'")).scalar() == 0


def test_newer_or_foreign_database_is_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999'"))
    with pytest.raises(ServerError) as too_new:
        upgrade_to_head(engine)
    assert too_new.value.code == "store.too_new"
    other = make_engine(f"sqlite:///{tmp_path / 'o.sqlite3'}")
    with other.begin() as conn:
        conn.execute(text("create table something (x int)"))
    with pytest.raises(ServerError) as foreign:
        upgrade_to_head(other)
    assert foreign.value.code == "store.foreign"
