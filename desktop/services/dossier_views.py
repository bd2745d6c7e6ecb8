"""Turns dossier rows into the frozen objects lists, dialogs and papers show (masked where DOMAIN.md §6 says)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import lifecycle
from desktop.domain.cccd import mask_id_number, mask_phone
from desktop.domain.form06_rules import open_timeliness
from desktop.services.context import to_local
from desktop.services.dto import DossierDetail, DossierEventInfo, DossierInfo
from desktop.store.models import Dossier, DossierEvent, Field, Procedure


def timeliness(d: Dossier, today: date) -> str | None:
    """Within/overdue for a dossier still on the desk; a paused (awaiting supplement) clock is never overdue."""
    state = open_timeliness(d.status, d.due_date, today)
    return None if state is None else str(state)


def build_info(d: Dossier, procedure_code: str, procedure_name: str, field_name: str, today: date) -> DossierInfo:
    status = lifecycle.Status(d.status)
    return DossierInfo(
        id=d.id, code=d.code, procedure_code=procedure_code, procedure_name=procedure_name, field_name=field_name,
        applicant_name=d.applicant_name, id_number_masked=mask_id_number(d.applicant_id_number),
        phone_masked=mask_phone(d.applicant_phone), channel=d.channel, boundary_free=d.boundary_free,
        received_at=to_local(d.received_at), due_date=d.due_date, status=d.status,
        status_label=lifecycle.STATUS_LABELS[status][0], outcome=d.outcome, timeliness=timeliness(d, today),
        finished_at=to_local(d.finished_at) if d.finished_at else None,
        returned_at=to_local(d.returned_at) if d.returned_at else None,
        late_reason=d.late_reason, allowed_actions=tuple(lifecycle.allowed_actions(d.status)),
    )


def info_of(session: Session, d: Dossier, today: date) -> DossierInfo:
    p = session.get_one(Procedure, d.procedure_id)
    f = session.get_one(Field, p.field_id)
    return build_info(d, p.code, p.name, f.name, today)


def detail_of(session: Session, d: Dossier, today: date) -> DossierDetail:
    events = session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id,
                                                        DossierEvent.deleted_at.is_(None))  # an undone step is gone
                             .order_by(DossierEvent.at, DossierEvent.id)).all()
    return DossierDetail(
        dossier=info_of(session, d, today), applicant_id_number=d.applicant_id_number,
        applicant_phone=d.applicant_phone, applicant_email=d.applicant_email,
        applicant_address=d.applicant_address, note=d.note,
        events=tuple(DossierEventInfo(to_local(e.at), e.action, e.from_status, e.to_status, e.due_date, e.actor,
                                      e.note) for e in events),
    )
