"""the commune's settings (commune_settings): Decision 766 targets and office hours, shared by the commune's PCs

They were this PC's own (local_state), so two PCs of a commune could count the same month against different
targets and give an online dossier different due dates. Now one row per setting, its id derived from the commune
and the key (every PC writes the same row), synced and merged field by field. What this PC had set moves into the
rows; it reaches the other PCs with its next change (a migration queues nothing). Down again, the values go back.

Revision ID: 0015
Revises: 0009
Create Date: 2026-12-04
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here so this revision never changes with the code (desktop/services/commune_settings.py).
_NS = uuid.UUID("3c8e6a1f-52d4-4f0b-8b7e-0d9a4c2e61b5")
_TARGETS, _OPENS, _CLOSES = "index766_targets", "office_opens", "office_closes"  # the old local_state keys


def _id(commune: str, key: str) -> str:
    return str(uuid.uuid5(_NS, f"setting:{commune}:{key}"))


def upgrade() -> None:
    op.create_table(
        'commune_settings',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('commune_code', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.Column('hlc', sa.String(length=40), nullable=False),
        sa.Column('server_version', sa.Integer(), nullable=True),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_settings')),
        sa.UniqueConstraint('commune_code', 'key', name=op.f('uq_commune_settings_commune_code_key')),
    )
    op.create_index(op.f('ix_commune_settings_commune_code'), 'commune_settings', ['commune_code'], unique=False)
    conn = op.get_bind()
    old = dict(conn.execute(sa.text("SELECT key, value FROM local_state WHERE key IN (:t, :o, :c)"),
                            {"t": _TARGETS, "o": _OPENS, "c": _CLOSES}).all())
    commune = conn.execute(sa.text("SELECT value FROM local_state WHERE key = 'commune_code'")).scalar()
    moved: dict[str, str] = {}
    try:
        targets = json.loads(old.get(_TARGETS) or "{}")
    except ValueError:
        targets = {}
    if isinstance(targets, dict):
        moved.update({f"index766.{k}": str(v) for k, v in targets.items() if isinstance(v, int | float)})
    for key, name in ((_OPENS, "office.opens"), (_CLOSES, "office.closes")):
        if old.get(key):
            moved[name] = old[key]
    now = datetime.now(UTC).replace(tzinfo=None)
    if commune:
        for key, value in moved.items():
            conn.execute(sa.text(
                "INSERT INTO commune_settings (id, commune_code, key, value, created_at, updated_at, updated_by, hlc)"
                " VALUES (:id, :c, :k, :v, :now, :now, 'migration', '')"),
                {"id": _id(commune, key), "c": commune, "k": key, "v": value, "now": now})
        conn.execute(sa.text("DELETE FROM local_state WHERE key IN (:t, :o, :c)"),
                     {"t": _TARGETS, "o": _OPENS, "c": _CLOSES})


def downgrade() -> None:
    conn = op.get_bind()
    rows = dict(conn.execute(sa.text("SELECT key, value FROM commune_settings WHERE deleted_at IS NULL")).all())
    back: dict[str, str] = {}
    targets = {k.removeprefix("index766."): float(v) for k, v in rows.items() if k.startswith("index766.")}
    if targets:
        back[_TARGETS] = json.dumps(targets, sort_keys=True)
    for name, key in (("office.opens", _OPENS), ("office.closes", _CLOSES)):
        if rows.get(name):
            back[key] = rows[name]
    for key, value in back.items():
        conn.execute(sa.text("DELETE FROM local_state WHERE key = :k"), {"k": key})
        conn.execute(sa.text("INSERT INTO local_state (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
    op.drop_index(op.f('ix_commune_settings_commune_code'), table_name='commune_settings')
    op.drop_table('commune_settings')
