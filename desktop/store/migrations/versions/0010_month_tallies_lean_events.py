"""per-month dossier tallies kept by triggers (the 12-month trend reads them, not a year of dossiers); a leaner
event table: dossier_events keyed by its id alone (WITHOUT ROWID, so no second copy of every id in an autoindex),
and no commune_code index on dossiers or events (one desk holds one commune: nothing ever searched by it)

Revision ID: 0010
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of desktop.store.month_counts at this revision: a migration must not change when that module does.
_TALLY_TRIGGERS = [
    "CREATE TRIGGER dossier_month_ai AFTER INSERT ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_month_counts (received_month, finished_month, settled_month, channel, outcome, n) VALUES (COALESCE(strftime('%Y-%m', substr(new.received_at, 1, 19), '+7 hours'), ''), COALESCE(strftime('%Y-%m', substr(new.finished_at, 1, 19), '+7 hours'), ''), CASE WHEN new.settled_at < new.finished_at THEN COALESCE(strftime('%Y-%m', substr(new.settled_at, 1, 19), '+7 hours'), '') ELSE '' END, COALESCE(new.channel, ''), COALESCE(new.outcome, ''), 1) ON CONFLICT (received_month, finished_month, settled_month, channel, outcome) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER dossier_month_ad AFTER DELETE ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_month_counts SET n = n - 1 WHERE received_month = COALESCE(strftime('%Y-%m', substr(old.received_at, 1, 19), '+7 hours'), '') AND finished_month = COALESCE(strftime('%Y-%m', substr(old.finished_at, 1, 19), '+7 hours'), '') AND settled_month = CASE WHEN old.settled_at < old.finished_at THEN COALESCE(strftime('%Y-%m', substr(old.settled_at, 1, 19), '+7 hours'), '') ELSE '' END AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, ''); END",
    "CREATE TRIGGER dossier_month_uo AFTER UPDATE OF received_at, finished_at, settled_at, channel, outcome, status, deleted_at, forwarded_to ON dossiers WHEN old.deleted_at IS NULL AND old.status NOT IN (1, 3) AND old.forwarded_to = '' BEGIN UPDATE dossier_month_counts SET n = n - 1 WHERE received_month = COALESCE(strftime('%Y-%m', substr(old.received_at, 1, 19), '+7 hours'), '') AND finished_month = COALESCE(strftime('%Y-%m', substr(old.finished_at, 1, 19), '+7 hours'), '') AND settled_month = CASE WHEN old.settled_at < old.finished_at THEN COALESCE(strftime('%Y-%m', substr(old.settled_at, 1, 19), '+7 hours'), '') ELSE '' END AND channel = COALESCE(old.channel, '') AND outcome = COALESCE(old.outcome, ''); END",
    "CREATE TRIGGER dossier_month_un AFTER UPDATE OF received_at, finished_at, settled_at, channel, outcome, status, deleted_at, forwarded_to ON dossiers WHEN new.deleted_at IS NULL AND new.status NOT IN (1, 3) AND new.forwarded_to = '' BEGIN INSERT INTO dossier_month_counts (received_month, finished_month, settled_month, channel, outcome, n) VALUES (COALESCE(strftime('%Y-%m', substr(new.received_at, 1, 19), '+7 hours'), ''), COALESCE(strftime('%Y-%m', substr(new.finished_at, 1, 19), '+7 hours'), ''), CASE WHEN new.settled_at < new.finished_at THEN COALESCE(strftime('%Y-%m', substr(new.settled_at, 1, 19), '+7 hours'), '') ELSE '' END, COALESCE(new.channel, ''), COALESCE(new.outcome, ''), 1) ON CONFLICT (received_month, finished_month, settled_month, channel, outcome) DO UPDATE SET n = n + 1; END",
]
_TALLY_REFILL = [
    'DELETE FROM dossier_month_counts',
    "INSERT INTO dossier_month_counts (received_month, finished_month, settled_month, channel, outcome, n) SELECT COALESCE(strftime('%Y-%m', substr(d.received_at, 1, 19), '+7 hours'), ''), COALESCE(strftime('%Y-%m', substr(d.finished_at, 1, 19), '+7 hours'), ''), CASE WHEN d.settled_at < d.finished_at THEN COALESCE(strftime('%Y-%m', substr(d.settled_at, 1, 19), '+7 hours'), '') ELSE '' END, COALESCE(d.channel, ''), COALESCE(d.outcome, ''), COUNT(*) FROM dossiers d WHERE d.deleted_at IS NULL AND d.status NOT IN (1, 3) AND d.forwarded_to = '' GROUP BY 1, 2, 3, 4, 5",
]
_DROP_TALLY_TRIGGERS = [
    'DROP TRIGGER IF EXISTS dossier_month_ai',
    'DROP TRIGGER IF EXISTS dossier_month_ad',
    'DROP TRIGGER IF EXISTS dossier_month_uo',
    'DROP TRIGGER IF EXISTS dossier_month_un',
]
_EVENT_COLUMNS = ("dossier_id, at, action, from_status, to_status, due_date, actor, note, id, commune_code, "
                  "created_at, updated_at, updated_by, hlc, server_version, deleted_at")
_EVENT_TABLE = """CREATE TABLE {name} (
	dossier_id VARCHAR(36) NOT NULL, 
	at DATETIME NOT NULL, 
	action VARCHAR(32) NOT NULL, 
	from_status INTEGER, 
	to_status INTEGER NOT NULL, 
	due_date DATE, 
	actor VARCHAR(64) NOT NULL, 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	commune_code VARCHAR(16) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	updated_by VARCHAR(64) NOT NULL, 
	hlc VARCHAR(40) NOT NULL, 
	server_version INTEGER, 
	deleted_at DATETIME, 
	CONSTRAINT pk_dossier_events PRIMARY KEY (id), 
	CONSTRAINT fk_dossier_events_dossier_id_dossiers FOREIGN KEY(dossier_id) REFERENCES dossiers (id)
){options}"""


def _rebuild_events(without_rowid: bool) -> None:
    """Copy dossier_events into a table of the wanted shape, in id order (UUIDv7: time order), then drop the old one.

    The old table is renamed aside first so the new one is created under its own name (its stored definition then
    reads exactly as a fresh database's). SQLite's driver commits DDL at once, so a run cut short may have left the
    old table aside and a half-filled copy: the copy is made again from the old table, and running the upgrade again
    completes it.
    """
    if not _old_events_aside():
        op.execute("ALTER TABLE dossier_events RENAME TO dossier_events_old")
    op.execute("DROP TABLE IF EXISTS dossier_events")  # only a half-filled copy of a cut-short run can be here
    op.execute(_EVENT_TABLE.format(name="dossier_events", options=" WITHOUT ROWID" if without_rowid else ""))
    op.execute(f"INSERT INTO dossier_events ({_EVENT_COLUMNS}) SELECT {_EVENT_COLUMNS} FROM dossier_events_old "
               "ORDER BY id")
    op.execute("DROP TABLE dossier_events_old")  # its indexes go with it, freeing their names
    op.execute("CREATE INDEX IF NOT EXISTS ix_dossier_events_dossier_id ON dossier_events (dossier_id)")
    if not without_rowid:
        op.execute("CREATE INDEX IF NOT EXISTS ix_dossier_events_commune_code ON dossier_events (commune_code)")


def _old_events_aside() -> bool:
    return "dossier_events_old" in set(sa.inspect(op.get_bind()).get_table_names())


def _events_without_rowid() -> bool:
    sql = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'dossier_events'").scalar()
    return sql is not None and "WITHOUT ROWID" in sql.upper()


def upgrade() -> None:
    op.execute("CREATE TABLE IF NOT EXISTS dossier_month_counts ("
               "received_month VARCHAR(7) NOT NULL, finished_month VARCHAR(7) NOT NULL, "
               "settled_month VARCHAR(7) NOT NULL, channel VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL, "
               "n INTEGER NOT NULL, CONSTRAINT pk_dossier_month_counts PRIMARY KEY "
               "(received_month, finished_month, settled_month, channel, outcome))")
    for statement in [*_DROP_TALLY_TRIGGERS, *_TALLY_REFILL, *_TALLY_TRIGGERS]:
        op.execute(statement)
    op.execute("DROP INDEX IF EXISTS ix_dossiers_commune_code")
    if _old_events_aside() or not _events_without_rowid():
        _rebuild_events(without_rowid=True)
    op.execute("CREATE INDEX IF NOT EXISTS ix_dossier_events_dossier_id ON dossier_events (dossier_id)")


def downgrade() -> None:
    if _old_events_aside() or _events_without_rowid():
        _rebuild_events(without_rowid=False)
    op.execute("CREATE INDEX IF NOT EXISTS ix_dossiers_commune_code ON dossiers (commune_code)")
    for statement in _DROP_TALLY_TRIGGERS:
        op.execute(statement)
    op.execute("DROP TABLE IF EXISTS dossier_month_counts")
