"""Taking back a mistaken step: the last lifecycle step of a dossier, and a record someone deleted.

**Undo the last step.** An officer who clicked "Đã giải quyết" instead of "Trả kết quả", or picked the wrong
dossier, notices at once, while the applicant is still at the counter. So the last step (and only the last) may be
undone within UNDO_MINUTES of being recorded, by whoever recorded it or an administrator, provided nothing happened
to the dossier after it. Thirty minutes covers a counter session; past that the step may already be on a printed
receipt, in a report or on other PCs, and the way to correct it is a new step with a note. Undoing puts back the
values the step changed (read from that step's own audit entry, so no rule is re-derived) and deletes the step's
event; both are ordinary audited, synced writes, so other PCs undo it too.

**Restore a deleted record.** Deletion is soft (`deleted_at`); restoring clears it, audited, for the tables a person
deletes from in the app. An administrator's act: deleting may have been someone else's decision.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.protocol.tables import value_from_json
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dossier_views import info_of
from desktop.services.dto import DossierInfo
from desktop.services.errors import NotFoundError, PermissionDenied
from desktop.store.models import AuditEntry, Dossier, DossierEvent, Equipment, Officer, Procedure
from desktop.store.models.base import SyncedBase

UNDO_MINUTES = 30
# What a person deletes in the app and may bring back; the audit page offers "restore" on their delete entries.
RESTORABLE: dict[str, type[SyncedBase]] = {
    "dossiers": Dossier, "procedures": Procedure, "equipment": Equipment, "officers": Officer}


def undo_last_step(ctx: ServiceContext, code: str) -> DossierInfo:
    """Take back the dossier's last lifecycle step (see the module's rules); returns the dossier as it is again."""
    with unit_of_work(ctx) as uow:
        session = uow.session
        dossier = session.scalar(select(Dossier).where(Dossier.code == code, Dossier.deleted_at.is_(None)))
        if dossier is None:
            raise NotFoundError("code", code)
        event = session.scalar(select(DossierEvent)
                               .where(DossierEvent.dossier_id == dossier.id, DossierEvent.deleted_at.is_(None))
                               .order_by(DossierEvent.created_at.desc(), DossierEvent.at.desc()).limit(1))
        if event is None or event.from_status is None or dossier.status != event.to_status:
            raise ValidationError("undo.nothing", code=code)
        if event.actor != ctx.actor and ctx.role != "admin":
            raise PermissionDenied(Phrase("action.undo_others_step"))
        if ctx.now() - event.created_at > timedelta(minutes=UNDO_MINUTES):
            raise ValidationError("undo.too_late", minutes=UNDO_MINUTES)
        step = session.scalar(select(AuditEntry).where(
            AuditEntry.table_name == "dossiers", AuditEntry.row_id == dossier.id, AuditEntry.action == "update",
            AuditEntry.at <= event.created_at + timedelta(seconds=1)).order_by(AuditEntry.at.desc()).limit(1))
        old = dict((step.changes or {}).get("old", {})) if step is not None else {}
        if step is None or old.get("status") != event.from_status:
            raise ValidationError("undo.nothing", code=code)  # the step's record is not there: do not guess
        uow.update(dossier, {key: value_from_json("dossiers", key, value) for key, value in old.items()})
        uow.soft_delete(event)
        return info_of(session, dossier, ctx.today())


def restore_deleted(ctx: ServiceContext, table: str, row_id: str) -> None:
    """Bring back a soft-deleted row of a RESTORABLE table (administrators)."""
    if ctx.role != "admin":
        raise PermissionDenied(Phrase("action.restore_deleted"))
    model = RESTORABLE.get(table)
    if model is None:
        raise ValidationError("restore.not_restorable", table=table)
    with unit_of_work(ctx) as uow:
        row = uow.session.get(model, row_id)
        if row is None or row.deleted_at is None:
            raise ValidationError("restore.not_deleted")
        uow.update(row, {"deleted_at": None})
