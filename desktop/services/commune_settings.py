"""The commune's settings, shared by all its PCs: one synced row per key (`commune_settings`), "index766.<rate>"
for the Decision 766 targets, "office.opens" / "office.closes" for the office hours ("HH:MM").

A row's id is derived from the commune and the key, so two PCs setting the same thing write the same row and the
province merges it field by field (the newer value wins); two different settings never touch each other. Every
change goes through the unit of work: audited and queued for sync like any record.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.messages import Phrase
from desktop.services.context import ServiceContext, UnitOfWork
from desktop.services.errors import PermissionDenied
from desktop.store.models import CommuneSetting

# The same namespace migration 0015 uses for the values it moved out of local_state.
_NS = uuid.UUID("3c8e6a1f-52d4-4f0b-8b7e-0d9a4c2e61b5")
INDEX766, OFFICE_OPENS, OFFICE_CLOSES = "index766.", "office.opens", "office.closes"


def setting_id(commune_code: str, key: str) -> str:
    return str(uuid.uuid5(_NS, f"setting:{commune_code}:{key}"))


def read(session: Session, prefix: str = "") -> dict[str, str]:
    """The commune's settings whose key starts with `prefix` (all of them by default): key → value."""
    rows = session.execute(select(CommuneSetting.key, CommuneSetting.value).where(
        CommuneSetting.deleted_at.is_(None), CommuneSetting.key.startswith(prefix, autoescape=True)))
    return {key: value for key, value in rows}


def require_editor(ctx: ServiceContext) -> None:
    """The targets and the office hours are the commune's, as its profile is: a leader or an administrator sets them
    (the command line runs as an administrator)."""
    if ctx.role not in ("leader", "admin"):
        raise PermissionDenied(Phrase("action.change_commune_settings"))


def write(uow: UnitOfWork, changes: Mapping[str, str]) -> None:
    """Set these keys; a value that did not change writes nothing (no audit row, no sync op)."""
    for key, value in changes.items():
        row = uow.session.scalar(select(CommuneSetting).where(CommuneSetting.key == key))
        if row is None:
            uow.add(CommuneSetting(id=setting_id(uow.commune_code, key), key=key, value=value))
        else:
            uow.update(row, {"value": value, "deleted_at": None})
