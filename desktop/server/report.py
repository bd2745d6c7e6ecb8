"""The province-wide monthly report the server prints: the commune report's Decree 30 layout, issued by the province.

1. dossiers (Biểu 06 totals in words; annex I gives the form per commune with the province total, annex II per
   field); 2. training; 3. equipment and outages (annex III per commune); 4. comments. Every figure comes from
   `desktop.server.summary`, which the summary endpoint serves too, so the paper and the JSON never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table
from sqlalchemy import Engine

from desktop.domain.equipment import OLD_AFTER_YEARS
from desktop.domain.equipment_kinds import STATUSES
from desktop.domain.periods import Period, period_of
from desktop.reports import layout
from desktop.reports.formats import dmy, num, pct, place_date, province_in_sentence
from desktop.reports.layout import LANDSCAPE_WIDTH, PORTRAIT_WIDTH, Styles, grid, para
from desktop.reports.model import Form06Table
from desktop.reports.stats_tables import FormUnits, annex_head, dossier_summary, form06_block, unit_line
from desktop.server import summary as sm
from desktop.server.report_data import to_local

SYMBOL = "BC-UBND"
SECTION_TITLES = ("1. Kết quả tiếp nhận, giải quyết thủ tục hành chính",
                  "2. Công tác đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức",
                  "3. Trang thiết bị, hạ tầng công nghệ thông tin",
                  "4. Nhận xét, đề xuất, kiến nghị")
_LISTED = 10  # communes named in a sentence before "và N đơn vị khác"


@dataclass(frozen=True)
class ProvinceReport:
    """What was printed, for the caller to show or check."""

    path: Path
    pages: int
    period: Period
    summary: sm.ProvinceSummary


def province_title(name: str) -> str:
    """“Quảng Ninh” → “Tỉnh Quảng Ninh”; “Thành phố Hà Nội” and “Tỉnh …” stay as they are."""
    sentence = province_in_sentence(name.strip())
    return sentence[:1].upper() + sentence[1:]


def place_of(name: str) -> str:
    """The place in the date line: the province's own name, without “Tỉnh” / “Thành phố”."""
    title = province_title(name)
    for prefix in ("Tỉnh ", "Thành phố "):
        if title.startswith(prefix):
            return title[len(prefix):]
    return title


def subject(period: Period) -> str:
    return ("Tình hình, kết quả giải quyết thủ tục hành chính, đào tạo kỹ năng số và trang thiết bị công nghệ "
            f"thông tin của các xã, phường {period.label}")


def recipients() -> list[str]:
    return ["- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- Bộ Khoa học và Công nghệ;",
            "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
            "- Sở Khoa học và Công nghệ;", "- UBND các xã, phường;", "- Lưu: VT."]


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:_LISTED])
    return shown + (f" và {num(len(items) - _LISTED)} đơn vị khác" if len(items) > _LISTED else "")


def _dossier_section(st: Styles, s: sm.ProvinceSummary) -> list[Flowable]:
    t, body = s.total, st.body()
    synced = [c for c in s.communes if c.has_data]
    missing = [c.name for c in s.communes if not c.has_data]
    coverage = f"Số liệu tổng hợp từ dữ liệu đồng bộ của {num(len(synced))}/{num(len(s.communes))} xã, phường"
    coverage += f"; chưa đồng bộ: {_names(missing)}." if missing else "."
    out: list[Flowable] = [para(coverage, body), *dossier_summary(st, t)]
    rated = [(rate, c) for c in s.communes if (rate := c.dossiers.form_on_time_rate) is not None and rate < 1]
    lagging = [c for _, c in sorted(rated, key=lambda rc: (rc[0], rc[1].name))[:3]]
    if lagging:
        listed = "; ".join(f"{c.name} ({pct(c.dossiers.form_on_time_rate)})" for c in lagging)
        out.append(para(f"d) Đơn vị có tỷ lệ giải quyết đúng hạn thấp nhất: {listed}.", body))
    out.append(para("Số liệu chi tiết của từng xã, phường tại Phụ lục I; theo lĩnh vực tại Phụ lục II.", body))
    return out


