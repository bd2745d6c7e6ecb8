"""Form 01, the receipt and appointment slip, read back from the PDF: every element of DOMAIN §5, A5 and A4, one page
per copy even for a 530-character name, no applicant signature on a postal dossier, the receiver always named."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from report_pdf import A4_POINTS, Paper, is_nfc, missing_glyphs, page_sizes, read, unembedded_fonts

from desktop.domain import lifecycle
from desktop.reports.forms.build import build_form
from desktop.reports.forms.page import DOTS
from desktop.services import catalogue, dossiers, form_data, officers, setup
from desktop.services.context import ServiceContext
from desktop.services.dossiers import Decision, DossierInput
from desktop.services.errors import NotFoundError

A5_POINTS = (419.53, 595.28)
SIZES = {"a5": A5_POINTS, "a4": A4_POINTS}


def _dossier(ctx: ServiceContext, name: str = "Nguyễn Thị Ngọc Ánh", channel: str = "direct",
             at: datetime = datetime(2026, 11, 19, 15, 30), **extra: object) -> dossiers.DossierInfo:
    return dossiers.register_dossier(ctx, DossierInput(
        "1.009994", name, channel, id_number="022196001234", phone="0912 345 678",
        address="Tổ 3, khu Đồng Mỏ, phường An Sinh", received_at=at, **extra))  # type: ignore[arg-type]


def left_header(paper_read: Paper, page: int) -> str:
    """The words of the header's left column (the receiving unit and its number), top to bottom."""
    width = float(paper_read.reader.pages[page].mediabox.width)
    below = max(f.y for f in paper_read.pages[page] if f.text.startswith(("Liên", "PHIẾU", "GIẤY")))
    frags = [f for f in paper_read.pages[page] if f.x < width * 0.4 and f.y > below + 1]
    return " ".join(" ".join(f.text for f in sorted(frags, key=lambda f: (-round(f.y), f.x))).split())


def _print(ctx: ServiceContext, code: str, tmp_path: Path, paper: str = "a5") -> tuple[int, Paper]:
    out = tmp_path / f"phieu-{paper}.pdf"
    pages = build_form("receipt", form_data.desk_slip(ctx, code), out, paper=paper)
    return pages, read(out)


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_slip_has_every_element_on_one_page_per_copy(ctx: ServiceContext, tmp_path: Path, paper: str) -> None:
    officers.add_officer(ctx, "Hoàng Thị Lụa", position="Công chức tiếp nhận", username="lua", password="Mk-2026-lua!")
    ctx.actor = "lua"
    catalogue.edit_procedure(ctx, "1.009994", fee=75000, documents="Đơn đề nghị cấp giấy phép xây dựng; "
                             "Giấy tờ về quyền sử dụng đất (bản sao); Bản vẽ thiết kế (02 bản chính)")
    first = _dossier(ctx, "Trần Văn Bình", at=datetime(2026, 11, 19, 8, 0))
    info = _dossier(ctx)
    assert first.code != info.code and info.due_date is not None
    pages, paper_read = _print(ctx, info.code, tmp_path, paper)
    assert pages == 2 and page_sizes(paper_read) == [SIZES[paper]] * 2
    due = info.due_date
    for page, copy in enumerate(("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại Trung tâm")):
        lines = paper_read.lines(page)
        text = " ".join(lines)
        for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", copy,
                         "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Mã hồ sơ: {info.code}",
                         "Ông/Bà: Nguyễn Thị Ngọc Ánh", "Số định danh cá nhân: 022196001234",
                         "Địa chỉ: Tổ 3, khu Đồng Mỏ, phường An Sinh", "Số điện thoại: 0912345678",
                         "1 Đơn đề nghị cấp giấy phép xây dựng Bản chính 1",
                         "2 Giấy tờ về quyền sử dụng đất Bản sao 1", "3 Bản vẽ thiết kế Bản chính 2",
                         "2. Số lượng hồ sơ: 01 bộ.",
                         "3. Thời gian tiếp nhận hồ sơ: 15 giờ 30 phút, ngày 19 tháng 11 năm 2026.",
                         "Thời gian giải quyết hồ sơ theo quy định là 15 ngày làm việc.",
                         f"4. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày {due:%d} tháng "
                         f"{due.month} năm {due.year}.",
                         "Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công phường An Sinh.",
                         "6. Phí, lệ phí: 75.000 đồng.", "Vào Sổ theo dõi hồ sơ năm 2026, số thứ tự: 2.",
                         "NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ",
                         "(Ký và ghi rõ họ tên) (Ký và ghi rõ họ tên)", "Nguyễn Thị Ngọc Ánh Hoàng Thị Lụa"):
            assert expected in text, (page, expected)
        # The desk under its People's Committee, and its number: its line in the year's tracking book.
        assert left_header(paper_read, page) == "ỦY BAN NHÂN DÂN PHƯỜNG AN SINH TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 2"
        assert "An Sinh, ngày 19 tháng 11 năm 2026" in text
        assert "Cấp giấy phép xây dựng nhà ở riêng lẻ (mã thủ tục 1.009994, lĩnh vực Xây dựng)" in text
    assert all(is_nfc(line) for line in paper_read.all_lines())
    assert unembedded_fonts(paper_read) == [] and missing_glyphs(paper_read) == []


