"""Decision 766 marks per dossier: components digitised, result issued electronically, data reused, fee paid
online, and the citizen's rating (1–5)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FLAGS = ("digitised", "e_result", "reused_data", "paid_online")


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy of the table: copying `dossiers` would drop its full-text triggers.
    for name in _FLAGS:
        op.add_column("dossiers", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("dossiers", sa.Column("rating", sa.Integer(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (keeps the triggers); alembic's batch mode would rebuild the table.
    for name in (*_FLAGS, "rating"):
        op.execute(f"ALTER TABLE dossiers DROP COLUMN {name}")
