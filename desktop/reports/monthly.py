"""The commune's periodic report (month, quarter or year) in the Decree 30 layout, with its two annexes.

1. dossiers: totals of Biểu 06 in words, a 12-month trend chart; annex I gives the form by field, annex II the late
   dossiers with their reasons; 2. training; 3. equipment and outages; 4. the officer's comments and proposals.
Every count comes from `desktop.services.statistics` (what the dashboard shows) or from the services' own lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.reports import data, layout
from desktop.reports.chart import trend_chart
from desktop.reports.formats import Period, dmy, in_sentence, month_period, num, pct, place_date, province_in_sentence
from desktop.reports.layout import LANDSCAPE_WIDTH, PORTRAIT_WIDTH, Styles, para
from desktop.reports.sections import equipment_section, training_section
from desktop.reports.stats_tables import form06_block, late_block
from desktop.services import equipment
from desktop.services.context import ServiceContext
from desktop.services.dto import CommuneInfo
from desktop.services.setup import get_commune, place_name_of
from desktop.services.statistics import DossierStats, MonthPoint, dossier_stats, monthly_series

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
    stats: DossierStats
    late_count: int


def subject(period: Period) -> str:
    return ("Tình hình, kết quả giải quyết thủ tục hành chính, đào tạo kỹ năng số và trang thiết bị công nghệ "
            f"thông tin {period.label}")


def recipients(commune: CommuneInfo) -> list[str]:
    unit = in_sentence(commune.name).split(" ")[0]
    return [f"- Sở Khoa học và Công nghệ {province_in_sentence(commune.province_name)};",
            f"- Thường trực Đảng ủy, HĐND {unit};",
            f"- Chủ tịch, các Phó Chủ tịch UBND {unit};",
            "- Lưu: VT."]


def _dossier_section(st: Styles, period: Period, stats: DossierStats, late_count: int,
                     series: list[MonthPoint]) -> list[Flowable]:
    t, body = stats.total, st.body()
    unrated = f"; chưa xác định thời hạn {num(t.resolved_unrated)}" if t.resolved_unrated else ""
    out: list[Flowable] = [
        para(f"a) Tiếp nhận: tổng số hồ sơ nhận giải quyết trong kỳ là {num(t.received_total)} hồ sơ, trong đó: "
             f"tiếp nhận trực tuyến {num(t.received_online)} hồ sơ; trực tiếp và qua dịch vụ bưu chính công ích "
             f"{num(t.received_direct_postal)} hồ sơ (qua bưu chính {num(t.received_postal)}); từ kỳ trước chuyển "
             f"sang {num(t.carried_over)} hồ sơ. Hồ sơ tiếp nhận không phụ thuộc địa giới hành chính: "
             f"{num(t.received_boundary_free)} hồ sơ.", body),
        para(f"b) Kết quả giải quyết: đã giải quyết {num(t.resolved_total)} hồ sơ (trả trước hạn "
             f"{num(t.resolved_early)}; đúng hạn {num(t.resolved_on_time)}; quá hạn {num(t.resolved_late)}"
             f"{unrated}); tỷ lệ giải quyết đúng hạn {pct(t.on_time_rate)}. Đang giải quyết "
             f"{num(t.in_progress_total)} hồ sơ (chưa đến hạn {num(t.in_progress_within)}; quá hạn "
             f"{num(t.in_progress_overdue)}). Công dân rút hồ sơ, từ chối tiếp nhận hoặc dừng xử lý: "
             f"{num(t.closed_without_result)} hồ sơ.", body),
        para(f"c) Tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận mới: {pct(t.online_rate)}.", body),
    ]
    late_text = (f"danh sách {num(late_count)} hồ sơ quá hạn và lý do tại Phụ lục II" if late_count
                 else "trong kỳ không có hồ sơ quá hạn")
    out.append(para(f"Số liệu chi tiết theo từng lĩnh vực tại Phụ lục I; {late_text}.", body))
    if series:
        out += [Spacer(1, 2 * mm), trend_chart(series, st.fonts, PORTRAIT_WIDTH, 62 * mm),
                para(f"Biểu đồ: số hồ sơ tiếp nhận mới và đã giải quyết trong 12 tháng, từ tháng "
                     f"{series[0].month[5:]}/{series[0].month[:4]} đến tháng {series[-1].month[5:]}/"
                     f"{series[-1].month[:4]}.", st.center(11, italic=True)), Spacer(1, 3 * mm)]
    return out


def _comments(st: Styles, comments: str) -> list[Flowable]:
    paragraphs = [p.strip() for p in comments.replace("\r\n", "\n").split("\n") if p.strip()]
    if paragraphs:
        return [para(p, st.body()) for p in paragraphs]
    # Nothing typed: dotted lines to write on by hand before the paper goes for signature.
    style = st.style("dots", 13, leading=22)
    dots = "." * int(PORTRAIT_WIDTH / stringWidth(".", style.fontName, style.fontSize) - 1)
    return [para(dots, style) for _ in range(3)]


def build_period_report(ctx: ServiceContext, period: Period, out: Path | str, *, comments: str = "",
                        number: str = "", report_date: date | None = None) -> PeriodReport:
    """Write the report for `period` to `out` (PDF); `number` is the document number once it is issued."""
    st = layout.styles()
    commune = get_commune(ctx)
    stats = dossier_stats(ctx, period.start, period.end)
    late = data.late_dossiers(ctx, period.start, period.end)
    series = monthly_series(ctx, period.end, 12)
    courses = data.courses_in(ctx, period.start, period.end)
    devices = equipment.list_equipment(ctx)
    outage_rows = data.outages(ctx, period.start, period.end)
    today = report_date or ctx.today()
    place = commune.place_name or place_name_of(commune.name)
    number_text = layout.doc_number(number, SYMBOL)
    story: list[Flowable] = [
        layout.header(st, body_lines=["Ủy ban nhân dân", commune.name], number=number_text,
                      place_date=place_date(place, today), width=PORTRAIT_WIDTH),
        *layout.title(st, "Báo cáo", subject(period), PORTRAIT_WIDTH),
        para(f"Ủy ban nhân dân {in_sentence(commune.name)} báo cáo {subject(period)[0].lower()}"
             f"{subject(period)[1:]} ({period.span.lower()}) như sau:", st.body()),
    ]
    heading = st.heading()
    story += [para(SECTION_TITLES[0], heading), *_dossier_section(st, period, stats, len(late), series)]
    story += [para(SECTION_TITLES[1], heading), *training_section(st, courses, PORTRAIT_WIDTH)]
    story += [Spacer(1, 3 * mm), para(SECTION_TITLES[2], heading),
              *equipment_section(st, devices, outage_rows, today, PORTRAIT_WIDTH)]
    story.append(layout.signature(st, title_lines=layout.signer_lines(commune.leader_title),
                                  name=commune.leader_name, recipients=recipients(commune), width=PORTRAIT_WIDTH,
                                  before=[Spacer(1, 3 * mm), para(SECTION_TITLES[3], heading),
                                          *_comments(st, comments)]))
    attached = f"Báo cáo số {number_text} ngày {dmy(today)} của Ủy ban nhân dân {in_sentence(commune.name)}"
    story += [*layout.to_landscape(), *form06_block(st, stats, period.span, LANDSCAPE_WIDTH, attached)]
    if late:
        story += [PageBreak(), *late_block(st, late, stats.total, LANDSCAPE_WIDTH)]
    pages = layout.write_pdf(out, story, title_text=f"Báo cáo {period.label}", author=f"UBND {commune.name}",
                             subject=subject(period))
    return PeriodReport(Path(out), pages, period, stats, len(late))


def build_monthly_report(ctx: ServiceContext, month_start: date, out: Path | str, **options: object
                         ) -> PeriodReport:
    return build_period_report(ctx, month_period(month_start), out, **options)  # type: ignore[arg-type]
