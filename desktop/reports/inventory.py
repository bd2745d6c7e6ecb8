"""The equipment inventory list (landscape A4): every device held, a column to tick at the count, signature lines."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.equipment_kinds import STATUSES
from desktop.reports import layout
from desktop.reports.formats import dmy, num
from desktop.reports.layout import LANDSCAPE_WIDTH, para
from desktop.reports.model import InventoryData

TITLE = "DANH SÁCH KIỂM KÊ TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN"
HEAD = ("STT", "Mã tài sản", "Loại thiết bị", "Model", "Số sê-ri", "Vị trí", "Người sử dụng", "Năm đưa vào sử dụng",
        "Tình trạng", "Kiểm kê (có / không)", "Ghi chú")
WIDTHS_MM = (9, 25, 28, 34, 25, 32, 28, 15, 21, 16)  # the last column takes what is left


def build_inventory(data: InventoryData, out: Path | str) -> int:
    """Write the inventory of the devices given; returns the number of pages."""
    st = layout.styles()
    commune, today, devices = data.issuer, data.today, data.devices
    h, c, left = st.cell(9, bold=True, align=TA_CENTER), st.cell(9, align=TA_CENTER), st.cell(9)
    rows: list[list[object]] = [[para(t, h) for t in HEAD]]
    for i, d in enumerate(devices, 1):
        rows.append([para(str(i), c), para(d.asset_tag, c), para(d.kind_label, left), para(d.model, left),
                     para(d.serial, c), para(d.location, left), para(d.assigned_to, left),
                     para(str(d.acquired_on.year) if d.acquired_on else "", c), para(d.status_label, c), "",
                     para(d.note, left)])
    widths = [w * mm for w in WIDTHS_MM]
    widths.append(LANDSCAPE_WIDTH - sum(widths))
    by_status = Counter(d.status for d in devices)
    summary = "; ".join(f"{label.lower()}: {num(by_status[key])}" for key, label in STATUSES.items()
                        if by_status[key])
    story: list[Flowable] = [
        layout.commune_header(st, commune, number=None, day=today, width=LANDSCAPE_WIDTH),
        Spacer(1, 6 * mm),
        para(TITLE, st.center(14, bold=True)),
        para(f"(Tính đến ngày {dmy(today)})", st.center(13, italic=True)),
        Spacer(1, 4 * mm),
        layout.grid(rows, widths),
        Spacer(1, 3 * mm),
        layout.signatures(st, [(["NGƯỜI LẬP DANH SÁCH", "(Ký và ghi rõ họ tên)"], ""),
                               (["NGƯỜI KIỂM TRA", "(Ký và ghi rõ họ tên)"], ""),
                               (layout.signer_lines(commune.leader_title), commune.leader_name)], LANDSCAPE_WIDTH,
                          before=[para(f"Tổng số: {num(len(devices))} thiết bị"
                                       + (f" ({summary})." if summary else "."), st.cell(12))]),
    ]
    return layout.write_pdf(out, story, title_text=TITLE.capitalize(), author=f"UBND {commune.name}",
                            first="landscape")
