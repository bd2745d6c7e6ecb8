"""Schema migrations: empty → head, down and up again, newer or foreign databases refused, backup before upgrade."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from desktop.config.paths import DataPaths
from desktop.store import migrate
from desktop.store.backup import list_backups
from desktop.store.database import Database
from desktop.store.engine import make_engine
from desktop.store.errors import AlreadyOpenError, DatabaseTooNewError, NotOurDatabaseError
from desktop.store.models import Base


def test_empty_to_head_matches_the_models(data_paths: DataPaths) -> None:
    with Database.open(data_paths) as db:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert {"dossier_fts", "participation_fts", "equipment_fts"} <= tables
        assert db.integrity_check() == "ok"
        with db.engine.connect() as conn:
            pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("journal_mode", "foreign_keys")}
        assert pragmas == {"journal_mode": "wal", "foreign_keys": 1}


def _not_fts(name: str | None, type_: str, _parents: object) -> bool:
    # FTS5 tables and their shadow tables are made by raw SQL in the migration, not by the models.
    return not (type_ == "table" and name is not None and "_fts" in name)


# Half-day statutory times (migration 0007) live as REAL values in the INTEGER-affinity column: SQLite cannot retype a
# column without copying its table, and copying `procedures` under the dossiers' foreign keys is refused.
_REAL_IN_INTEGER_COLUMNS = {("procedures", "statutory_days")}


def _compare_type(_ctx: object, inspected: object, model: object, _inspected_type: object,
                  _model_type: object) -> bool | None:
    key = (getattr(getattr(model, "table", None), "name", None), getattr(model, "name", None))
    return False if key in _REAL_IN_INTEGER_COLUMNS else None


def test_models_and_migrations_agree(data_paths: DataPaths) -> None:
    """Autogenerate against the migrated schema finds nothing to do: no model change lacks a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with Database.open(data_paths) as db, db.engine.connect() as conn:
        opts = {"render_as_batch": True, "include_name": _not_fts, "compare_type": _compare_type}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_downgrade_then_upgrade_round_trip(data_paths: DataPaths) -> None:
    Database.open(data_paths).close()
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, "base", direction="downgrade")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with engine.begin() as conn:
        migrate.run_migrations(conn, "head")
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert "dossier_fts" in inspect(conn).get_table_names()
    engine.dispose()


def test_database_newer_than_code_is_refused(data_paths: DataPaths) -> None:
    Database.open(data_paths).close()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseTooNewError) as err:
        Database.open(data_paths)
    assert "9999_from_the_future" in err.value.message_en
    assert "mới hơn" in err.value.message_vi
    # the lock was released: opening again gives the same clear refusal, not "already open"
    with pytest.raises(DatabaseTooNewError):
        Database.open(data_paths)


def test_foreign_sqlite_file_is_refused(data_paths: DataPaths) -> None:
    data_paths.ensure()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(NotOurDatabaseError):
        Database.open(data_paths)


def test_backup_is_taken_before_a_migration(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(data_paths).close()
    assert list_backups(data_paths.backups) == []
    real_head = migrate.head_revision()
    # Pretend the code has moved on one revision: the store must back up before touching the schema.
    monkeypatch.setattr(migrate, "head_revision", lambda: real_head + "_next")
    Database.open(data_paths).close()
    made = list_backups(data_paths.backups)
    assert [b.reason for b in made] == ["pre-migration"]
    monkeypatch.undo()
    Database.open(data_paths).close()  # at head: no further backup
    assert len(list_backups(data_paths.backups)) == 1


def test_second_instance_gets_a_clear_message(data_paths: DataPaths) -> None:
    with Database.open(data_paths):
        with pytest.raises(AlreadyOpenError) as err:
            Database.open(data_paths)
        assert "đang được mở" in err.value.message_vi and "already open" in err.value.message_en
    Database.open(data_paths).close()  # released on close