def test_desk_name_from_the_commune_settings_heads_the_slip(ctx: ServiceContext, tmp_path: Path) -> None:
    setup.update_commune(ctx, desk_name="Trung tâm Phục vụ hành chính công phường An Sinh (điểm Đồng Mỏ)")
    _, paper_read = _print(ctx, _dossier(ctx).code, tmp_path)
    text = paper_read.text()
    assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG AN SINH (ĐIỂM ĐỒNG MỎ)" in left_header(paper_read, 0)
    assert "Trung tâm Phục vụ hành chính công phường An Sinh (điểm Đồng Mỏ) tiếp nhận hồ sơ của:" in text


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_a_530_character_name_wraps_and_keeps_the_signatures_on_the_page(ctx: ServiceContext, tmp_path: Path,
                                                                          paper: str) -> None:
    words = ("Nguyễn Thị Ngọc Ánh Hoàng Văn Bình Trần Quốc Cường " * 12).split()
    name = " ".join(words)[:530].rsplit(" ", 1)[0]
    assert 500 < len(name) <= 530
    # The store takes 200 characters; a name pasted into an older file or another system's slip can be longer.
    slip = replace(form_data.desk_slip(ctx, _dossier(ctx, name[:200].strip()).code), applicant_name=name)
    out = tmp_path / "dai.pdf"
    assert build_form("receipt", slip, out, paper=paper) == 2  # one page per copy, as for a short name
    paper_read = read(out)
    for page in range(2):
        text = " ".join(paper_read.lines(page))
        assert f"Ông/Bà: {name}" in text
        assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in text and "6. Phí, lệ phí: không thu." in text
        # Under the applicant's signature too, wrapped in its own column beside the receiver's.
        width = float(paper_read.reader.pages[page].mediabox.width)
        signed = max(f.y for f in paper_read.pages[page] if f.text.startswith("(Ký"))
        under = [f for f in paper_read.pages[page] if f.y < signed and f.x < width / 2]
        assert " ".join(f.text for f in sorted(under, key=lambda f: (-round(f.y), f.x))).split() == name.split()


def test_postal_dossier_has_no_applicant_signature(ctx: ServiceContext, tmp_path: Path) -> None:
    _, paper_read = _print(ctx, _dossier(ctx, channel="postal").code, tmp_path)
    text = paper_read.text()
    assert "NGƯỜI NỘP HỒ SƠ" not in text and "NGƯỜI TIẾP NHẬN HỒ SƠ" in text
    assert "hình thức nộp: qua dịch vụ bưu chính công ích" in text
    assert "Đăng ký nhận kết quả tại: qua dịch vụ bưu chính công ích, về địa chỉ: Tổ 3, khu Đồng Mỏ" in text


def test_online_dossier_has_no_applicant_signature(ctx: ServiceContext, tmp_path: Path) -> None:
    _, paper_read = _print(ctx, _dossier(ctx, channel="online").code, tmp_path)
    text = paper_read.text()
    assert "NGƯỜI NỘP HỒ SƠ" not in text and "NGƯỜI TIẾP NHẬN HỒ SƠ" in text
    assert "hình thức nộp: trực tuyến" in text
    _, at_the_counter = _print(ctx, _dossier(ctx, channel="direct").code, tmp_path)
    assert "NGƯỜI NỘP HỒ SƠ" in at_the_counter.text()


