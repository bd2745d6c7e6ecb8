"""Conflicts shown to a person: list them with both versions, and turn a choice into an ordinary outbox op.

The choice travels to the pseudo-table `sync_conflicts` (PROTOCOL.md "Resolving a conflict"); the server writes the
chosen values whatever their clocks, and the resolved row and conflict come back to every PC of the commune.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.services.context import ServiceContext, UnitOfWork, schema_version, unit_of_work
from desktop.services.dossiers import new_code
from desktop.services.errors import NotFoundError
from desktop.store.models import AuditEntry, OutboxOp, SyncConflict

KEEP_SERVER, KEEP_MINE, RENUMBER = "server", "mine", "renumber"
CONFLICTS_TABLE = "sync_conflicts"
# Two dossiers of the commune with one number (server/duplicates.py): `server_data` is the dossier that held it
# first, `client_data` the newcomer the conflict names. Settled by giving the newcomer a new number.
DUPLICATE_CODE = "duplicate_code"
_DUPLICATE_SHOWN = ("code", "applicant_name", "received_at")


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    table_name: str
    row_id: str
    kind: str
    fields: tuple[str, ...]
    server_values: dict[str, Any]  # the guarded fields as the server has them
    client_values: dict[str, Any]  # ... and as the PC that hit the conflict wanted them
    state: str
    created_at: datetime
    device_id: str = ""  # the province's id of the PC whose push met the conflict (its values are client_values)


def _shown(c: SyncConflict) -> list[str]:
    if c.kind == DUPLICATE_CODE:
        return list(_DUPLICATE_SHOWN)
    return [*c.fields, *(["deleted_at"] if c.kind != "edit_edit" else [])]


def _info(c: SyncConflict) -> ConflictInfo:
    shown = _shown(c)
    return ConflictInfo(c.id, c.table_name, c.row_id, c.kind, tuple(c.fields),
                        {f: c.server_data.get(f) for f in shown}, {f: c.client_data.get(f) for f in shown},
                        c.state, c.created_at, c.device_id)


def list_conflicts(ctx: ServiceContext, include_resolved: bool = False) -> list[ConflictInfo]:
    with ctx.db.session() as session:
        q = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if not include_resolved:
            q = q.where(SyncConflict.state == "open")
        return [_info(c) for c in session.scalars(q)]


def _renumbered(uow: UnitOfWork, c: SyncConflict) -> dict[str, Any]:
    """A new number for the newcomer, from this PC's own block, on the day it was received."""
    received = c.client_data.get("received_at")
    try:
        when = datetime.fromisoformat(str(received)).replace(tzinfo=None)
    except ValueError:
        raise ValidationError("choice.invalid", field="choice") from None
    return {"code": new_code(uow, when)}


def _chosen(uow: UnitOfWork, c: SyncConflict, choice: str | dict[str, Any]) -> dict[str, Any]:
    if c.kind == DUPLICATE_CODE and choice in (RENUMBER, KEEP_SERVER, KEEP_MINE):
        # Either version "stands" only with both dossiers kept: the one that held the number first keeps it.
        return _renumbered(uow, c)
    if isinstance(choice, dict):
        return dict(choice)
    if choice == KEEP_SERVER:
        return {}  # the server's version already stands
    if choice == KEEP_MINE:
        names = [*c.fields, *(["deleted_at"] if c.kind != "edit_edit" else [])]
        return {f: c.client_data.get(f) for f in names if f in c.client_data or f == "deleted_at"}
    raise ValidationError("choice.invalid", field="choice")


def resolve(ctx: ServiceContext, conflict_id: str, choice: str | dict[str, Any], note: str = "") -> ConflictInfo:
    """Record a person's choice: the op goes out with the next sync; the conflict shows as settled meanwhile."""
    with unit_of_work(ctx) as uow:
        c = uow.session.get(SyncConflict, conflict_id)
        if c is None:
            raise NotFoundError("conflict", conflict_id)
        if c.state != "open":
            raise ValidationError("conflict.already_resolved#resolve", field="conflict")
        data = _chosen(uow, c, choice)
        payload = {"state": "resolved", "resolved_data": data}
        uow.session.add(OutboxOp(table_name=CONFLICTS_TABLE, row_id=c.id, op="update", base_server_version=None,
                                 changed_fields=["state", "resolved_data"], payload=payload, hlc=uow.next_hlc(),
                                 schema_version=schema_version(), created_at=ctx.now()))
        uow.session.add(AuditEntry(commune_code=uow.commune_code, at=ctx.now(), actor=ctx.actor,
                                   action="resolve_conflict", table_name=c.table_name, row_id=c.row_id,
                                   changes={"conflict": c.id, "resolved_data": data, "note": note.strip()}))
        c.state, c.resolution, c.resolved_at = "resolving", {"resolved_data": data}, ctx.now()
        return _info(c)
