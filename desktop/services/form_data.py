"""The facts the desk's forms 01–06 print, read once and handed to `desktop.reports.forms` as its plain records
(each print, preview or export of them leaves an audit row: `audit.record_shown`).

Names: the officer who received a dossier is named in full from the officer list, matched by account, id or the
e-mail handle the demo and imports record; when no officer record has the account, the account's own name is
printed, so the slip never leaves the receiver blank.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain import desk_decisions, documents, lifecycle
from desktop.domain.deadlines import OfficeHours, due_hour
from desktop.domain.desk_decisions import DeskFacts
from desktop.domain.text import nfc
from desktop.reports.forms.data import BookData, BookRow, DeskSlip, Step
from desktop.services import catalogue, officers
from desktop.services.context import ServiceContext, to_local, to_utc
from desktop.services.desk_rules import office_hours
from desktop.services.dossiers import get_dossier
from desktop.services.dto import DossierDetail
from desktop.services.report_data import issuer
from desktop.services.setup import get_commune
from desktop.store.models import Dossier, Procedure

# Not in the book: an online registration not yet accepted, and a refusal to accept (never a received dossier).
NOT_RECEIVED = (int(lifecycle.Status.REGISTERED), int(lifecycle.Status.REFUSED))
RECEIVE_ACTIONS = ("register", lifecycle.ACCEPT)
# The step each letter answers: it is dated the day of that step.
LETTER_ACTIONS = {"supplement": lifecycle.REQUEST_SUPPLEMENT, "refusal": lifecycle.REFUSE,
                  "apology": lifecycle.APOLOGISE}


def _names(ctx: ServiceContext) -> dict[str, str]:
    """Account, officer id and e-mail handle → the officer's full name."""
    found: dict[str, str] = {}
    for o in officers.list_officers(ctx, include_inactive=True):
        for key in (o.username, o.id, (o.email or "").split("@", 1)[0]):
            if key:
                found.setdefault(key, o.full_name)
    return found


# Accounts the program itself acts under: never a person's name to print.
MACHINE_ACTORS = frozenset({"", "cli", "system", "setup", "demo", "sync", "import"})


def person(names: dict[str, str], actor: str) -> str:
    """The officer's full name; an account no officer record has is printed as the account's own name."""
    return names.get(actor) or ("" if actor in MACHINE_ACTORS else actor)


def _received(stmt_where: list) -> list:  # noqa: ANN001 - SQLAlchemy conditions
    return [Dossier.deleted_at.is_(None), Dossier.status.not_in(NOT_RECEIVED), *stmt_where]


def book_number(session: Session, d: Dossier) -> int:
    """The dossier's line in the tracking book of its receipt year: received dossiers of that local year up to it,
    in order of receipt (the code breaks a tie)."""
    local = to_local(d.received_at)
    start = to_utc(datetime(local.year, 1, 1))
    earlier = or_(Dossier.received_at < d.received_at, and_(Dossier.received_at == d.received_at,
                                                              Dossier.code <= d.code))
    return int(session.scalar(select(func.count(Dossier.id)).where(
        *_received([Dossier.received_at >= start, earlier]))) or 0)


def appointment(due: date | None, statutory_days: float, hours: OfficeHours) -> datetime | None:
    """The date and hour promised: noon when a half-day time ends with a morning, else the desk's closing hour."""
    return datetime.combine(due, due_hour(statutory_days) or hours.closes) if due else None


def _last_note(detail: DossierDetail, action: str) -> str:
    return next((e.note for e in reversed(detail.events) if e.action == action and e.note), "")


def _last_day(detail: DossierDetail, action: str) -> date | None:
    """The local day the dossier last took `action`: the date its letter (forms 02–04) carries, however late the
    letter is printed again."""
    return next((e.at.date() for e in reversed(detail.events) if e.action == action), None)


