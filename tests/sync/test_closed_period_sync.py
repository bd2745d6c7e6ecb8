"""A period closed on one PC reprints identically on another PC of the commune: the closed row travels through the
province with the snapshot of its paper, so the other PC lays out what was signed, not what it reads today. A later
change to the closed month made on one PC shows its mark on the other."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from pypdf import PdfReader
from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sync_support import enrolled_pc, new_commune

from desktop.domain.periods import parse_period
from desktop.reports.model import PeriodReportData
from desktop.reports.monthly import build_period_report
from desktop.services import closed_periods, training
from desktop.services.dossiers import DossierInput, change_status, get_dossier, register_dossier
from desktop.services.report_snapshot import loads
from desktop.store.models import ReportSignoff

NOV = parse_period("month", "2026-11")  # 15/10/2026 – 14/11/2026


def test_a_closed_period_reprints_alike_on_another_pc(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    one, two = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        code = register_dossier(one.ctx, DossierInput("1.001193", "Phạm Thị Hoa", "online",
                                                      received_at=datetime(2026, 11, 5, 2))).code
        change_status(one.ctx, code, "finish", at=datetime(2026, 11, 5, 7))
        for pc in (one, two):
            pc.clock.now = datetime(2026, 12, 4, 3)
        closed = closed_periods.close_period(one.ctx, NOV, tmp_path / "signed.pdf", number="07",
                                             comments="Không có kiến nghị.")
        one.sync(srv)
        # Meanwhile the other PC logs a course held in November: a fresh read of the period would print it.
        training.add_course(two.ctx, "Kỹ năng số cho tổ công nghệ số cộng đồng", start_date=date(2026, 11, 10),
                            hours=4)
        assert "Kỹ năng số" in read_paper(two, tmp_path / "before.pdf")
        two.sync(srv)

        with two.db.session() as s:
            row = s.query(ReportSignoff).one()
            assert row.state == "signed" and loads(row.snapshot, PeriodReportData) is not None
        again = tmp_path / "again.pdf"
        text = read_paper(two, again)
        assert hashlib.sha256(again.read_bytes()).hexdigest() == closed.pdf_sha256
        assert text == _text(tmp_path / "signed.pdf") and "Kỹ năng số" not in text
        assert "Số: 07/BC-UBND" in text and "ngày 04 tháng 12 năm 2026" in text

        # A November dossier entered late on the second PC reaches the first one marked as changing the closed month.
        for pc in (one, two):
            pc.clock.now = datetime(2026, 12, 9, 3)
        late = register_dossier(two.ctx, DossierInput("1.001193", "Lê Văn Cường", "direct",
                                                      received_at=datetime(2026, 11, 10, 9))).code
        two.sync(srv)
        one.sync(srv)
        for pc in (one, two):
            marks = get_dossier(pc.ctx, late).closed_changes
            assert [(m.period_key, m.closed_on, m.changed_on) for m in marks] == [
                ("2026-11", date(2026, 12, 4), date(2026, 12, 9))]
        assert get_dossier(one.ctx, code).closed_changes == ()
    finally:
        one.db.close()
        two.db.close()


def read_paper(pc, out) -> str:  # noqa: ANN001
    made = closed_periods.paper(pc.ctx, NOV)
    build_period_report(made.data, out, comments=made.comments, number=made.number,
                        invariant=made.closed is not None)
    return _text(out)


def _text(path) -> str:  # noqa: ANN001
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
