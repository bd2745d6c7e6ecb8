"""The desk's clock rules as services apply them: office hours (a setting of the commune), when a dossier's time
starts and ends, and the payment pauses its history shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import lifecycle
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.deadlines import DEFAULT_OFFICE_HOURS, OfficeHours, clock_start, due_date
from desktop.domain.errors import ValidationError
from desktop.services import commune_settings
from desktop.services.calendar import working_calendar
from desktop.services.context import ServiceContext, to_local, unit_of_work
from desktop.services.dto import PauseInfo
from desktop.store.models import Dossier, DossierEvent, Procedure


def _hhmm(value: str | None, default: time) -> time:
    try:
        return time.fromisoformat(value) if value else default
    except ValueError:  # a hand-edited value: the desk keeps working on the default
        return default


def office_hours(session: Session) -> OfficeHours:
    """The commune's office hours ("HH:MM" commune settings; unset means the defaults of `OfficeHours`)."""
    stored = commune_settings.read(session, "office.")
    return OfficeHours(_hhmm(stored.get(commune_settings.OFFICE_OPENS), DEFAULT_OFFICE_HOURS.opens),
                       _hhmm(stored.get(commune_settings.OFFICE_CLOSES), DEFAULT_OFFICE_HOURS.closes))


def get_office_hours(ctx: ServiceContext) -> OfficeHours:
    with ctx.db.session() as session:
        return office_hours(session)


def set_office_hours(ctx: ServiceContext, opens: time, closes: time) -> OfficeHours:
    """The hours online dossiers are counted against (DOMAIN.md §2): a setting of the commune, synced to all its
    PCs (a dossier's due date must not depend on which PC received it), audited like any record."""
    commune_settings.require_editor(ctx)
    if not opens < closes:
        raise ValidationError("office_hours.order", field="closes")
    with unit_of_work(ctx) as uow:
        commune_settings.write(uow, {commune_settings.OFFICE_OPENS: opens.strftime("%H:%M"),
                                     commune_settings.OFFICE_CLOSES: closes.strftime("%H:%M")})
    return OfficeHours(opens, closes)


def receipt_due(session: Session, proc: Procedure, received_local: datetime, channel: str,
                cal: WorkingCalendar) -> date:
    """The appointment date of a dossier received (or accepted) at this local time through this channel."""
    return _due(proc.statutory_days, received_local, channel, cal, office_hours(session))


def _due(days: float, received_local: datetime, channel: str, cal: WorkingCalendar, hours: OfficeHours) -> date:
    return due_date(clock_start(received_local, channel, cal, hours), days, cal)


DueRule = Callable[[float, datetime, str, str], "date | None"]


def due_rule(session: Session) -> DueRule:
    """`receipt_due` for many dossiers at once (an imported list): the days off and the office hours read once.

    The rule takes (statutory days, local receipt time, channel, forwarded to) and gives the appointment date; a
    dossier received here and forwarded to another agency has none here, as the desk records it.
    """
    cal, hours = working_calendar(session), office_hours(session)

    def due(days: float, received_local: datetime, channel: str, forwarded_to: str = "") -> date | None:
        return None if forwarded_to else _due(days, received_local, channel, cal, hours)
    return due


def pauses_of(session: Session, d: Dossier, cal: WorkingCalendar) -> tuple[PauseInfo, ...]:
    """The payment pauses in the dossier's history: each request, its payment, and the working days it added."""
    events = session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id)
                             .order_by(DossierEvent.at, DossierEvent.id)).all()
    pauses: list[PauseInfo] = []
    open_request: tuple[date, date | None] | None = None  # (requested on, due date then)
    for e in events:
        if e.action == lifecycle.REQUEST_PAYMENT:
            open_request = (to_local(e.at).date(), e.due_date)
        elif e.action == lifecycle.PAYMENT_RECEIVED and open_request is not None:
            requested_on, due_then = open_request
            added = cal.working_days_between(due_then, e.due_date) if due_then and e.due_date else 0
            pauses.append(PauseInfo(requested_on, to_local(e.at).date(), added))
            open_request = None
    if open_request is not None:
        pauses.append(PauseInfo(open_request[0], None, 0))
    return tuple(pauses)
