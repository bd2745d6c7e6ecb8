"""The equipment inventory and a course's attendance list, read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from report_pdf import A4_POINTS, is_nfc, missing_glyphs, page_sizes, read, unembedded_fonts

from desktop.reports.attendance import build_attendance
from desktop.reports.inventory import build_inventory
from desktop.services import equipment, report_data, training
from desktop.services.errors import NotFoundError


def test_inventory_lists_devices_held(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "PC-01", "pc", model="Dell OptiPlex 3050", serial="SN123", location="Phòng Tư pháp",
                            assigned_to="Trần Văn Đức", acquired_on=date(2019, 4, 1))
    equipment.add_equipment(ctx, "PRN-01", "printer", model="Canon LBP 2900", status="broken")
    equipment.add_equipment(ctx, "OLD-01", "pc", status="retired")
    out = tmp_path / "kiem-ke.pdf"
    assert build_inventory(report_data.inventory(ctx), out) == 1
    paper = read(out)
    lines = paper.all_lines()
    assert "DANH SÁCH KIỂM KÊ TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN" in lines
    assert "(Tính đến ngày 20/11/2026)" in lines
    assert "1 PC-01 Máy tính để bàn Dell OptiPlex 3050 SN123 Phòng Tư pháp Trần Văn Đức 2019 Đang sử dụng" in lines
    assert "2 PRN-01 Máy in Canon LBP 2900 Hỏng" in lines
    assert "OLD-01" not in paper.text()
    assert "Tổng số: 2 thiết bị (đang sử dụng: 1; hỏng: 1)." in lines
    assert "NGƯỜI LẬP DANH SÁCH NGƯỜI KIỂM TRA TM. ỦY BAN NHÂN DÂN" in lines
    assert "Nguyễn Văn An" in lines
    assert page_sizes(paper) == [A4_POINTS[::-1]]  # landscape
    assert all(is_nfc(line) for line in lines)
    assert unembedded_fonts(paper) == [] and missing_glyphs(paper) == []
    build_inventory(report_data.inventory(ctx, include_retired=True), out)
    assert "OLD-01" in read(out).text()


def test_attendance_list_of_a_course(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    course = training.add_course(ctx, "Ứng dụng trí tuệ nhân tạo trong công việc", start_date=date(2026, 10, 12),
                                 end_date=date(2026, 10, 13), hours=12, category="ai", organiser="Sở KH&CN",
                                 location="Hội trường UBND")
    for name, unit, hours, result, cert in (("Vũ Thị Yến", "Văn phòng", 12, "passed", "AI-07"),
                                           ("Lê Anh Bảo", "Địa chính", 10, "attended", ""),
                                           ("Phạm Minh Châu", "Tư pháp", 0, "absent", "")):
        training.add_participation(ctx, course.id, person_name=name, unit=unit, hours_attended=hours, result=result,
                                   certificate_no=cert)
    out = tmp_path / "diem-danh.pdf"
    assert build_attendance(report_data.attendance(ctx, course.id), out) == 1
    paper = read(out)
    lines = paper.all_lines()
    assert "DANH SÁCH HỌC VIÊN THAM GIA KHÓA ĐÀO TẠO, BỒI DƯỠNG" in lines
    assert "Khóa: Ứng dụng trí tuệ nhân tạo trong công việc" in lines
    assert "Thời gian: từ ngày 12/10/2026 đến ngày 13/10/2026; số giờ: 12; hình thức: trực tiếp." in lines
    # People by given name: Bảo, Châu, Yến.
    assert [line.split()[0] for line in lines if line.split()[0] in {"1", "2", "3"} and len(line.split()) > 3] == [
        "1", "2", "3"]
    assert "1 Lê Anh Bảo Địa chính 10 Tham dự" in lines
    assert "2 Phạm Minh Châu Tư pháp 0 Vắng mặt" in lines
    assert "3 Vũ Thị Yến Văn phòng 12 Đạt AI-07" in lines
    assert "Tổng số: 3 học viên (tham dự: 2; vắng mặt: 1); tổng số giờ học: 22 giờ-người." in lines
    assert page_sizes(paper) == [A4_POINTS]
    assert unembedded_fonts(paper) == [] and missing_glyphs(paper) == []


def test_unknown_course_is_not_found(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError):
        build_attendance(report_data.attendance(ctx, "no-such-course"), tmp_path / "x.pdf")
