"""Migration 0016 on a filled database: the half-month tallies are counted again with boundary-free as part of
their key (the dashboard's month reads them), and the way down gives back 0014's tallies and schema exactly."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from support import migrate_file, sorted_rows

from desktop.config.paths import DataPaths
from desktop.domain.lifecycle import FINISH, START
from desktop.services.context import ServiceContext
from desktop.services.dashboard import dashboard_summary
from desktop.services.dossiers import DossierInput, change_status, register_dossier
from desktop.services.statistics import MonthFigures, dossier_stats
from desktop.store import month_counts
from desktop.store.backup import list_backups
from desktop.store.database import Database

_TALLY_SCHEMA = ("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                 "(name LIKE 'dossier_%counts' OR type = 'trigger')")


def test_up_and_down_on_a_filled_database(ctx: ServiceContext, db: Database, data_paths: DataPaths, clock,  # noqa: ANN001
                                          tmp_path: Path) -> None:
    received = [datetime(2026, 11, 2, 2), datetime(2026, 11, 3, 2), datetime(2026, 11, 4, 2), datetime(2026, 11, 5, 2)]
    codes = [register_dossier(ctx, DossierInput("1.009994", f"Lê Văn Tư {i}", ("direct", "online")[i % 2],
                                                boundary_free=i < 3, received_at=at)).code
             for i, at in enumerate(received)]
    change_status(ctx, codes[0], START, at=datetime(2026, 11, 2, 3))
    change_status(ctx, codes[0], FINISH, at=datetime(2026, 11, 3, 3))
    db.close()
    path = data_paths.database
    at_head = sorted_rows(path, _TALLY_SCHEMA)
    tallies = sorted_rows(path, f"SELECT * FROM {month_counts.TABLE} WHERE n > 0")
    # (received, finished, settled, paused, channel, outcome, boundary-free, n): the fourth one is not boundary-free
    assert tallies == [("2026-11-1", "", "", "", "direct", "", 1, 1), ("2026-11-1", "", "", "", "online", "", 0, 1),
                       ("2026-11-1", "", "", "", "online", "", 1, 1),
                       ("2026-11-1", "2026-11-1", "2026-11-1", "", "direct", "early", 1, 1)]

    migrate_file(path, "0014", "downgrade")
    fresh = tmp_path / "fresh.sqlite3"
    migrate_file(fresh, "0014", "upgrade")
    assert sorted_rows(path, _TALLY_SCHEMA) == sorted_rows(fresh, _TALLY_SCHEMA)  # 0014's table and triggers exactly
    assert sorted_rows(path, f"SELECT * FROM {month_counts.TABLE} WHERE n > 0") == [  # recounted without the split
        ("2026-11-1", "", "", "", "direct", "", 1), ("2026-11-1", "", "", "", "online", "", 2),
        ("2026-11-1", "2026-11-1", "2026-11-1", "", "direct", "early", 1)]

    reopened = Database.open(data_paths)  # up again, as the app does at start: a backup first
    try:
        assert [b.reason for b in list_backups(data_paths.backups)] == ["pre-migration"]
        assert sorted_rows(path, _TALLY_SCHEMA) == at_head
        assert sorted_rows(path, f"SELECT * FROM {month_counts.TABLE} WHERE n > 0") == tallies
        later = ServiceContext(reopened, actor="admin", role="admin", clock=clock)
        s = dashboard_summary(later, date(2026, 11, 20), calendar=True)
        assert s.month == MonthFigures(received_online=2, received_direct_postal=2, received_boundary_free=3,
                                       carried_over=0, form_early=1, form_on_time=0, form_late=0)
        assert s.month == MonthFigures.of(dossier_stats(later, s.month_from, s.month_to).total.to_dict())
    finally:
        reopened.close()
