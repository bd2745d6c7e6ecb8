"""Form 06 of Circular 01/2018/TT-VPCP: the dossier tracking book (sổ theo dõi hồ sơ), A4 landscape, one row per
dossier received in the chosen days, numbered as in the year's book; the signature columns are left to sign by
hand, and the header repeats on every page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, Spacer

from desktop.reports.formats import dmy
from desktop.reports.forms.data import BookData, BookRow
from desktop.reports.forms.page import SHEETS, Ink, header, para, title, wrap_table, write_fitted

TITLE = "SỔ THEO DÕI HỒ SƠ"
# (header, share of the width); the grouped headers sit above their two columns each.
COLUMNS = (
    ("TT", 0.035), ("Mã hồ sơ", 0.105), ("Tên TTHC", 0.13), ("Số lượng hồ sơ (bộ)", 0.04),
    ("Tên cá nhân, tổ chức", 0.1), ("Địa chỉ, số điện thoại", 0.105), ("Cơ quan chủ trì giải quyết", 0.075),
    ("Ngày, tháng, năm", 0.07), ("Ký nhận", 0.04), ("Ngày, tháng, năm", 0.07), ("Ký nhận", 0.04),
    ("Ngày, tháng, năm", 0.07), ("Ký nhận", 0.04), ("Ghi chú", 0),
)
GROUPS = ((7, "Tiếp nhận và chuyển hồ sơ"), (9, "Nhận kết quả giải quyết hồ sơ"),
          (11, "Trả kết quả cho cá nhân, tổ chức"))


def _cells(ink: Ink, r: BookRow) -> list[object]:
    c, left = ink.style(9, align=TA_CENTER), ink.style(9)
    contact = "; ".join(v for v in (r.applicant_address, r.applicant_phone) if v)
    return [para(str(r.number), c), para(r.code, left), para(r.procedure_name, left), para(str(r.sets), c),
            para(r.applicant_name, left), para(contact, left), para(r.resolver, left),
            para(f"{r.received_at:%d/%m/%Y %H:%M}", c), "", para(dmy(r.finished_at), c), "",
            para(dmy(r.returned_at), c), "", para(r.note, left)]


def _story(ink: Ink, data: BookData) -> list[Flowable]:
    h = ink.style(9, bold=True, align=TA_CENTER)
    width = ink.sheet.width
    widths = [width * share for _, share in COLUMNS]
    widths[-1] = width - sum(widths)
    top: list[object] = [para(name, h) for name, _ in COLUMNS]
    second: list[object] = [""] * len(COLUMNS)
    spans: list[tuple] = []
    for first, label in GROUPS:
        top[first], top[first + 1] = para(label, h), ""
        second[first], second[first + 1] = para(COLUMNS[first][0], h), para(COLUMNS[first + 1][0], h)
        spans.append(("SPAN", (first, 0), (first + 1, 0)))
    for i in range(len(COLUMNS)):
        if not any(first <= i <= first + 1 for first, _ in GROUPS):
            spans.append(("SPAN", (i, 0), (i, 1)))
    numbers: list[object] = [para(f"({i})", h) for i in range(1, len(COLUMNS) + 1)]
    rows = [top, second, numbers] + [_cells(ink, r) for r in data.rows]
    if not data.rows:
        rows.append([para("Không có hồ sơ tiếp nhận trong thời gian này.", ink.style(10, italic=True))]
                    + [""] * (len(COLUMNS) - 1))
        spans.append(("SPAN", (0, 3), (-1, 3)))
    return [
        header(ink, data.issuer, unit_lines=[data.desk], number=None, day=data.today),
        *title(ink, [TITLE]),
        para(f"Từ ngày {dmy(data.start)} đến ngày {dmy(data.end)}", ink.center(13, italic=True)),
        Spacer(1, ink.mm(4)),
        # Rows read from their top line, as a handwritten book does.
        wrap_table(rows, widths, header_rows=3, extra=[*spans, ("VALIGN", (0, 3), (-1, -1), "TOP")]),
    ]


def build_book(data: BookData, out: Path | str) -> int:
    """Write the tracking book of `data` to `out`; returns the number of pages."""
    return write_fitted(out, lambda ink: _story(ink, data), SHEETS["book"], pages=10**6,
                        title_text=f"{TITLE.capitalize()} {dmy(data.start)}–{dmy(data.end)}",
                        author=f"UBND {data.issuer.name}", numbered=True)
