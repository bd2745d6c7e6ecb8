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
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from desktop.domain.periods import Period
from desktop.domain.text import fold
from desktop.reports import layout
from desktop.reports.chart import trend_chart
from desktop.reports.formats import dmy, in_sentence, num, pct, place_date, province_in_sentence
from desktop.reports.layout import LANDSCAPE_WIDTH, PORTRAIT_WIDTH, Styles, para
from desktop.reports.model import Comparison, Form06Table, Issuer, LateDossier, PeriodReportData, TrendPoint
from desktop.reports.sections import equipment_section, training_section
from desktop.reports.stats_tables import FormUnits, dossier_summary, form06_block, late_block

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


def recipients(commune: Issuer, chosen: tuple[str, ...] = ()) -> list[str]:
    """“Nơi nhận”: the lines the officer set (a setting or `--recipient`), else the standard list. Each line is
    written “- …;”, the last “- Lưu: VT…” as Decree 30 has it."""
    if chosen:
        lines = [line.strip().lstrip("-").strip().rstrip(";.").strip() for line in chosen if line.strip()]
        if not any(line.lower().startswith("lưu") for line in lines):
            lines.append("Lưu: VT")
        return [f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines)]
    return standard_recipients(commune)


def standard_recipients(commune: Issuer) -> list[str]:
    unit = in_sentence(commune.name).split(" ")[0]
    return [f"- Sở Khoa học và Công nghệ {province_in_sentence(commune.province_name)};",
            f"- Thường trực Đảng ủy, HĐND {unit};",
            f"- Chủ tịch, các Phó Chủ tịch UBND {unit};",
            "- Lưu: VT."]


def _change(now: int, then: int) -> str:
    if now == then:
        return "không đổi"
    return f"{'tăng' if now > then else 'giảm'} {num(abs(now - then))}"


def _rate_change(now: float | None, then: float | None) -> str:
    if now is None or then is None:
        return "không so sánh được"
    points = round((now - then) * 100, 1)
    return "không đổi" if points == 0 else f"{'tăng' if points > 0 else 'giảm'} {num(abs(points))} điểm phần trăm"


def _rate(rate: float | None) -> str:
    return "chưa có" if rate is None else pct(rate)


def comparison_text(this: Comparison, other: Comparison, name: str) -> str:
    """One sentence setting this period's headline figures beside another's: columns (3) and (7), the on-time rate
    [(8) + (9)] / (7) and the online rate (4) / [(4) + (5)] — the form's own rates."""
    return (f"So với {name} ({other.label}: tiếp nhận {num(other.received)}, đã giải quyết {num(other.resolved)} "
            f"hồ sơ; tỷ lệ đúng hạn {_rate(other.on_time_rate)}; tỷ lệ trực tuyến {_rate(other.online_rate)}), "
            f"số hồ sơ tiếp nhận {_change(this.received, other.received)}, số hồ sơ đã giải quyết "
            f"{_change(this.resolved, other.resolved)}, tỷ lệ đúng hạn "
            f"{_rate_change(this.on_time_rate, other.on_time_rate)}, tỷ lệ trực tuyến "
            f"{_rate_change(this.online_rate, other.online_rate)}.")


def _dossier_section(st: Styles, data: PeriodReportData, late_count: int,
                     series: tuple[TrendPoint, ...]) -> list[Flowable]:
    body = st.body()
    stats = data.stats
    out = dossier_summary(st, stats.total)
    t = stats.total
    this = Comparison(data.period.label, t.received_total, t.form_resolved, t.form_on_time_rate, t.online_rate)
    compared = [comparison_text(this, other, name) for other, name in
                ((data.previous, "kỳ trước"), (data.last_year, "cùng kỳ năm trước")) if other is not None]
    if compared:
        out.append(para("d) " + " ".join(compared), body))
    for a in data.adjustments:
        out.append(para(f"Điều chỉnh số liệu {a.label} (Báo cáo số {a.number}): cột {a.column} đã báo cáo "
                        f"{num(a.closed)}, nay là {num(a.now)} do hồ sơ được cập nhật sau khi khóa số liệu.", body))
    late_text = (f"danh sách {num(late_count)} hồ sơ quá hạn và lý do tại Phụ lục II" if late_count
                 else "trong kỳ không có hồ sơ quá hạn")
    out.append(para(f"Số liệu chi tiết theo từng lĩnh vực tại Phụ lục I; {late_text}.", body))
    if series:
        # The caption stays with its chart: alone at the top of the next page it reads as a stray line.
        out += [KeepTogether([Spacer(1, 2 * mm), trend_chart(series, st.fonts, PORTRAIT_WIDTH, 62 * mm),
                para(f"Biểu đồ: số hồ sơ tiếp nhận mới và đã giải quyết trong 12 tháng, từ tháng "
                     f"{series[0].month[5:]}/{series[0].month[:4]} đến tháng {series[-1].month[5:]}/"
                     f"{series[-1].month[:4]}.", st.center(11, italic=True))]), Spacer(1, 3 * mm)]
    return out


