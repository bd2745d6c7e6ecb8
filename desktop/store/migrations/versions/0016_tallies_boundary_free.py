"""the trend tallies (dossier_period_counts) also split by boundary-free, so the dashboard's month (received online,
boundary-free, resolved early / on time / late) is read from a few thousand tallies instead of counting the month's
dossiers: on a million dossiers that count took most of the dashboard's time (local only: nothing new travels)

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-05
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = '0016'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of desktop.store.month_counts at this revision: a migration must not change when that module does.
_CREATE = 'CREATE TABLE IF NOT EXISTS dossier_period_counts (received_half VARCHAR(9) NOT NULL, finished_half VARCHAR(9) NOT NULL, settled_half VARCHAR(9) NOT NULL, paused_half VARCHAR(9) NOT NULL, channel VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL, boundary_free INTEGER NOT NULL, n INTEGER NOT NULL, CONSTRAINT pk_dossier_period_counts PRIMARY KEY (received_half, finished_half, settled_half, paused_half, channel, outcome, boundary_free))'
_TRIGGERS = [
    "CREATE TRIGGER dossier_period_ai AFTER INSERT ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_period_counts (received_half, finished_half, settled_half, paused_half, channel, outcome, boundary_free, n) VALUES (COALESCE(strftime('%Y-%m-', substr(new.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(new.channel, ''), COALESCE(new.outcome, ''), COALESCE(new.boundary_free, 0), 1) ON CONFLICT (received_half, finished_half, settled_half, paused_half, channel, outcome, boundary_free) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER dossier_period_ad AFTER DELETE ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_period_counts SET n = n - 1 WHERE received_half = COALESCE(strftime('%Y-%m-', substr(old.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND finished_half = COALESCE(strftime('%Y-%m-', substr(old.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND settled_half = COALESCE(strftime('%Y-%m-', substr(old.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND paused_half = COALESCE(strftime('%Y-%m-', substr(old.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, '') AND boundary_free = COALESCE(old.boundary_free, 0); END",
    "CREATE TRIGGER dossier_period_uo AFTER UPDATE OF received_at, finished_at, settled_at, paused_at, channel, outcome, boundary_free, status, deleted_at, forwarded_to ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_period_counts SET n = n - 1 WHERE received_half = COALESCE(strftime('%Y-%m-', substr(old.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND finished_half = COALESCE(strftime('%Y-%m-', substr(old.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND settled_half = COALESCE(strftime('%Y-%m-', substr(old.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND paused_half = COALESCE(strftime('%Y-%m-', substr(old.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, '') AND boundary_free = COALESCE(old.boundary_free, 0); END",
    "CREATE TRIGGER dossier_period_un AFTER UPDATE OF received_at, finished_at, settled_at, paused_at, channel, outcome, boundary_free, status, deleted_at, forwarded_to ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_period_counts (received_half, finished_half, settled_half, paused_half, channel, outcome, boundary_free, n) VALUES (COALESCE(strftime('%Y-%m-', substr(new.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(new.channel, ''), COALESCE(new.outcome, ''), COALESCE(new.boundary_free, 0), 1) ON CONFLICT (received_half, finished_half, settled_half, paused_half, channel, outcome, boundary_free) DO UPDATE SET n = n + 1; END",
]
_REFILL = [
    'DELETE FROM dossier_period_counts',
    "INSERT INTO dossier_period_counts (received_half, finished_half, settled_half, paused_half, channel, outcome, boundary_free, n) SELECT COALESCE(strftime('%Y-%m-', substr(d.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(d.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(d.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(d.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(d.channel, ''), COALESCE(d.outcome, ''), COALESCE(d.boundary_free, 0), COUNT(*) FROM dossiers d WHERE d.deleted_at IS NULL AND d.status NOT IN (1, 3) AND d.forwarded_to = '' GROUP BY 1, 2, 3, 4, 5, 6, 7",
]
_DROP_TRIGGERS = [
    'DROP TRIGGER IF EXISTS dossier_period_ai',
    'DROP TRIGGER IF EXISTS dossier_period_ad',
    'DROP TRIGGER IF EXISTS dossier_period_uo',
    'DROP TRIGGER IF EXISTS dossier_period_un',
]


def _tallies(drop_first: list[str], create: str, fill: list[str], triggers: list[str]) -> None:
    # The triggers go first and come back last, so the refill counts every dossier once.
    for statement in [*drop_first, "DROP TABLE IF EXISTS dossier_period_counts", create, *fill, *triggers]:
        op.execute(statement)


def upgrade() -> None:
    _tallies(_DROP_TRIGGERS, _CREATE, _REFILL, _TRIGGERS)


def _revision_0013() -> ModuleType:
    """Revision 0013's file, for its own statements (alembic loads migration files by path, not as a package)."""
    spec = importlib.util.spec_from_file_location("_period_tallies_0013", Path(__file__).with_name(
        "0013_period_tallies.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    before = _revision_0013()
    _tallies(_DROP_TRIGGERS, before._CREATE, before._REFILL, before._TRIGGERS)
