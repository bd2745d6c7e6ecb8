"""Dossier use cases: register, edit, move through the lifecycle, remove (soft), read one with its history."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import cast

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desktop.domain import lifecycle
from desktop.domain.cccd import check_id_number
from desktop.domain.deadlines import after_payment_pause, check_apology, due_date, extended_due, outcome
from desktop.domain.dossier_code import format_code, next_number, number_range, parse_code
from desktop.domain.errors import ValidationError
from desktop.domain.form06_rules import due_soon_by
from desktop.domain.index766 import Marks
from desktop.domain.messages import Phrase
from desktop.domain.text import nfc
from desktop.services.calendar import working_calendar
from desktop.services.closed_marks import closed_changes_in
from desktop.services.context import ServiceContext, UnitOfWork, to_local, to_utc, unit_of_work
from desktop.services.desk_rules import pauses_of, receipt_due
from desktop.services.dossier_views import build_info, detail_of, info_of
from desktop.services.dto import DossierDetail, DossierInfo
from desktop.services.errors import NotFoundError, required
from desktop.services.index766 import marks_values
from desktop.store import local_state
from desktop.store.models import Commune, Dossier, DossierEvent, Field, Procedure, new_id
from desktop.store.search_index import procedure_part

CHANNELS = ("online", "direct", "postal")
# As long as the synced column (desktop/protocol/tables.py): a longer name is a paste gone wrong, not a name.
NAME_MAX = 200
_PHONE = re.compile(r"^\+?\d{9,12}$")


@dataclass(frozen=True)
class DossierInput:
    procedure_code: str
    applicant_name: str
    channel: str
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    boundary_free: bool = False
    received_at: datetime | None = None  # local wall time; None = now
    code: str = ""  # official code issued by the province system, if any
    note: str = ""
    pending: bool = False  # registered online, not yet accepted at the desk
    forwarded_to: str = ""  # boundary-free: received here for this other competent agency and sent on
    received_from: str = ""  # boundary-free: received by this other desk for us
    marks: Marks | None = None  # Decision 766 marks; None keeps what the dossier has (none on a new one)


# Built once: a registration reads it every time, and building the statement cost as much as running it.
_PROCEDURE_AND_FIELD = (select(Procedure, Field.name).outerjoin(Field, Field.id == Procedure.field_id)
                        .where(Procedure.code == bindparam("code"), Procedure.deleted_at.is_(None)))


def _procedure(session: Session, code: str) -> Procedure:
    return _procedure_and_field(session, code)[0]


def _procedure_and_field(session: Session, code: str) -> tuple[Procedure, str | None]:
    """The live, active procedure of this code, and its field's name read with it (for the DossierInfo a use case
    returns: one statement instead of two); None when the field is missing."""
    code = required(code, "procedure", Phrase("label.procedure"))
    found = session.execute(_PROCEDURE_AND_FIELD, {"code": code.strip()}).first()
    if found is None or not found[0].active:
        raise ValidationError("procedure.not_found", field="procedure", code=code)
    return found[0], found[1]


def _check_applicant(data: DossierInput, today: date) -> dict[str, object]:
    name = nfc(required(data.applicant_name, "applicant_name", Phrase("label.applicant_s_name")))
    if len(name) > NAME_MAX:
        raise ValidationError("applicant_name.too_long", field="applicant_name", length=len(name),
                              max_length=NAME_MAX)
    id_number = ""
    if data.id_number.strip():
        id_number = check_id_number(data.id_number, today=today).number
    phone = re.sub(r"[\s.\-]", "", data.phone or "")
    if phone and not _PHONE.match(phone):
        raise ValidationError("phone.invalid", field="phone")
    email = (data.email or "").strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError("email.invalid", field="email")
    if data.channel not in CHANNELS:
        raise ValidationError("channel.invalid", field="channel")
    forwarded_to, received_from = nfc(data.forwarded_to.strip()), nfc(data.received_from.strip())
    if forwarded_to and received_from:
        raise ValidationError("agency.both", field="forwarded_to")
    return {"applicant_name": name, "applicant_id_number": id_number, "applicant_phone": phone,
            "applicant_email": email, "applicant_address": nfc((data.address or "").strip()),
            "channel": data.channel, "boundary_free": bool(data.boundary_free or forwarded_to or received_from),
            "forwarded_to": forwarded_to, "received_from": received_from}


# new_code's two reads as the driver takes them: a registration's SQL is mostly SQLAlchemy's statement building and
# result handling, not SQLite's work (benchmarks/bench_store.py).
_COMMUNE_SQL = f"SELECT agency_code, code FROM {Commune.__tablename__} WHERE deleted_at IS NULL"
_BLOCK_CODES_SQL = f"SELECT code FROM {Dossier.__tablename__} WHERE code >= ? AND code <= ? ORDER BY code DESC"


def new_code(uow: UnitOfWork, received_utc: datetime) -> str:
    """The next code this PC may issue for a dossier received at `received_utc`: the agency's prefix, the local
    receipt day, and one above the highest number of this PC's block that day (desktop.domain.dossier_code)."""
    uow.session.flush()  # the reads below go straight to the driver: a pending change is written first
    conn = uow.session.connection()
    commune = conn.exec_driver_sql(_COMMUNE_SQL).first()
    agency = (commune[0] or commune[1]) if commune else uow.commune_code
    day = to_local(received_utc).date()
    prefix = format_code(agency, day, 1)[:-4]
    slot = int(local_state.get(uow.session, local_state.DEVICE_SLOT, "0") or 0)
    owned = number_range(slot)
    # Only this PC's block, highest first: four-digit numbers sort as text in number order, so the first code of
    # the block that is exactly the prefix and four digits holds the highest number used (a range, not LIKE:
    # SQLite's case-insensitive LIKE cannot use the unique index on code; nor a read of the day's every code).
    # Read a few at a time: the first code of the block almost always answers, and a busy day holds hundreds.
    # The driver's cursor steps through the rows as they are read, so only the codes looked at are fetched.
    codes = conn.exec_driver_sql(_BLOCK_CODES_SQL, (f"{prefix}{owned.start:04d}", f"{prefix}{owned.stop - 1:04d}"))
    top = next((c for (c,) in codes if re.fullmatch(r"\d{4}", c[len(prefix):])), None)
    codes.close()
    return format_code(agency, day, next_number(slot, [parse_code(top)[2]] if top else []))


