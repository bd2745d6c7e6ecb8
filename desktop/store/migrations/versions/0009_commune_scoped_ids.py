"""commune-scoped ids for catalogue rows made from a province snapshot (issue 11 #6)

Rows the sync client made from a province catalogue had an id from their code alone (uuid5 of "procedure:1.001193"),
the same in every commune: once commune A had sent an edit of one, the province refused commune B's edit of its own
copy as touching A's row. From now on such rows take their commune into the id (desktop/sync/pull.py
`catalogue_id`); this revision re-keys the rows made before, on every PC of a commune alike (the new id is derived,
so the PCs still agree without talking), and carries their references along: procedures → field, dossiers →
procedure, this PC's aliases, and ops not yet sent. An alias old id → new id is kept, so rows pulled later that
still name the old id (another PC's older pushes) mean the re-keyed row. Re-running finds nothing left to do.

Revision ID: 0009
Revises: 0010
Create Date: 2026-12-04
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The namespace desktop/sync/pull.py uses; written out here so this revision never changes with the code.
_NS = uuid.UUID("6f1c2a52-7d1e-4b8e-9a55-1c0de5ca7a10")
_KINDS = (("fields", "field"), ("procedures", "procedure"))
# Who refers to a re-keyed row: (table, column) per re-keyed table.
_REFERENCES = {"fields": (("procedures", "field_id"),), "procedures": (("dossiers", "procedure_id"),)}


def _rekeyed(conn: sa.Connection, commune: str) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for table, kind in _KINDS:
        for row_id, code in conn.execute(sa.text(f"SELECT id, code FROM {table}")):
            if row_id == str(uuid.uuid5(_NS, f"{kind}:{code}")):
                found[(table, row_id)] = str(uuid.uuid5(_NS, f"{commune}:{kind}:{code}"))
    return found


def _rewrite_ops(conn: sa.Connection, mapping: dict[tuple[str, str], str]) -> None:
    """Ops never tried yet follow the new ids; one already sent once keeps its content (a resend must be
    byte-for-byte the same, or the server answers op.reused), and the alias maps its answer back here."""
    ids = {old: new for (_table, old), new in mapping.items()}
    ops = conn.execute(sa.text("SELECT op_id, table_name, row_id, payload FROM sync_outbox "
                               "WHERE state = 'pending' AND attempts = 0"))
    for op_id, table, row_id, raw in ops.all():
        payload = json.loads(raw) if isinstance(raw, str) else (raw or {})
        changed = False
        for key, value in list(payload.items()):
            if isinstance(value, str) and value in ids and (key == "id" or key.endswith("_id")):
                payload[key], changed = ids[value], True
        new_row = mapping.get((table, row_id), row_id)
        if changed or new_row != row_id:
            conn.execute(sa.text("UPDATE sync_outbox SET row_id = :row, payload = :payload, base_server_version = "
                                 "CASE WHEN :rekeyed THEN NULL ELSE base_server_version END WHERE op_id = :op"),
                         {"row": new_row, "payload": json.dumps(payload, ensure_ascii=False),
                          "rekeyed": new_row != row_id, "op": op_id})


def upgrade() -> None:
    conn = op.get_bind()
    commune = conn.execute(sa.text("SELECT value FROM local_state WHERE key = 'commune_code'")).scalar()
    if not commune:
        return
    mapping = _rekeyed(conn, commune)
    if not mapping:
        return
    # Parent and children change in one transaction; the keys are checked at its end, not row by row.
    conn.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    for (table, old), new in mapping.items():
        # The province has never seen the new id: the next edit goes as the row's first version.
        conn.execute(sa.text(f"UPDATE {table} SET id = :new, server_version = NULL WHERE id = :old"),
                     {"new": new, "old": old})
        for child, column in _REFERENCES[table]:
            conn.execute(sa.text(f"UPDATE {child} SET {column} = :new WHERE {column} = :old"), {"new": new, "old": old})
        conn.execute(sa.text("UPDATE sync_aliases SET local_id = :new WHERE table_name = :t AND local_id = :old"),
                     {"new": new, "old": old, "t": table})
        conn.execute(sa.text("INSERT OR IGNORE INTO sync_aliases (table_name, remote_id, local_id) "
                             "VALUES (:t, :old, :new)"), {"t": table, "old": old, "new": new})
    _rewrite_ops(conn, mapping)


def downgrade() -> None:
    # The re-keyed ids stay: they are as valid under the older code, which only made new rows differently.
    pass
