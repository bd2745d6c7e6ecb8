"""forms: the papers a procedure asks for (pre-filled on the receipt slip) and the one-stop desk's name on the slips

Revision ID: 0012
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of `procedures` is refused under the dossiers' foreign keys.
    op.add_column('procedures', sa.Column('documents', sa.Text(), nullable=False, server_default=''))
    op.add_column('communes', sa.Column('desk_name', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, without copying the table.
    op.execute("ALTER TABLE communes DROP COLUMN desk_name")
    op.execute("ALTER TABLE procedures DROP COLUMN documents")
