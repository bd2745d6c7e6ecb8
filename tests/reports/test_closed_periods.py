"""Closing a period: what was signed reprints identically (text and bytes) after later edits, the next paper lists
the changes as adjustments, open and calendar periods cannot be closed, reopening needs a leader and a reason."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from report_pdf import read
from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.periods import parse_period
from desktop.reports.model import PeriodReportData
from desktop.reports.monthly import build_period_report
from desktop.services import closed_periods, dossiers, report_snapshot
from desktop.services.dossiers import DossierInput
from desktop.services.errors import PermissionDenied
from desktop.services.statistics import dossier_stats
from desktop.store.models import AuditEntry, OutboxOp, ReportSignoff

HT, XD = "1.001193", "1.009994"
NOV = parse_period("month", "2026-11")  # 15/10/2026 – 14/11/2026


def _dossier(ctx, proc: str, received: datetime, channel: str = "direct", steps=()) -> str:  # noqa: ANN001
    code = dossiers.register_dossier(ctx, DossierInput(proc, "Phạm Thị Hoa", channel, received_at=received)).code
    for action, at in steps:
        dossiers.change_status(ctx, code, action, at=at)
    return code


@pytest.fixture
def november(ctx, clock) -> dict[str, str]:  # noqa: ANN001
    clock.now = datetime(2026, 11, 6, 3)
    codes = {"open": _dossier(ctx, XD, datetime(2026, 10, 20, 9)),
             "done": _dossier(ctx, HT, datetime(2026, 11, 5, 9), "online", [("finish", datetime(2026, 11, 5, 14))])}
    clock.now = datetime(2026, 12, 4, 3)  # Friday 4 December, 10:00 in Hà Nội
    return codes


def _print(ctx, period, out: Path) -> tuple[str, str]:  # noqa: ANN001
    made = closed_periods.paper(ctx, period)
    build_period_report(made.data, out, comments=made.comments, number=made.number,
                        invariant=made.closed is not None)
    return read(out).text(), hashlib.sha256(out.read_bytes()).hexdigest()


def test_a_closed_period_reprints_identically_after_later_edits(ctx, clock, november, tmp_path) -> None:  # noqa: ANN001
    closed = closed_periods.close_period(ctx, NOV, tmp_path / "closed.pdf", comments="Không có kiến nghị.",
                                         number="05")
    assert closed.pdf_sha256 == hashlib.sha256((tmp_path / "closed.pdf").read_bytes()).hexdigest()
    assert closed.document_date == ctx.today() and closed.number == "05"
    assert closed.total is not None and closed.total.received_total == 2
    signed_text = read(tmp_path / "closed.pdf").text()

    # Later: a supplement asked on the open dossier, and a dossier of November entered late.
    clock.now = datetime(2026, 12, 9, 3)
    dossiers.change_status(ctx, november["open"], "request-supplement", at=datetime(2026, 12, 9, 9))
    _dossier(ctx, HT, datetime(2026, 11, 10, 9), "online")
    text, digest = _print(ctx, NOV, tmp_path / "again.pdf")
    assert text == signed_text and digest == closed.pdf_sha256
    assert "ngày 04 tháng 12 năm 2026" in text and "Số: 05/BC-UBND" in text and "Không có kiến nghị." in text

    # The page's figures of the closed month are the closed ones; today's count has moved on.
    assert closed_periods.period_stats(ctx, NOV).total.received_total == 2
    assert dossier_stats(ctx, NOV.start, NOV.end).total.received_total == 3
    # The next paper lists what changed in the closed month; the change itself is in the audit as any edit is.
    dec = closed_periods.paper(ctx, parse_period("month", "2026-12")).data
    assert [(a.column, a.closed, a.now) for a in dec.adjustments if a.column.startswith("(3)")] == [
        ("(3) Tổng số tiếp nhận", 2, 3)]
    dec_text, _ = _print(ctx, parse_period("month", "2026-12"), tmp_path / "dec.pdf")
    assert "Điều chỉnh số liệu tháng 11 năm 2026 (Báo cáo số 05/BC-UBND): cột (3) Tổng số tiếp nhận đã báo cáo 2, " \
           "nay là 3" in dec_text


def test_closing_is_audited_queued_for_sync_and_keeps_figures_as_json(ctx, db, november, tmp_path) -> None:  # noqa: ANN001
    closed_periods.close_period(ctx, NOV, tmp_path / "c.pdf", number="05")
    with db.session() as s:
        row = s.scalar(select(ReportSignoff))
        assert row is not None and row.state == "signed" and (row.period_from, row.period_to) == (NOV.start, NOV.end)
        figures = json.loads(row.figures)
        assert figures["total"]["received_total"] == 2 and [r["field"] for r in figures["rows"]] == ["Hộ tịch",
                                                                                                    "Xây dựng"]
        payload = s.scalars(select(OutboxOp).where(OutboxOp.table_name == "report_signoffs")).all()[-1].payload
        assert payload["pdf_sha256"] == row.pdf_sha256 and "figures" in payload
        # The paper's snapshot travels too (deflated), so another PC reprints the very same paper.
        assert payload["snapshot"] == row.snapshot and row.snapshot.startswith("z:")
        kept = report_snapshot.loads(row.snapshot, PeriodReportData)
        assert kept is not None and kept.stats.total.received_total == 2
        assert s.scalar(select(AuditEntry).where(AuditEntry.table_name == "report_signoffs")) is not None


def test_open_calendar_and_closed_periods_are_refused(ctx, november, tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        closed_periods.close_period(ctx, parse_period("month", "2026-12"), tmp_path / "x.pdf")
    assert caught.value.code == "period.not_ended"
    with pytest.raises(ValidationError) as caught:
        closed_periods.close_period(ctx, parse_period("month", "2026-10", calendar=True), tmp_path / "x.pdf")
    assert caught.value.code == "period.calendar_closed"
    assert not (tmp_path / "x.pdf").exists()
    closed_periods.close_period(ctx, NOV, tmp_path / "c.pdf")
    with pytest.raises(ValidationError) as caught:
        closed_periods.close_period(ctx, NOV, tmp_path / "c2.pdf")
    assert caught.value.code == "period.already_closed"


def test_reopening_needs_a_leader_and_a_reason(ctx, db, november, tmp_path) -> None:  # noqa: ANN001
    closed_periods.close_period(ctx, NOV, tmp_path / "c.pdf")
    with pytest.raises(PermissionDenied):
        closed_periods.reopen_period(replace(ctx, role="officer"), NOV, "Sai số liệu")
    with pytest.raises(ValidationError) as caught:
        closed_periods.reopen_period(ctx, NOV, "  ")
    assert caught.value.field == "reason"
    closed_periods.reopen_period(ctx, NOV, "Bổ sung hồ sơ nhập muộn")
    assert closed_periods.closed_period(ctx, NOV) is None
    with db.session() as s:
        row = s.scalar(select(ReportSignoff))
        assert row is not None and row.reopen_reason == "Bổ sung hồ sơ nhập muộn" and row.snapshot == ""
    with pytest.raises(ValidationError) as caught:
        closed_periods.reopen_period(ctx, NOV, "again")
    assert caught.value.code == "period.not_closed"
    with pytest.raises(PermissionDenied):
        closed_periods.close_period(replace(ctx, role="officer"), NOV, tmp_path / "o.pdf")
