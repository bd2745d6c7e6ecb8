"""The attendance list of one training course: who took part, hours, result, certificate, and a column to sign."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.reports import layout
from desktop.reports.formats import dmy, num
from desktop.reports.layout import PORTRAIT_WIDTH, para
from desktop.reports.model import AttendanceData

TITLE = "DANH SÁCH HỌC VIÊN THAM GIA KHÓA ĐÀO TẠO, BỒI DƯỠNG"
HEAD = ("STT", "Họ và tên", "Đơn vị công tác", "Số giờ tham dự", "Kết quả", "Số chứng chỉ", "Ký tên")


def build_attendance(course: AttendanceData, out: Path | str) -> int:
    """Write the attendance list of one course (people in the order given)."""
    st = layout.styles()
    commune = course.issuer
    people = course.people
    h, c, left = st.cell(10, bold=True, align=TA_CENTER), st.cell(10.5, align=TA_CENTER), st.cell(10.5)
    rows: list[list[object]] = [[para(t, h) for t in HEAD]]
    for i, p in enumerate(people, 1):
        rows.append([para(str(i), c), para(p.name, left), para(p.unit, left), para(num(p.hours), c),
                     para(p.result_label, c), para(p.certificate_no, c), ""])
    widths = [10 * mm, 42 * mm, 0, 17 * mm, 18 * mm, 22 * mm, 20 * mm]
    widths[2] = PORTRAIT_WIDTH - sum(widths)
    # Tall rows leave room for a handwritten signature.
    table = layout.grid(rows, widths, extra=[("TOPPADDING", (0, 1), (-1, -1), 6),
                                             ("BOTTOMPADDING", (0, 1), (-1, -1), 7)])
    info = st.style("course", 13, leading=17, spaceAfter=1)
    dates = dmy(course.start_date) if course.start_date == course.end_date else \
        f"từ ngày {dmy(course.start_date)} đến ngày {dmy(course.end_date)}"
    absent = sum(1 for p in people if p.result == "absent")
    story: list[Flowable] = [
        layout.commune_header(st, commune, number=None, day=course.today, width=PORTRAIT_WIDTH),
        Spacer(1, 8 * mm),
        para(TITLE, st.center(14, bold=True)),
        Spacer(1, 4 * mm),
        para(f"Khóa: {course.topic}", st.style("topic", 13, bold=True, leading=17, spaceAfter=1)),
        para(f"Đơn vị tổ chức: {course.organiser}" if course.organiser else "Đơn vị tổ chức: …", info),
        para(f"Thời gian: {dates}; số giờ: {num(course.hours)}; hình thức: "
             f"{course.mode_label.lower()}.", info),
        para(f"Địa điểm: {course.location}" if course.location else "Địa điểm: …", info),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 3 * mm),
        layout.signatures(st, [(["NGƯỜI LẬP DANH SÁCH", "(Ký và ghi rõ họ tên)"], ""),
                               (layout.signer_lines(commune.leader_title), commune.leader_name)], PORTRAIT_WIDTH,
                          before=[para(f"Tổng số: {num(len(people))} học viên (tham dự: {num(course.participants)}; "
                                       f"vắng mặt: {num(absent)}); tổng số giờ học: {num(course.person_hours)} "
                                       "giờ-người.", st.cell(12))]),
    ]
    return layout.write_pdf(out, story, title_text=f"Danh sách học viên: {course.topic}",
                            author=f"UBND {commune.name}")
