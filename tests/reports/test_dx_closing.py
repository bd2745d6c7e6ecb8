"""Closing the digital-transformation report's period (report kind "dx"): one lock with form II.06a's, its own
sign-off row; a reprint after later edits is the same file; leaders only; reopening takes a reason."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from report_pdf import read
from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.periods import parse_period
from desktop.reports.dx_report import build_dx_report
from desktop.services import closed_periods, dx_closing, tasks, villages
from desktop.services.errors import PermissionDenied
from desktop.store.models import OutboxOp, ReportSignoff

NOV = parse_period("month", "2026-11")  # 15/10/2026 – 14/11/2026; the fixtures' clock is 20/11/2026


def _print(ctx, out: Path) -> tuple[str, str]:  # noqa: ANN001
    made = dx_closing.paper(ctx, NOV)
    build_dx_report(made.data, out, comments=made.comments, number=made.number, invariant=made.closed is not None)
    return read(out).text(), hashlib.sha256(out.read_bytes()).hexdigest()


def test_closed_dx_report_reprints_identically_and_keeps_its_figures(ctx, db, tmp_path) -> None:  # noqa: ANN001
    villages.add_village(ctx, "Thôn 1", households=40)
    tasks.add_task(ctx, "T1", "Số hóa hồ sơ lưu trữ", date(2026, 10, 31), source_document="KH 02-KH/BCĐTW")
    closed = dx_closing.close(ctx, NOV, tmp_path / "closed.pdf", comments="Đề nghị hỗ trợ phủ sóng.", number="17")
    assert closed.pdf_sha256 == hashlib.sha256((tmp_path / "closed.pdf").read_bytes()).hexdigest()
    assert closed.number == "17" and closed.total is None  # the II.06a total is form II.06a's alone
    assert closed_periods.closed_period(ctx, NOV) is None  # the II.06a paper of the month stays open
    signed = read(tmp_path / "closed.pdf").text()
    assert "17/BC-UBND" in signed and "Đề nghị hỗ trợ phủ sóng." in signed

    villages.add_village(ctx, "Thôn 2", households=55)  # later edits change today's figures…
    tasks.complete_task(ctx, "T1", date(2026, 11, 10))
    text, digest = _print(ctx, tmp_path / "again.pdf")
    assert (text, digest) == (signed, closed.pdf_sha256)  # …not the closed paper
    with db.session() as s:
        row = s.scalar(select(ReportSignoff).where(ReportSignoff.kind == "dx-month"))
        assert row is not None and row.period_key == "2026-11"
        figures = json.loads(row.figures)
        assert figures["villages_without_team"] == ["Thôn 1"] and figures["tasks"]["overdue"] == 1
        payload = s.scalars(select(OutboxOp).where(OutboxOp.table_name == "report_signoffs")).all()[-1].payload
        # The snapshot travels with the row, so the commune's other PCs reprint the same paper.
        assert payload["pdf_sha256"] == row.pdf_sha256 and payload["snapshot"] == row.snapshot != ""

    with pytest.raises(ValidationError) as caught:
        dx_closing.close(ctx, NOV, tmp_path / "twice.pdf")
    assert caught.value.code == "period.already_closed"
    dx_closing.reopen(ctx, NOV, "Nhiệm vụ T1 đã hoàn thành trước kỳ báo cáo")
    text, digest = _print(ctx, tmp_path / "open.pdf")
    assert digest != closed.pdf_sha256 and "Thôn 2" in text  # open again: today's figures


def test_only_leaders_close_ended_periods_and_reopen_with_a_reason(ctx, tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(PermissionDenied):
        dx_closing.close(replace(ctx, role="officer"), NOV, tmp_path / "o.pdf")
    with pytest.raises(ValidationError) as caught:
        dx_closing.close(ctx, parse_period("month", "2026-12"), tmp_path / "x.pdf")
    assert caught.value.code == "period.not_ended"
    assert not (tmp_path / "o.pdf").exists() and not (tmp_path / "x.pdf").exists()
    dx_closing.close(replace(ctx, role="leader"), NOV, tmp_path / "c.pdf")
    with pytest.raises(PermissionDenied):
        dx_closing.reopen(replace(ctx, role="officer"), NOV, "Sai số liệu")
    with pytest.raises(ValidationError) as caught:
        dx_closing.reopen(ctx, NOV, " ")
    assert caught.value.field == "reason"