def _training_section(st: Styles, t: sm.TrainingCounts) -> list[Flowable]:
    if not t.courses:
        return [para("Trong kỳ không có khóa đào tạo, bồi dưỡng nào được các xã, phường ghi nhận.", st.body())]
    return [para(f"Trong kỳ, các xã, phường ghi nhận {num(t.courses)} khóa đào tạo, bồi dưỡng với "
                 f"{num(t.participants)} lượt người tham dự, tổng số {num(t.person_hours)} giờ học (giờ-người); "
                 f"{num(t.certificates)} lượt học viên được cấp chứng chỉ, giấy chứng nhận. Chi tiết từng đơn vị "
                 "tại Phụ lục III.", st.body())]


def _equipment_section(st: Styles, e: sm.EquipmentCounts, as_of: date) -> list[Flowable]:
    states = "; ".join(f"{label.lower()} {num(e.by_status[key])}" for key, label in STATUSES.items()
                       if e.by_status.get(key))
    outages = (f"Trong kỳ xảy ra {num(e.outages)} sự cố mất kết nối, gián đoạn, tổng thời gian khoảng "
               f"{num(e.outage_hours)} giờ." if e.outages else "Trong kỳ không ghi nhận sự cố mất kết nối mạng.")
    return [para(f"Tính đến ngày {dmy(as_of)}, các xã, phường quản lý {num(e.total)} thiết bị, đường truyền"
                 + (f" ({states})" if states else "") + f"; trong đó {num(e.old)} thiết bị đã sử dụng trên "
                 f"{OLD_AFTER_YEARS} năm, {num(e.needs_care)} thiết bị cần sửa chữa, thay thế. {outages} "
                 "Chi tiết từng đơn vị tại Phụ lục III.", st.body())]


def _body_style(st: Styles, header_rows: int) -> list[tuple]:
    # Figures are plain strings (a province has hundreds of rows, a Paragraph each would be slow); the total is bold.
    return [("FONTSIZE", (0, header_rows), (-1, -1), 9.5), ("ALIGN", (0, header_rows), (0, -1), "CENTER"),
            ("ALIGN", (2, header_rows), (-1, -1), "CENTER"), ("FONTNAME", (0, -1), (-1, -1), st.fonts.bold)]


def commune_assets_table(st: Styles, s: sm.ProvinceSummary, width: float) -> Table:
    """Annex III: training of the month and equipment now, per commune, with when it last synced."""
    h, n = st.cell(8.5, bold=True, align=TA_CENTER), st.cell(8, italic=True, align=TA_CENTER)
    head: list[list[object]] = [
        [para("STT", h), para("Xã, phường", h), para("Đào tạo, bồi dưỡng trong kỳ", h), "", "", "",
         para("Trang thiết bị, đường truyền", h), "", "", "", para("Sự cố mất kết nối trong kỳ", h), "",
         para("Đồng bộ lần cuối", h)],
        ["", "", para("Số khóa", h), para("Lượt người tham dự", h), para("Giờ-người", h), para("Chứng chỉ", h),
         para("Tổng số", h), para("Đang sử dụng", h), para("Trên 5 năm", h), para("Cần sửa chữa, thay thế", h),
         para("Số lần", h), para("Số giờ", h), ""],
        [para(f"({i})", n) for i in range(1, 14)],
    ]

    def figures(t: sm.TrainingCounts, e: sm.EquipmentCounts) -> list[str]:
        return [num(t.courses), num(t.participants), num(t.person_hours), num(t.certificates), num(e.total),
                num(e.by_status.get("in_use", 0)), num(e.old), num(e.needs_care), num(e.outages),
                num(e.outage_hours)]

    name = st.cell(9.5)
    rows: list[list[object]] = [[str(i), para(c.name, name), *figures(c.training, c.equipment),
                                 dmy(to_local(c.last_sync_at)) if c.last_sync_at else "Chưa đồng bộ"]
                                for i, c in enumerate(s.communes, 1)]
    rows.append(["", para("Toàn tỉnh", st.cell(9.5, bold=True)), *figures(s.training, s.equipment), ""])
    widths = [9 * mm, 0.0, *([17 * mm] * 10), 24 * mm]
    widths[1] = width - sum(widths)
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)),
             ("SPAN", (10, 0), (11, 0)), ("SPAN", (12, 0), (12, 1))]
    return grid([*head, *rows], widths, header_rows=3, extra=[*spans, *_body_style(st, 3)])


