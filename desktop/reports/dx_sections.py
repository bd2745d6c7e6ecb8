"""The sections of the digital-transformation report: each a paragraph of totals in words and the table behind it
(Decision 766 rates, plan tasks, equipment, villages and teams, coverage and outages, recommendations)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.equipment import NEEDS_CARE, OLD_AFTER_YEARS, RETIRED
from desktop.domain.tasks import DONE_LATE, DONE_ON_TIME, IN_PROGRESS, OVERDUE
from desktop.reports.dx_model import IndexLine, RecommendationLine, TaskLine, TokenLine, VillageLine, VillageOutageLine
from desktop.reports.formats import dmy, num, pct
from desktop.reports.layout import Styles, grid, para
from desktop.reports.model import Device

# The villages table's narrow column: the full labels (“Không có sóng 4G/5G”) are for sentences.
_SIGNAL_SHORT = {"none": "Không có", "weak": "Yếu", "good": "Tốt"}


def _fit(widths: list[float], flexible: int, width: float) -> list[float]:
    widths[flexible] = width - sum(widths)
    return widths


def index_section(st: Styles, rows: Sequence[IndexLine], width: float) -> list[Flowable]:
    below = [r.label for r in rows if r.below]
    summary = ("Các chỉ tiêu đều đạt mức xã đã đặt ra." if not below else
               f"{num(len(below))} chỉ tiêu chưa đạt mức xã đặt ra: {'; '.join(r.lower() for r in below)}.")
    h, c, left = st.cell(10, bold=True, align=TA_CENTER), st.cell(10, align=TA_CENTER), st.cell(10)
    head = [[para(t, h) for t in ("STT", "Chỉ tiêu", "Số hồ sơ đạt / tổng số", "Tỷ lệ", "Chỉ tiêu của xã",
                                  "Đánh giá")]]
    body = []
    for i, r in enumerate(rows, 1):
        verdict = "—" if r.rate is None else ("Chưa đạt" if r.below else "Đạt")
        body.append([para(str(i), c), para(r.label, left), para(f"{num(r.counted)}/{num(r.of)}", c),
                     para(pct(r.rate), st.cell(10, bold=r.below, align=TA_CENTER)), para(pct(r.target), c),
                     para(verdict, st.cell(10, bold=r.below, align=TA_CENTER))])
    widths = _fit([9 * mm, 0, 30 * mm, 18 * mm, 22 * mm, 20 * mm], 1, width)
    return [para(summary, st.body()), grid([*head, *body], widths)]


def task_section(st: Styles, summary: dict[str, int], rows: Sequence[TaskLine], width: float) -> list[Flowable]:
    total = sum(summary.values())
    if not total:
        return [para("Chưa có nhiệm vụ nào được giao trong sổ theo dõi.", st.body())]
    done = summary[DONE_ON_TIME] + summary[DONE_LATE]
    out: list[Flowable] = [para(
        f"Tổng số {num(total)} nhiệm vụ được giao: {num(done)} đã hoàn thành ({num(summary[DONE_ON_TIME])} đúng hạn, "
        f"{num(summary[DONE_LATE])} trễ hạn), {num(summary[IN_PROGRESS])} đang thực hiện, "
        f"{num(summary[OVERDUE])} quá hạn chưa hoàn thành.", st.body())]
    overdue = [r for r in rows if r.state == OVERDUE]
    if overdue:
        out.append(para("Nhiệm vụ quá hạn: " + "; ".join(f"{r.code} – {r.title} (hạn {dmy(r.deadline)})"
                                                           for r in overdue) + ".", st.body()))
    if not rows:
        return out
    h, c, left = st.cell(9.5, bold=True, align=TA_CENTER), st.cell(9.5, align=TA_CENTER), st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Mã", "Nhiệm vụ", "Văn bản giao", "Thời hạn", "Kết quả")]]
    body = []
    for i, r in enumerate(rows, 1):
        result = r.state_label + (f" ({dmy(r.done_on)})" if r.done_on else "")
        body.append([para(str(i), c), para(r.code, c), para(r.title + (f" — {r.owner}" if r.owner else ""), left),
                     para(r.source, left), para(dmy(r.deadline), c),
                     para(result, st.cell(9.5, bold=r.state == OVERDUE, align=TA_CENTER))])
    out.append(grid([*head, *body], _fit([9 * mm, 14 * mm, 0, 34 * mm, 20 * mm, 28 * mm], 2, width)))
    return out


def equipment_section(st: Styles, devices: Sequence[Device], tokens: Sequence[TokenLine], width: float
                      ) -> list[Flowable]:
    held = [d for d in devices if d.status != RETIRED]
    old = [d for d in held if d.old]
    broken = [d for d in held if d.status in NEEDS_CARE]
    out: list[Flowable] = [para(
        f"Đơn vị đang quản lý {num(len(held))} thiết bị, đường truyền; {num(len(old))} thiết bị đã sử dụng trên "
        f"{OLD_AFTER_YEARS} năm; {num(len(broken))} thiết bị hỏng, hoạt động kém hoặc đang sửa chữa"
        + (f"; {num(len(tokens))} chứng thư chữ ký số đã hết hạn hoặc sắp hết hạn." if tokens else "."),
        st.body())]
    care = [d for d in held if d.old or d.status in NEEDS_CARE]
    h, c, left = st.cell(9.5, bold=True, align=TA_CENTER), st.cell(9.5, align=TA_CENTER), st.cell(9.5)
    if care:
        head = [[para(t, h) for t in ("STT", "Mã tài sản", "Loại, model", "Vị trí", "Năm sử dụng", "Tình trạng")]]
        body = [[para(str(i), c), para(d.asset_tag, c), para(f"{d.kind_label} {d.model}".strip(), left),
                 para(d.location, left), para(str(d.acquired_on.year) if d.acquired_on else "", c),
                 para(d.status_label + (" (cũ)" if d.old and d.status not in NEEDS_CARE else ""), c)]
                for i, d in enumerate(care, 1)]
        out.append(grid([*head, *body], _fit([9 * mm, 28 * mm, 0, 34 * mm, 18 * mm, 26 * mm], 2, width)))
    if tokens:
        out.append(Spacer(1, 2 * mm))
        head = [[para(t, h) for t in ("STT", "Chữ ký số (USB token)", "Người được giao", "Hết hạn", "Tình trạng")]]
        body = [[para(str(i), c), para(t.asset_tag, c), para(t.assigned_to, left), para(dmy(t.expiry), c),
                 para("Đã hết hạn" if t.expired else "Sắp hết hạn", c)] for i, t in enumerate(tokens, 1)]
        out.append(grid([*head, *body], _fit([9 * mm, 36 * mm, 0, 24 * mm, 26 * mm], 2, width)))
    return out


def village_section(st: Styles, rows: Sequence[VillageLine], width: float) -> list[Flowable]:
    if not rows:
        return [para("Chưa nhập danh sách thôn, tổ dân phố.", st.body())]
    with_team = [v for v in rows if v.team_decision]
    without = [v.name for v in rows if not v.team_decision]
    sessions = sum(v.sessions for v in rows)
    helped = sum(v.people_helped for v in rows)
    assisted = sum(v.dossiers_assisted for v in rows)
    out: list[Flowable] = [para(
        f"Xã có {num(len(rows))} thôn, tổ dân phố với {num(sum(v.households for v in rows))} hộ; đã thành lập "
        f"{num(len(with_team))} tổ công nghệ số cộng đồng. "
        + (f"Thôn, tổ dân phố chưa có tổ: {', '.join(without)}. " if without else "")
        + f"Trong kỳ các tổ tổ chức {num(sessions)} buổi hỗ trợ, hướng dẫn {num(helped)} lượt người dân, hỗ trợ "
        f"nộp {num(assisted)} hồ sơ trực tuyến.", st.body())]
    h, c, left = st.cell(9, bold=True, align=TA_CENTER), st.cell(9, align=TA_CENTER), st.cell(9)
    head = [[para(t, h) for t in ("STT", "Thôn, tổ dân phố", "Số hộ", "Sóng 4G/5G", "Cáp quang",
                                  "Quyết định thành lập tổ", "Thành viên", "Buổi hỗ trợ", "Lượt người",
                                  "Hồ sơ trực tuyến")]]
    body = [[para(str(i), c), para(v.name, left), para(num(v.households), c),
             para(_SIGNAL_SHORT.get(v.signal, v.signal_label), c),
             para("Có" if v.broadband else "Không", c), para(v.team_decision or "Chưa có tổ", c),
             para(num(v.members), c), para(num(v.sessions), c), para(num(v.people_helped), c),
             para(num(v.dossiers_assisted), c)] for i, v in enumerate(rows, 1)]
    cb = st.cell(9, bold=True, align=TA_CENTER)
    body.append(["", para("Tổng cộng", st.cell(9, bold=True)), para(num(sum(v.households for v in rows)), cb), "", "",
                 para(num(len(with_team)), cb), para(num(sum(v.members for v in rows)), cb), para(num(sessions), cb),
                 para(num(helped), cb), para(num(assisted), cb)])
    widths = _fit([9 * mm, 0, 13 * mm, 17 * mm, 13 * mm, 27 * mm, 14 * mm, 13 * mm, 13 * mm, 15 * mm], 1, width)
    out.append(grid([*head, *body], widths))
    return out


def coverage_section(st: Styles, villages: Sequence[VillageLine], outages: Sequence[VillageOutageLine],
                     hours: float, width: float) -> list[Flowable]:
    poor = [v for v in villages if v.poor]
    out: list[Flowable] = [para(
        ("Thôn, tổ dân phố sóng yếu, không có sóng 4G/5G hoặc chưa có cáp quang: "
         + "; ".join(f"{v.name} ({v.signal_label[0].lower() + v.signal_label[1:]}"
                     f"{'' if v.broadband else ', chưa có cáp quang'}, "
                     f"{num(v.households)} hộ)" for v in poor) + ".") if poor
        else "Các thôn, tổ dân phố đều có sóng 4G/5G tốt và cáp quang.", st.body())]
    if not outages:
        out.append(para("Trong kỳ không ghi nhận sự cố mất sóng, mất mạng tại các thôn.", st.body()))
        return out
    affected: dict[str, int] = {}
    for o in outages:
        affected.setdefault(o.village, o.households)
    out.append(para(f"Trong kỳ xảy ra {num(len(outages))} sự cố mất sóng, mất mạng, tổng cộng {num(hours)} giờ; "
                    "ảnh hưởng: " + "; ".join(f"{v} ({num(n)} hộ)" for v, n in affected.items()) + ".", st.body()))
    h, c, left = st.cell(9.5, bold=True, align=TA_CENTER), st.cell(9.5, align=TA_CENTER), st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Thôn, tổ dân phố", "Bắt đầu", "Kết thúc", "Số giờ", "Nguyên nhân")]]
    body = [[para(str(i), c), para(o.village, left), para(f"{o.started:%H:%M %d/%m/%Y}", c),
             para(f"{o.ended:%H:%M %d/%m/%Y}" if o.ended else "Chưa khắc phục", c), para(num(o.hours), c),
             para(o.cause, left)] for i, o in enumerate(outages, 1)]
    out.append(grid([*head, *body], _fit([9 * mm, 32 * mm, 26 * mm, 26 * mm, 14 * mm, 0], 5, width)))
    return out


def recommendation_section(st: Styles, rows: Sequence[RecommendationLine], width: float) -> list[Flowable]:
    if not rows:
        return [para("Trong kỳ không có kiến nghị gửi cấp trên.", st.body())]
    waiting = [r for r in rows if r.answered_on is None]
    late = [r for r in waiting if r.overdue]
    out: list[Flowable] = [para(
        f"{num(len(rows))} kiến nghị gửi cấp trên; {num(len(rows) - len(waiting))} đã được trả lời, "
        f"{num(len(waiting))} chưa được trả lời"
        + (f", trong đó {num(len(late))} kiến nghị quá 30 ngày chưa được trả lời." if late else "."), st.body())]
    h, c, left = st.cell(9.5, bold=True, align=TA_CENTER), st.cell(9.5, align=TA_CENTER), st.cell(9.5)
    head = [[para(t, h) for t in ("STT", "Ngày gửi, số", "Nơi nhận", "Nội dung kiến nghị", "Trả lời")]]
    body = []
    for i, r in enumerate(rows, 1):
        answer = (f"{dmy(r.answered_on)}: {r.answer}" if r.answered_on else
                  f"Chưa trả lời ({num(r.days_waiting)} ngày)")
        body.append([para(str(i), c), para(dmy(r.sent_on) + (f"\n{r.number}" if r.number else ""), c),
                     para(r.recipient, left), para(r.subject, left),
                     para(answer, st.cell(9.5, bold=r.overdue and r.answered_on is None))])
    out.append(grid([*head, *body], _fit([9 * mm, 24 * mm, 32 * mm, 0, 40 * mm], 3, width)))
    return out