def desk_slip(ctx: ServiceContext, code: str, officer: str = "") -> DeskSlip:
    """Dossier `code` as forms 01–05 print it (NotFoundError when there is none). `officer` is the full name of who
    prints it when the context's account is no person (the command line), for a dossier whose record names nobody."""
    detail = get_dossier(ctx, code)
    d = detail.dossier
    proc = next((p for p in catalogue.list_procedures(ctx, d.procedure_code, include_inactive=True)
                 if p.code == d.procedure_code), None)
    names = _names(ctx)
    actor = next((e.actor for e in detail.events if e.action in RECEIVE_ACTIONS and e.actor), "")
    # Who received it; failing that, who is printing it (the officer at the desk).
    receiver = person(names, actor) or person(names, ctx.actor) or nfc(" ".join(officer.split()))
    steps = tuple(Step(e.at, lifecycle.ACTION_LABELS.get(e.action, ("Tiếp nhận hồ sơ", ""))[0],
                       person(names, e.actor) if e.actor else "Cổng dịch vụ công", e.note) for e in detail.events)
    with ctx.db.session() as session:
        row = session.get_one(Dossier, d.id)
        number = book_number(session, row) if row.status not in NOT_RECEIVED else 0
        hours = office_hours(session)
    days = proc.statutory_days if proc else 0
    return DeskSlip(
        issuer=issuer(ctx), desk_name=get_commune(ctx).desk_name, book_number=number, code=d.code,
        applicant_name=d.applicant_name, applicant_id_number=detail.applicant_id_number,
        applicant_phone=detail.applicant_phone, applicant_email=detail.applicant_email,
        applicant_address=detail.applicant_address, procedure_code=d.procedure_code,
        procedure_name=d.procedure_name, field_name=d.field_name, channel=d.channel, boundary_free=d.boundary_free,
        received_at=d.received_at, statutory_days=days, due_at=appointment(d.due_date, days, hours),
        fee=proc.fee if proc else 0, receiver=receiver, documents=documents.parse(proc.documents if proc else ""),
        today=ctx.today(), steps=steps, supplement_note=_last_note(detail, lifecycle.REQUEST_SUPPLEMENT),
        refusal_reason=row.refusal_reason or _last_note(detail, lifecycle.REFUSE),
        late_reason=row.apology_reason or d.late_reason, new_due_date=row.apology_date,
        extension_days=row.extension_days, extension_reason=row.extension_reason, forwarded_to=row.forwarded_to,
        received_from=row.received_from, dossier_id=d.id, outcome=d.outcome or "",
        letter_days=tuple((kind, day) for kind, action in LETTER_ACTIONS.items()
                          if (day := _last_day(detail, action)) is not None),
    )


def book(ctx: ServiceContext, start: date, end: date) -> BookData:
    """The tracking book of dossiers received in [start, end] (local days), numbered as in the year's book."""
    commune = get_commune(ctx)
    lo, hi = to_utc(datetime.combine(start, time.min)), to_utc(datetime.combine(end + timedelta(days=1), time.min))
    rows: list[BookRow] = []
    with ctx.db.session() as session:
        found = session.execute(select(Dossier, Procedure.name, Procedure.statutory_days)
                                .join(Procedure, Procedure.id == Dossier.procedure_id)
                                .where(*_received([Dossier.received_at >= lo, Dossier.received_at < hi]))
                                .order_by(Dossier.received_at, Dossier.code)).all()
        first: dict[int, int] = {}  # receipt year → the book number of the range's first dossier that year
        for n, (d, procedure_name, days) in enumerate(found):
            year = to_local(d.received_at).year
            if year not in first:
                first[year] = book_number(session, d) - n
            noon = due_hour(days)  # a half-day time is due at noon, as the receipt says
            note = [f"Hẹn trả {d.due_date:%d/%m/%Y}" + (f" {noon:%H:%M}" if noon else "")] if d.due_date else []
            note += [x.text() for x in desk_decisions.decisions(DeskFacts.of(d)) if x.kind in desk_decisions.IN_BOOK]
            if d.late_reason and not d.apology_date:
                note.append(d.late_reason)
            rows.append(BookRow(
                number=first[year] + n, code=d.code, procedure_name=procedure_name, sets=1,
                applicant_name=d.applicant_name, applicant_address=d.applicant_address,
                applicant_phone=d.applicant_phone, resolver=d.forwarded_to or f"UBND {commune.name}",
                received_at=to_local(d.received_at), due_date=d.due_date,
                finished_at=to_local(d.finished_at) if d.finished_at else None,
                returned_at=to_local(d.returned_at) if d.returned_at else None, note="; ".join(note)))
    return BookData(issuer(ctx), commune.desk_name, start, end, ctx.today(), tuple(rows))

