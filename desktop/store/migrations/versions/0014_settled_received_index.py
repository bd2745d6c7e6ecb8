"""the dossiers' settled_at index carries received_at too, so "received before the period, settled in or after it"
(the statistics' carried-over dossiers, the report's still-overdue list) is answered from the index alone: for a
period a year back that range is every dossier settled since, which the one-column index made read row by row

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Dropped and made again under the same name: a run cut short in between is completed by running it again.
    op.execute("DROP INDEX IF EXISTS ix_dossiers_settled_at")
    op.execute("CREATE INDEX ix_dossiers_settled_at ON dossiers (settled_at, received_at)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_dossiers_settled_at")
    op.execute("CREATE INDEX ix_dossiers_settled_at ON dossiers (settled_at)")
