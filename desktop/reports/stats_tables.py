"""The dossier parts of the reports: Biểu 06a (by field on the commune's paper, by commune and by field on the
province's), its totals in words, and the late dossiers with their reasons. One builder for both papers.

Tables are laid out for a landscape A4 annex page, with wrapped, repeated header rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.form06 import Form06Row
from desktop.domain.text import vi_sort_key
from desktop.reports.formats import dmy, num, pct
from desktop.reports.layout import Styles, grid, para
from desktop.reports.model import Form06Table, LateDossier

FORM06_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
UNIT_LINE = "Đơn vị tính: Số hồ sơ TTHC"
# Columns (3)–(13) are those of the form; (14)–(16) show what the identities and the rates need.
FORM06_FIELDS = ("received_total", "received_online", "received_direct_postal", "carried_over", "resolved_total",
                 "resolved_early", "resolved_on_time", "resolved_late", "in_progress_total", "in_progress_within",
                 "in_progress_overdue", "closed_without_result")


def form06_values(row: Form06Row) -> list[str]:
    """One table row's figures as printed, (3) to (16)."""
    return [num(getattr(row, f)) for f in FORM06_FIELDS] + [pct(row.on_time_rate), pct(row.online_rate)]


def form06_head(label: str) -> list[list[str | None]]:
    """The header rows of Biểu 06a (None under a merged cell), `label` over column (2); the PDF and XLSX share it."""
    n = None
    return [
        ["STT", label, "Số hồ sơ nhận giải quyết", n, n, n, "Kết quả giải quyết", n, n, n,
         "Số hồ sơ đang giải quyết", n, n, "Hồ sơ rút, từ chối, dừng xử lý", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến"],
        [n, n, "Tổng số", "Trong kỳ", n, "Từ kỳ trước chuyển qua", "Tổng số", "Trả trước hạn", "Trả đúng thời hạn",
         "Trả quá hạn", "Tổng số", "Chưa đến hạn", "Quá hạn", n, n, n],
        [n, n, n, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", n, n, n, n, n, n, n, n, n, n, n],
        [f"({i})" for i in range(1, 17)],
    ]


FORM06_NOTE = ("Ghi chú: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11) + (14). "
               "Tỷ lệ đúng hạn (15) = [(8) + (9)] / (7); tỷ lệ trực tuyến (16) = (4) / [(4) + (5)].")


def _head(st: Styles, label: str) -> list[list[object]]:
    h, n = st.cell(8.5, bold=True, align=TA_CENTER), st.cell(8, italic=True, align=TA_CENTER)
    rows = form06_head(label)
    return [*([para(t, h) if t else "" for t in row] for row in rows[:-1]), [para(t or "", n) for t in rows[-1]]]


_SPANS = [("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)), ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)),
          ("SPAN", (10, 0), (12, 0)), ("SPAN", (13, 0), (13, 2)), ("SPAN", (14, 0), (14, 2)),
          ("SPAN", (15, 0), (15, 2)), ("SPAN", (2, 1), (2, 2)), ("SPAN", (3, 1), (4, 1)), ("SPAN", (5, 1), (5, 2)),
          *(("SPAN", (col, 1), (col, 2)) for col in range(6, 13))]


def form06_table(st: Styles, table: Form06Table, width: float, *, label: str = "Lĩnh vực giải quyết",
                 total_label: str = "Tổng cộng") -> Flowable:
    """Biểu 06a: the rows in the order given (fields, or communes), then the total in bold."""
    name = st.cell(9.5)
    rows: list[list[object]] = [[str(i), para(r.field, name), *form06_values(r)] for i, r in enumerate(table.rows, 1)]
    rows.append(["", para(total_label, st.cell(9.5, bold=True)), *form06_values(table.total)])
    fixed, rates = 9 * mm + 44 * mm, 2 * 15 * mm
    counts = (width - fixed - rates) / 12
    widths = [9 * mm, 44 * mm, *([counts] * 12), 15 * mm, 15 * mm]
    # Figures are plain strings (a province has hundreds of rows, a Paragraph each would be slow); the total is bold.
    body = [("FONTSIZE", (0, 4), (-1, -1), 9.5), ("ALIGN", (0, 4), (0, -1), "CENTER"),
            ("ALIGN", (2, 4), (-1, -1), "CENTER"), ("FONTNAME", (0, -1), (-1, -1), st.fonts.bold)]
    return grid([*_head(st, label), *rows], widths, header_rows=4, extra=[*_SPANS, *body])


def form06_notes(st: Styles) -> Flowable:
    return para(FORM06_NOTE, st.cell(10, italic=True))


def annex_head(st: Styles, number: str, title: str, span: str, attached: str, scope: str = "") -> list[Flowable]:
    """“Phụ lục N”, its title (and scope), the period and the paper it is attached to."""
    return [para(f"Phụ lục {number}", st.center(13, bold=True)), para(title, st.center(13, bold=True)),
            *([para(scope, st.center(13, bold=True))] if scope else []),
            para(f"({span})", st.center(12, italic=True)), para(f"(Kèm theo {attached})", st.center(12, italic=True))]


def unit_line(st: Styles, text: str = UNIT_LINE) -> list[Flowable]:
    return [para(text, st.style("unit", 11, italic=True, align=TA_RIGHT)), Spacer(1, 2 * mm)]


def form06_block(st: Styles, table: Form06Table, span: str, width: float, attached_to: str, *, annex: str = "I",
                 scope: str = "", label: str = "Lĩnh vực giải quyết", total_label: str = "Tổng cộng"
                 ) -> list[Flowable]:
    """An annex with Biểu 06a: the titles, the unit line, the table and the note on its identities."""
    return [*annex_head(st, annex, FORM06_TITLE, span, attached_to, scope), *unit_line(st),
            form06_table(st, table, width, label=label, total_label=total_label), Spacer(1, 2 * mm),
            form06_notes(st)]


def dossier_summary(st: Styles, t: Form06Row) -> list[Flowable]:
    """The report's paragraphs a)–c) on dossiers: Biểu 06a's totals in words."""
    body = st.body()
    unrated = f"; chưa xác định thời hạn {num(t.resolved_unrated)}" if t.resolved_unrated else ""
    return [
        para(f"a) Tiếp nhận: tổng số hồ sơ nhận giải quyết trong kỳ là {num(t.received_total)} hồ sơ, trong đó: "
             f"tiếp nhận trực tuyến {num(t.received_online)} hồ sơ; trực tiếp và qua dịch vụ bưu chính công ích "
             f"{num(t.received_direct_postal)} hồ sơ (qua bưu chính {num(t.received_postal)}); từ kỳ trước chuyển "
             f"sang {num(t.carried_over)} hồ sơ. Hồ sơ tiếp nhận không phụ thuộc địa giới hành chính: "
             f"{num(t.received_boundary_free)} hồ sơ.", body),
        para(f"b) Kết quả giải quyết: đã giải quyết {num(t.resolved_total)} hồ sơ (trả trước hạn "
             f"{num(t.resolved_early)}; đúng hạn {num(t.resolved_on_time)}; quá hạn {num(t.resolved_late)}"
             f"{unrated}); tỷ lệ giải quyết đúng hạn {pct(t.on_time_rate)}. Đang giải quyết "
             f"{num(t.in_progress_total)} hồ sơ (chưa đến hạn {num(t.in_progress_within)}; quá hạn "
             f"{num(t.in_progress_overdue)}). Công dân rút hồ sơ, từ chối tiếp nhận hoặc dừng xử lý: "
             f"{num(t.closed_without_result)} hồ sơ.", body),
        para(f"c) Tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận mới: {pct(t.online_rate)}.", body),
    ]


def late_block(st: Styles, late: Sequence[LateDossier], total: Form06Row, width: float) -> list[Flowable]:
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
