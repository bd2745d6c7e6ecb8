"""Dossier numbers two dossiers of one commune share: kept beside the row (`unique_code`) and, when a second live
dossier arrives with a number already held, shown to a person as a `duplicate_code` conflict.

Both dossiers are stored and pulled as they are (nothing typed is set aside); the conflict names the newcomer, and
a person settles it by giving the newcomer a new number (PROTOCOL.md "Duplicate dossier numbers").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.server.changes import KIND_CONFLICT, record_change, row_json
from desktop.server.merge import CONFLICTS_TABLE
from desktop.server.models import Commune, Conflict, SyncedRow, new_id

TABLE = "dossiers"
KIND = "duplicate_code"
_CODE_MAX = 64


def code_of(table: str, data: dict[str, object]) -> str | None:
    code = data.get("code") if table == TABLE else None
    return code[:_CODE_MAX] if isinstance(code, str) and code else None


def _holder(session: Session, commune: str, code: str, row_id: str, batch: dict[tuple[str, str], SyncedRow]
            ) -> SyncedRow | None:
    """Another live dossier of the commune with this code: one made earlier in this batch (not flushed on purpose)
    or one stored, found by index."""
    for (table, other_id), row in batch.items():
        if table == TABLE and other_id != row_id and row.unique_code == code and row.deleted_at is None:
            return row
    with session.no_autoflush:
        return session.scalar(select(SyncedRow).where(
            SyncedRow.commune_code == commune, SyncedRow.table_name == TABLE, SyncedRow.unique_code == code,
            SyncedRow.row_id != row_id, SyncedRow.deleted_at.is_(None)).limit(1))


def note_code(session: Session, commune: Commune, row: SyncedRow, op_id: str, device_id: str, now: datetime,
              batch: dict[tuple[str, str], SyncedRow]) -> dict[str, object]:
    """Keep the row's code beside it; when another live dossier holds it, open a conflict for a person (the
    push result gains its id). Called when the row is made or its code changes; returns what to add to the op's
    result."""
    code = code_of(row.table_name, row.data)
    row.unique_code = code
    if code is None or row.deleted_at is not None:
        return {}
    holder = _holder(session, commune.code, code, row.row_id, batch)
    if holder is None:
        return {}
    conflict = Conflict(id=new_id(), commune_code=commune.code, table_name=TABLE, row_id=row.row_id, kind=KIND,
                        fields=["code"], server_data=row_json(holder), client_data=row_json(row), client_op_id=op_id,
                        device_id=device_id, created_at=now)
    session.add(conflict)
    conflict.server_version = record_change(session, commune, KIND_CONFLICT, CONFLICTS_TABLE, conflict.id)
    return {"conflict_id": conflict.id, "conflict_kind": KIND}

