"""The period report's tables as an Excel workbook: Biểu 06 by field, late dossiers, training, equipment, outages.

It lays out the very `PeriodReportData` the PDF report is built from, so the paper and the spreadsheet never
disagree. Every sheet opens with the commune, its code, the form and the period; totals and rates are formulas
(`=SUM`), so a corrected figure carries through; one font family throughout; each sheet prints on A4 landscape with
Decree 30 margins and page numbers. A column holds one kind of value: dates never share a column with words.
Numbers are stored as numbers with Excel formats, so Excel shows them with the separators of the officer's Windows.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

from desktop.domain.equipment import NEEDS_CARE, RETIRED
from desktop.domain.equipment_kinds import KINDS, STATUSES
from desktop.domain.periods import Period
from desktop.domain.text import vi_sort_key
from desktop.reports.formats import dmy, in_sentence
from desktop.reports.model import CourseLine, Device, Form06Table, Issuer, LateDossier, Outage, PeriodReportData
from desktop.reports.stats_tables import FORM06_NOTE as FORM_NOTE
from desktop.reports.stats_tables import FORM06_TITLE, FORM_NUMBER, UNIT_LINE, head_texts

COUNT, RATE, HOURS = "#,##0", "0.0%", "#,##0.0"
DAY, MOMENT = "DD/MM/YYYY", "DD/MM/YYYY HH:MM"
SHEETS = ("Biểu 06", "Hồ sơ quá hạn", "Đào tạo", "Thiết bị", "Danh sách thiết bị", "Sự cố mất kết nối")
# Columns (3)–(13) are form II.06a's, as the paper prints them; (14) and (15) its two rates; then the finer splits
# the paper leaves out (DOMAIN.md §3): part of (9), part of (5), part of (4), and the boundary-free dossiers.
FORM06_FIELDS = ("received_total", "received_online", "received_direct_postal", "carried_over", "form_resolved",
                 "form_early", "form_on_time", "form_late", "form_in_progress", "form_within", "form_overdue")
EXTRA_FIELDS = ("closed_without_result", "received_postal", "received_online_full", "received_boundary_free")
FORM06_NOTE = f"{FORM_NOTE} Tỷ lệ đúng hạn (14) = [(8) + (9)] / (7); tỷ lệ trực tuyến (15) = (4) / [(4) + (5)]."
HEAD_LINES = 3  # the commune, form and period lines above every sheet's own title
FORM06_TOP = 12  # first figure row of the Biểu 06 sheet (rows 8–11 are the header and the column numbers)
FONT = "Times New Roman"  # the papers' family; Excel substitutes a metric twin where it is missing
# Decree 30 margins in inches (openpyxl's unit): top and bottom 20 mm, left 30 mm, right 15 mm.
MARGINS = {"top": 20 / 25.4, "bottom": 20 / 25.4, "left": 30 / 25.4, "right": 15 / 25.4}


@dataclass(frozen=True)
class XlsxExport:
    path: Path
    period: Period
    stats: Form06Table
    late_count: int


def write_atomically(path: Path, save: Callable[[Path], None]) -> None:
    """Save to a hidden file beside `path`, then swap it in: a cut or a crash never leaves half a workbook."""
    tmp = path.with_name(f".~{path.stem}.{uuid.uuid4().hex[:8]}{path.suffix}")
    try:
        save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class _Sheet:
    """One worksheet laid out top to bottom: titles, then tables with a styled header and typed cells."""

    def __init__(self, wb: Workbook, title: str, widths: Sequence[float]) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter

        self.ws = wb.create_sheet(title)
        self.row = 1
        self.span = len(widths)
        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.plain = Font(name=FONT, size=11)
        self.bold, self.italic = Font(name=FONT, size=11, bold=True), Font(name=FONT, size=11, italic=True)
        self.total_width = sum(widths)
        self.fill = PatternFill("solid", fgColor="DDEBF7")
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.Alignment = Alignment
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def line(self, text: str, *, bold: bool = False, italic: bool = False, align: str = "center") -> None:
        cell = self.ws.cell(self.row, 1, text)
        cell.font = self.bold if bold else self.italic if italic else self.plain
        cell.alignment = self.Alignment(horizontal=align, vertical="center", wrap_text=True)
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.span)
        # Excel never grows a merged row to its wrapped text: give it the lines it needs (~1 char per width unit).
        lines = max(1, -(-len(text) * 11 // int(self.total_width * 10)))
        self.ws.row_dimensions[self.row].height = 15 * lines
        self.row += 1

    def header(self, issuer: Issuer, period: Period) -> None:
        """Who reports, which form, which period: the same three lines open every sheet."""
        code = f" (mã đơn vị: {issuer.code})" if issuer.code else ""
        self.line(f"Đơn vị báo cáo: Ủy ban nhân dân {in_sentence(issuer.name)}{code}", bold=True, align="left")
        self.line(FORM_NUMBER, bold=True, align="left")
        self.line(f"Kỳ báo cáo: {period.label} ({period.span.lower()})", italic=True, align="left")

    def head(self, values: Sequence[object], merges: Sequence[tuple[int, int, int, int]] = (),
             height: float = 32) -> None:
        """One header row (None for a cell covered by a merge); `merges` are (row offset, col, row offset, col)."""
        # Excel does not grow a row to fit wrapped text it did not lay out itself: give header rows their height.
        self.ws.row_dimensions[self.row].height = height
        for col, value in enumerate(values, 1):
            cell = self.ws.cell(self.row, col, value)
            cell.font, cell.fill, cell.alignment, cell.border = self.bold, self.fill, self.center, self.border
        for r1, c1, r2, c2 in merges:
            self.ws.merge_cells(start_row=self.row + r1, start_column=c1, end_row=self.row + r2, end_column=c2)
        self.row += 1

    def body(self, values: Sequence[object], formats: Sequence[str | None], *, bold: bool = False) -> None:
        for col, (value, fmt) in enumerate(zip(values, formats, strict=True), 1):
            cell = self.ws.cell(self.row, col, value)
            cell.border = self.border
            cell.alignment = self.wrap if isinstance(value, str) and fmt is None else self.Alignment(vertical="top")
            if fmt:
                cell.number_format = fmt
            cell.font = self.bold if bold else self.plain
        self.row += 1

    def sums(self, label: str, first: int, formats: Sequence[str | None], summed: Sequence[int],
             formulas: dict[int, str] | None = None) -> None:
        """A bold total row: `=SUM` over rows first..(this row - 1) in the `summed` columns (1-based), the given
        formulas elsewhere."""
        from openpyxl.utils import get_column_letter

        last = self.row - 1
        values: list[object] = [None] * len(formats)
        values[1] = label
        for col in summed:
            letter = get_column_letter(col)
            values[col - 1] = f"=SUM({letter}{first}:{letter}{last})" if last >= first else 0
        for col, formula in (formulas or {}).items():
            values[col - 1] = formula
        self.body(values, formats, bold=True)

    def freeze(self, top_row: int, first_col: int = 1, filter_from: int | None = None, head_from: int = 0) -> None:
        """Freeze the header, repeat it on every printed page, and print landscape, one page wide."""
        from openpyxl.utils import get_column_letter

        self.ws.freeze_panes = f"{get_column_letter(first_col)}{top_row}"
        self.ws.print_title_rows = f"{head_from or top_row - 1}:{top_row - 1}"
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_setup.fitToWidth, self.ws.page_setup.fitToHeight = 1, 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        if filter_from is not None and self.row - 1 > filter_from:
            self.ws.auto_filter.ref = f"A{filter_from}:{get_column_letter(self.span)}{self.row - 1}"
        self.print_setup()

    def print_setup(self) -> None:
        """A4 landscape, Decree 30 margins, “Trang n/N” centred in the footer."""
        from openpyxl.worksheet.page import PageMargins

        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_margins = PageMargins(**MARGINS, header=0.3, footer=0.3)
        self.ws.oddFooter.center.text = "Trang &P/&N"
        self.ws.oddFooter.center.font = f"{FONT},Regular"
        self.ws.oddFooter.center.size = 11


def _rate(num: str, den: str) -> str:
    return f'=IF({den}=0,"",{num}/{den})'


def _form06(wb: Workbook, data: PeriodReportData) -> None:
    from openpyxl.utils import get_column_letter as col

    period, stats, issuer = data.period, data.stats, data.issuer
    s = _Sheet(wb, SHEETS[0], [6, 34, *([11] * 11), 11, 11, *([12] * 4)])
    s.header(issuer, period)
    s.line(f"{FORM06_TITLE} TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG {in_sentence(issuer.name).upper()}", bold=True)
    s.line(f"({period.span})", italic=True)
    s.line(UNIT_LINE, italic=True, align="right")
    s.row += 1
    form = [[t or None for t in row] for row in head_texts()]
    n = None
    head: list[list[str | None]] = [
        [*form[0], "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến", "Trong cột (9): rút, từ chối, dừng xử lý",
         "Trong cột (5): qua bưu chính", "Trong cột (4): trực tuyến toàn trình", "Không phụ thuộc địa giới hành chính"],
        [*form[1], n, n, n, n, n, n],
        [*form[2], n, n, n, n, n, n],
        [f"({i})" for i in range(1, 20)],
    ]
    s.head(head[0], [(0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (0, 7, 0, 10), (0, 11, 0, 13),
                     *((0, c, 2, c) for c in range(14, 20))], height=45)
    s.head(head[1], [(0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6), *((0, c, 1, c) for c in range(7, 14))])
    s.head(head[2], height=30)
    s.head(head[3], height=16)
    formats = [COUNT, None, *([COUNT] * 11), RATE, RATE, *([COUNT] * 4)]
    first = s.row

    def rates(r: int) -> list[str]:
        return [_rate(f"({col(8)}{r}+{col(9)}{r})", f"{col(7)}{r}"),
                _rate(f"{col(4)}{r}", f"({col(4)}{r}+{col(5)}{r})")]

    for i, r in enumerate(sorted(stats.by_field, key=lambda r: vi_sort_key(r.field)), 1):
        s.body([i, r.field, *(getattr(r, f) for f in FORM06_FIELDS), *rates(s.row),
                *(getattr(r, f) for f in EXTRA_FIELDS)], formats)
    on_time, online = rates(s.row)
    s.sums("Tổng cộng", first, formats, [*range(3, 14), *range(16, 20)], {14: on_time, 15: online})
    s.row += 1
    s.line(FORM06_NOTE, italic=True, align="left")
    s.freeze(FORM06_TOP, 3, head_from=FORM06_TOP - 4)


def _late(wb: Workbook, issuer: Issuer, period: Period, late: Sequence[LateDossier], stats: Form06Table) -> None:
    s = _Sheet(wb, SHEETS[1], [6, 24, 26, 44, 17, 13, 17, 24, 44])
    t = stats.total
    s.header(issuer, period)
    s.line("DANH SÁCH HỒ SƠ QUÁ HẠN VÀ LÝ DO", bold=True)
    s.line(f"({period.span})", italic=True)
    s.line(f"Tổng số: {t.resolved_late + t.in_progress_overdue} hồ sơ (đã giải quyết quá hạn: {t.resolved_late}; "
           f"đang giải quyết, đã quá hạn: {t.in_progress_overdue}).", align="left")
    s.row += 1
    top = s.row
    s.head(["STT", "Mã hồ sơ", "Lĩnh vực", "Thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả",
            "Tình trạng", "Lý do quá hạn"])
    formats = [COUNT, None, None, None, MOMENT, DAY, MOMENT, None, None]
    for i, d in enumerate(sorted(late, key=lambda d: (vi_sort_key(d.field), d.received_at, d.code)), 1):
        state = "Đã giải quyết quá hạn" if d.resolved else "Đang giải quyết, đã quá hạn"
        # A dossier still on the desk has no result date: the cell stays empty, its state says why.
        s.body([i, d.code, d.field, d.procedure, d.received_at, d.due_date, d.finished_at, state,
                d.late_reason or "Chưa ghi lý do"], formats)
    s.freeze(top + 1, filter_from=top)


def _training(wb: Workbook, issuer: Issuer, period: Period, rows: Sequence[CourseLine]) -> None:
    s = _Sheet(wb, SHEETS[2], [6, 44, 28, 18, 12, 12, 12, 9, 11, 11, 11])
    s.header(issuer, period)
    s.line("CÁC KHÓA ĐÀO TẠO, BỒI DƯỠNG KỸ NĂNG SỐ TRONG KỲ", bold=True)
    s.line(f"({period.span})", italic=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Khóa đào tạo, bồi dưỡng", "Đơn vị tổ chức", "Nhóm nội dung", "Từ ngày", "Đến ngày", "Hình thức",
            "Số giờ", "Số người tham dự", "Tổng số giờ học (giờ - người)", "Chứng chỉ"])
    formats = [COUNT, None, None, None, DAY, DAY, None, HOURS, COUNT, HOURS, COUNT]
    first = s.row
    for i, c in enumerate(rows, 1):
        s.body([i, c.topic, c.organiser, c.category_label, c.start_date, c.end_date, c.mode_label, c.hours,
                c.participants, c.person_hours, c.certificates], formats)
    s.sums("Tổng cộng", first, formats, [9, 10, 11])
    s.freeze(top + 1)


def _equipment(wb: Workbook, issuer: Issuer, period: Period, as_of: date, devices: Sequence[Device],
               outages: Sequence[Outage]) -> None:
    from openpyxl.utils import get_column_letter

    statuses = list(STATUSES)
    counts = Counter((d.kind, d.status) for d in devices)
    kinds = [k for k in KINDS if any(counts[(k, st)] for st in statuses)]
    s = _Sheet(wb, SHEETS[3], [6, 30, *([13] * len(statuses)), 11])
    s.header(issuer, period)
    s.line(f"TRANG THIẾT BỊ, ĐƯỜNG TRUYỀN THEO LOẠI VÀ TÌNH TRẠNG (tính đến ngày {dmy(as_of)})", bold=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Loại thiết bị", *(STATUSES[st] for st in statuses), "Tổng số"])
    formats = [COUNT, None, *([COUNT] * (len(statuses) + 1))]
    first = s.row
    last_status = get_column_letter(2 + len(statuses))
    for i, k in enumerate(kinds, 1):
        values = [counts[(k, st)] for st in statuses]
        s.body([i, KINDS[k], *values, f"=SUM(C{s.row}:{last_status}{s.row})"], formats)
    s.sums("Tổng cộng", first, formats, list(range(3, 4 + len(statuses))))
    s.freeze(top + 1)

    s = _Sheet(wb, SHEETS[4], [6, 16, 22, 24, 18, 22, 22, 13, 16, 11, 12, 30])
    s.header(issuer, period)
    s.line(f"DANH SÁCH TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN (tính đến ngày {dmy(as_of)})", bold=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Mã tài sản", "Loại thiết bị", "Model", "Số sê-ri", "Vị trí", "Người sử dụng",
            "Ngày đưa vào sử dụng", "Tình trạng", "Số năm sử dụng", "Cần sửa chữa, thay thế", "Ghi chú"])
    formats = [COUNT, None, None, None, None, None, None, DAY, None, HOURS, None, None]
    for i, d in enumerate(devices, 1):
        care = d.status in NEEDS_CARE or (d.old and d.status != RETIRED)
        s.body([i, d.asset_tag, d.kind_label, d.model, d.serial, d.location, d.assigned_to, d.acquired_on,
                d.status_label, d.age_years, "Có" if care else "", d.note], formats)
    s.freeze(top + 1, filter_from=top)

    s = _Sheet(wb, SHEETS[5], [6, 22, 24, 22, 17, 17, 16, 9, 40])
    s.header(issuer, period)
    s.line("SỰ CỐ MẤT KẾT NỐI, GIÁN ĐOẠN TRONG KỲ", bold=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Thiết bị, đường truyền", "Mã tài sản", "Vị trí", "Bắt đầu", "Kết thúc", "Tình trạng", "Số giờ",
            "Ghi chú"])
    formats = [COUNT, None, None, None, MOMENT, MOMENT, None, HOURS, None]
    for i, o in enumerate(outages, 1):
        s.body([i, o.kind_label, o.asset_tag, o.location, o.started, o.ended,
                "Đã khắc phục" if o.ended else "Chưa khắc phục", o.hours, o.note], formats)
    s.freeze(top + 1)


def export_period_xlsx(data: PeriodReportData, path: Path | str) -> XlsxExport:
    """Write the workbook of `data.period` to `path` (.xlsx), replacing any file there only once it is complete."""
    from openpyxl import Workbook  # loaded only when a spreadsheet is wanted

    path, period = Path(path), data.period
    wb = Workbook()
    wb.remove(wb.active)
    # Empty cells and Excel's own styles use the workbook's Normal font: the papers' family there too.
    from openpyxl.styles import Font

    wb._named_styles["Normal"].font = Font(name=FONT, size=11)
    _form06(wb, data)
    _late(wb, data.issuer, period, data.late, data.stats)
    _training(wb, data.issuer, period, data.courses)
    _equipment(wb, data.issuer, period, period.as_of(data.today), data.devices, data.outages)
    wb.properties.title = f"Báo cáo {period.label}"
    write_atomically(path, wb.save)
    return XlsxExport(path, period, data.stats, len(data.late))