def _as_of(data: PeriodReportData) -> str:
    return f"; số liệu tính đến ngày {dmy(data.as_of)}" if data.as_of else ""


_NETWORK_WORDS = ("mang", "internet", "ket noi", "duong truyen", "wifi", "wi-fi", "mat dien")


def network_late(late: tuple[LateDossier, ...]) -> int:
    """How many late dossiers give a network or power failure as the reason (the equipment section must not say
    there was none without mentioning them)."""
    blames: dict[str, bool] = {}  # reasons repeat: each distinct one is folded and searched once
    for d in late:
        if d.late_reason not in blames:
            folded = fold(d.late_reason)
            blames[d.late_reason] = any(w in folded for w in _NETWORK_WORDS)
    return sum(1 for d in late if blames[d.late_reason])


def build_period_report(data: PeriodReportData, out: Path | str, *, comments: str = "", number: str = "",
                        report_date: date | None = None, invariant: bool = False) -> PeriodReport:
    """Write the report of `data.period` to `out` (PDF); `number` is the document number once it is issued.

    `invariant`: the same data gives the same bytes (no build time, a fixed document id), so a closed period's
    reprint matches the SHA-256 kept when it was closed."""
    st = layout.styles()
    commune, period, stats, late, series = data.issuer, data.period, data.stats, data.late, data.trend
    today = report_date or data.dated
    number_text = layout.doc_number(number, SYMBOL)
    story: list[Flowable] = [
        layout.header(st, body_lines=["Ủy ban nhân dân", commune.name], number=number_text,
                      place_date=place_date(commune.place, today), width=PORTRAIT_WIDTH),
        *layout.title(st, "Báo cáo", subject(period), PORTRAIT_WIDTH),
        para(f"Ủy ban nhân dân {in_sentence(commune.name)} báo cáo {subject(period)[0].lower()}"
             f"{subject(period)[1:]} ({period.span.lower()}{_as_of(data)}) như sau:", st.body()),
    ]
    heading = st.heading()
    story += [para(SECTION_TITLES[0], heading), *_dossier_section(st, data, len(late), series)]
    story += [para(SECTION_TITLES[1], heading), *training_section(st, data.courses, PORTRAIT_WIDTH)]
    story += [Spacer(1, 3 * mm), para(SECTION_TITLES[2], heading),
              *equipment_section(st, data.devices, data.outages, period.as_of(data.today), PORTRAIT_WIDTH,
                                 network_late=network_late(late))]
    story.append(layout.signature(st, title_lines=layout.signer_lines(commune.leader_title),
                                  name=commune.leader_name, recipients=recipients(commune, data.recipients),
                                  width=PORTRAIT_WIDTH,
                                  before=[Spacer(1, 3 * mm), para(SECTION_TITLES[3], heading),
                                          *layout.comments(st, comments, PORTRAIT_WIDTH)]))
    attached = f"Báo cáo số {number_text} ngày {dmy(today)} của Ủy ban nhân dân {in_sentence(commune.name)}"
    units = FormUnits(f"Ủy ban nhân dân {in_sentence(commune.name)}",
                      f"Văn phòng Ủy ban nhân dân {province_in_sentence(commune.province_name)}",
                      f"Trung tâm Phục vụ hành chính công {in_sentence(commune.name)}")
    story += [*layout.to_landscape(), *form06_block(st, stats, period, LANDSCAPE_WIDTH, attached, units,
                                                     as_of=data.as_of)]
    if late:
        story += [PageBreak(), *late_block(st, late, stats.total, LANDSCAPE_WIDTH)]
    pages = layout.write_pdf(out, story, title_text=f"Báo cáo {period.label}", author=f"UBND {commune.name}",
                             subject=subject(period), invariant=invariant)
    return PeriodReport(Path(out), pages, period, stats, len(late))
