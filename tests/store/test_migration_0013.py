"""Migration 0013 on a filled database: the month tallies give way to half-month ones counted from the existing
dossiers (so the trend can count Decree 09's months), and the way down gives back 0009's tallies and schema."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from support import migrate_file, sorted_rows

from desktop.config.paths import DataPaths
from desktop.domain.lifecycle import FINISH, REQUEST_SUPPLEMENT, START, WITHDRAW
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, change_status, register_dossier
from desktop.services.statistics import monthly_series, monthly_series_by_month, trend_month
from desktop.store import month_counts
from desktop.store.database import Database

_TALLY_SCHEMA = ("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                 "(name LIKE 'dossier_%counts' OR type = 'trigger')")


def test_up_and_down_on_a_filled_database(ctx: ServiceContext, db: Database, data_paths: DataPaths, clock,  # noqa: ANN001
                                          tmp_path: Path) -> None:
    received = [datetime(2026, 10, 10, 2), datetime(2026, 10, 20, 2), datetime(2026, 11, 3, 2),
                datetime(2026, 11, 16, 2), datetime(2026, 11, 18, 2)]
    codes = [register_dossier(ctx, DossierInput("1.009994", f"Nguyễn Thị Mai {i}", ("direct", "online")[i % 2],
                                                received_at=at)).code for i, at in enumerate(received)]
    for code, at in zip(codes[:4], received, strict=False):
        change_status(ctx, code, START, at=at.replace(hour=3))
    change_status(ctx, codes[0], FINISH, at=datetime(2026, 10, 16, 3))  # after Decree 09's cut-off of October
    change_status(ctx, codes[1], REQUEST_SUPPLEMENT, at=datetime(2026, 11, 2, 3))
    change_status(ctx, codes[2], WITHDRAW, at=datetime(2026, 11, 14, 3))
    db.close()
    path = data_paths.database
    tallies = sorted_rows(path, f"SELECT * FROM {month_counts.TABLE} WHERE n > 0")
    assert sum(r[-1] for r in tallies) == 5 and ("2026-10-2", "", "", "2026-11-1", "online", "", 0, 1) in tallies
    at_head = sorted_rows(path, _TALLY_SCHEMA)

    migrate_file(path, "0009", "downgrade")
    fresh = tmp_path / "fresh.sqlite3"
    migrate_file(fresh, "0009", "upgrade")
    assert sorted_rows(path, _TALLY_SCHEMA) == sorted_rows(fresh, _TALLY_SCHEMA)  # 0009's tables and triggers exactly
    # 0010's month tallies, recounted from the same dossiers.
    month_tallies = "SELECT received_month, finished_month, channel, outcome, n FROM dossier_month_counts"
    assert sorted_rows(path, month_tallies) == [
        ("2026-10", "", "online", "", 1), ("2026-10", "2026-10", "direct", "early", 1),
        ("2026-11", "", "direct", "", 2), ("2026-11", "", "online", "", 1)]

    reopened = Database.open(data_paths)  # up again, as the app does at start
    try:
        assert sorted_rows(path, f"SELECT * FROM {month_counts.TABLE} WHERE n > 0") == tallies
        assert sorted_rows(path, _TALLY_SCHEMA) == at_head
        later = ServiceContext(reopened, actor="admin", role="admin", clock=clock)
        month = trend_month(datetime(2026, 12, 4).date())
        assert monthly_series(later, month, 3) == monthly_series_by_month(later, month, 3)
        # Decree 09's November (15/10–14/11): codes[1] and codes[2] received; codes[0] (carried over) early, and
        # the withdrawn one and the one waiting for a supplement in column (9).
        november = monthly_series(later, month, 3)[1]
        assert (november.month, november.received, november.resolved, november.on_time_rate) == (
            "2026-11", 2, 3, 1.0)
    finally:
        reopened.close()
