"""device number slots and a dossier's code kept beside its row, for collision-free dossier numbers

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('slot', sa.Integer(), nullable=True))
    with op.batch_alter_table('synced_rows', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unique_code', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_synced_rows_unique_code', ['commune_code', 'table_name', 'unique_code'],
                              unique=False)
    # Dossiers stored before this revision get their code beside the row, so a later duplicate is found. Slots are
    # not given here: a device enrolled before gets one at its next /v1/device, under its commune's lock.
    rows = sa.table('synced_rows', sa.column('table_name', sa.String), sa.column('row_id', sa.String),
                    sa.column('data', sa.JSON), sa.column('unique_code', sa.String))
    conn = op.get_bind()
    found = conn.execute(sa.select(rows.c.row_id, rows.c.data).where(rows.c.table_name == 'dossiers'))
    for row_id, data in found.all():
        code = data.get('code') if isinstance(data, dict) else None
        if isinstance(code, str) and code:
            conn.execute(rows.update().where(rows.c.table_name == 'dossiers', rows.c.row_id == row_id)
                         .values(unique_code=code[:64]))


def downgrade() -> None:
    with op.batch_alter_table('synced_rows', schema=None) as batch_op:
        batch_op.drop_index('ix_synced_rows_unique_code')
        batch_op.drop_column('unique_code')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('slot')
