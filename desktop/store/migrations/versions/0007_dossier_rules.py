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
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.alter_column('statutory_days', existing_type=sa.Integer(), type_=sa.Float(), existing_nullable=False)
        batch_op.add_column(sa.Column('pause_for_payment', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('extension_max_days', sa.Integer(), nullable=False, server_default='0'))
    # Land procedures pause while the citizen pays (DOMAIN.md §2); certified copies may be extended by 2 days.
    op.execute("UPDATE procedures SET pause_for_payment = 1 WHERE field_id IN "
               "(SELECT id FROM fields WHERE code = 'DD')")
    op.execute("UPDATE procedures SET extension_max_days = 2 WHERE field_id IN "
               "(SELECT id FROM fields WHERE code = 'CT')")
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        for column in _dossier_columns():
            batch_op.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        for column in reversed(_dossier_columns()):
            batch_op.drop_column(column.name)
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_column('extension_max_days')
        batch_op.drop_column('pause_for_payment')
        batch_op.alter_column('statutory_days', existing_type=sa.Float(), type_=sa.Integer(), existing_nullable=False)
