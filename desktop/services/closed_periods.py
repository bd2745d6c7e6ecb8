"""Closing a reporting period (a DHIS2-style lock) and printing its paper: closed figures stay as they were signed.

A leader closes a period that has ended: its form II.06a figures (rows and total, JSON), document number and date,
the printed PDF's SHA-256 and a snapshot of everything the paper showed are kept with the period's sign-off row,
which syncs to the province and the commune's other PCs, snapshot and all. Reprinting a closed period lays out
what was closed, whatever happened since and on whichever PC. Later edits that change a closed period's figures
are allowed — each is audited like any edit — and the next period's paper lists them as adjustments. Reopening
takes a reason, and is audited too.

The same lock serves every periodic paper, told apart by its report kind: form II.06a (`FORM06`, the sign-off
row's kind is the period's kind, "month") and the digital-transformation report (`services.dx_closing`, row kind
"dx-month"). Each kind keeps its own figures JSON; the checks, the stored row and the reopening are this module's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import periods
from desktop.domain.errors import ValidationError
from desktop.domain.form06 import Form06Row, row_from_dict
from desktop.domain.messages import Phrase
from desktop.domain.periods import Period, previous
from desktop.domain.text import nfc
from desktop.reports.model import Adjustment, Form06Table, PeriodReportData
from desktop.services import report_data, report_snapshot
from desktop.services.calendar import working_calendar
from desktop.services.context import ServiceContext, to_local, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import PermissionDenied
from desktop.services.report_signoff import DRAFT, SIGNED, SIGNING_ROLES, _clean, _signer_name, report_id
from desktop.services.statistics import DossierStats, dossier_stats
from desktop.store.models import ReportSignoff

CLOSABLE = ("month", "quarter", "half", "year")
# Columns (3)–(13) of form II.06a as the adjustments list names them.
COLUMNS = ("(3) Tổng số tiếp nhận", "(4) Tiếp nhận trực tuyến", "(5) Tiếp nhận trực tiếp, bưu chính",
           "(6) Từ kỳ trước chuyển qua", "(7) Đã giải quyết", "(8) Trả trước hạn", "(9) Trả đúng hạn",
           "(10) Trả quá hạn", "(11) Đang giải quyết", "(12) Trong hạn", "(13) Quá hạn")
SYMBOL = "BC-UBND"
FORM06 = ""  # the report kind of form II.06a: its rows carry the bare period kind (what the province sums)


def row_kind(period: Period, report: str = FORM06) -> str:
    """The sign-off row's kind: "month" for form II.06a, "dx-month" for the report of kind "dx"."""
    return f"{report}-{period.kind}" if report else period.kind


@dataclass(frozen=True)
class ClosedPeriod(Record):
    """A period's closure as the page and the CLI show it."""

    kind: str
    period_key: str
    period_from: date | None
    period_to: date | None
    number: str
    comments: str
    document_date: date | None
    pdf_sha256: str
    signed_by_name: str
    signed_at: datetime | None  # local
    total: Form06Row | None  # the closed total, None when the row holds no figures


@dataclass(frozen=True)
class Paper:
    """What to print for a period: its data, and the comments and number (the closed ones when it is closed)."""

    data: PeriodReportData
    comments: str
    number: str
    closed: ClosedPeriod | None


def _figures(table: Form06Table) -> str:
    return json.dumps({"rows": [r.to_dict() for r in table.rows], "total": table.total.to_dict()},
                      ensure_ascii=False, separators=(",", ":"))


def figures_table(text: str) -> Form06Table | None:
    """The closed form II.06a kept as JSON; None when there is none."""
    if not text:
        return None
    raw = json.loads(text)
    return Form06Table(tuple(row_from_dict(r) for r in raw["rows"]), row_from_dict(raw["total"]))


def _row(session: Session, period: Period, report: str = FORM06) -> ReportSignoff | None:
    return session.scalar(select(ReportSignoff).where(
        ReportSignoff.kind == row_kind(period, report), ReportSignoff.period_key == period.key,
        ReportSignoff.deleted_at.is_(None)))