def test_receiver_is_named_in_full_whoever_registered_it(ctx: ServiceContext, tmp_path: Path) -> None:
    # An officer without a login, recorded by the handle of the e-mail (as imports and the demo do).
    officers.add_officer(ctx, "Phạm Thị Hoa", email="hoa.pt@ansinh.gov.vn")
    ctx.actor = "hoa.pt"
    by_handle = _dossier(ctx).code
    ctx.actor = "tiepnhan2"  # an account with no officer record: its own name is printed
    by_account = _dossier(ctx, "Lê Văn Cường").code
    ctx.actor = "cli"  # the program itself, printed by nobody known: the line is left to write on
    by_program = _dossier(ctx, "Đinh Văn Dũng").code
    assert form_data.desk_slip(ctx, by_handle).receiver == "Phạm Thị Hoa"
    assert form_data.desk_slip(ctx, by_account).receiver == "tiepnhan2"
    assert form_data.desk_slip(ctx, by_program).receiver == ""
    _, paper_read = _print(ctx, by_program, tmp_path)
    assert DOTS in paper_read.lines(0)[-1]
    officers.add_officer(ctx, "Vũ Thị Lan", username="lan", password="Mk-2026-lan!")
    ctx.actor = "lan"  # who prints it stands in when the receipt's author is the program
    assert form_data.desk_slip(ctx, by_program).receiver == "Vũ Thị Lan"


def test_book_number_counts_received_dossiers_of_the_year_only(ctx: ServiceContext) -> None:
    _dossier(ctx, "Người Năm Trước", at=datetime(2025, 12, 31, 16, 0))
    a = _dossier(ctx, "Người Thứ Nhất", at=datetime(2026, 1, 2, 9, 0))
    dossiers.register_dossier(ctx, DossierInput("1.001193", "Đăng Ký Trực Tuyến", "online", pending=True))
    b = _dossier(ctx, "Người Thứ Hai", at=datetime(2026, 1, 2, 10, 0))
    assert [form_data.desk_slip(ctx, c).book_number for c in (a.code, b.code)] == [1, 2]


def test_unknown_dossier_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        form_data.desk_slip(ctx, "07090-261120-9999")


def test_extension_and_half_day_time_show_on_the_slip(ctx: ServiceContext, tmp_path: Path) -> None:
    catalogue.edit_procedure(ctx, "1.009994", statutory_days=2.5, extension_max_days=2)
    info = _dossier(ctx, at=datetime(2026, 11, 16, 9, 0))
    before = form_data.desk_slip(ctx, info.code).due_at
    assert before is not None and before.hour == 12  # 2.5 days end with a morning
    dossiers.change_status(ctx, info.code, lifecycle.START, at=datetime(2026, 11, 16, 10, 0))
    dossiers.change_status(ctx, info.code, lifecycle.EXTEND, at=datetime(2026, 11, 17, 9, 0),
                           decision=Decision(reason="Nhiều trang cần chứng thực", days=1))
    slip = form_data.desk_slip(ctx, info.code)
    assert slip.due_at is not None and slip.due_at.date() > before.date()
    _, paper_read = _print(ctx, info.code, tmp_path)
    text = paper_read.text()
    assert "Thời gian giải quyết hồ sơ theo quy định là 2,5 ngày làm việc." in text
    assert f"12 giờ 00 phút, ngày {slip.due_at:%d} tháng {slip.due_at.month} năm 2026 (đã gia hạn 1 ngày làm " \
           "việc: Nhiều trang cần chứng thực)." in text


def test_the_shipped_catalogue_fills_the_papers_of_a_death_registration(ctx: ServiceContext, tmp_path: Path) -> None:
    assert catalogue.seed_catalogue(ctx) > 0  # the procedures a first start loads
    code = dossiers.register_dossier(ctx, DossierInput("1.000656", "Lò Văn Pá", "direct",
                                                       received_at=datetime(2026, 11, 19, 9, 0))).code
    _, paper_read = _print(ctx, code, tmp_path)
    text = paper_read.text()
    assert "1 Tờ khai đăng ký khai tử Bản chính 1" in text
    assert "2 Giấy báo tử hoặc giấy tờ thay Giấy báo tử Bản chính 1" in text