def _check_code(session: Session, code: str, own_id: str | None = None) -> str:
    code = code.strip()
    parse_code(code)
    clash = session.scalar(select(Dossier.id).where(Dossier.code == code))
    if clash is not None and clash != own_id:
        raise ValidationError("code.duplicate#check_code", field="code", code=code)
    return code


def _load(session: Session, code: str) -> Dossier:
    d = session.scalar(select(Dossier).where(Dossier.code == code.strip(), Dossier.deleted_at.is_(None)))
    if d is None:
        raise NotFoundError("code", code)
    return d


def preview_due_date(ctx: ServiceContext, procedure_code: str, received_at_local: datetime,
                     channel: str = "direct") -> date:
    """The appointment date registration would give a dossier of this procedure received at this local time.

    The dossier form shows it as the officer types, so it is computed exactly as `register_dossier` does.
    """
    with ctx.db.session() as session:
        proc = _procedure(session, procedure_code)
        # Through UTC and back, as registration does, so an aware time is read in the desk's zone too.
        return receipt_due(session, proc, to_local(to_utc(received_at_local)), channel, working_calendar(session))


def register_dossier(ctx: ServiceContext, data: DossierInput) -> DossierInfo:
    values = _check_applicant(data, ctx.today())
    received = ctx.utc_not_future(data.received_at, "received_at")
    with unit_of_work(ctx) as uow:
        proc, field_name = _procedure_and_field(uow.session, data.procedure_code)
        code = _check_code(uow.session, data.code) if data.code.strip() else new_code(uow, received)
        status = lifecycle.Status.REGISTERED if data.pending else lifecycle.Status.RECEIVED
        # No clock runs here for a dossier forwarded to the competent agency: it is timed where it is resolved.
        due = None if data.pending or values["forwarded_to"] else receipt_due(
            uow.session, proc, to_local(received), data.channel, working_calendar(uow.session))
        # Core inserts, as an imported file's rows go in (UnitOfWork.insert_tables): the dossier, its event, then
        # their audit and outbox rows, four statements and no ORM flush. The rows are those `add` writes; the
        # procedure is at hand, so the search text does not read the catalogue.
        dossier_id = new_id()
        [[row], _] = uow.insert_tables(
            [(Dossier, [{"id": dossier_id, "code": code, "procedure_id": proc.id, "received_at": received,
                         "due_date": due, "status": int(status), "note": nfc(data.note.strip()), **values,
                         **marks_values(data.marks or Marks())}]),
             (DossierEvent, [{"dossier_id": dossier_id, "at": received, "action": "register", "from_status": None,
                              "to_status": int(status), "due_date": due, "actor": ctx.actor}])],
            procedures={proc.id: procedure_part(proc.code, proc.name)})
        # What was written, read as a dossier is for the answer (an ORM object made for that was a twentieth of the
        # registration's time).
        d = cast(Dossier, SimpleNamespace(**row))
        if field_name is None:  # a procedure whose field is missing: info_of says so as it always has
            return info_of(uow.session, d, ctx.today())
        return build_info(d, proc.code, proc.name, field_name, ctx.today(), proc.statutory_days,
                          proc.extension_max_days)


