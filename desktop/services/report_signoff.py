"""A period report's draft (the officer's comments and the document number) and the state of its sign-off.

Anyone may keep a draft; only a leader or an administrator signs a report off, by closing its period
(`services.closed_periods`), after which its comments are frozen until a leader reopens it. Every change goes
through the unit of work, so it is audited and queued for sync.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Term
from desktop.domain.text import nfc
from desktop.services.context import ServiceContext, to_local, unit_of_work
from desktop.services.dto import Record
from desktop.store.models import Officer, ReportSignoff

MONTH, QUARTER, HALF, YEAR = "month", "quarter", "half", "year"
KINDS = (MONTH, QUARTER, HALF, YEAR)
DRAFT, SIGNED = "draft", "signed"
SIGNING_ROLES = ("leader", "admin")
MAX_COMMENTS = 20_000  # a few pages of section 4; more is a paste gone wrong
MAX_NUMBER = 32
# Two PCs of one commune writing the same period's report must meet in one row on the server, not collide on the
# (commune, kind, period) key: the row id is derived from that key instead of drawn at random.
_ID_NAMESPACE = uuid.UUID("9b6f0c9e-4f3a-5b7e-9a51-3c2d8e1f6a70")
_PERIOD_KEYS = {MONTH: re.compile(r"\d{4}-(0[1-9]|1[0-2])"), QUARTER: re.compile(r"\d{4}-Q[1-4]"),
                HALF: re.compile(r"\d{4}-H[12]"), YEAR: re.compile(r"\d{4}")}


@dataclass(frozen=True)
class ReportState(Record):
    """What the report page shows of one period's paper."""

    kind: str
    period_key: str
    comments: str
    number: str
    signed: bool
    signed_by: str  # username
    signed_by_name: str
    signed_at: datetime | None  # local time
    saved_at: datetime | None  # local time of the last change; None while nothing was ever saved


def report_id(commune_code: str, kind: str, period_key: str) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, f"report:{commune_code}:{kind}:{period_key}"))


def _check_key(kind: str, period_key: str) -> None:
    if kind not in KINDS:
        raise ValidationError("kind.invalid#check_key", field="kind")
    if not _PERIOD_KEYS[kind].fullmatch(period_key or ""):
        raise ValidationError("period.invalid", field="period", period_key=period_key)


def _clean(comments: str, number: str) -> tuple[str, str]:
    # Kept as typed (the paper drops blank lines itself): a trailing space the officer just typed must survive.
    text = nfc((comments or "").replace("\r\n", "\n"))
    if len(text) > MAX_COMMENTS:
        raise ValidationError("comments.too_long", field="comments",
                              limit=Term(f"{MAX_COMMENTS:,}".replace(",", "."), f"{MAX_COMMENTS:,}"))
    num = nfc((number or "").strip())
    if len(num) > MAX_NUMBER:
        raise ValidationError("number.too_long", field="number", max_number=MAX_NUMBER)
    return text, num


def _row(session: Session, kind: str, period_key: str) -> ReportSignoff | None:
    return session.scalar(select(ReportSignoff).where(
        ReportSignoff.kind == kind, ReportSignoff.period_key == period_key, ReportSignoff.deleted_at.is_(None)))


def _state(row: ReportSignoff) -> ReportState:
    return ReportState(row.kind, row.period_key, row.comments, row.number, row.state == SIGNED, row.signed_by,
                       row.signed_by_name, to_local(row.signed_at) if row.signed_at else None,
                       to_local(row.updated_at))


def _signer_name(session: Session, actor: str) -> str:
    name = session.scalar(select(Officer.full_name).where(or_(Officer.username == actor, Officer.id == actor)))
    return name or actor


def _signed_error() -> ValidationError:
    return ValidationError("report.signed", field="comments")


def get_report_state(ctx: ServiceContext, kind: str, period_key: str) -> ReportState:
    """The period's draft and sign-off; an empty draft when nothing was saved yet."""
    _check_key(kind, period_key)
    with ctx.db.session() as session:
        row = _row(session, kind, period_key)
        if row is None:
            return ReportState(kind, period_key, "", "", False, "", "", None, None)
        return _state(row)


def save_draft(ctx: ServiceContext, kind: str, period_key: str, comments: str, number: str) -> ReportState:
    """Keep what the officer typed; nothing is written when it did not change. Refused once signed off."""
    _check_key(kind, period_key)
    text, num = _clean(comments, number)
    with unit_of_work(ctx) as uow:
        row = _row(uow.session, kind, period_key)
        if row is None and not (text.strip() or num):
            return ReportState(kind, period_key, "", "", False, "", "", None, None)  # nothing typed: no row yet
        if row is None:
            row = uow.add(ReportSignoff(id=report_id(uow.commune_code, kind, period_key), kind=kind,
                                        period_key=period_key, comments=text, number=num, state=DRAFT))
        elif row.state == SIGNED:
            if (row.comments, row.number) != (text, num):
                raise _signed_error()
        else:
            uow.update(row, {"comments": text, "number": num})
        return _state(row)
