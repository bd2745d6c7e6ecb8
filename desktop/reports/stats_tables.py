"""The dossier tables of the period report: Biểu 06/VPCP/KSTT by field, and the late dossiers with their reasons.

Both are laid out for a landscape A4 annex page, with wrapped, repeated header rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.domain.text import vi_sort_key
from desktop.reports.data import LateDossier
from desktop.reports.formats import dmy, num, pct
from desktop.reports.layout import Styles, grid, para
from desktop.services.statistics import DossierRow, DossierStats

FORM06_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
UNIT_LINE = "Đơn vị tính: Số hồ sơ TTHC"
# Columns (3)–(13) are those of the form; (14)–(16) show what the identities and the rates need.
FORM06_FIELDS = ("received_total", "received_online", "received_direct_postal", "carried_over", "resolved_total",
                 "resolved_early", "resolved_on_time", "resolved_late", "in_progress_total", "in_progress_within",
                 "in_progress_overdue", "closed_without_result")


def form06_values(row: DossierRow) -> list[str]:
    """One table row's figures as printed, (3) to (16)."""
    return [num(getattr(row, f)) for f in FORM06_FIELDS] + [pct(row.on_time_rate), pct(row.online_rate)]


def form06_table(st: Styles, stats: DossierStats, width: float) -> Flowable:
    h = st.cell(8.5, bold=True, align=TA_CENTER)
    n = st.cell(8, italic=True, align=TA_CENTER)
    c = st.cell(9.5, align=TA_CENTER)
    cb = st.cell(9.5, bold=True, align=TA_CENTER)

    def p(text: str, style=h) -> Paragraph:  # noqa: ANN001 - a ParagraphStyle
        return para(text, style)

    head = [
        [p("STT"), p("Lĩnh vực giải quyết"), p("Số hồ sơ nhận giải quyết"), "", "", "", p("Kết quả giải quyết"), "",
         "", "", p("Số hồ sơ đang giải quyết"), "", "", p("Hồ sơ rút, từ chối, dừng xử lý"),
         p("Tỷ lệ đúng hạn"), p("Tỷ lệ trực tuyến")],
        ["", "", p("Tổng số"), p("Trong kỳ"), "", p("Từ kỳ trước chuyển qua"), p("Tổng số"), p("Trả trước hạn"),
         p("Trả đúng thời hạn"), p("Trả quá hạn"), p("Tổng số"), p("Chưa đến hạn"), p("Quá hạn"), "", "", ""],
        ["", "", "", p("Trực tuyến"), p("Trực tiếp, dịch vụ bưu chính"), "", "", "", "", "", "", "", "", "", "", ""],
        [p(f"({i})", n) for i in range(1, 17)],
    ]
    body = [[p(str(i), c), para(r.field, st.cell(9.5)), *(p(v, c) for v in form06_values(r))]
            for i, r in enumerate(sorted(stats.by_field, key=lambda r: vi_sort_key(r.field)), 1)]
    total = [p("", c), para("Tổng cộng", st.cell(9.5, bold=True)), *(p(v, cb) for v in form06_values(stats.total))]
    fixed = 9 * mm + 44 * mm
    rates = 2 * 15 * mm
    counts = (width - fixed - rates) / 12
    widths = [9 * mm, 44 * mm, *([counts] * 12), 15 * mm, 15 * mm]
    spans = [("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)), ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)),
             ("SPAN", (10, 0), (12, 0)), ("SPAN", (13, 0), (13, 2)), ("SPAN", (14, 0), (14, 2)),
             ("SPAN", (15, 0), (15, 2)), ("SPAN", (2, 1), (2, 2)), ("SPAN", (3, 1), (4, 1)), ("SPAN", (5, 1), (5, 2)),
             *(("SPAN", (col, 1), (col, 2)) for col in range(6, 13))]
    return grid([*head, *body, total], widths, header_rows=4, extra=spans)


def form06_block(st: Styles, stats: DossierStats, span: str, width: float, attached_to: str) -> list[Flowable]:
    """Annex I: the form's titles, the unit line and the table."""
    return [para("Phụ lục I", st.center(13, bold=True)),
            para(FORM06_TITLE, st.center(13, bold=True)),
            para(f"({span})", st.center(12, italic=True)),
            para(f"(Kèm theo {attached_to})", st.center(12, italic=True)),
            para(UNIT_LINE, st.style("unit", 11, italic=True, align=TA_RIGHT)),
            Spacer(1, 2 * mm),
            form06_table(st, stats, width),
            Spacer(1, 2 * mm),
            para("Ghi chú: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); "
                 "(3) = (7) + (11) + (14). Tỷ lệ đúng hạn (15) = [(8) + (9)] / (7); "
                 "tỷ lệ trực tuyến (16) = (4) / [(4) + (5)].", st.cell(10, italic=True))]


def late_block(st: Styles, late: Sequence[LateDossier], total: DossierRow, width: float) -> list[Flowable]:
    """Annex II: every late dossier of the period, resolved late or still overdue, with the reason given."""
    h = st.cell(9.5, bold=True, align=TA_CENTER)
    left = st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Mã hồ sơ", "Lĩnh vực, thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả",
                                  "Ngày có kết quả", "Lý do quá hạn")]]
    rows: list[list[object]] = []
    for i, d in enumerate(sorted(late, key=lambda d: (vi_sort_key(d.field), d.received_at, d.code)), 1):
        # Cells that never wrap are plain strings: a year's list runs to thousands of rows, and a Paragraph per
        # cell would triple the time to build it.
        done = dmy(d.finished_at) if d.finished_at else "Đang giải quyết"
        rows.append([str(i), d.code, para(f"{d.field}: {d.procedure}", left), dmy(d.received_at), dmy(d.due_date),
                     done, para(d.late_reason or "Chưa ghi lý do", left)])
    widths = [10 * mm, 38 * mm, 70 * mm, 22 * mm, 22 * mm, 25 * mm]
    widths.append(width - sum(widths))
    strings = [("FONTSIZE", (0, 1), (-1, -1), 9.5), ("ALIGN", (0, 1), (1, -1), "CENTER"),
               ("ALIGN", (3, 1), (5, -1), "CENTER")]
    summary = (f"Tổng số: {num(total.resolved_late + total.in_progress_overdue)} hồ sơ (đã giải quyết quá hạn: "
               f"{num(total.resolved_late)}; đang giải quyết, đã quá hạn: {num(total.in_progress_overdue)}).")
    return [para("Phụ lục II", st.center(13, bold=True)),
            para("DANH SÁCH HỒ SƠ QUÁ HẠN VÀ LÝ DO", st.center(13, bold=True)),
            Spacer(1, 2 * mm), para(summary, st.cell(11)), Spacer(1, 2 * mm),
            grid([*head, *rows], widths, header_rows=1, extra=strings)]
