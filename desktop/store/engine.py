"""Creates SQLite engines with the pragmas the store relies on (WAL, foreign keys, durable commits)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def _apply_pragmas(dbapi_conn: Any, _record: object) -> None:  # a DB-API connection
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: every edit also writes its outbox row, and an acknowledged record must survive a power cut.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path: Path, echo: bool = False) -> Engine:
    engine = create_engine(f"sqlite:///{path}", echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _apply_pragmas)
    return engine
