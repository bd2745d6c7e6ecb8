"""closed periods: a signed-off report keeps its period's bounds, its form II.06a figures, document date, the PDF's
SHA-256, a snapshot of everything it printed (this PC only) and the reason it was last reopened

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('report_signoffs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('period_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('period_to', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('figures', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('document_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('pdf_sha256', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('snapshot', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reopen_reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place; a batch copy would rewrite the table's definition.
    for column in ('reopen_reason', 'snapshot', 'pdf_sha256', 'document_date', 'figures', 'period_to',
                   'period_from'):
        op.execute(f"ALTER TABLE report_signoffs DROP COLUMN {column}")
