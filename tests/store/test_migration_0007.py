"""Migration 0007 (issue 13's dossier rules) on a database that holds dossiers: down and up again keep every row,
give land procedures their payment pause and certification its 2-day extension, and the dossiers empty decisions."""

from __future__ import annotations

from datetime import datetime

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desktop.config.paths import DataPaths
from desktop.services import catalogue, dossiers
from desktop.services.context import ServiceContext
from desktop.store import migrate
from desktop.store.engine import make_engine

DOSSIER_COLUMNS = {"payment_paused_on", "payment_paused_days", "extension_days", "extension_reason", "apology_date",
                   "apology_reason", "result", "refusal_reason", "forwarded_to", "received_from"}


def test_0007_down_and_up_keeps_dossiers_and_sets_the_field_defaults(ctx: ServiceContext,
                                                                      data_paths: DataPaths) -> None:
    catalogue.add_procedure(ctx, "9.500001", "Đăng ký biến động đất đai", "Đất đai", 10)
    catalogue.add_procedure(ctx, "9.500002", "Chứng thực chữ ký", "Chứng thực", 0)
    code = dossiers.register_dossier(ctx, dossiers.DossierInput("9.500001", "Nguyễn Văn Đức", "direct",
                                                                received_at=datetime(2026, 11, 19, 9))).code
    ctx.db.close()
    previous = str(ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0007").down_revision)
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, previous, direction="downgrade")
        assert not DOSSIER_COLUMNS & {c["name"] for c in inspect(conn).get_columns("dossiers")}
        assert "pause_for_payment" not in {c["name"] for c in inspect(conn).get_columns("procedures")}
        # Fields as the shipped catalogue codes them (setup seeds them: Đất đai is DD, Chứng thực is CT).
        fields = dict(conn.execute(text("SELECT f.name, f.code FROM fields f")).all())
        assert fields["Đất đai"] == "DD" and fields["Chứng thực"] == "CT"
    with engine.begin() as conn:
        migrate.run_migrations(conn, "head")
        assert DOSSIER_COLUMNS <= {c["name"] for c in inspect(conn).get_columns("dossiers")}
        flags = dict(conn.execute(text("SELECT code, pause_for_payment || '/' || extension_max_days "
                                       "FROM procedures WHERE code LIKE '9.5%'")).all())
        assert flags == {"9.500001": "1/0", "9.500002": "0/2"}
        row = conn.execute(text("SELECT code, payment_paused_days, extension_days, result, forwarded_to, "
                                "apology_date FROM dossiers")).one()
        assert tuple(row) == (code, 0, 0, "", "", None)
        assert conn.execute(text("SELECT statutory_days FROM procedures WHERE code = '9.500001'")).scalar() == 10
    engine.dispose()
