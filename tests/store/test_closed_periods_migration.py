"""Migration 0006 (closed periods) on a database that already holds a signed-off report: up keeps the row and gives
it empty closure columns, down drops only those columns, and up again works."""

from __future__ import annotations

from sqlalchemy import inspect, text

from desktop.config.paths import DataPaths
from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.engine import make_engine

CLOSURE = {"period_from", "period_to", "figures", "document_date", "pdf_sha256", "snapshot", "reopen_reason"}
_ROW = ("INSERT INTO report_signoffs (id, commune_code, created_at, updated_at, updated_by, hlc, kind, period_key, "
        "comments, number, state, signed_by, signed_by_name) VALUES ('r1', '07090', '2026-11-20 03:00:00', "
        "'2026-11-20 03:00:00', 'an', '000000000000001-00000-pc', 'month', '2026-10', 'Ổn định', '05', 'signed', "
        "'an', 'Nguyễn Văn An')")


def test_0006_up_and_down_keeps_a_signed_report(data_paths: DataPaths) -> None:
    Database.open(data_paths).close()
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0005", direction="downgrade")
        assert not CLOSURE & {c["name"] for c in inspect(conn).get_columns("report_signoffs")}
        conn.execute(text(_ROW))
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0006")
        assert CLOSURE <= {c["name"] for c in inspect(conn).get_columns("report_signoffs")}
        row = conn.execute(text("SELECT comments, number, state, figures, pdf_sha256, snapshot, period_from "
                                "FROM report_signoffs WHERE id = 'r1'")).one()
        assert tuple(row) == ("Ổn định", "05", "signed", "", "", "", None)
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0005", direction="downgrade")
        assert conn.execute(text("SELECT number FROM report_signoffs WHERE id = 'r1'")).scalar() == "05"
    with engine.begin() as conn:
        migrate.run_migrations(conn, "head")
        assert migrate.current_revision(conn) == migrate.head_revision()
    engine.dispose()
