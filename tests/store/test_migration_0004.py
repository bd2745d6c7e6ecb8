"""Migration 0004 from the schema before it (0003): rows stored with an empty search text (pulled, bundled or
imported before the store kept the index) become findable, every dossier gets its receipt_seq, and the dossiers'
FTS index is keyed by it; the way down gives back the 0003 schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from support import migrate_file

from desktop.config.paths import DataPaths
from desktop.services import equipment
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store import migrate
from desktop.store.backup import list_backups
from desktop.store.database import Database


def _schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())


@pytest.mark.parametrize("cut_short", [False, True])
def test_upgrade_from_0003_recomputes_the_index(ctx: ServiceContext, db: Database, data_paths: DataPaths,
                                                 tmp_path: Path, cut_short: bool) -> None:
    codes = [register_dossier(ctx, DossierInput("1.001193", name, "direct")).code
             for name in ("Nguyễn Văn Đức", "Trần Thị Bình", "Nguyễn Văn Đức")]
    equipment.add_equipment(ctx, "MT-09", "printer", assigned_to="Nguyễn Văn Đức")
    db.close()
    migrate_file(data_paths.database, "0003", "downgrade")
    fresh = tmp_path / "fresh.sqlite3"
    migrate_file(fresh, "0003", "upgrade")
    assert _schema(data_paths.database) == _schema(fresh)  # the way down is the 0003 schema exactly
    with sqlite3.connect(data_paths.database) as conn:  # as rows pulled before the store kept the index
        conn.execute("UPDATE dossiers SET search_text = '' WHERE code != ?", (codes[1],))
        conn.execute("UPDATE equipment SET search_text = ''")
    if cut_short:  # an earlier run stopped after its DDL, which the driver commits at once, and before the rest
        with sqlite3.connect(data_paths.database) as conn:
            conn.executescript("ALTER TABLE dossiers ADD COLUMN receipt_seq BIGINT; DROP TRIGGER dossier_fts_ai; "
                               "DROP TRIGGER dossier_fts_ad; DROP TRIGGER dossier_fts_au; DROP TABLE dossier_fts;")

    reopened = Database.open(data_paths)
    try:
        assert [b.reason for b in list_backups(data_paths.backups)] == ["pre-migration"]
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            seqs = [r[0] for r in conn.execute(text("SELECT receipt_seq FROM dossiers ORDER BY received_at, id"))]
            conn.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts) VALUES ('integrity-check')")
        assert None not in seqs and len(set(seqs)) == 3
        later = ServiceContext(reopened, actor="admin", role="admin", clock=ctx.clock)
        found = [d.code for d in list_dossiers(later, DossierQuery(search="nguyen van duc"))]
        assert sorted(found) == sorted([codes[0], codes[2]])
        assert [d.code for d in list_dossiers(later, DossierQuery(search="thi binh"))] == [codes[1]]
        assert [e.asset_tag for e in equipment.list_equipment(later, "van duc may in")] == ["MT-09"]
        new = register_dossier(later, DossierInput("1.001193", "Nguyễn Văn Đức", "online"))
        assert [d.code for d in list_dossiers(later, DossierQuery(search="van duc"))][0] == new.code
    finally:
        reopened.close()
