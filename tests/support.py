"""Plain helpers tests import by name (a module, not a conftest: several test folders have their own conftest)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.engine import make_engine

# Friday 20 November 2026, 10:00 in Hà Nội (03:00 UTC).
FIXED_NOW = datetime(2026, 11, 20, 3, 0)


class FakeClock:
    """A clock tests move by hand, so no test depends on when it runs."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def ms(self, **ahead: float) -> int:
        """Milliseconds since the epoch, optionally ahead: what a hybrid logical clock reads."""
        return int((self.now + timedelta(**ahead)).replace(tzinfo=UTC).timestamp() * 1000)


def table_count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def hold_worker(runner: Any) -> threading.Event:
    """Keep a GUI session's database worker (`ui.ops.OpRunner`) busy in plain Python until the returned event is
    set: what is queued behind it cannot have run on the GUI thread while it is held."""
    release, started = threading.Event(), threading.Event()
    runner.run(lambda: (started.set(), release.wait(10)))
    assert started.wait(5)
    return release


def migrate_file(path: Path, target: str, direction: str) -> None:
    """Run the desktop migrations on the file at `path` up or down to `target`, as a migration test needs."""
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.run_migrations(conn, target, direction=direction)
    engine.dispose()


def sorted_rows(path: Path, sql: str) -> list[tuple]:
    """The rows `sql` reads from the file at `path`, sorted: two files compared regardless of row order."""
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute(sql).fetchall())
