"""Turns dossier rows into the frozen objects lists, dialogs and papers show (masked where DOMAIN.md §6 says)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from desktop.domain import lifecycle
from desktop.domain.cccd import mask_id_number, mask_phone
from desktop.domain.deadlines import due_hour
from desktop.domain.form06_rules import open_timeliness
from desktop.services.context import to_local
from desktop.services.dto import DossierDetail, DossierEventInfo, DossierInfo
from desktop.store.models import Dossier, DossierEvent, Field, Procedure


def past_due_on(today: date) -> ColumnElement[bool]:
    """SQL of `form06_rules.past_due` for the dossiers table: lists and the dashboard filter "overdue" with it."""
    return and_(Dossier.due_date < today,
                or_(Dossier.payment_paused_on.is_(None), Dossier.due_date < Dossier.payment_paused_on))


def timeliness(d: Dossier, today: date) -> str | None:
    """Within/overdue for a dossier still on the desk; a paused (awaiting supplement) clock is never overdue."""
    state = open_timeliness(d.status, d.due_date, today, d.payment_paused_on)
    return None if state is None else str(state)


def progress_of(info: DossierInfo, soon_by: date | None) -> str | None:
    """The one name of where a dossier stands, for the list and the dossier's window alike: its outcome once settled
    (early, on_time, late), else overdue, due_soon (due today or by `soon_by`, see form06_rules.due_soon_by) or
    within; None when it has no due date yet."""
    if info.outcome:
        return info.outcome
    if info.timeliness == "within" and info.due_date and soon_by and info.due_date <= soon_by:
        return "due_soon"
    return info.timeliness


def build_info(d: Dossier, procedure_code: str, procedure_name: str, field_name: str, today: date,
               statutory_days: float = 0.0, extension_allowance: int = 0) -> DossierInfo:
    status = lifecycle.Status(d.status)
    hour = due_hour(statutory_days)
    return DossierInfo(
        id=d.id, code=d.code, procedure_code=procedure_code, procedure_name=procedure_name, field_name=field_name,
        applicant_name=d.applicant_name, id_number_masked=mask_id_number(d.applicant_id_number),
        phone_masked=mask_phone(d.applicant_phone), channel=d.channel, boundary_free=d.boundary_free,
        received_at=to_local(d.received_at), due_date=d.due_date, status=d.status,
        status_label=lifecycle.STATUS_LABELS[status][0], outcome=d.outcome, timeliness=timeliness(d, today),
        finished_at=to_local(d.finished_at) if d.finished_at else None,
        returned_at=to_local(d.returned_at) if d.returned_at else None,
        late_reason=d.late_reason, allowed_actions=tuple(lifecycle.allowed_actions(d.status)),
        statutory_days=statutory_days, due_hour=hour.strftime("%H:%M") if hour else "",
        payment_paused_on=d.payment_paused_on, payment_paused_days=d.payment_paused_days or 0,
        extension_days=d.extension_days or 0, extension_reason=d.extension_reason or "",
        extension_allowance=extension_allowance,
        apology_date=d.apology_date, apology_reason=d.apology_reason or "", result=d.result or "",
        refusal_reason=d.refusal_reason or "", forwarded_to=d.forwarded_to or "",
        received_from=d.received_from or "",
    )


def info_of(session: Session, d: Dossier, today: date) -> DossierInfo:
    p = session.get_one(Procedure, d.procedure_id)
    f = session.get_one(Field, p.field_id)
    return build_info(d, p.code, p.name, f.name, today, p.statutory_days, p.extension_max_days)


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
