"""The commune's monthly digital-transformation report to the Department of Science and Technology (separate from
the II.06a statistics report), in the Decree 30 layout: 1. Decision 766 rates; 2. plan tasks; 3. training of
officials; 4. equipment; 5. villages and community digital technology teams; 6. coverage and outages;
7. recommendations; 8. the officer's proposals. It lays out the `DxReportData` it is handed
(`desktop.services.dx_report_data.dx_report` fills it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.periods import Period
from desktop.reports import layout
from desktop.reports.dx_model import DxReportData
from desktop.reports.dx_sections import (
    coverage_section,
    equipment_section,
    index_section,
    recommendation_section,
    task_section,
    village_section,
)
from desktop.reports.formats import dmy, in_sentence, place_date, province_in_sentence
from desktop.reports.layout import PORTRAIT_WIDTH, para
from desktop.reports.sections import training_section

SYMBOL = "BC-UBND"
SECTION_TITLES = (
    "1. Chỉ số phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg)",
    "2. Thực hiện nhiệm vụ chuyển đổi số (Nghị quyết số 57-NQ/TW, Kế hoạch số 02-KH/BCĐTW và kế hoạch của tỉnh)",
    "3. Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức",
    "4. Trang thiết bị, chữ ký số",
    "5. Thôn, tổ dân phố và tổ công nghệ số cộng đồng",
    "6. Hạ tầng mạng: vùng lõm sóng và sự cố",
    "7. Kiến nghị gửi cấp trên",
    "8. Đề xuất",
)


@dataclass(frozen=True)
class DxReport:
    path: Path
    pages: int
    period: Period


def subject(period: Period) -> str:
    return f"Kết quả thực hiện chuyển đổi số {period.label}"


def recipients(data: DxReportData) -> list[str]:
    unit = in_sentence(data.issuer.name).split(" ")[0]
    return [f"- Sở Khoa học và Công nghệ {province_in_sentence(data.issuer.province_name)};",
            f"- Thường trực Đảng ủy, HĐND {unit};", f"- Chủ tịch, các Phó Chủ tịch UBND {unit};", "- Lưu: VT."]


def build_dx_report(data: DxReportData, out: Path | str, *, comments: str = "", number: str = "",
                    report_date: date | None = None, invariant: bool = False) -> DxReport:
    st = layout.styles()
    w = PORTRAIT_WIDTH
    commune, period = data.issuer, data.period
    today = report_date or data.today
    intro = (f"Ủy ban nhân dân {in_sentence(commune.name)} báo cáo kết quả thực hiện chuyển đổi số {period.label} "
             f"({period.span.lower()}) như sau:")
    if data.as_of < period.end:
        intro += f" (số liệu tính đến ngày {dmy(data.as_of)})"
    story: list[Flowable] = [
        layout.header(st, body_lines=["Ủy ban nhân dân", commune.name], number=layout.doc_number(number, SYMBOL),
                      place_date=place_date(commune.place, today), width=w),
        *layout.title(st, "Báo cáo", subject(period), w), para(intro, st.body())]
    sections: list[list[Flowable]] = [
        index_section(st, data.index, w), task_section(st, data.task_summary, data.tasks, w),
        training_section(st, data.courses, w), equipment_section(st, data.devices, data.tokens, w),
        village_section(st, data.villages, w), coverage_section(st, data.villages, data.outages, data.outage_hours, w),
        recommendation_section(st, data.recommendations, w)]
    for heading, body in zip(SECTION_TITLES, sections, strict=False):
        story += [para(heading, st.heading()), *body, Spacer(1, 3 * mm)]
    story.append(layout.signature(st, title_lines=layout.signer_lines(commune.leader_title), name=commune.leader_name,
                                  recipients=recipients(data), width=w,
                                  before=[para(SECTION_TITLES[-1], st.heading()), *layout.comments(st, comments, w)]))
    pages = layout.write_pdf(out, story, title_text=f"Báo cáo chuyển đổi số {period.label}",
                             author=f"UBND {commune.name}", subject=subject(period), invariant=invariant)
    return DxReport(Path(out), pages, period)