def edit_dossier(ctx: ServiceContext, code: str, data: DossierInput) -> DossierInfo:
    """Change what was typed at receipt; the due date follows a changed procedure or receipt time while open."""
    values = _check_applicant(data, ctx.today())
    with unit_of_work(ctx) as uow:
        d = _load(uow.session, code)
        proc = _procedure(uow.session, data.procedure_code)
        new_code = _check_code(uow.session, data.code, d.id) if data.code.strip() else d.code
        received = ctx.utc_not_future(data.received_at, "received_at") if data.received_at else d.received_at
        values.update(code=new_code, procedure_id=proc.id, received_at=received, note=nfc(data.note.strip()))
        if data.marks is not None:
            values.update(marks_values(data.marks))
        if lifecycle.is_open(d.status) and d.status != lifecycle.Status.REGISTERED and (
                proc.id != d.procedure_id or received != d.received_at
                or bool(values["forwarded_to"]) != bool(d.forwarded_to)):
            values["due_date"] = None if values["forwarded_to"] else receipt_due(
                uow.session, proc, to_local(received), data.channel, working_calendar(uow.session))
        uow.update(d, values)
        return info_of(uow.session, d, ctx.today())


@dataclass(frozen=True)
class Decision:
    """What an action needs besides its time: a reason, extension days, an apology's new date, a result."""

    reason: str = ""
    days: int = 0  # extend
    new_date: date | None = None  # apologise
    result: str = ""  # finish: granted (default) | refused


def change_status(ctx: ServiceContext, code: str, action: str, at: datetime | None = None, note: str = "",
                  late_reason: str = "", decision: Decision = Decision()) -> DossierInfo:
    """Apply one lifecycle action at a local time (default now), with its effect on the clock and the outcome."""
    when = ctx.utc_not_future(at, "at")
    with unit_of_work(ctx) as uow:
        d = _load(uow.session, code)
        target = lifecycle.next_status(d.status, action)
        last = uow.session.scalar(select(DossierEvent.at).where(DossierEvent.dossier_id == d.id,
                                                                DossierEvent.deleted_at.is_(None))
                                  .order_by(DossierEvent.at.desc()).limit(1))
        if last is not None and when < last:
            first = to_local(last)  # said as the first whole minute allowed, as the officer types it
            if first.second or first.microsecond:
                first = first.replace(second=0, microsecond=0) + timedelta(minutes=1)
            raise ValidationError("at.before_last#change_status", field="at", first=first)
        proc = uow.session.get_one(Procedure, d.procedure_id)
        values = _effects(uow.session, d, proc, action, target, to_local(when), decision)
        if late_reason.strip():
            values["late_reason"] = nfc(late_reason.strip())
        from_status = d.status
        uow.update(d, values)
        uow.add(DossierEvent(dossier_id=d.id, at=when, action=action, from_status=from_status, to_status=int(target),
                             due_date=d.due_date, actor=ctx.actor, note=nfc(note.strip())))
        return info_of(uow.session, d, ctx.today())


