"""The receipt and appointment slip (form 01) of one dossier, read back from the PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from report_pdf import A4_POINTS, is_nfc, missing_glyphs, page_sizes, read, unembedded_fonts

from desktop.reports.receipt import DocumentItem, build_receipt
from desktop.services import catalogue, dossiers, officers, report_data
from desktop.services.dossiers import DossierInput
from desktop.services.errors import NotFoundError


def test_slip_carries_the_dossier(ctx, clock, tmp_path: Path) -> None:  # noqa: ANN001
    officers.add_officer(ctx, "Hoàng Thị Lụa", position="Công chức tiếp nhận", username="lua", password="Mk-2026-lua!")
    ctx.actor = "lua"
    catalogue.edit_procedure(ctx, "1.009994", fee=75000)
    info = dossiers.register_dossier(ctx, DossierInput(
        "1.009994", "Nguyễn Thị Ngọc Ánh", "direct", id_number="022196001234", phone="0912 345 678",
        address="Tổ 3, khu Đồng Mỏ, phường An Sinh", email="anh@example.vn",
        received_at=datetime(2026, 11, 19, 15, 30)))
    out = tmp_path / "phieu.pdf"
    assert build_receipt(report_data.receipt(ctx, info.code), out,
                         documents=[DocumentItem("Đơn đề nghị cấp giấy phép xây dựng"),
                                    DocumentItem("Bản vẽ thiết kế", "Bản sao", 2)]) == 1
    paper = read(out)
    lines = paper.all_lines()
    for expected in ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG AN SINH Độc lập - Tự do - Hạnh phúc",
                     "BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ", "An Sinh, ngày 19 tháng 11 năm 2026",
                     "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Mã hồ sơ: {info.code}",
                     "Ông/Bà: Nguyễn Thị Ngọc Ánh", "Số định danh cá nhân (CCCD): 022196001234",
                     "Địa chỉ: Tổ 3, khu Đồng Mỏ, phường An Sinh",
                     "Số điện thoại: 0912345678; thư điện tử: anh@example.vn",
                     "1 Đơn đề nghị cấp giấy phép xây dựng Bản chính 1", "2 Bản vẽ thiết kế Bản sao 2",
                     "2. Số lượng hồ sơ: 01 bộ.",
                     "3. Thời gian tiếp nhận hồ sơ: 15 giờ 30 phút, ngày 19 tháng 11 năm 2026.",
                     f"4. Thời gian trả kết quả giải quyết hồ sơ: ngày {info.due_date:%d} tháng "
                     f"{info.due_date.month} năm {info.due_date.year}.",
                     "6. Phí, lệ phí: 75.000 đồng.", "NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ",
                     "(Ký và ghi rõ họ tên) (Ký và ghi rõ họ tên)", "Nguyễn Thị Ngọc Ánh Hoàng Thị Lụa"):
        assert expected in lines, expected
    text = paper.text()
    assert "Cấp giấy phép xây dựng nhà ở riêng lẻ (mã thủ tục 1.009994, lĩnh vực Xây dựng)" in text
    assert all(is_nfc(line) for line in lines)
    assert page_sizes(paper) == [A4_POINTS]
    assert unembedded_fonts(paper) == [] and missing_glyphs(paper) == []


def test_slip_without_documents_leaves_rows_to_fill(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, DossierInput("1.001193", "Lò Văn Sủng", "online",
                                                       received_at=datetime(2026, 11, 20, 8, 5)))
    out = tmp_path / "phieu.pdf"
    build_receipt(report_data.receipt(ctx, info.code), out)
    lines = read(out).all_lines()
    assert ["1", "2", "3", "4"] == [line for line in lines if line in {"1", "2", "3", "4", "5"}]
    assert "6. Phí, lệ phí: không thu." in lines
    assert "3. Thời gian tiếp nhận hồ sơ: 08 giờ 05 phút, ngày 20 tháng 11 năm 2026." in lines


def test_unknown_dossier_is_not_found(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError):
        build_receipt(report_data.receipt(ctx, "07090-261120-9999"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
