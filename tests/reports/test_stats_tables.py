"""Form II.06a has one builder: the commune's and the province's reports take its wording from
`desktop.reports.stats_tables`; it lays out the rows it is handed in the order given, thirteen columns whose
identities hold in every row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.domain.form06 import form06_row
from desktop.domain.periods import month_period
from desktop.reports import layout
from desktop.reports.model import Form06Table
from desktop.reports.stats_tables import FormUnits, form06_block, form06_values

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
PHRASES = ("Biểu số II.06a", "Số lượng hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết", "(3) = (7) + (11).",
           "Đơn vị nhận báo cáo", "a) Tiếp nhận: tổng số hồ sơ", "b) Kết quả giải quyết",
           "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI")


def test_the_form_wording_has_one_home() -> None:
    for phrase in PHRASES:
        homes = sorted(str(p.relative_to(DESKTOP)) for p in (DESKTOP / "reports").rglob("*.py")
                       if phrase in p.read_text(encoding="utf-8"))
        homes += sorted(str(p.relative_to(DESKTOP)) for p in (DESKTOP / "server").rglob("*.py")
                        if phrase in p.read_text(encoding="utf-8"))
        assert homes == ["reports/stats_tables.py"], phrase


def test_rows_come_out_in_the_order_given_with_the_total_last(tmp_path: Path) -> None:
    rows = (form06_row("Xã Zeta", "2", {"received_online": 3, "form_on_time": 1, "form_within": 2}),
            form06_row("Phường Alpha", "1", {"carried_over": 2, "form_overdue": 2}))
    total = form06_row("Toàn tỉnh", "", {"received_online": 3, "carried_over": 2, "form_on_time": 1,
                                         "form_within": 2, "form_overdue": 2})
    st = layout.styles()
    units = FormUnits("Ủy ban nhân dân tỉnh Quảng Ninh", "Văn phòng Chính phủ", "các xã, phường")
    story = form06_block(st, Form06Table(rows, total), month_period(date(2026, 11, 1)), 260 * mm, "Báo cáo số …",
                         units, annex="I", scope="Tổng hợp theo từng xã, phường", label="Xã, phường",
                         total_label="Toàn tỉnh")
    out = tmp_path / "bieu.pdf"
    layout.write_pdf(out, story, title_text="Biểu", author="UBND", first="landscape")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert text.index("Xã Zeta") < text.index("Phường Alpha") < text.index("Toàn tỉnh 5")
    assert "Xã, phường" in text and "Tổng hợp theo từng xã, phường" in text
    assert "TẠI CÁC XÃ, PHƯỜNG" in text and "Kỳ báo cáo: tháng 11 năm 2026" in text
    assert f"Xã Zeta {' '.join(form06_values(rows[0]))}" in text
    # Zeta: 3 received, 1 on time, 2 within; Alpha: 2 carried, both overdue. 3 = 7 + 11 on every line.
    assert form06_values(rows[0]) == ["3", "3", "0", "0", "1", "0", "1", "0", "2", "2", "0"]
    assert f"Toàn tỉnh {' '.join(form06_values(total))}" in text