def _closed(row: ReportSignoff | None, report: str = FORM06) -> ClosedPeriod | None:
    if row is None or row.state != SIGNED:
        return None
    table = figures_table(row.figures) if report == FORM06 else None
    return ClosedPeriod(row.kind, row.period_key, row.period_from, row.period_to, row.number, row.comments,
                        row.document_date, row.pdf_sha256, row.signed_by_name,
                        to_local(row.signed_at) if row.signed_at else None, table.total if table else None)


def _closable(period: Period) -> bool:
    return period.kind in CLOSABLE and not period.calendar and bool(period.key)


def closed_period(ctx: ServiceContext, period: Period, report: str = FORM06) -> ClosedPeriod | None:
    """The period's closure, or None while it is open (calendar periods and ranges are never closed)."""
    if not _closable(period):
        return None
    with ctx.db.session() as session:
        return _closed(_row(session, period, report), report)


def closed_snapshot(ctx: ServiceContext, period: Period, report: str = FORM06) -> str:
    """What the closed paper showed (its kept snapshot, which travels with the row); "" while open or when closed
    by a version that kept none."""
    with ctx.db.session() as session:
        row = _row(session, period, report)
        return row.snapshot if row is not None and row.state == SIGNED else ""


def closed_figures(ctx: ServiceContext, period: Period, report: str = FORM06) -> str:
    """The figures JSON the closure kept (it travels to the province); "" while open."""
    with ctx.db.session() as session:
        row = _row(session, period, report)
        return row.figures if row is not None and row.state == SIGNED else ""


def adjustments(ctx: ServiceContext, period: Period) -> tuple[Adjustment, ...]:
    """Changes since the previous period was closed: each column of its total whose figure now differs."""
    if not _closable(period):
        return ()
    before = previous(period)
    closed = closed_period(ctx, before)
    if closed is None or closed.total is None:
        return ()
    now = dossier_stats(ctx, before.start, before.end).total.form06a()
    number = f"{closed.number or '…'}/{SYMBOL}"
    return tuple(Adjustment(before.label, number, name, was, is_)
                 for name, was, is_ in zip(COLUMNS, closed.total.form06a(), now, strict=True) if was != is_)


def paper(ctx: ServiceContext, period: Period, *, comments: str = "", number: str = "",
          document_date: date | None = None, recipients: tuple[str, ...] = ()) -> Paper:
    """What the period's paper prints: for a closed period, exactly what was closed (its snapshot; figures, number
    and date from the closed row when it has none, closed by an older version); otherwise today's figures with the
    adjustments to the previous closed period."""
    closed = closed_period(ctx, period)
    if closed is not None:
        kept = report_snapshot.loads(closed_snapshot(ctx, period), PeriodReportData)
        if kept is None:  # closed by a version that kept no snapshot: the figures and date, the rest read afresh
            live = report_data.period_report(ctx, period, document_date=closed.document_date, recipients=recipients)
            kept = replace(live, stats=_closed_table(ctx, period) or live.stats)
        return Paper(kept, closed.comments, closed.number, closed)
    data = report_data.period_report(ctx, period, document_date=document_date, recipients=recipients)
    return Paper(replace(data, adjustments=adjustments(ctx, period)), comments, number, None)


def _closed_table(ctx: ServiceContext, period: Period) -> Form06Table | None:
    return figures_table(closed_figures(ctx, period))


def check_signer(ctx: ServiceContext) -> None:
    """Closing a period is the leader's sign-off: leaders and administrators only."""
    if ctx.role not in SIGNING_ROLES:
        raise PermissionDenied(Phrase("action.sign_off_reports"))


@dataclass(frozen=True)
class Printed:
    """What a closing printed: the figures and the snapshot to keep, and the document's date."""

    figures: str
    snapshot: str
    document_date: date | None