def _reason(decision: Decision) -> str:
    return nfc(required(decision.reason, "reason", Phrase("label.reason")))


def _effects(session: Session, d: Dossier, proc: Procedure, action: str, target: lifecycle.Status,
             local: datetime, decision: Decision) -> dict[str, object]:
    """The columns `action` changes besides the status: the clock, the outcome and what the slips print."""
    values: dict[str, object] = {"status": int(target)}
    when, day = to_utc(local), local.date()
    cal = working_calendar(session)
    if action == lifecycle.ACCEPT:
        values.update(received_at=when, due_date=receipt_due(session, proc, local, d.channel, cal))
    elif lifecycle.pauses_clock(action):
        values["paused_at"] = when
    elif lifecycle.restarts_clock(action):
        # The statutory time starts again, whole, from the day the complete dossier came back.
        values.update(paused_at=None, due_date=due_date(local, proc.statutory_days, cal))
    elif lifecycle.pauses_for_payment(action) and proc.pause_for_payment:
        values["payment_paused_on"] = day
    elif lifecycle.resumes_after_payment(action) and d.payment_paused_on is not None:
        due, paused = (after_payment_pause(d.due_date, d.payment_paused_on, day, cal) if d.due_date
                       else (None, 0))
        values.update(due_date=due, payment_paused_on=None, payment_paused_days=d.payment_paused_days + paused)
    elif action == lifecycle.EXTEND:
        reason = _reason(decision)
        if d.due_date is None:
            raise ValidationError("extension.not_allowed", field="days")
        if d.due_date < day:
            raise ValidationError("extension.after_due", field="days", due=d.due_date)
        values.update(due_date=extended_due(d.due_date, decision.days, d.extension_days, proc.extension_max_days, cal),
                      extension_days=d.extension_days + decision.days, extension_reason=reason)
    elif action == lifecycle.APOLOGISE:
        reason = _reason(decision)
        if decision.new_date is None:
            raise ValidationError("new_date.required", field="new_date", label=Phrase("label.new_date"))
        check_apology(d.due_date, decision.new_date, day, cal)
        # The due date stays: statistics still count the dossier late against it (DOMAIN.md §2).
        values.update(apology_date=decision.new_date, apology_reason=reason, late_reason=d.late_reason or reason)
    elif action == lifecycle.FINISH:
        result = lifecycle.check_result(decision.result)
        done = outcome(day, d.due_date) if d.due_date else None
        values.update(finished_at=when, settled_at=when, outcome=str(done) if done else None, result=result,
                      payment_paused_on=None)
        if result:
            values["refusal_reason"] = _reason(decision)
    elif action == lifecycle.RETURN:
        values["returned_at"] = when
    elif target in (lifecycle.Status.REFUSED, lifecycle.Status.WITHDRAWN, lifecycle.Status.STOPPED):
        values.update(closed_at=when, settled_at=when, paused_at=None, payment_paused_on=None)
        if target == lifecycle.Status.REFUSED:
            values["refusal_reason"] = _reason(decision)
    return values


def remove_dossier(ctx: ServiceContext, code: str) -> None:
    with unit_of_work(ctx) as uow:
        uow.soft_delete(_load(uow.session, code))


def get_dossier(ctx: ServiceContext, code: str) -> DossierDetail:
    with ctx.db.session() as session:
        d = _load(session, code)
        cal = working_calendar(session)
        return replace(detail_of(session, d, ctx.today()), pauses=pauses_of(session, d, cal),
                       due_soon_by=due_soon_by(ctx.today(), cal),
                       closed_changes=closed_changes_in(session, [d.id]).get(d.id, ()))
