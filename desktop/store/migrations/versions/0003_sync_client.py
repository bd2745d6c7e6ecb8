"""sync client: local conflicts, catalogue id aliases, rows parked until their parent arrives

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('server_data', sa.JSON(), nullable=False),
    sa.Column('client_data', sa.JSON(), nullable=False),
    sa.Column('client_op_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('resolution', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_state'), ['state'], unique=False)
    op.create_table('sync_aliases',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('remote_id', sa.String(length=36), nullable=False),
    sa.Column('local_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'remote_id', name=op.f('pk_sync_aliases'))
    )
    op.create_table('sync_parked',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_parked'))
    )


def downgrade() -> None:
    op.drop_table('sync_parked')
    op.drop_table('sync_aliases')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_state'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))
    op.drop_table('sync_conflicts')
