"""Forms 02–04 of Circular 01/2018/TT-VPCP, the desk's short letters to the citizen about one dossier:
02 the supplement request, 03 the refusal to accept, 04 the apology with a new appointment date. Each on one page;
what the store does not hold yet is printed as the form's dotted line for the officer to write in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from desktop.reports.formats import date_words, in_sentence, time_words
from desktop.reports.forms.data import DeskSlip
from desktop.reports.forms.page import DOTS, Ink, header, para, sheet, signatures, text, title, write_fitted
from desktop.reports.layout import signer_lines

SUPPLEMENT = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
REFUSAL = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
APOLOGY = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
SIGN = "(Ký và ghi rõ họ tên)"


def _desk_of(d: DeskSlip) -> str:
    return d.desk if d.desk_name.strip() else f"{d.desk} {in_sentence(d.issuer.name)}"


def _applicant(ink: Ink, d: DeskSlip) -> list[Flowable]:
    body = ink.body()
    return [
        para(f"Hồ sơ của: {d.applicant_name}", ink.style(13, bold=True, spaceAfter=ink.size(2.5))),
        para(f"Mã hồ sơ: {d.code}", body),
        para(f"Nội dung yêu cầu giải quyết: {d.procedure_name}", body),
        para(f"Địa chỉ: {text(d.applicant_address)}", body),
        para(f"Số điện thoại: {text(d.applicant_phone)}; Email: {text(d.applicant_email)}", body),
    ]


def _lines(ink: Ink, value: str, blank: int = 3) -> list[Flowable]:
    """The officer's typed text, one paragraph a line; none typed: numbered dotted lines to write on."""
    items = [line.strip() for line in value.replace("\r\n", "\n").split("\n") if line.strip()]
    if items:
        return [para(f"{i}. {item}" if len(items) > 1 else item, ink.body()) for i, item in enumerate(items, 1)]
    return [para(f"{i}. {DOTS * 2}", ink.body()) for i in range(1, blank + 1)]


def _supplement(ink: Ink, d: DeskSlip) -> list[Flowable]:
    return [
        header(ink, d.issuer, unit_lines=[d.desk], number="……", day=d.letter_day("supplement")),
        *title(ink, [SUPPLEMENT]),
        *_applicant(ink, d),
        para("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", ink.body()),
        *_lines(ink, d.supplement_note),
        para("Lý do: " + DOTS * 2, ink.body()),
        para("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với "
             f"{d.receiver or DOTS} tại {_desk_of(d)} để được hướng dẫn./.", ink.body()),
        signatures(ink, [None, (["NGƯỜI HƯỚNG DẪN", SIGN], d.receiver or DOTS)]),
    ]


def _refusal(ink: Ink, d: DeskSlip) -> list[Flowable]:
    return [
        header(ink, d.issuer, unit_lines=[d.desk], number="……", day=d.letter_day("refusal")),
        *title(ink, [REFUSAL]),
        para(f"{_desk_of(d)} tiếp nhận hồ sơ của:", ink.body()),
        *_applicant(ink, d),
        para(f"Thời gian: {time_words(d.received_at)}.", ink.body()),
        para(f"Sau khi xem xét, đối chiếu thành phần hồ sơ, {_desk_of(d)} từ chối tiếp nhận, giải quyết hồ sơ "
             "này với lý do cụ thể như sau:", ink.body()),
        *_lines(ink, d.refusal_reason, blank=2),
        para("Xin thông báo cho Ông/Bà được biết và thực hiện./.", ink.body()),
        signatures(ink, [None, (["NGƯỜI TIẾP NHẬN HỒ SƠ", SIGN], d.receiver or DOTS)]),
    ]


def _apology(ink: Ink, d: DeskSlip) -> list[Flowable]:
    body = ink.body()
    unit = in_sentence(d.issuer.name)
    due = date_words(d.due_at.date()) if d.due_at else "ngày …… tháng …… năm ……"
    new = date_words(d.new_due_date) if d.new_due_date else "ngày …… tháng …… năm ……"
    reason = d.late_reason.strip() or DOTS * 2
    return [
        header(ink, d.issuer, unit_lines=["Ủy ban nhân dân", d.issuer.name], number="……",
               day=d.letter_day("apology"), under_committee=False),
        *title(ink, [APOLOGY]),
        para(f"Kính gửi: Ông/Bà {d.applicant_name}", ink.style(13, bold=True, spaceAfter=ink.size(4))),
        para(f"Ngày {d.received_at:%d/%m/%Y}, {_desk_of(d)} tiếp nhận hồ sơ đề nghị {d.procedure_name} của "
             f"Ông/Bà; mã hồ sơ: {d.code}.", body),
        para(f"Thời gian hẹn trả kết quả giải quyết hồ sơ: {due}.", body),
        para(f"Tuy nhiên đến nay, Ủy ban nhân dân {unit} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hạn "
             f"ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: {reason}", body),
        para(f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Ủy ban nhân dân {unit} xin lỗi Ông/Bà và sẽ trả kết "
             f"quả giải quyết hồ sơ cho Ông/Bà vào {new}.", body),
        para("Xin trân trọng cảm ơn./.", body),
        signatures(ink, [None, (signer_lines(d.issuer.leader_title), d.issuer.leader_name or DOTS)], gap=20),
    ]


BUILDERS: dict[str, tuple[str, Callable[[Ink, DeskSlip], list[Flowable]]]] = {
    "supplement": (SUPPLEMENT, _supplement),
    "refusal": (REFUSAL, _refusal),
    "apology": (APOLOGY, _apology),
}


def build_letter(kind: str, slip: DeskSlip, out: Path | str, *, paper: str = "a5") -> int:
    """Write form 02, 03 or 04 (`kind` supplement | refusal | apology) to `out`; returns the number of pages."""
    name, build = BUILDERS[kind]
    return write_fitted(out, lambda ink: build(ink, slip), sheet(paper), title_text=f"{name.capitalize()} {slip.code}",
                        author=f"UBND {slip.issuer.name}", subject=slip.procedure_name)
