"""report sign-off: the officer's comments on a period report and the leader's sign-off

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('report_signoffs',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('period_key', sa.String(length=16), nullable=False),
    sa.Column('comments', sa.Text(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('signed_by', sa.String(length=64), nullable=False),
    sa.Column('signed_by_name', sa.String(length=200), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_signoffs')),
    sa.UniqueConstraint('commune_code', 'kind', 'period_key',
                        name=op.f('uq_report_signoffs_commune_code_kind_period_key'))
    )
    with op.batch_alter_table('report_signoffs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_signoffs_commune_code'), ['commune_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('report_signoffs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_signoffs_commune_code'))

    op.drop_table('report_signoffs')
