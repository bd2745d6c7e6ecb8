"""Form 01: the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), every element of DOMAIN §5:
the desk and “Số:” left, the motto right, the dossier code with its QR code, the applicant, the request, 1. the papers
(pre-filled from the procedure), 2. the sets, 3. the time of receipt and the statutory time, 4. the appointment date
and hour, 5. where the result is collected, 6. fees, the tracking-book line, signatures, and “Liên”. One page per
copy (two by default: the citizen's and the desk's)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import Flowable, PageBreak, Table

from desktop.reports.fonts import report_fonts
from desktop.reports.formats import in_sentence, num, time_words
from desktop.reports.forms.data import CHANNELS, DeskSlip
from desktop.reports.forms.page import DOTS, Ink, header, para, sheet, signatures, text, title, wrap_table, write_fitted
from desktop.reports.layout import table_style

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPIES = ("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại Trung tâm")
BLANK_ROWS = 3


def qr_code(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = report_fonts().regular  # else the renderer references an unembedded Helvetica
    drawing.add(widget)
    return drawing


def statutory_words(days: float) -> str:
    """“Thời gian giải quyết hồ sơ theo quy định là 15 ngày làm việc” / “… trong ngày làm việc”."""
    if not days:
        return "Thời gian giải quyết hồ sơ theo quy định là trong ngày làm việc"
    return f"Thời gian giải quyết hồ sơ theo quy định là {num(days)} ngày làm việc"


def _documents(ink: Ink, slip: DeskSlip) -> Table:
    h, c, left = ink.style(11, bold=True, align=TA_CENTER), ink.style(11, align=TA_CENTER), ink.style(11)
    rows: list[list[object]] = [[para(t, h) for t in ("STT", "Tên giấy tờ", "Hình thức (bản chính, bản sao)",
                                                      "Số lượng")]]
    for i, item in enumerate(slip.documents, 1):
        rows.append([para(str(i), c), para(item.name, left), para(item.form, c), para(num(item.count), c)])
    for i in range(len(slip.documents) + 1, (BLANK_ROWS if not slip.documents else len(slip.documents)) + 1):
        rows.append([para(str(i), c), "", "", ""])
    width = ink.sheet.width
    widths = [width * 0.1, 0, width * 0.27, width * 0.14]
    widths[1] = width - sum(widths)
    return wrap_table(rows, widths, extra=[("TOPPADDING", (0, 1), (-1, -1), ink.size(3)),
                                           ("BOTTOMPADDING", (0, 1), (-1, -1), ink.size(4))])


def _extended(slip: DeskSlip) -> str:
    if not slip.extension_days:
        return ""
    return f" (đã gia hạn {slip.extension_days} ngày làm việc: {slip.extension_reason or DOTS})"


def _collect(slip: DeskSlip, unit: str) -> str:
    """Where the citizen asked to get the result: by post for a postal dossier, online for an online one, else the
    desk itself (DOMAIN §5)."""
    if slip.postal:
        return f"qua dịch vụ bưu chính công ích, về địa chỉ: {text(slip.applicant_address)}"
    if slip.channel == "online":
        return "trực tuyến, trên Cổng Dịch vụ công"
    return f"{slip.desk} {unit}" if not slip.desk_name.strip() else slip.desk


def _copy(ink: Ink, slip: DeskSlip, copy: str) -> list[Flowable]:
    d = slip
    unit = in_sentence(d.issuer.name)
    body = ink.body()
    bold = ink.style(13, bold=True, spaceAfter=ink.size(2.5))
    width = ink.sheet.width
    qr = ink.size(13) * 4.2
    top = Table([[para(f"Mã hồ sơ: {d.code}", ink.style(13, bold=True)), qr_code(d.code, qr)]],
                colWidths=[width - qr, qr])
    top.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    contact = f"Số điện thoại: {text(d.applicant_phone)}; Email: {text(d.applicant_email)}"
    request = f"Nội dung yêu cầu giải quyết: {d.procedure_name} (mã thủ tục {d.procedure_code}, lĩnh vực " \
              f"{d.field_name}); hình thức nộp: {CHANNELS.get(d.channel, d.channel)}"
    request += "; tiếp nhận không phụ thuộc địa giới hành chính." if d.boundary_free else "."
    if d.received_from:
        request += f" Hồ sơ do {d.received_from} tiếp nhận và chuyển đến."
    if d.forwarded_to:
        request += f" Hồ sơ được chuyển đến {d.forwarded_to} giải quyết."
    due = (f"{d.due_at:%H} giờ {d.due_at:%M} phút, " + time_words(d.due_at).split(", ", 1)[1]) if d.due_at else \
        "…… giờ …… phút, ngày …… tháng …… năm ……"
    # Only a citizen at the counter signs: a postal or online filing has nobody there to sign the slip.
    applicant = (["NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)"], d.applicant_name) if d.in_person else None
    return [
        header(ink, d.issuer, unit_lines=[d.desk], number=str(d.book_number) if d.book_number else "……",
               day=d.received_at.date()),
        para(copy, ink.style(11, italic=True, align=TA_RIGHT)),
        *title(ink, [TITLE]),
        top,
        para(f"{d.desk} {unit} tiếp nhận hồ sơ của:" if not d.desk_name.strip() else
             f"{d.desk} tiếp nhận hồ sơ của:", body),
        para(f"Ông/Bà: {d.applicant_name}", bold),
        para(f"Số định danh cá nhân: {text(d.applicant_id_number)}", body),
        para(f"Địa chỉ: {text(d.applicant_address)}", body),
        para(contact, body),
        para(request, body),
        para("1. Thành phần hồ sơ nộp gồm:", body),
        _documents(ink, d),
        para(f"2. Số lượng hồ sơ: {d.sets:02d} bộ.", ink.body(spaceBefore=ink.size(3))),
        para(f"3. Thời gian tiếp nhận hồ sơ: {time_words(d.received_at)}.", body),
        para(f"{statutory_words(d.statutory_days)}.", body),
        para(f"4. Thời gian trả kết quả giải quyết hồ sơ: {due}{_extended(d)}.", body),
        para(f"5. Đăng ký nhận kết quả tại: {_collect(d, unit)}.", body),
        para("6. Phí, lệ phí: " + (f"{num(d.fee)} đồng." if d.fee else "không thu."), body),
        para(f"Vào Sổ theo dõi hồ sơ năm {d.received_at.year}, số thứ tự: "
             f"{d.book_number if d.book_number else '……'}.", body),
        signatures(ink, [applicant, (["NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)"], d.receiver or DOTS)]),
    ]


def build_receipt(slip: DeskSlip, out: Path | str, *, paper: str = "a5", copies: Sequence[str] = COPIES) -> int:
    """Write the slip to `out`, one page per copy; returns the number of pages."""
    sh = sheet(paper)
    labels = list(copies) or [COPIES[0]]

    def story(ink: Ink) -> list[Flowable]:
        flow: list[Flowable] = []
        for n, label in enumerate(labels):
            if n:
                flow.append(PageBreak())
            flow += _copy(ink, slip, label)
        return flow

    return write_fitted(out, story, sh, pages=len(labels), title_text=f"{TITLE.capitalize()} {slip.code}",
                        author=f"UBND {slip.issuer.name}", subject=slip.procedure_name)


__all__ = ["COPIES", "TITLE", "build_receipt", "qr_code", "statutory_words"]
