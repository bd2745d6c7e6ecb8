"""The digital-transformation report's tables as an XLSX workbook, one sheet per section, typed cells (rates as
percentages, dates as dates) so the Department can sum communes' files without retyping."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.reports.dx_model import DxReportData
from desktop.reports.xlsx_export import DAY, HOURS, MOMENT, RATE, write_atomically

if TYPE_CHECKING:
    from openpyxl import Workbook

SHEETS = ("Chỉ số 766", "Nhiệm vụ", "Đào tạo", "Thiết bị", "Thôn và tổ CNS", "Sự cố mất sóng", "Kiến nghị")


def _sheet(wb: Workbook, title: str, head: Sequence[str], rows: Sequence[Sequence[object]],
           formats: dict[int, str], caption: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append([caption])
    ws["A1"].font = Font(bold=True)
    ws.append(list(head))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in rows:
        ws.append(list(row))
        for col, fmt in formats.items():
            ws.cell(ws.max_row, col).number_format = fmt
    for i, name in enumerate(head, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(48, len(name) + 4))
    ws.freeze_panes = "A3"


def export_dx_xlsx(data: DxReportData, path: Path | str) -> Path:
    from openpyxl import Workbook

    target = Path(path)
    caption = f"{data.issuer.name} — {data.period.label} ({data.period.span.lower()})"
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, SHEETS[0], ("Mã chỉ tiêu", "Chỉ tiêu", "Đạt", "Tổng số", "Tỷ lệ", "Chỉ tiêu của xã", "Chưa đạt"),
           [(r.key, r.label, r.counted, r.of, r.rate, r.target, "x" if r.below else "") for r in data.index],
           {5: RATE, 6: RATE}, caption)
    _sheet(wb, SHEETS[1], ("Mã", "Nhiệm vụ", "Người chủ trì", "Văn bản giao", "Thời hạn", "Ngày hoàn thành",
                           "Tình trạng"),
           [(t.code, t.title, t.owner, t.source, t.deadline, t.done_on, t.state_label) for t in data.tasks],
           {5: DAY, 6: DAY}, caption)
    _sheet(wb, SHEETS[2], ("Khóa đào tạo", "Đơn vị tổ chức", "Từ ngày", "Đến ngày", "Số giờ", "Số người",
                           "Giờ-người", "Chứng chỉ"),
           [(c.topic, c.organiser, c.start_date, c.end_date, c.hours, c.participants, c.person_hours,
             c.certificates) for c in data.courses], {3: DAY, 4: DAY, 5: HOURS, 7: HOURS}, caption)
    _sheet(wb, SHEETS[3], ("Mã tài sản", "Loại", "Model", "Vị trí", "Ngày đưa vào sử dụng", "Tình trạng",
                           "Trên 5 năm"),
           [(d.asset_tag, d.kind_label, d.model, d.location, d.acquired_on, d.status_label, "x" if d.old else "")
            for d in data.devices if d.status != "retired"], {5: DAY}, caption)
    _sheet(wb, SHEETS[4], ("Thôn, tổ dân phố", "Số hộ", "Sóng 4G/5G", "Cáp quang", "Quyết định thành lập tổ",
                           "Thành viên", "Buổi hỗ trợ", "Lượt người được hỗ trợ", "Hồ sơ trực tuyến"),
           [(v.name, v.households, v.signal_label, "Có" if v.broadband else "Không", v.team_decision, v.members,
             v.sessions, v.people_helped, v.dossiers_assisted) for v in data.villages], {}, caption)
    _sheet(wb, SHEETS[5], ("Thôn, tổ dân phố", "Số hộ", "Bắt đầu", "Kết thúc", "Số giờ trong kỳ", "Nguyên nhân"),
           [(o.village, o.households, o.started, o.ended, o.hours, o.cause) for o in data.outages],
           {3: MOMENT, 4: MOMENT, 5: HOURS}, caption)
    _sheet(wb, SHEETS[6], ("Ngày gửi", "Số văn bản", "Nơi nhận", "Nội dung", "Ngày trả lời", "Trả lời",
                           "Số ngày chờ", "Quá 30 ngày"),
           [(r.sent_on, r.number, r.recipient, r.subject, r.answered_on, r.answer, r.days_waiting,
             "x" if r.overdue else "") for r in data.recommendations], {1: DAY, 5: DAY}, caption)
    write_atomically(target, wb.save)
    return target
