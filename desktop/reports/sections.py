"""The training and equipment sections of the period report: a paragraph of totals and the tables behind it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.equipment import NEEDS_CARE, OLD_AFTER_YEARS, RETIRED
from desktop.domain.equipment_kinds import KINDS, STATUSES
from desktop.reports.formats import dmy, num
from desktop.reports.layout import Styles, grid, para
from desktop.reports.model import CourseLine, Device, Outage


def _dates(start: date, end: date) -> str:
    return dmy(start) if start == end else f"{dmy(start)} - {dmy(end)}"


def training_section(st: Styles, rows: Sequence[CourseLine], width: float) -> list[Flowable]:
    body = st.body()
    if not rows:
        return [para("Trong kỳ không có khóa đào tạo, bồi dưỡng nào được ghi nhận.", body)]
    people = sum(r.participants for r in rows)
    hours = sum(r.person_hours for r in rows)
    certs = sum(r.certificates for r in rows)
    out: list[Flowable] = [para(
        f"Trong kỳ có {num(len(rows))} khóa đào tạo, bồi dưỡng với {num(people)} lượt người tham dự, tổng số "
        f"{num(hours)} giờ học (giờ-người); {num(certs)} lượt học viên được cấp chứng chỉ, giấy chứng nhận. "
        "Chi tiết như sau:", body)]
    h, c, left = st.cell(10, bold=True, align=TA_CENTER), st.cell(10, align=TA_CENTER), st.cell(10)
    head = [[para(t, h) for t in ("STT", "Khóa đào tạo, bồi dưỡng", "Thời gian", "Hình thức", "Số giờ",
                                  "Số người tham dự", "Tổng số giờ học", "Chứng chỉ")]]
    table = []
    for i, co in enumerate(rows, 1):
        topic = co.topic + (f" ({co.organiser})" if co.organiser else "")
        table.append([para(str(i), c), para(topic, left), para(_dates(co.start_date, co.end_date), c),
                      para(co.mode_label, c), para(num(co.hours), c),
                      para(num(co.participants), c), para(num(co.person_hours), c), para(num(co.certificates), c)])
    cb = st.cell(10, bold=True, align=TA_CENTER)
    table.append(["", para("Tổng cộng", st.cell(10, bold=True)), "", "", "", para(num(people), cb),
                  para(num(hours), cb), para(num(certs), cb)])
    widths = [9 * mm, 0, 27 * mm, 19 * mm, 13 * mm, 18 * mm, 17 * mm, 17 * mm]
    widths[1] = width - sum(widths)
    out.append(grid([*head, *table], widths))
    return out


def _status_counts(devices: Sequence[Device]) -> Counter:
    return Counter((d.kind, d.status) for d in devices)


def equipment_section(st: Styles, devices: Sequence[Device], outage_rows: Sequence[Outage], as_of: date,
                      width: float, *, network_late: int = 0) -> list[Flowable]:
    """Devices as they stood on `as_of` (the period's end), by kind and status; those needing care; outages.

    `network_late`: late dossiers whose reason blames the network; with no outage logged, the paper says both
    rather than claim flatly that the connection never failed."""
    body = st.body()
    by_status = Counter(d.status for d in devices)
    old = [d for d in devices if d.old and d.status != "retired"]
    status_text = "; ".join(f"{label.lower()} {num(by_status[key])}" for key, label in STATUSES.items()
                            if by_status[key])
    out: list[Flowable] = [para(
        f"Tính đến ngày {dmy(as_of)}, đơn vị quản lý {num(len(devices))} thiết bị, đường truyền"
        + (f" ({status_text})" if status_text else "") + f"; trong đó {num(len(old))} thiết bị đã sử dụng trên "
        f"{OLD_AFTER_YEARS} năm.", body)]
    out += [_kind_status_table(st, devices, width), Spacer(1, 3 * mm)]
    care = [d for d in devices if d.status in NEEDS_CARE or (d.old and d.status != RETIRED)]
    if care:
        out.append(para(f"Thiết bị hỏng, hoạt động kém, đang sửa chữa hoặc đã sử dụng trên "
                        f"{OLD_AFTER_YEARS} năm ({num(len(care))} thiết bị):", body))
        out.append(_care_table(st, care, width))
    hours = sum(o.hours for o in outage_rows)
    if outage_rows:
        out.append(Spacer(1, 3 * mm))
        out.append(para(f"Trong kỳ xảy ra {num(len(outage_rows))} sự cố mất kết nối, gián đoạn, tổng thời gian "
                        f"khoảng {num(round(hours, 1))} giờ:", body))
        out.append(_outage_table(st, outage_rows, width))
    elif network_late:
        out += [Spacer(1, 3 * mm), para(
            "Sổ theo dõi thiết bị không ghi nhận sự cố mất kết nối nào trong kỳ; tuy vậy "
            f"{num(network_late)} hồ sơ quá hạn nêu lý do do mạng, đường truyền hoặc mất điện (Phụ lục II). "
            "Đề nghị bổ sung các sự cố này vào sổ theo dõi.", body)]
    else:
        out += [Spacer(1, 3 * mm), para("Trong kỳ không ghi nhận sự cố mất kết nối mạng.", body)]
    return out


def _kind_status_table(st: Styles, devices: Sequence[Device], width: float) -> Flowable:
    counts = _status_counts(devices)
    statuses = list(STATUSES)
    kinds = [k for k in KINDS if any(counts[(k, s)] for s in statuses)]
    h, c, cb = st.cell(9, bold=True, align=TA_CENTER), st.cell(10, align=TA_CENTER), st.cell(10, bold=True,
                                                                                             align=TA_CENTER)
    head = [[para("STT", h), para("Loại thiết bị", h), *(para(STATUSES[s], h) for s in statuses),
             para("Tổng số", h)]]
    rows = []
    for i, k in enumerate(kinds, 1):
        values = [counts[(k, s)] for s in statuses]
        rows.append([para(str(i), c), para(KINDS[k], st.cell(10)), *(para(num(v), c) for v in values),
                     para(num(sum(values)), cb)])
    totals = [sum(counts[(k, s)] for k in kinds) for s in statuses]
    rows.append(["", para("Tổng cộng", st.cell(10, bold=True)), *(para(num(v), cb) for v in totals),
                 para(num(sum(totals)), cb)])
    widths = [9 * mm, 0, *([16 * mm] * len(statuses)), 15 * mm]
    widths[1] = width - sum(widths)
    return grid([*head, *rows], widths)


def _care_table(st: Styles, care: Sequence[Device], width: float) -> Flowable:
    h, c, left = st.cell(9.5, bold=True, align=TA_CENTER), st.cell(9.5, align=TA_CENTER), st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Mã tài sản", "Loại, model", "Vị trí", "Năm đưa vào sử dụng",
                                  "Tình trạng")]]
    rows = [[para(str(i), c), para(d.asset_tag, c), para(f"{d.kind_label}{' ' + d.model if d.model else ''}", left),
             para(d.location, left), para(str(d.acquired_on.year) if d.acquired_on else "", c),
             para(d.status_label, c)] for i, d in enumerate(care, 1)]
    widths = [9 * mm, 28 * mm, 0, 34 * mm, 20 * mm, 22 * mm]
    widths[2] = width - sum(widths)
    return grid([*head, *rows], widths)


def _outage_table(st: Styles, rows_in: Sequence[Outage], width: float) -> Flowable:
    h, c, left = st.cell(9.5, bold=True, align=TA_CENTER), st.cell(9.5, align=TA_CENTER), st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Thiết bị, đường truyền", "Bắt đầu", "Kết thúc", "Số giờ", "Ghi chú")]]
    rows = [[para(str(i), c), para(f"{o.kind_label} {o.asset_tag}", left), para(f"{o.started:%H:%M %d/%m/%Y}", c),
             para(f"{o.ended:%H:%M %d/%m/%Y}" if o.ended else "Chưa khắc phục", c), para(num(o.hours), c),
             para(o.note, left)] for i, o in enumerate(rows_in, 1)]
    widths = [9 * mm, 42 * mm, 26 * mm, 26 * mm, 14 * mm, 0]
    widths[5] = width - sum(widths)
    return grid([*head, *rows], widths)
