"""The receipt and appointment slip (form 01, DOMAIN.md §5) for one dossier, on one A4 page.

The store keeps no list of the papers handed in, so the document table comes from the caller or is left as ruled
blank rows for the officer to fill in by hand, as on the pre-printed forms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.reports import layout
from desktop.reports.fonts import report_fonts
from desktop.reports.formats import date_words, in_sentence, num, time_words
from desktop.reports.layout import PORTRAIT_WIDTH, Styles, para
from desktop.reports.model import ReceiptSlip

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
CHANNELS = {"online": "trực tuyến", "direct": "trực tiếp", "postal": "qua dịch vụ bưu chính công ích"}
BLANK_ROWS = 4
DOTS = "…" * 12


@dataclass(frozen=True)
class DocumentItem:
    """One paper handed in: its name, whether original or copy, how many."""

    name: str
    form: str = "Bản chính"
    count: int = 1


def qr_code(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = report_fonts().regular  # else the renderer references an unembedded Helvetica
    drawing.add(widget)
    return drawing


def _documents(st: Styles, items: Sequence[DocumentItem], width: float) -> Table:
    h, c, left = st.cell(11, bold=True, align=TA_CENTER), st.cell(11, align=TA_CENTER), st.cell(11)
    rows: list[list[object]] = [[para(t, h) for t in ("STT", "Tên giấy tờ", "Hình thức (bản chính, bản sao)",
                                                      "Số lượng")]]
    for i, item in enumerate(items, 1):
        rows.append([para(str(i), c), para(item.name, left), para(item.form, c), para(num(item.count), c)])
    for i in range(len(items) + 1, (BLANK_ROWS if not items else len(items)) + 1):
        rows.append([para(str(i), c), "", "", ""])
    widths = [12 * mm, 0, 42 * mm, 22 * mm]
    widths[1] = width - sum(widths)
    # Rows tall enough to write in by hand.
    return layout.grid(rows, widths, extra=[("TOPPADDING", (0, 1), (-1, -1), 5),
                                            ("BOTTOMPADDING", (0, 1), (-1, -1), 6)])


def build_receipt(slip: ReceiptSlip, out: Path | str, *, documents: Sequence[DocumentItem] = (),
                  sets: int = 1) -> int:
    """Write the slip of one dossier to `out`; returns the number of pages (1)."""
    st = layout.styles()
    d = slip
    unit = in_sentence(slip.issuer.name)
    body = st.style("slip", 13, leading=16, spaceAfter=2)
    bold = st.style("slipb", 13, bold=True, leading=16, spaceAfter=2)
    address = slip.issuer.address
    fee = slip.fee
    title_cell = [para(TITLE, st.center(14, bold=True)), Spacer(1, 2 * mm),
                  para(f"Mã hồ sơ: {d.code}", st.center(13, bold=True))]
    top = Table([["", title_cell, qr_code(d.code, 19 * mm)]], colWidths=[20 * mm, PORTRAIT_WIDTH - 40 * mm, 20 * mm])
    top.setStyle(layout.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    contact = f"Số điện thoại: {d.applicant_phone or DOTS}"
    contact += f"; thư điện tử: {d.applicant_email}" if d.applicant_email else ""
    due = date_words(d.due_date) if d.due_date else DOTS
    story: list[Flowable] = [
        layout.commune_header(st, slip.issuer, number=None, day=d.received_at.date(), width=PORTRAIT_WIDTH,
                              body_lines=["Bộ phận tiếp nhận", "và trả kết quả"],
                              parent=["Ủy ban nhân dân", slip.issuer.name]),
        Spacer(1, 5 * mm), top, Spacer(1, 3 * mm),
        para(f"Bộ phận tiếp nhận và trả kết quả, Ủy ban nhân dân {unit} tiếp nhận hồ sơ của:", body),
        para(f"Ông/Bà: {d.applicant_name}", bold),
        para(f"Số định danh cá nhân (CCCD): {d.applicant_id_number or DOTS}", body),
        para(f"Địa chỉ: {d.applicant_address or DOTS}", body),
        para(contact, body),
        para(f"Nội dung yêu cầu giải quyết: {d.procedure_name} (mã thủ tục {d.procedure_code}, lĩnh vực "
             f"{d.field_name}); hình thức nộp: {CHANNELS.get(d.channel, d.channel)}"
             + ("; tiếp nhận không phụ thuộc địa giới hành chính." if d.boundary_free else "."), body),
        para("1. Thành phần hồ sơ nộp gồm:", body),
        _documents(st, documents, PORTRAIT_WIDTH), Spacer(1, 2 * mm),
        para(f"2. Số lượng hồ sơ: {sets:02d} bộ.", body),
        para(f"3. Thời gian tiếp nhận hồ sơ: {time_words(d.received_at)}.", body),
        para(f"4. Thời gian trả kết quả giải quyết hồ sơ: {due}.", body),
        para(f"5. Nơi trả kết quả: Bộ phận tiếp nhận và trả kết quả, {address or 'Ủy ban nhân dân ' + unit}.",
             body),
        para("6. Phí, lệ phí: " + (f"{num(fee)} đồng." if fee else "không thu."), body),
        para(f"Vào Sổ theo dõi hồ sơ, Quyển số: {DOTS[:8]}, Số thứ tự: {DOTS[:8]}", body),
        layout.signatures(st, [(["NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)"], d.applicant_name),
                               (["NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)"], slip.receiver)],
                          PORTRAIT_WIDTH),
    ]
    return layout.write_pdf(out, story, title_text=f"{TITLE.capitalize()} {d.code}",
                            author=f"UBND {slip.issuer.name}", subject=d.procedure_name)