def province_story(st: Styles, s: sm.ProvinceSummary, period: Period, *, today: date, number: str = "",
                   signer_name: str = "", signer_title: str = "Chủ tịch", comments: str = "") -> list[Flowable]:
    province = province_title(s.province_name)
    number_text = layout.doc_number(number, SYMBOL)
    heading = st.heading()
    story: list[Flowable] = [
        layout.header(st, body_lines=["Ủy ban nhân dân", province], number=number_text,
                      place_date=place_date(place_of(s.province_name), today), width=PORTRAIT_WIDTH),
        *layout.title(st, "Báo cáo", subject(period), PORTRAIT_WIDTH),
        para(f"Ủy ban nhân dân {province_in_sentence(province)} báo cáo {subject(period)[0].lower()}"
             f"{subject(period)[1:]} ({period.span.lower()}) như sau:", st.body()),
        para(SECTION_TITLES[0], heading), *_dossier_section(st, s),
        para(SECTION_TITLES[1], heading), *_training_section(st, s.training),
        para(SECTION_TITLES[2], heading), *_equipment_section(st, s.equipment, today),
        layout.signature(st, title_lines=layout.signer_lines(signer_title), name=signer_name,
                         recipients=recipients(), width=PORTRAIT_WIDTH,
                         before=[Spacer(1, 3 * mm), para(SECTION_TITLES[3], heading),
                                 *layout.comments(st, comments, PORTRAIT_WIDTH)]),
    ]
    attached = f"Báo cáo số {number_text} ngày {dmy(today)} của Ủy ban nhân dân {province_in_sentence(province)}"
    communes = Form06Table(tuple(c.dossiers for c in s.communes), s.total)
    units = FormUnits(f"Ủy ban nhân dân {province_in_sentence(province)}",
                      "Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)",
                      f"các xã, phường trên địa bàn {province_in_sentence(province)}")
    story += [*layout.to_landscape(),
              *form06_block(st, communes, period, LANDSCAPE_WIDTH, attached, units, annex="I",
                            scope="Tổng hợp theo từng xã, phường", label="Xã, phường", total_label="Toàn tỉnh")]
    story += [PageBreak(),
              *form06_block(st, Form06Table(s.by_field, s.total), period, LANDSCAPE_WIDTH, attached, units,
                            annex="II", scope="Tổng hợp theo lĩnh vực trên địa bàn tỉnh")]
    story += [PageBreak(), *annex_head(st, "III", "ĐÀO TẠO KỸ NĂNG SỐ VÀ TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN",
                                       period.span, attached, "Tổng hợp theo từng xã, phường"),
              *unit_line(st, f"Trang thiết bị tính đến ngày {dmy(today)}"),
              commune_assets_table(st, s, LANDSCAPE_WIDTH)]
    return story


def build_province_report(summary: sm.ProvinceSummary, out: Path | str, *, today: date, number: str = "",
                          signer_name: str = "", signer_title: str = "Chủ tịch", comments: str = ""
                          ) -> ProvinceReport:
    """Write the province's report of `summary`'s month to `out` (PDF, written whole or not at all)."""
    period = period_of(summary.period_from, summary.period_to)
    story = province_story(layout.styles(), summary, period, today=today, number=number, signer_name=signer_name,
                           signer_title=signer_title, comments=comments)
    province = province_title(summary.province_name)
    pages = layout.write_pdf(out, story, title_text=f"Báo cáo {period.label} - {province}",
                             author=f"UBND {province}", subject=subject(period))
    return ProvinceReport(Path(out), pages, period, summary)


def monthly_report(engine: Engine, month: str, out: Path | str, *, today: date, now: datetime,
                   province_name: str = "", **options: str) -> ProvinceReport:
    """Count the month (YYYY-MM) from the row store and print it: what `report monthly` runs."""
    start, end = sm.parse_month(month)
    summary = sm.province_summary(engine, start, end, today, now)
    if province_name.strip():
        summary = replace(summary, province_name=province_name.strip())
    return build_province_report(summary, out, today=today, **options)
