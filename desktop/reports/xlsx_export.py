"""The period report's tables as an Excel workbook: Biểu 06 by field, late dossiers, training, equipment, outages.

It lays out the very `PeriodReportData` the PDF report is built from, so the paper and the spreadsheet never
disagree.
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
from desktop.reports.formats import dmy
from desktop.reports.model import CourseLine, Device, Form06Table, LateDossier, Outage, PeriodReportData
from desktop.reports.stats_tables import FORM06_FIELDS, FORM06_NOTE, FORM06_TITLE, UNIT_LINE, form06_head

COUNT, RATE, HOURS = "#,##0", "0.0%", "#,##0.0"
DAY, MOMENT = "DD/MM/YYYY", "DD/MM/YYYY HH:MM"
SHEETS = ("Biểu 06", "Hồ sơ quá hạn", "Đào tạo", "Thiết bị", "Danh sách thiết bị", "Sự cố mất kết nối")
FORM06_TOP = 9  # first figure row of the Biểu 06 sheet (rows 5–8 are the header and the column numbers)


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
        self.bold, self.italic = Font(bold=True), Font(italic=True)
        self.fill = PatternFill("solid", fgColor="DDEBF7")
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.Alignment = Alignment
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def line(self, text: str, *, bold: bool = False, italic: bool = False, align: str = "center") -> None:
        cell = self.ws.cell(self.row, 1, text)
        if bold or italic:
            cell.font = self.bold if bold else self.italic
        cell.alignment = self.Alignment(horizontal=align, vertical="center", wrap_text=True)
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.span)
        self.row += 1

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
            if bold:
                cell.font = self.bold
        self.row += 1

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


def _form06(wb: Workbook, period: Period, stats: Form06Table) -> None:
    s = _Sheet(wb, SHEETS[0], [6, 34, *([11] * 12), 11, 11])
    s.line(FORM06_TITLE, bold=True)
    s.line(f"({period.span})", italic=True)
    s.line(UNIT_LINE, italic=True, align="right")
    s.row += 1
    head = form06_head("Lĩnh vực giải quyết")
    s.head(head[0], [(0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (0, 7, 0, 10), (0, 11, 0, 13), (0, 14, 2, 14),
                     (0, 15, 2, 15), (0, 16, 2, 16)])
    s.head(head[1], [(0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6), *((0, c, 1, c) for c in range(7, 14))])
    s.head(head[2], height=30)
    s.head(head[3], height=16)
    formats = [COUNT, None, *([COUNT] * 12), RATE, RATE]
    for i, r in enumerate(sorted(stats.by_field, key=lambda r: vi_sort_key(r.field)), 1):
        s.body([i, r.field, *(getattr(r, f) for f in FORM06_FIELDS), r.on_time_rate, r.online_rate], formats)
    t = stats.total
    s.body([None, "Tổng cộng", *(getattr(t, f) for f in FORM06_FIELDS), t.on_time_rate, t.online_rate], formats,
           bold=True)
    s.row += 1
    s.line(FORM06_NOTE, italic=True, align="left")
    s.freeze(FORM06_TOP, 3, head_from=FORM06_TOP - 4)


def _late(wb: Workbook, period: Period, late: Sequence[LateDossier], stats: Form06Table) -> None:
    s = _Sheet(wb, SHEETS[1], [6, 24, 26, 44, 17, 13, 17, 24, 44])
    t = stats.total
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
        s.body([i, d.code, d.field, d.procedure, d.received_at, d.due_date, d.finished_at or "Đang giải quyết",
                state, d.late_reason or "Chưa ghi lý do"], formats)
    s.freeze(top + 1, filter_from=top)


def _training(wb: Workbook, period: Period, rows: Sequence[CourseLine]) -> None:
    s = _Sheet(wb, SHEETS[2], [6, 44, 28, 18, 12, 12, 12, 9, 11, 11, 11])
    s.line("CÁC KHÓA ĐÀO TẠO, BỒI DƯỠNG KỸ NĂNG SỐ TRONG KỲ", bold=True)
    s.line(f"({period.span})", italic=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Khóa đào tạo, bồi dưỡng", "Đơn vị tổ chức", "Nhóm nội dung", "Từ ngày", "Đến ngày", "Hình thức",
            "Số giờ", "Số người tham dự", "Giờ-người", "Chứng chỉ"])
    formats = [COUNT, None, None, None, DAY, DAY, None, HOURS, COUNT, HOURS, COUNT]
    for i, c in enumerate(rows, 1):
        s.body([i, c.topic, c.organiser, c.category_label, c.start_date, c.end_date, c.mode_label, c.hours,
                c.participants, c.person_hours, c.certificates], formats)
    s.body([None, "Tổng cộng", None, None, None, None, None, None, sum(r.participants for r in rows),
            sum(r.person_hours for r in rows), sum(r.certificates for r in rows)], formats, bold=True)
    s.freeze(top + 1)


def _equipment(wb: Workbook, as_of: date, devices: Sequence[Device],
               outages: Sequence[Outage]) -> None:
    statuses = list(STATUSES)
    counts = Counter((d.kind, d.status) for d in devices)
    kinds = [k for k in KINDS if any(counts[(k, st)] for st in statuses)]
    s = _Sheet(wb, SHEETS[3], [6, 30, *([13] * len(statuses)), 11])
    s.line(f"TRANG THIẾT BỊ, ĐƯỜNG TRUYỀN THEO LOẠI VÀ TÌNH TRẠNG (tính đến ngày {dmy(as_of)})", bold=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Loại thiết bị", *(STATUSES[st] for st in statuses), "Tổng số"])
    formats = [COUNT, None, *([COUNT] * (len(statuses) + 1))]
    for i, k in enumerate(kinds, 1):
        values = [counts[(k, st)] for st in statuses]
        s.body([i, KINDS[k], *values, sum(values)], formats)
    totals = [sum(counts[(k, st)] for k in kinds) for st in statuses]
    s.body([None, "Tổng cộng", *totals, sum(totals)], formats, bold=True)
    s.freeze(top + 1)

    s = _Sheet(wb, SHEETS[4], [6, 16, 22, 24, 18, 22, 22, 13, 16, 11, 12, 30])
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

    s = _Sheet(wb, SHEETS[5], [6, 22, 24, 22, 17, 17, 9, 40])
    s.line("SỰ CỐ MẤT KẾT NỐI, GIÁN ĐOẠN TRONG KỲ", bold=True)
    s.row += 1
    top = s.row
    s.head(["STT", "Thiết bị, đường truyền", "Mã tài sản", "Vị trí", "Bắt đầu", "Kết thúc", "Số giờ", "Ghi chú"])
    formats = [COUNT, None, None, None, MOMENT, MOMENT, HOURS, None]
    for i, o in enumerate(outages, 1):
        s.body([i, o.kind_label, o.asset_tag, o.location, o.started, o.ended or "Chưa khắc phục", o.hours, o.note],
               formats)
    s.freeze(top + 1)


def export_period_xlsx(data: PeriodReportData, path: Path | str) -> XlsxExport:
    """Write the workbook of `data.period` to `path` (.xlsx), replacing any file there only once it is complete."""
    from openpyxl import Workbook  # loaded only when a spreadsheet is wanted

    path, period = Path(path), data.period
    wb = Workbook()
    wb.remove(wb.active)
    _form06(wb, period, data.stats)
    _late(wb, period, data.late, data.stats)
    _training(wb, period, data.courses)
    _equipment(wb, data.today, data.devices, data.outages)
    wb.properties.title = f"Báo cáo {period.label}"
    write_atomically(path, wb.save)
    return XlsxExport(path, period, data.stats, len(data.late))
