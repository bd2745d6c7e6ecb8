"""The commune's periodic report (month, quarter or year) in the Decree 30 layout, with its two annexes.

1. dossiers: totals of Biểu 06 in words, a 12-month trend chart; annex I gives the form by field, annex II the late
   dossiers with their reasons; 2. training; 3. equipment and outages; 4. the officer's comments and proposals.
It lays out the `PeriodReportData` it is handed (`desktop.services.report_data.period_report` fills it from the
statistics the dashboard shows too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.domain.periods import Period
from desktop.reports import layout
from desktop.reports.chart import trend_chart
from desktop.reports.formats import dmy, in_sentence, num, place_date, province_in_sentence
from desktop.reports.layout import LANDSCAPE_WIDTH, PORTRAIT_WIDTH, Styles, para
from desktop.reports.model import Form06Table, Issuer, PeriodReportData, TrendPoint
from desktop.reports.sections import equipment_section, training_section
from desktop.reports.stats_tables import dossier_summary, form06_block, late_block

SYMBOL = "BC-UBND"
SECTION_TITLES = ("1. Kết quả tiếp nhận, giải quyết thủ tục hành chính",
                  "2. Công tác đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức",
                  "3. Trang thiết bị, hạ tầng công nghệ thông tin",
                  "4. Nhận xét, đề xuất, kiến nghị")


@dataclass(frozen=True)
class PeriodReport:
    """What was printed, for the caller to show or check."""

    path: Path
    pages: int
    period: Period
    stats: Form06Table
    late_count: int


def subject(period: Period) -> str:
    return ("Tình hình, kết quả giải quyết thủ tục hành chính, đào tạo kỹ năng số và trang thiết bị công nghệ "
            f"thông tin {period.label}")


def recipients(commune: Issuer) -> list[str]:
    unit = in_sentence(commune.name).split(" ")[0]
    return [f"- Sở Khoa học và Công nghệ {province_in_sentence(commune.province_name)};",
            f"- Thường trực Đảng ủy, HĐND {unit};",
            f"- Chủ tịch, các Phó Chủ tịch UBND {unit};",
            "- Lưu: VT."]


def _dossier_section(st: Styles, period: Period, stats: Form06Table, late_count: int,
                     series: tuple[TrendPoint, ...]) -> list[Flowable]:
    body = st.body()
    out = dossier_summary(st, stats.total)
    late_text = (f"danh sách {num(late_count)} hồ sơ quá hạn và lý do tại Phụ lục II" if late_count
                 else "trong kỳ không có hồ sơ quá hạn")
    out.append(para(f"Số liệu chi tiết theo từng lĩnh vực tại Phụ lục I; {late_text}.", body))
    if series:
        out += [Spacer(1, 2 * mm), trend_chart(series, st.fonts, PORTRAIT_WIDTH, 62 * mm),
                para(f"Biểu đồ: số hồ sơ tiếp nhận mới và đã giải quyết trong 12 tháng, từ tháng "
                     f"{series[0].month[5:]}/{series[0].month[:4]} đến tháng {series[-1].month[5:]}/"
                     f"{series[-1].month[:4]}.", st.center(11, italic=True)), Spacer(1, 3 * mm)]
    return out


def build_period_report(data: PeriodReportData, out: Path | str, *, comments: str = "", number: str = "",
                        report_date: date | None = None) -> PeriodReport:
    """Write the report of `data.period` to `out` (PDF); `number` is the document number once it is issued."""
    st = layout.styles()
    commune, period, stats, late, series = data.issuer, data.period, data.stats, data.late, data.trend
    today = report_date or data.today
    number_text = layout.doc_number(number, SYMBOL)
    story: list[Flowable] = [
        layout.header(st, body_lines=["Ủy ban nhân dân", commune.name], number=number_text,
                      place_date=place_date(commune.place, today), width=PORTRAIT_WIDTH),
        *layout.title(st, "Báo cáo", subject(period), PORTRAIT_WIDTH),
        para(f"Ủy ban nhân dân {in_sentence(commune.name)} báo cáo {subject(period)[0].lower()}"
             f"{subject(period)[1:]} ({period.span.lower()}) như sau:", st.body()),
    ]
    heading = st.heading()
    story += [para(SECTION_TITLES[0], heading), *_dossier_section(st, period, stats, len(late), series)]
    story += [para(SECTION_TITLES[1], heading), *training_section(st, data.courses, PORTRAIT_WIDTH)]
    story += [Spacer(1, 3 * mm), para(SECTION_TITLES[2], heading),
              *equipment_section(st, data.devices, data.outages, today, PORTRAIT_WIDTH)]
    story.append(layout.signature(st, title_lines=layout.signer_lines(commune.leader_title),
                                  name=commune.leader_name, recipients=recipients(commune), width=PORTRAIT_WIDTH,
                                  before=[Spacer(1, 3 * mm), para(SECTION_TITLES[3], heading),
                                          *layout.comments(st, comments, PORTRAIT_WIDTH)]))
    attached = f"Báo cáo số {number_text} ngày {dmy(today)} của Ủy ban nhân dân {in_sentence(commune.name)}"
    story += [*layout.to_landscape(), *form06_block(st, stats, period.span, LANDSCAPE_WIDTH, attached)]
    if late:
        story += [PageBreak(), *late_block(st, late, stats.total, LANDSCAPE_WIDTH)]
    pages = layout.write_pdf(out, story, title_text=f"Báo cáo {period.label}", author=f"UBND {commune.name}",
                             subject=subject(period))
    return PeriodReport(Path(out), pages, period, stats, len(late))
