"""search index kept by the store: dossiers get a receipt-ordered receipt_seq that keys their FTS index, and every
row's search_text is recomputed (rows pulled, bundled or imported before were stored with an empty one)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store import search_index

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of desktop.store.fts at this revision (and at the one before, for the way down): a migration must not
# change when that module does. The search text itself is derived by store.search_index, the one place that knows
# it; a later change of those rules brings its own migration that calls `reindex` again.
_OLD_FTS = [
    "CREATE VIRTUAL TABLE dossier_fts USING fts5(search_text, content='dossiers', content_rowid='rowid', tokenize='trigram')",
    'CREATE TRIGGER dossier_fts_ai AFTER INSERT ON dossiers BEGIN INSERT INTO dossier_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END',
    "CREATE TRIGGER dossier_fts_ad AFTER DELETE ON dossiers BEGIN INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER dossier_fts_au AFTER UPDATE OF search_text ON dossiers BEGIN INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO dossier_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
]
_NEW_FTS = [
    "CREATE VIRTUAL TABLE dossier_fts USING fts5(search_text, content='dossiers', content_rowid='receipt_seq', tokenize='trigram')",
    "CREATE TRIGGER dossier_fts_ai AFTER INSERT ON dossiers BEGIN INSERT INTO dossier_fts(rowid, search_text) SELECT new.receipt_seq, new.search_text WHERE new.receipt_seq IS NOT NULL; END",
    "CREATE TRIGGER dossier_fts_ad AFTER DELETE ON dossiers BEGIN INSERT INTO dossier_fts(dossier_fts, rowid, search_text) SELECT 'delete', old.receipt_seq, old.search_text WHERE old.receipt_seq IS NOT NULL; END",
    "CREATE TRIGGER dossier_fts_au AFTER UPDATE OF search_text, receipt_seq ON dossiers BEGIN INSERT INTO dossier_fts(dossier_fts, rowid, search_text) SELECT 'delete', old.receipt_seq, old.search_text WHERE old.receipt_seq IS NOT NULL; INSERT INTO dossier_fts(rowid, search_text) SELECT new.receipt_seq, new.search_text WHERE new.receipt_seq IS NOT NULL; END",
]
_DROP_FTS = [
    "DROP TRIGGER IF EXISTS dossier_fts_ai",
    "DROP TRIGGER IF EXISTS dossier_fts_ad",
    "DROP TRIGGER IF EXISTS dossier_fts_au",
    "DROP TABLE IF EXISTS dossier_fts",
]
_REBUILD = "INSERT INTO dossier_fts(dossier_fts) VALUES ('rebuild')"


def upgrade() -> None:
    # SQLite's Python driver runs DDL outside the transaction, so a run cut short (power, a full disk) may have left
    # the column added: each step is written so that running the whole upgrade again completes it.
    bind = op.get_bind()
    if 'receipt_seq' not in {c['name'] for c in sa.inspect(bind).get_columns('dossiers')}:
        op.add_column('dossiers', sa.Column('receipt_seq', sa.BigInteger(), nullable=True))
    # The dossiers' index is built once at the end instead of row by row through the triggers.
    for statement in _DROP_FTS:
        op.execute(statement)
    op.execute("DROP INDEX IF EXISTS ix_dossiers_receipt_seq")
    search_index.reindex(bind)
    op.create_index(op.f('ix_dossiers_receipt_seq'), 'dossiers', ['receipt_seq'], unique=True)
    for statement in [*_NEW_FTS, _REBUILD]:
        op.execute(statement)


def downgrade() -> None:
    for statement in _DROP_FTS:
        op.execute(statement)
    op.drop_index(op.f('ix_dossiers_receipt_seq'), table_name='dossiers')
    op.execute("ALTER TABLE dossiers DROP COLUMN receipt_seq")
    for statement in [*_OLD_FTS, _REBUILD]:
        op.execute(statement)
