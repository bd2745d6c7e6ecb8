"""forms: the papers a procedure asks for (pre-filled on the receipt slip) and the one-stop desk's name on the slips

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('documents', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('communes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('desk_name', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('communes', schema=None) as batch_op:
        batch_op.drop_column('desk_name')
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_column('documents')
