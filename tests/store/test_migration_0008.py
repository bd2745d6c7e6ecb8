"""Migration 0008 (Decision 766 marks on dossiers): down and up again keep every dossier and its full-text index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect, text

from desktop.config.paths import DataPaths
from desktop.services import dossiers
from desktop.services.context import ServiceContext
from desktop.store import migrate
from desktop.store.engine import make_engine

MARKS = {"digitised", "e_result", "reused_data", "paid_online", "rating"}


def test_0008_down_and_up_keeps_dossiers_and_their_search(ctx: ServiceContext, data_paths: DataPaths) -> None:
    db = ctx.db
    code = dossiers.register_dossier(ctx, dossiers.DossierInput("1.001193", "Nguyễn Văn Đức", "direct",
                                                                received_at=datetime(2026, 11, 19, 9))).code
    db.close()
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0005", direction="downgrade")
        assert not MARKS & {c["name"] for c in inspect(conn).get_columns("dossiers")}
    with engine.begin() as conn:
        migrate.run_migrations(conn, "head")
        assert MARKS <= {c["name"] for c in inspect(conn).get_columns("dossiers")}
        row = conn.execute(text("SELECT code, digitised, rating FROM dossiers")).one()
        assert tuple(row) == (code, 0, None)
        # The full-text triggers survived: a new search text reaches the index.
        conn.execute(text("UPDATE dossiers SET search_text = 'tim thay toi'"))
        hits = conn.execute(text("SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH 'thay'")).scalar()
        assert hits == 1
    engine.dispose()
