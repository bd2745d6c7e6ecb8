"""per-half-month dossier tallies (the trend in Decree 09's months, 15th to 14th, as well as calendar ones, and the
form II.06a on-time rate it draws): dossier_period_counts, keyed by the half-months received, finished, settled and
paused in, replaces dossier_month_counts (local only: nothing new travels)

Revision ID: 0013
Revises: 0015
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0013'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of desktop.store.month_counts at this revision: a migration must not change when that module does.
_CREATE = 'CREATE TABLE IF NOT EXISTS dossier_period_counts (received_half VARCHAR(9) NOT NULL, finished_half VARCHAR(9) NOT NULL, settled_half VARCHAR(9) NOT NULL, paused_half VARCHAR(9) NOT NULL, channel VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL, n INTEGER NOT NULL, CONSTRAINT pk_dossier_period_counts PRIMARY KEY (received_half, finished_half, settled_half, paused_half, channel, outcome))'
_TRIGGERS = [
    "CREATE TRIGGER dossier_period_ai AFTER INSERT ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_period_counts (received_half, finished_half, settled_half, paused_half, channel, outcome, n) VALUES (COALESCE(strftime('%Y-%m-', substr(new.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(new.channel, ''), COALESCE(new.outcome, ''), 1) ON CONFLICT (received_half, finished_half, settled_half, paused_half, channel, outcome) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER dossier_period_ad AFTER DELETE ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_period_counts SET n = n - 1 WHERE received_half = COALESCE(strftime('%Y-%m-', substr(old.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND finished_half = COALESCE(strftime('%Y-%m-', substr(old.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND settled_half = COALESCE(strftime('%Y-%m-', substr(old.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND paused_half = COALESCE(strftime('%Y-%m-', substr(old.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, ''); END",
    "CREATE TRIGGER dossier_period_uo AFTER UPDATE OF received_at, finished_at, settled_at, paused_at, channel, outcome, status, deleted_at, forwarded_to ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_period_counts SET n = n - 1 WHERE received_half = COALESCE(strftime('%Y-%m-', substr(old.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND finished_half = COALESCE(strftime('%Y-%m-', substr(old.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND settled_half = COALESCE(strftime('%Y-%m-', substr(old.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND paused_half = COALESCE(strftime('%Y-%m-', substr(old.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(old.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, '') AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, ''); END",
    "CREATE TRIGGER dossier_period_un AFTER UPDATE OF received_at, finished_at, settled_at, paused_at, channel, outcome, status, deleted_at, forwarded_to ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_period_counts (received_half, finished_half, settled_half, paused_half, channel, outcome, n) VALUES (COALESCE(strftime('%Y-%m-', substr(new.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(new.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(new.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(new.channel, ''), COALESCE(new.outcome, ''), 1) ON CONFLICT (received_half, finished_half, settled_half, paused_half, channel, outcome) DO UPDATE SET n = n + 1; END",
]
_REFILL = [
    'DELETE FROM dossier_period_counts',
    "INSERT INTO dossier_period_counts (received_half, finished_half, settled_half, paused_half, channel, outcome, n) SELECT COALESCE(strftime('%Y-%m-', substr(d.received_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.received_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(d.finished_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.finished_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(d.settled_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.settled_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(strftime('%Y-%m-', substr(d.paused_at, 1, 19), '+7 hours') || CASE WHEN CAST(strftime('%d', substr(d.paused_at, 1, 19), '+7 hours') AS INTEGER) <= 14 THEN '1' ELSE '2' END, ''), COALESCE(d.channel, ''), COALESCE(d.outcome, ''), COUNT(*) FROM dossiers d WHERE d.deleted_at IS NULL AND d.status NOT IN (1, 3) AND d.forwarded_to = '' GROUP BY 1, 2, 3, 4, 5, 6",
]
_DROP_TRIGGERS = [
    'DROP TRIGGER IF EXISTS dossier_period_ai',
    'DROP TRIGGER IF EXISTS dossier_period_ad',
    'DROP TRIGGER IF EXISTS dossier_period_uo',
    'DROP TRIGGER IF EXISTS dossier_period_un',
]
# Revision 0010's month tallies, for the way back.
_OLD_CREATE = ("CREATE TABLE IF NOT EXISTS dossier_month_counts ("
               "received_month VARCHAR(7) NOT NULL, finished_month VARCHAR(7) NOT NULL, "
               "settled_month VARCHAR(7) NOT NULL, channel VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL, "
               "n INTEGER NOT NULL, CONSTRAINT pk_dossier_month_counts PRIMARY KEY "
               "(received_month, finished_month, settled_month, channel, outcome))")
_OLD_TRIGGERS = [
    "CREATE TRIGGER dossier_month_ai AFTER INSERT ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_month_counts (received_month, finished_month, settled_month, channel, outcome, n) VALUES (COALESCE(strftime('%Y-%m', substr(new.received_at, 1, 19), '+7 hours'), ''), COALESCE(strftime('%Y-%m', substr(new.finished_at, 1, 19), '+7 hours'), ''), CASE WHEN new.settled_at < new.finished_at THEN COALESCE(strftime('%Y-%m', substr(new.settled_at, 1, 19), '+7 hours'), '') ELSE '' END, COALESCE(new.channel, ''), COALESCE(new.outcome, ''), 1) ON CONFLICT (received_month, finished_month, settled_month, channel, outcome) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER dossier_month_ad AFTER DELETE ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_month_counts SET n = n - 1 WHERE received_month = COALESCE(strftime('%Y-%m', substr(old.received_at, 1, 19), '+7 hours'), '') AND finished_month = COALESCE(strftime('%Y-%m', substr(old.finished_at, 1, 19), '+7 hours'), '') AND settled_month = CASE WHEN old.settled_at < old.finished_at THEN COALESCE(strftime('%Y-%m', substr(old.settled_at, 1, 19), '+7 hours'), '') ELSE '' END AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, ''); END",
    "CREATE TRIGGER dossier_month_uo AFTER UPDATE OF received_at, finished_at, settled_at, channel, outcome, status, deleted_at, forwarded_to ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_month_counts SET n = n - 1 WHERE received_month = COALESCE(strftime('%Y-%m', substr(old.received_at, 1, 19), '+7 hours'), '') AND finished_month = COALESCE(strftime('%Y-%m', substr(old.finished_at, 1, 19), '+7 hours'), '') AND settled_month = CASE WHEN old.settled_at < old.finished_at THEN COALESCE(strftime('%Y-%m', substr(old.settled_at, 1, 19), '+7 hours'), '') ELSE '' END AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, ''); END",
    "CREATE TRIGGER dossier_month_un AFTER UPDATE OF received_at, finished_at, settled_at, channel, outcome, status, deleted_at, forwarded_to ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_month_counts (received_month, finished_month, settled_month, channel, outcome, n) VALUES (COALESCE(strftime('%Y-%m', substr(new.received_at, 1, 19), '+7 hours'), ''), COALESCE(strftime('%Y-%m', substr(new.finished_at, 1, 19), '+7 hours'), ''), CASE WHEN new.settled_at < new.finished_at THEN COALESCE(strftime('%Y-%m', substr(new.settled_at, 1, 19), '+7 hours'), '') ELSE '' END, COALESCE(new.channel, ''), COALESCE(new.outcome, ''), 1) ON CONFLICT (received_month, finished_month, settled_month, channel, outcome) DO UPDATE SET n = n + 1; END",
]
_OLD_REFILL = [
    'DELETE FROM dossier_month_counts',
    "INSERT INTO dossier_month_counts (received_month, finished_month, settled_month, channel, outcome, n) SELECT COALESCE(strftime('%Y-%m', substr(d.received_at, 1, 19), '+7 hours'), ''), COALESCE(strftime('%Y-%m', substr(d.finished_at, 1, 19), '+7 hours'), ''), CASE WHEN d.settled_at < d.finished_at THEN COALESCE(strftime('%Y-%m', substr(d.settled_at, 1, 19), '+7 hours'), '') ELSE '' END, COALESCE(d.channel, ''), COALESCE(d.outcome, ''), COUNT(*) FROM dossiers d WHERE d.deleted_at IS NULL AND d.status NOT IN (1, 3) AND d.forwarded_to = '' GROUP BY 1, 2, 3, 4, 5",
]
_DROP_OLD_TRIGGERS = [
    'DROP TRIGGER IF EXISTS dossier_month_ai',
    'DROP TRIGGER IF EXISTS dossier_month_ad',
    'DROP TRIGGER IF EXISTS dossier_month_uo',
    'DROP TRIGGER IF EXISTS dossier_month_un',
]


def upgrade() -> None:
    for statement in [*_DROP_OLD_TRIGGERS, "DROP TABLE IF EXISTS dossier_month_counts", _CREATE, *_DROP_TRIGGERS,
                      *_REFILL, *_TRIGGERS]:
        op.execute(statement)


def downgrade() -> None:
    for statement in [*_DROP_TRIGGERS, "DROP TABLE IF EXISTS dossier_period_counts", _OLD_CREATE,
                      *_DROP_OLD_TRIGGERS, *_OLD_REFILL, *_OLD_TRIGGERS]:
        op.execute(statement)
