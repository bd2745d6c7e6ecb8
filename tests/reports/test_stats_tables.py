"""Biểu 06a has one builder: the commune's report, the province's report and the workbook all take its wording
from `desktop.reports.stats_tables`, and the builder lays out the rows it is handed in the order given."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.domain.form06 import form06_row
from desktop.reports import layout
from desktop.reports.model import Form06Table
from desktop.reports.stats_tables import form06_block, form06_values

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
PHRASES = ("Số hồ sơ nhận giải quyết", "Trả đúng thời hạn", "Từ kỳ trước chuyển qua", "Ghi chú: (3)",
           "a) Tiếp nhận: tổng số hồ sơ", "b) Kết quả giải quyết", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC")


def test_the_form_wording_has_one_home() -> None:
    for phrase in PHRASES:
        homes = sorted(str(p.relative_to(DESKTOP)) for p in (DESKTOP / "reports").rglob("*.py")
                       if phrase in p.read_text(encoding="utf-8"))
        homes += sorted(str(p.relative_to(DESKTOP)) for p in (DESKTOP / "server").rglob("*.py")
                        if phrase in p.read_text(encoding="utf-8"))
        assert homes == ["reports/stats_tables.py"], phrase


def test_rows_come_out_in_the_order_given_with_the_total_last(tmp_path: Path) -> None:
    rows = (form06_row("Xã Zeta", "2", {"received_online": 3, "resolved_on_time": 1}),
            form06_row("Phường Alpha", "1", {"carried_over": 2, "in_progress_overdue": 2}))
    total = form06_row("Toàn tỉnh", "", {"received_online": 3, "carried_over": 2, "resolved_on_time": 1,
                                         "in_progress_overdue": 2})
    st = layout.styles()
    story = form06_block(st, Form06Table(rows, total), "Từ ngày 01/11/2026 đến ngày 30/11/2026", 260 * mm,
                         "Báo cáo số …", annex="I", scope="Tổng hợp theo từng xã, phường", label="Xã, phường",
                         total_label="Toàn tỉnh")
    out = tmp_path / "bieu.pdf"
    layout.write_pdf(out, story, title_text="Biểu", author="UBND", first="landscape")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert text.index("Xã Zeta") < text.index("Phường Alpha") < text.index("Toàn tỉnh 5")
    assert "Xã, phường" in text and "Tổng hợp theo từng xã, phường" in text
    assert f"Xã Zeta {' '.join(form06_values(rows[0]))}" in text