def close_report(ctx: ServiceContext, period: Period, out: Path | str, report: str, *, comments: str = "",
                 number: str = "", print_paper: Callable[[str, str], Printed]) -> ClosedPeriod:
    """Close the period for the report of kind `report`: refused unless a leader closes a period that has ended
    and is not closed yet; `print_paper(comments, number)` writes the paper (invariant bytes) to `out`, and what
    it printed is kept with the PDF's SHA-256."""
    check_signer(ctx)
    if not _closable(period):
        raise ValidationError("period.calendar_closed", field="period")
    today = ctx.today()
    if not period.complete(today):
        raise ValidationError("period.not_ended", field="period", label=period.label, end=f"{period.end:%d/%m/%Y}")
    already = closed_period(ctx, period, report)
    if already is not None:
        raise ValidationError("period.already_closed", field="period", label=period.label,
                              closed_on=f"{already.signed_at:%d/%m/%Y}" if already.signed_at else "")
    text, num = _clean(comments, number)
    printed = print_paper(text, num)
    digest = hashlib.sha256(Path(out).read_bytes()).hexdigest()
    values = {"comments": text, "number": num, "state": SIGNED, "signed_by": ctx.actor,
              "period_from": period.start, "period_to": period.end, "figures": printed.figures,
              "document_date": printed.document_date, "pdf_sha256": digest, "snapshot": printed.snapshot,
              "reopen_reason": ""}
    kind = row_kind(period, report)
    with unit_of_work(ctx) as uow:
        row = _row(uow.session, period, report)
        values.update(signed_by_name=_signer_name(uow.session, ctx.actor), signed_at=ctx.now())
        if row is None:
            row = uow.add(ReportSignoff(id=report_id(uow.commune_code, kind, period.key), kind=kind,
                                        period_key=period.key, **values))
        else:
            uow.update(row, values)
        closed = _closed(row, report)
    assert closed is not None
    return closed


def close_period(ctx: ServiceContext, period: Period, out: Path | str, *, comments: str = "", number: str = "",
                 document_date: date | None = None, recipients: tuple[str, ...] = ()) -> ClosedPeriod:
    """Print the period's paper to `out` and close the period with what it printed (leaders and administrators)."""
    def print_paper(text: str, num: str) -> Printed:
        from desktop.reports.monthly import build_period_report  # ReportLab loads only when a paper is printed

        made = paper(ctx, period, comments=text, number=num, document_date=document_date or ctx.today(),
                     recipients=recipients)
        build_period_report(made.data, out, comments=text, number=num, invariant=True)
        return Printed(_figures(made.data.stats), report_snapshot.dumps(made.data), made.data.dated)

    return close_report(ctx, period, out, FORM06, comments=comments, number=number, print_paper=print_paper)


def reopen_period(ctx: ServiceContext, period: Period, reason: str, report: str = FORM06) -> None:
    """A leader reopens a closed period, saying why; the audit keeps what was closed, by whom and when."""
    if ctx.role not in SIGNING_ROLES:
        raise PermissionDenied(Phrase("action.reopen_period"))
    why = nfc((reason or "").strip())
    if not why:
        raise ValidationError("reason.required", field="reason", label=Phrase("label.reopen_reason"))
    with unit_of_work(ctx) as uow:
        row = _row(uow.session, period, report) if _closable(period) else None
        if row is None or row.state != SIGNED:
            raise ValidationError("period.not_closed", field="period", label=period.label)
        uow.update(row, {"state": DRAFT, "signed_by": "", "signed_by_name": "", "signed_at": None, "figures": "",
                         "document_date": None, "pdf_sha256": "", "snapshot": "", "reopen_reason": why})


def due_date(ctx: ServiceContext, period: Period, working_days: int) -> date:
    """The day the period's report is due: `working_days` working days after its cut-off (the province's rule,
    a setting), counted on the commune's working-day calendar (holidays and declared days off skipped)."""
    with ctx.db.session() as session:
        return periods.due_date(period, working_calendar(session, period.end.year), working_days)


def period_stats(ctx: ServiceContext, period: Period) -> DossierStats:
    """Form II.06a of the period as the Báo cáo page shows it: the closed figures once it is closed (what was
    signed), today's count otherwise."""
    table = _closed_table(ctx, period) if closed_period(ctx, period) is not None else None
    if table is None:
        return dossier_stats(ctx, period.start, period.end)
    return DossierStats(period.start, period.end, period.end, table.rows, table.total)
