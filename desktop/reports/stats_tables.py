"""The dossier parts of the reports: form II.06a (by field on the commune's paper, by commune and by field on the
province's), its totals in words, and the late dossiers with their reasons. One builder for both papers.

Tables are laid out for a landscape A4 annex page, with wrapped, repeated header rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.domain.form06 import Form06Row
from desktop.domain.periods import Period
from desktop.domain.text import vi_sort_key
from desktop.reports.formats import dmy, num, pct, upper
from desktop.reports.layout import CELL_PADDING as _PAD
from desktop.reports.layout import Styles, grid, lines, para, table_style
from desktop.reports.model import Form06Table, LateDossier

FORM_NUMBER = "Biểu số II.06a/VPCP/KSTT"
FORM06_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI"
UNIT_LINE = "Đơn vị tính: Số hồ sơ TTHC"
FORM06_NOTE = ("Ghi chú: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11). "
               "Cột (9) gồm cả hồ sơ chờ bổ sung, hồ sơ trả lại (từ chối, dừng xử lý) và hồ sơ công dân rút.")


def form06_values(row: Form06Row) -> list[str]:
    """One table row's figures as printed, columns (3) to (13) of form II.06a."""
    return [num(v) for v in row.form06a()]


def head_texts(label: str = "Lĩnh vực giải quyết") -> list[list[str]]:
    """The three header rows of form II.06a, columns (1)–(13) ("" under a merged cell): the paper and the workbook
    both write them from here."""
    return [
        ["STT", label, "Số hồ sơ nhận giải quyết", "", "", "", "Số lượng hồ sơ đã giải quyết", "", "", "",
         "Số lượng hồ sơ đang giải quyết", "", ""],
        ["", "", "Tổng số", "Trong kỳ", "", "Từ kỳ trước chuyển qua", "Tổng số", "Trả trước hạn", "Trả đúng thời hạn",
         "Trả quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
        ["", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "", "", "", "", "", "", "", ""],
    ]


def _head(st: Styles, label: str) -> list[list[object]]:
    h, n = st.cell(8.5, bold=True, align=TA_CENTER), st.cell(8, italic=True, align=TA_CENTER)
    texts = head_texts(label)
    return [*([para(t, h) if t else "" for t in row] for row in texts), [para(f"({i})", n) for i in range(1, 14)]]


_SPANS = [("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)), ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)),
          ("SPAN", (10, 0), (12, 0)), ("SPAN", (2, 1), (2, 2)), ("SPAN", (3, 1), (4, 1)), ("SPAN", (5, 1), (5, 2)),
          *(("SPAN", (col, 1), (col, 2)) for col in range(6, 13))]


def form06_table(st: Styles, table: Form06Table, width: float, *, label: str = "Lĩnh vực giải quyết",
                 total_label: str = "Tổng cộng", note: str = "") -> Flowable:
    """Form II.06a, columns (1)–(13): the rows in the order given (fields, or communes), then the total in bold.

    `note` is set as an unruled last row of the table, so it always follows the total onto the same page (as a
    paragraph after the table it could be left alone at the top of the next page)."""
    name = st.cell(9.5)
    rows: list[list[object]] = [[str(i), para(r.field, name), *form06_values(r)] for i, r in enumerate(table.rows, 1)]
    rows.append(["", para(total_label, st.cell(9.5, bold=True)), *form06_values(table.total)])
    fixed = 10 * mm + 56 * mm
    widths = [10 * mm, 56 * mm, *([(width - fixed) / 11] * 11)]
    # Figures are plain strings (a province has hundreds of rows, a Paragraph each would be slow); the total is bold.
    last = -2 if note else -1
    body = [("FONTSIZE", (0, 4), (-1, -1), 9.5), ("ALIGN", (0, 4), (0, last), "CENTER"),
            ("ALIGN", (2, 4), (-1, last), "CENTER"), ("FONTNAME", (0, last), (-1, last), st.fonts.bold),
            ("TOPPADDING", (0, 4), (-1, -1), 1), ("BOTTOMPADDING", (0, 4), (-1, -1), 2)]
    if not note:
        return grid([*_head(st, label), *rows], widths, header_rows=4, extra=[*_SPANS, *body])
    # Wrapped at the table's full width: ReportLab sizes a spanned cell's row by its first column alone, which
    # would make the note's row several pages tall in thought and push it, with the total, onto a page of its own.
    boxed = Table([[para(note, st.cell(10, italic=True))]], colWidths=[width])
    boxed.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    rows.append([boxed, *([""] * 12)])
    t = Table([*_head(st, label), *rows], colWidths=widths, repeatRows=4)
    # NOSPLIT: the total and the note never start a page alone; the last two lines go with them.
    t.setStyle(table_style([("GRID", (0, 0), (-1, -2), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                            *_SPANS, *body, ("SPAN", (0, -1), (-1, -1)), ("LEFTPADDING", (0, -1), (-1, -1), 0),
                            ("TOPPADDING", (0, -1), (-1, -1), 2 * mm),
                            ("NOSPLIT", (0, -min(4, len(rows))), (-1, -1))]))
    return t


def form06_notes(st: Styles) -> Flowable:
    return para(FORM06_NOTE, st.cell(10, italic=True))


def annex_head(st: Styles, number: str, title: str, span: str, attached: str, scope: str = "") -> list[Flowable]:
    """“Phụ lục N”, its title (and scope), the period and the paper it is attached to."""
    return [para(f"Phụ lục {number}", st.center(13, bold=True)), para(title, st.center(13, bold=True)),
            *([para(scope, st.center(13, bold=True))] if scope else []),
            para(f"({span})", st.center(12, italic=True)), para(f"(Kèm theo {attached})", st.center(12, italic=True))]


@dataclass(frozen=True)
class FormUnits:
    """Who reports the form, to whom, and where the procedures were settled (the title's “TẠI …”)."""

    reporting: str
    receiving: str
    at: str


def form06_block(st: Styles, table: Form06Table, period: Period, width: float, attached_to: str, units: FormUnits,
                 *, annex: str = "I", scope: str = "", label: str = "Lĩnh vực giải quyết",
                 total_label: str = "Tổng cộng", as_of: date | None = None) -> list[Flowable]:
    """An annex with form II.06a: its number and unit boxes, title, period, unit line, table and note."""
    box = st.cell(11)
    top = Table([[para(FORM_NUMBER, st.cell(11, bold=True)),
                  [para(f"- Đơn vị báo cáo: {units.reporting}", box),
                   para(f"- Đơn vị nhận báo cáo: {units.receiving}", box)]]],
                colWidths=[width * 0.45, width * 0.55])
    top.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [para(f"Phụ lục {annex}", st.center(12, bold=True)), top, Spacer(1, 1 * mm),
            para(f"{FORM06_TITLE} {upper(units.at)}", st.center(12, bold=True)),
            *([para(scope, st.center(12, bold=True))] if scope else []),
            para(f"Kỳ báo cáo: {period.label}", st.center(12, bold=True)),
            para(f"({period.span})", st.center(12, italic=True)),
            *([para(f"Số liệu tính đến ngày {dmy(as_of)}", st.center(12, italic=True))] if as_of else []),
            para(f"(Kèm theo {attached_to})", st.center(11, italic=True)), *unit_line(st),
            form06_table(st, table, width, label=label, total_label=total_label, note=FORM06_NOTE)]


def unit_line(st: Styles, text: str = UNIT_LINE) -> list[Flowable]:
    return [para(text, st.style("unit", 11, italic=True, align=TA_RIGHT)), Spacer(1, 2 * mm)]


def dossier_summary(st: Styles, t: Form06Row) -> list[Flowable]:
    """The report's paragraphs a)–c) on dossiers: form II.06a's totals in words."""
    body = st.body()
    waiting = max(0, t.form_on_time - t.resolved_on_time - t.resolved_unrated - t.closed_without_result)
    return [
        para(f"a) Tiếp nhận: tổng số hồ sơ nhận giải quyết trong kỳ là {num(t.received_total)} hồ sơ, trong đó: "
             f"tiếp nhận trực tuyến {num(t.received_online)} hồ sơ; trực tiếp và qua dịch vụ bưu chính công ích "
             f"{num(t.received_direct_postal)} hồ sơ (qua bưu chính {num(t.received_postal)}); từ kỳ trước chuyển "
             f"sang {num(t.carried_over)} hồ sơ. Hồ sơ tiếp nhận không phụ thuộc địa giới hành chính: "
             f"{num(t.received_boundary_free)} hồ sơ.", body),
        para(f"b) Kết quả giải quyết: đã giải quyết {num(t.form_resolved)} hồ sơ (trả trước hạn "
             f"{num(t.form_early)}; đúng hạn {num(t.form_on_time)}; quá hạn {num(t.form_late)}); tỷ lệ giải quyết "
             f"đúng hạn {pct(t.form_on_time_rate)}. Số hồ sơ đúng hạn gồm cả {num(t.closed_without_result)} hồ sơ "
             f"công dân rút, từ chối hoặc dừng xử lý và {num(waiting)} hồ sơ chờ bổ sung. Đang giải quyết "
             f"{num(t.form_in_progress)} hồ sơ (trong hạn {num(t.form_within)}; quá hạn {num(t.form_overdue)}).",
             body),
        para(f"c) Tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận mới: {pct(t.online_rate)}.", body),
    ]


def late_block(st: Styles, late: Sequence[LateDossier], total: Form06Row, width: float) -> list[Flowable]:
    """Annex II: every late dossier of the period, resolved late or still overdue, with the reason given."""
    h = st.cell(9.5, bold=True, align=TA_CENTER)
    left = st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Mã hồ sơ", "Lĩnh vực, thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả",
                                  "Ngày có kết quả", "Lý do quá hạn")]]
    widths = [10 * mm, 38 * mm, 70 * mm, 22 * mm, 22 * mm, 25 * mm]
    widths.append(width - sum(widths))
    inner = _PAD * 2  # the grid's left and right cell padding
    rows: list[list[object]] = []
    broken: dict[tuple[str, int], str] = {}  # procedures and reasons repeat: each text is broken into lines once

    def cell(text: str, column: int) -> str:
        key = (text, column)
        if key not in broken:
            broken[key] = lines(text, left, widths[column] - inner)
        return broken[key]

    field_keys = {f: vi_sort_key(f) for f in {d.field for d in late}}  # a few fields, thousands of dossiers
    for i, d in enumerate(sorted(late, key=lambda d: (field_keys[d.field], d.received_at, d.code)), 1):
        # Every cell a plain string, the long ones broken into lines here: a month of a big commune lists
        # thousands of late dossiers, and a Paragraph per cell made that annex most of the report's time.
        done = dmy(d.finished_at) if d.finished_at else "Đang giải quyết"
        rows.append([str(i), d.code, cell(f"{d.field}: {d.procedure}", 2), dmy(d.received_at), dmy(d.due_date), done,
                     cell(d.late_reason or "Chưa ghi lý do", 6)])
    strings = [("FONTSIZE", (0, 1), (-1, -1), 9.5), ("LEADING", (0, 1), (-1, -1), left.leading),
               ("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (3, 1), (5, -1), "CENTER")]
    summary = (f"Tổng số: {num(total.resolved_late + total.in_progress_overdue)} hồ sơ (đã giải quyết quá hạn: "
               f"{num(total.resolved_late)}; đang giải quyết, đã quá hạn: {num(total.in_progress_overdue)}).")
    return [para("Phụ lục II", st.center(13, bold=True)),
            para("DANH SÁCH HỒ SƠ QUÁ HẠN VÀ LÝ DO", st.center(13, bold=True)),
            Spacer(1, 2 * mm), para(summary, st.cell(11)), Spacer(1, 2 * mm),
            grid([*head, *rows], widths, header_rows=1, extra=strings)]
