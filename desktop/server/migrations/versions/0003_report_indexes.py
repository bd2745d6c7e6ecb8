"""indexes for the province report on PostgreSQL: dossiers by the day they were received and settled

The province summary and monthly report read one period's dossiers out of every commune's years of them. Without
an index PostgreSQL parsed the JSON of every dossier ever pushed (2,000,000 for 100 communes × 5 years) to find a
month's. These partial expression indexes are on exactly the expressions `desktop/server/report_data.py` filters
by (`data->>'received_at'`, `data->>'settled_at'` of live dossiers), so a month is found by index; the dossiers
still open (never settled) have an index of their own, as every period counts them. The rows stay as the desktops
pushed them: nothing to fill, and pushes need no change. Statistics of the two expressions tell the planner how
few rows a period has. SQLite (a single commune's test server) is left as it is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = "table_name = 'dossiers' AND deleted_at IS NULL"
INDEXES = {
    "ix_synced_rows_dossier_received": ("(data->>'received_at')", _LIVE),
    # With the day received beside it, the dossiers settled after a period began but received in it (already found
    # by the first index) are left out inside the index, not fetched and thrown away.
    "ix_synced_rows_dossier_settled": ("(data->>'settled_at'), (data->>'received_at')", _LIVE),
    "ix_synced_rows_dossier_open": ("(data->>'received_at')", f"{_LIVE} AND (data->>'settled_at') IS NULL"),
}

STATISTICS = "st_synced_rows_dossier_days"


def _without_nul(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if isinstance(value, dict):
        return {str(_without_nul(k)): _without_nul(v) for k, v in value.items()}
    return value


def _clear_nul(conn: sa.Connection) -> None:
    """A NUL in a stored value (pushed before the protocol refused it) makes PostgreSQL's ->> fail, and an index on
    it could not be built: such values lose their NULs (the only rows this finds are ones no push sends any more)."""
    found = conn.execute(sa.text("SELECT table_name, row_id, data::text FROM synced_rows "
                                 "WHERE strpos(data::text, '\\u0000') > 0"))
    for table, row_id, raw in found.all():
        data = json.loads(raw)
        cleaned = _without_nul(data)
        if cleaned != data:  # not merely an escaped backslash before "u0000"
            conn.execute(sa.text("UPDATE synced_rows SET data = CAST(:data AS json) WHERE table_name = :t "
                                 "AND row_id = :r"), {"data": json.dumps(cleaned), "t": table, "r": row_id})


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    _clear_nul(op.get_bind())
    for name, (expression, where) in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON synced_rows ({expression}) WHERE {where}")
    # PostgreSQL keeps no statistics of a partial index's expression, so it guessed how many dossiers were settled
    # after a day (a third of the table) and read the whole table instead of the index: statistics of the two
    # expressions themselves let it count them, once the table is analysed.
    op.execute(f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} ON (data->>'received_at'), (data->>'settled_at') "
               "FROM synced_rows")
    op.execute("ANALYZE synced_rows")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
