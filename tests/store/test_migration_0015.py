"""Migration 0015 (the commune's settings): the targets and office hours this PC had set move from local_state into
commune_settings rows (read by the services as before) and go back on the way down; dossiers are untouched."""

from __future__ import annotations

import json
from datetime import datetime, time

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desktop.config.paths import DataPaths
from desktop.domain.deadlines import OfficeHours
from desktop.services import commune_settings, desk_rules, dossiers, index766
from desktop.services.context import ServiceContext
from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.engine import make_engine


def _previous() -> str:
    return str(ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0015").down_revision)


def test_0015_moves_this_pcs_settings_into_commune_rows_and_back(ctx: ServiceContext,
                                                                  data_paths: DataPaths) -> None:
    code = dossiers.register_dossier(ctx, dossiers.DossierInput("1.001193", "Nguyễn Văn Đức", "direct",
                                                                received_at=datetime(2026, 11, 19, 9))).code
    ctx.db.close()
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, _previous(), direction="downgrade")
        assert "commune_settings" not in inspect(conn).get_table_names()
        # What an older version kept on this PC.
        for key, value in (("index766_targets", json.dumps({"online_rate": 0.9, "digitisation_rate": 0.85})),
                           ("office_opens", "07:00"), ("office_closes", "16:30")):
            conn.execute(text("INSERT INTO local_state (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
    with engine.begin() as conn:
        migrate.run_migrations(conn, "head")
        commune = conn.execute(text("SELECT value FROM local_state WHERE key = 'commune_code'")).scalar()
        rows = dict(conn.execute(text("SELECT key, id FROM commune_settings")).all())
        assert set(rows) == {"index766.online_rate", "index766.digitisation_rate", "office.opens", "office.closes"}
        assert rows["office.opens"] == commune_settings.setting_id(commune, "office.opens")  # as the services derive it
        assert conn.execute(text("SELECT count(*) FROM local_state WHERE key LIKE 'office_%' "
                                 "OR key = 'index766_targets'")).scalar() == 0
    engine.dispose()
    db = Database.open(data_paths)
    try:
        again = ServiceContext(db, actor="admin", role="admin", clock=ctx.clock)
        targets = index766.targets(again)
        assert (targets["online_rate"], targets["digitisation_rate"], targets["on_time_rate"]) == (0.9, 0.85, 0.95)
        assert desk_rules.get_office_hours(again) == OfficeHours(time(7, 0), time(16, 30))
        assert dossiers.get_dossier(again, code).dossier.code == code
    finally:
        db.close()
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, _previous(), direction="downgrade")
        back = dict(conn.execute(text("SELECT key, value FROM local_state WHERE key IN "
                                      "('index766_targets', 'office_opens', 'office_closes')")).all())
        assert json.loads(back["index766_targets"]) == {"digitisation_rate": 0.85, "online_rate": 0.9}
        assert (back["office_opens"], back["office_closes"]) == ("07:00", "16:30")
        assert conn.execute(text("SELECT code FROM dossiers")).scalar() == code
    engine.dispose()
