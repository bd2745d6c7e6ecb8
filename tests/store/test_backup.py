"""Backups: online copy, restore round trip keeping the replaced file, refusal of bad files, thinning policy."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import dossiers
from desktop.services.dossier_queries import DossierQuery, count_dossiers
from desktop.services.dossiers import DossierInput
from desktop.store.backup import backups_to_keep, daily_backup_if_due, list_backups, thin_backups
from desktop.store.database import Database, restore
from desktop.store.errors import DatabaseTooNewError, StoreError

WHEN = datetime(2026, 11, 20, 10, 0)


def _add(ctx, name: str) -> str:  # noqa: ANN001
    return dossiers.register_dossier(ctx, DossierInput("1.001193", name, "direct")).code


def test_backup_restore_round_trip_keeps_the_replaced_database(ctx, data_paths) -> None:  # noqa: ANN001
    first = _add(ctx, "Nguyễn Thị Mai")
    backup = ctx.db.backup_now("manual", now=WHEN)
    _add(ctx, "Hoàng Văn Nam")
    assert count_dossiers(ctx, DossierQuery()) == 2
    ctx.db.close()

    aside = restore(data_paths, backup, now=WHEN + timedelta(minutes=5))
    assert aside is not None and aside.exists()
    with Database.open(data_paths) as db:
        ctx.db = db
        assert [d.code for d in dossiers_list(ctx)] == [first]
        assert db.integrity_check() == "ok"
    with sqlite3.connect(aside) as conn:  # the replaced data is intact, with what was in its WAL
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 2


def dossiers_list(ctx):  # noqa: ANN001, ANN201
    from desktop.services.dossier_queries import list_dossiers

    return list_dossiers(ctx, DossierQuery())


def test_restore_refuses_damaged_and_newer_files(ctx, data_paths, tmp_path: Path) -> None:  # noqa: ANN001
    _add(ctx, "Nguyễn Thị Mai")
    ctx.db.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as err:
        restore(data_paths, garbage)
    assert err.value.code in {"backup.unreadable", "backup.corrupt"}

    newer = tmp_path / "newer.sqlite3"
    src = sqlite3.connect(data_paths.database)
    dst = sqlite3.connect(newer)
    src.backup(dst)
    src.close()
    dst.execute("UPDATE alembic_version SET version_num='9999'")
    dst.commit()
    dst.close()
    with pytest.raises(DatabaseTooNewError):
        restore(data_paths, newer)
    with pytest.raises(StoreError):
        restore(data_paths, tmp_path / "missing.sqlite3")
    with Database.open(data_paths) as db:  # nothing was replaced
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM dossiers").scalar() == 1


def test_daily_backup_at_most_once_a_day(ctx, data_paths) -> None:  # noqa: ANN001
    assert daily_backup_if_due(data_paths.database, data_paths.backups, WHEN) is not None
    assert daily_backup_if_due(data_paths.database, data_paths.backups, WHEN + timedelta(hours=3)) is None
    assert daily_backup_if_due(data_paths.database, data_paths.backups, WHEN + timedelta(days=1)) is not None
    assert [b.reason for b in list_backups(data_paths.backups)] == ["daily", "daily"]


def test_thinning_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 20, 18, 0)
    for days_ago in range(0, 500):  # one backup a day at 08:00 for 500 days
        taken = (now - timedelta(days=days_ago)).replace(hour=8)
        (folder / f"commune-desk-{taken:%Y%m%d-%H%M%S}-daily.sqlite3").write_bytes(b"x")
    keep = backups_to_keep(list_backups(folder), now)
    kept = sorted(b.taken_at.date() for b in list_backups(folder) if b.path in keep)
    last7 = [(now - timedelta(days=d)).date() for d in range(7)]
    assert set(last7) <= set(kept)
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    removed = thin_backups(folder, now)
    assert len(removed) == 500 - len(kept)
    assert len(list_backups(folder)) == len(kept)
