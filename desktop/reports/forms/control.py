"""Form 05 of Circular 01/2018/TT-VPCP: the process control slip (phiếu kiểm soát quá trình giải quyết hồ sơ) that
travels with the dossier: each hand-over with its time, who gave and who took it, and the result against the
appointment; blank rows after the recorded ones for the hand-overs still to come, signed by hand."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, Spacer

from desktop.reports.forms.data import OUTCOMES, DeskSlip
from desktop.reports.forms.page import DOTS, Ink, header, para, sheet, title, wrap_table, write_fitted

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
BLANK_ROWS = 3


def _table(ink: Ink, d: DeskSlip) -> Flowable:
    h, c, left = ink.style(10.5, bold=True, align=TA_CENTER), ink.style(10.5, align=TA_CENTER), ink.style(10.5)
    rows: list[list[object]] = [[para(t, h) for t in (
        "TÊN CƠ QUAN, NGƯỜI GIAO, NHẬN", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
        "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước/đúng/quá hạn)", "GHI CHÚ")]]
    last = len(d.steps) - 1
    for i, step in enumerate(d.steps):
        result = OUTCOMES.get(d.outcome, "") if i == last and d.outcome else ""
        rows.append([para(f"{i + 1}. {step.action}\n{step.actor}", left),
                     para(f"{step.at:%H} giờ {step.at:%M} phút\nngày {step.at:%d/%m/%Y}", c),
                     para(result, c), para(step.note, left)])
    for i in range(len(d.steps), len(d.steps) + BLANK_ROWS):
        rows.append([para(f"{i + 1}. Giao: ……………\nNhận: ……………", left),
                     para("…… giờ …… phút\nngày …/…/……", c), "", ""])
    width = ink.sheet.width
    widths = [width * 0.32, width * 0.24, width * 0.22, 0]
    widths[3] = width - sum(widths)
    return wrap_table(rows, widths)


def _story(ink: Ink, d: DeskSlip) -> list[Flowable]:
    body = ink.body()
    return [
        header(ink, d.issuer, unit_lines=[d.desk], number=None, day=None),
        *title(ink, [TITLE]),
        para(f"Mã hồ sơ: {d.code}", ink.style(13, bold=True, align=TA_CENTER, spaceAfter=ink.size(2))),
        para("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: "
             f"{d.book_number if d.book_number else '……'})", ink.style(12, italic=True, align=TA_CENTER)),
        Spacer(1, ink.mm(3)),
        para(f"Hồ sơ của: {d.applicant_name}; thủ tục: {d.procedure_name}", body),
        para(f"Cơ quan (bộ phận) giải quyết hồ sơ: {d.forwarded_to or 'Ủy ban nhân dân ' + d.issuer.name}", body),
        para(f"Cơ quan phối hợp giải quyết hồ sơ: {DOTS}", body),
        _table(ink, d),
    ]


def build_control(slip: DeskSlip, out: Path | str, *, paper: str = "a5") -> int:
    """Write form 05 of one dossier to `out`; returns the number of pages (the rows may run on to a second)."""
    return write_fitted(out, lambda ink: _story(ink, slip), sheet(paper),
                        title_text=f"{TITLE.capitalize()} {slip.code}", author=f"UBND {slip.issuer.name}",
                        subject=slip.procedure_name)
