"""PostgreSQL's planner statistics of the sync tables, kept current by the server itself while they grow fast.

A commune's first sync writes its whole history in a minute. Until the tables are analysed, the planner thinks
them nearly empty and reads a pushed batch's rows by walking every row of the table (a bitmap scan on the table
name alone, the batch's ids only a filter): each batch then costs as much as the rows already stored, and a first
push of 100,000 ops spent most of its time there. Autovacuum would analyse them in time, but a server may run
without it (or with its thresholds far behind such a burst), so after pushes have written a good share of what the
tables held at their last analysis (half, and at least MIN_ROWS), the server analyses them once, in the
background, never in a request's way. SQLite plans these lookups by their primary keys anyway: nothing to do.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, text

TABLES = ("synced_rows", "changes", "applied_ops")
MIN_ROWS = 5_000
GROWTH = 0.5  # of the rows known at the last analysis

log = logging.getLogger(__name__)


class PlannerStats:
    def __init__(self, engine: Engine, min_rows: int = MIN_ROWS) -> None:
        self._engine, self._min_rows = engine, min_rows
        self._on = engine.dialect.name == "postgresql"
        self._lock = threading.Lock()
        self._written, self._known, self._running = 0, 0, False
        self.analyses = 0

    def wrote(self, rows: int) -> threading.Thread | None:
        """`rows` more rows in the sync tables; returns the analysis started, if one was due."""
        if not self._on or rows <= 0:
            return None
        with self._lock:
            self._written += rows
            if self._running or self._written < max(self._min_rows, int(self._known * GROWTH)):
                return None
            self._running, self._written = True, 0
        worker = threading.Thread(target=self._analyse, name="planner-stats", daemon=True)
        worker.start()
        return worker

    def _analyse(self) -> None:
        known = self._known
        try:
            with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text(f"ANALYZE {', '.join(TABLES)}"))
                rows = conn.execute(text("SELECT reltuples FROM pg_class WHERE oid = 'synced_rows'::regclass"))
                known = int(rows.scalar_one())
        except Exception:  # noqa: BLE001 - statistics are an optimisation: a failure must not reach a push
            log.warning("analysing the sync tables failed", exc_info=True)
        with self._lock:
            self._known, self._running = max(known, 0), False
            self.analyses += 1
