"""dossier rules: half-day times, payment pauses, extensions, apologies, refusals, forwarding (issue 13)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

def _dossier_columns() -> tuple[sa.Column, ...]:  # fresh objects: a Column belongs to one table
    return (
        sa.Column('payment_paused_on', sa.Date(), nullable=True),
        sa.Column('payment_paused_days', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('extension_days', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('extension_reason', sa.Text(), nullable=False, server_default=''),
        sa.Column('apology_date', sa.Date(), nullable=True),
        sa.Column('apology_reason', sa.Text(), nullable=False, server_default=''),
        sa.Column('result', sa.String(length=16), nullable=False, server_default=''),
        sa.Column('refusal_reason', sa.Text(), nullable=False, server_default=''),
        sa.Column('forwarded_to', sa.String(length=200), nullable=False, server_default=''),
        sa.Column('received_from', sa.String(length=200), nullable=False, server_default=''),
    )


def upgrade() -> None:
    # Plain ADD COLUMN only: a batch copy would drop `procedures` under the dossiers' foreign keys (refused on a
    # database with dossiers) and `dossiers` with its full-text triggers. Half days need no new column type:
    # SQLite keeps 2.5 as a REAL in the INTEGER-affinity `statutory_days`, and whole days read back unchanged.
    op.add_column('procedures', sa.Column('pause_for_payment', sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    op.add_column('procedures', sa.Column('extension_max_days', sa.Integer(), nullable=False, server_default='0'))
    # Land procedures pause while the citizen pays (DOMAIN.md §2); certified copies may be extended by 2 days.
    op.execute("UPDATE procedures SET pause_for_payment = 1 WHERE field_id IN "
               "(SELECT id FROM fields WHERE code = 'DD')")
    op.execute("UPDATE procedures SET extension_max_days = 2 WHERE field_id IN "
               "(SELECT id FROM fields WHERE code = 'CT')")
    for column in _dossier_columns():
        op.add_column('dossiers', column)


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (see upgrade for why nothing here copies a table).
    for column in reversed(_dossier_columns()):
        op.execute(f"ALTER TABLE dossiers DROP COLUMN {column.name}")
    op.execute("ALTER TABLE procedures DROP COLUMN extension_max_days")
    op.execute("ALTER TABLE procedures DROP COLUMN pause_for_payment")
