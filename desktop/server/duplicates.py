"""Dossier numbers two dossiers of one commune share: kept beside the row (`unique_code`) and, when a second live
dossier arrives with a number already held, shown to a person as a `duplicate_code` conflict.

Both dossiers are stored and pulled as they are (nothing typed is set aside); the conflict names the newcomer, and
a person settles it by giving the newcomer a new number (PROTOCOL.md "Duplicate dossier numbers").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop.server import stored
from desktop.server.changes import KIND_CONFLICT, FeedOwner, record_change, row_json
from desktop.server.merge import CONFLICTS_TABLE
from desktop.server.models import SYNCED_ROWS, AnyRow, Conflict, new_id

TABLE = "dossiers"
KIND = "duplicate_code"
_CODE_MAX = 64
_rows = SYNCED_ROWS


def code_of(table: str, data: dict[str, object]) -> str | None:
    code = data.get("code") if table == TABLE else None
    return code[:_CODE_MAX] if isinstance(code, str) and code else None


_BATCH = "dossier_codes"
_LOADED = "dossier_codes_loaded"


def prefetch(session: Session, commune: str, codes: set[str]) -> None:
    """Every stored live dossier of the commune holding one of the codes a batch brings, in one query, so the
    check per op needs none (it was a fifth of a push's time as one query per new dossier)."""
    noted: dict[tuple[str, str], AnyRow] = session.info.setdefault(_BATCH, {})
    codes = {c[:_CODE_MAX] for c in codes if c}
    if codes:
        found = stored.find(session, (_rows.c.commune_code == commune) & (_rows.c.table_name == TABLE)
                            & _rows.c.unique_code.in_(codes) & _rows.c.deleted_at.is_(None))
        for row in found:
            noted.setdefault((commune, str(row.unique_code)), row)
    session.info[_LOADED] = session.info.get(_LOADED, set()) | {(commune, c) for c in codes}


def _holder(session: Session, commune: str, code: str, row_id: str) -> AnyRow | None:
    """Another live dossier of the commune with this code: one written earlier in this batch (not flushed on
    purpose, so noted in the session), one the batch's prefetch found, or else one stored, found by index."""
    noted = session.info.get(_BATCH, {}).get((commune, code))
    if noted is not None and noted.row_id != row_id and noted.deleted_at is None and noted.unique_code == code:
        return noted
    if (commune, code) in session.info.get(_LOADED, ()):
        return None  # the prefetch looked: no other stored holder (a holder noted above was this row itself)
    # The batch's own objects decide (a row it renamed or deleted may still say otherwise in the store).
    found = stored.find(session, (_rows.c.commune_code == commune) & (_rows.c.table_name == TABLE)
                        & (_rows.c.unique_code == code) & (_rows.c.row_id != row_id) & _rows.c.deleted_at.is_(None))
    return next((row for row in found if row.unique_code == code and row.deleted_at is None), None)


def note_code(session: Session, commune: FeedOwner, row: AnyRow, op_id: str, device_id: str, now: datetime
              ) -> dict[str, object]:
    """Keep the row's code beside it; when another live dossier holds it, open a conflict for a person (the
    push result gains its id). Called when the row is made or its code changes; returns what to add to the op's
    result."""
    code = code_of(row.table_name, row.data)
    row.unique_code = code
    if code is None or row.deleted_at is not None:
        return {}
    holder = _holder(session, commune.code, code, row.row_id)
    if holder is None:
        session.info.setdefault(_BATCH, {})[(commune.code, code)] = row
        return {}
    conflict = Conflict(id=new_id(), commune_code=commune.code, table_name=TABLE, row_id=row.row_id, kind=KIND,
                        fields=["code"], server_data=row_json(holder), client_data=row_json(row), client_op_id=op_id,
                        device_id=device_id, created_at=now)
    session.add(conflict)
    conflict.server_version = record_change(session, commune, KIND_CONFLICT, CONFLICTS_TABLE, conflict.id,
                                            fresh=True)
    return {"conflict_id": conflict.id, "conflict_kind": KIND}

