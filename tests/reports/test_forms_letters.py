"""Forms 02–05 and the tracking book (06), read back from the PDF: their titles and facts, one page each on A5 and A4,
the dotted line where the store holds nothing yet, and the book's rows numbered as in the year's book."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from report_pdf import A4_POINTS, is_nfc, missing_glyphs, page_sizes, read, unembedded_fonts

from desktop.domain import lifecycle
from desktop.reports.forms.book import build_book
from desktop.reports.forms.build import build_form
from desktop.reports.forms.page import DOTS
from desktop.services import catalogue, dossiers, form_data, officers
from desktop.services.context import ServiceContext
from desktop.services.dossiers import Decision, DossierInput

SIZES = {"a5": (419.53, 595.28), "a4": A4_POINTS}


def _register(ctx: ServiceContext, name: str, at: datetime, procedure: str = "1.009994", **extra: object) -> str:
    return dossiers.register_dossier(ctx, DossierInput(
        procedure, name, extra.pop("channel", "direct"), id_number="022196001234",  # type: ignore[arg-type]
        phone="0912345678", address="Thôn Đồng Mỏ, phường An Sinh", received_at=at, **extra)).code  # type: ignore


def _form(ctx: ServiceContext, kind: str, code: str, tmp_path: Path, paper: str) -> str:
    out = tmp_path / f"{kind}-{paper}.pdf"
    assert build_form(kind, form_data.desk_slip(ctx, code), out, paper=paper) == 1
    paper_read = read(out)
    assert page_sizes(paper_read) == [SIZES[paper]]
    assert unembedded_fonts(paper_read) == [] and missing_glyphs(paper_read) == []
    assert all(is_nfc(line) for line in paper_read.all_lines())
    return paper_read.text()


@pytest.fixture
def officer(ctx: ServiceContext) -> None:
    officers.add_officer(ctx, "Hoàng Thị Lụa", username="lua", password="Mk-2026-lua!")
    ctx.actor = "lua"


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_supplement_request_lists_what_is_asked(ctx: ServiceContext, officer: None, tmp_path: Path,
                                                paper: str) -> None:
    code = _register(ctx, "Nguyễn Văn Hùng", datetime(2026, 11, 16, 9, 0))
    dossiers.change_status(ctx, code, lifecycle.START, at=datetime(2026, 11, 16, 10, 0))
    dossiers.change_status(ctx, code, lifecycle.REQUEST_SUPPLEMENT, at=datetime(2026, 11, 17, 9, 0),
                           note="Bản vẽ mặt bằng có chữ ký của chủ nhà\nGiấy xác nhận ranh giới thửa đất")
    text = _form(ctx, "supplement", code, tmp_path, paper)
    for expected in ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Hồ sơ của: Nguyễn Văn Hùng", f"Mã hồ sơ: {code}",
                     "Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ",
                     "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
                     "1. Bản vẽ mặt bằng có chữ ký của chủ nhà", "2. Giấy xác nhận ranh giới thửa đất",
                     "NGƯỜI HƯỚNG DẪN", "Hoàng Thị Lụa", "An Sinh, ngày 17 tháng 11 năm 2026"):
        assert expected in text, expected
    assert "ngày 20 tháng 11" not in text  # printed again on the 20th, it keeps the day the request was made


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_refusal_of_an_online_registration_gives_the_reason(ctx: ServiceContext, officer: None, tmp_path: Path,
                                                            paper: str) -> None:
    code = dossiers.register_dossier(ctx, DossierInput("1.001193", "Lò Thị Sua", "online", pending=True)).code
    dossiers.change_status(ctx, code, lifecycle.REFUSE,
                           decision=Decision(reason="Giấy chứng sinh không đúng người được khai sinh"))
    text = _form(ctx, "refusal", code, tmp_path, paper)
    for expected in ("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Hồ sơ của: Lò Thị Sua",
                     "từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
                     "Giấy chứng sinh không đúng người được khai sinh",
                     "Xin thông báo cho Ông/Bà được biết và thực hiện./.", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Hoàng Thị Lụa"):
        assert expected in text, expected
    assert form_data.desk_slip(ctx, code).book_number == 0  # a refusal to accept is not a received dossier


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_apology_names_the_missed_date_and_the_reason(ctx: ServiceContext, officer: None, tmp_path: Path,
                                                      paper: str) -> None:
    code = _register(ctx, "Phan Văn Lợi", datetime(2026, 10, 1, 9, 0))
    dossiers.change_status(ctx, code, lifecycle.START, at=datetime(2026, 10, 1, 10, 0))
    due = form_data.desk_slip(ctx, code).due_at
    assert due is not None and due.date() < date(2026, 11, 20)
    blank = _form(ctx, "apology", code, tmp_path, paper)  # no apology recorded yet: lines to write on
    assert "sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào ngày …… tháng …… năm ……" in blank
    assert "An Sinh, ngày 20 tháng 11 năm 2026" in blank  # today's, until the apology is made
    dossiers.change_status(ctx, code, lifecycle.APOLOGISE, at=datetime(2026, 11, 19, 9, 0), decision=Decision(
        reason="Chờ ý kiến của cơ quan quản lý đất đai", new_date=date(2026, 11, 27)))
    text = _form(ctx, "apology", code, tmp_path, paper)
    for expected in ("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Phan Văn Lợi",
                     f"mã hồ sơ: {code}", f"Thời gian hẹn trả kết quả giải quyết hồ sơ: ngày {due:%d} tháng "
                     f"{due.month} năm {due.year}.", "Lý do: Chờ ý kiến của cơ quan quản lý đất đai",
                     "xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào ngày 27 tháng 11 năm 2026.",
                     "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "An Sinh, ngày 19 tháng 11 năm 2026"):
        assert expected in text, expected


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_control_slip_lists_each_hand_over(ctx: ServiceContext, officer: None, tmp_path: Path, paper: str) -> None:
    code = _register(ctx, "Vi Văn Thắng", datetime(2026, 11, 16, 9, 5))
    dossiers.change_status(ctx, code, lifecycle.START, at=datetime(2026, 11, 16, 14, 0), note="Chuyển địa chính")
    text = _form(ctx, "control", code, tmp_path, paper)
    for expected in ("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", f"Mã hồ sơ: {code}",
                     "(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: 1)",
                     "Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân phường An Sinh",
                     f"Cơ quan phối hợp giải quyết hồ sơ: {DOTS}", "1. Tiếp nhận hồ sơ", "2. Chuyển xử lý",
                     "09 giờ 05 phút", "ngày 16/11/2026", "14 giờ 00 phút", "Chuyển địa chính", "3. Giao:"):
        assert expected in text, expected
    assert text.count("Hoàng Thị Lụa") == 2


def test_book_lists_received_dossiers_in_landscape_numbered_by_the_year(ctx: ServiceContext, officer: None,
                                                                         tmp_path: Path) -> None:
    _register(ctx, "Người Tháng Mười", datetime(2026, 10, 30, 9, 0))
    first = _register(ctx, "Trịnh Văn Nam", datetime(2026, 11, 2, 8, 0), forwarded_to="UBND phường Hạ Long")
    dossiers.register_dossier(ctx, DossierInput("1.001193", "Chưa Tiếp Nhận", "online", pending=True))
    second = _register(ctx, "Đào Thị Hạnh", datetime(2026, 11, 3, 9, 30), procedure="1.001193")
    dossiers.change_status(ctx, second, lifecycle.FINISH, at=datetime(2026, 11, 3, 10, 0))
    dossiers.change_status(ctx, second, lifecycle.RETURN, at=datetime(2026, 11, 4, 8, 0))
    catalogue.add_procedure(ctx, "9.400001", "Xác nhận nửa ngày", "Hộ tịch", 1.5)
    half = _register(ctx, "Hà Thị Nửa", datetime(2026, 11, 16, 9, 0), procedure="9.400001")
    third = _register(ctx, "Lò Văn Sơn", datetime(2026, 11, 5, 8, 0), received_from="UBND xã Quảng La")
    dossiers.change_status(ctx, third, lifecycle.FINISH, at=datetime(2026, 11, 6, 9, 0),
                           decision=Decision("Thửa đất đang có tranh chấp", result="refused"))
    data = form_data.book(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert data.rows[0].resolver == "UBND phường Hạ Long"
    assert "Chuyển đến" not in data.rows[0].note  # the resolver column names it already
    # Worded as `dossier show` words them; a written refusal says so, its result column holding only a date.
    assert data.rows[2].note.endswith("; Từ chối giải quyết: Thửa đất đang có tranh chấp; Nhận từ UBND xã Quảng La")
    assert "Từ chối" not in data.rows[1].note
    assert [(r.number, r.code) for r in data.rows] == [(2, first), (3, second), (4, third), (5, half)]
    # 1.5 days from Monday 16/11: Tuesday 17/11 and the morning of Wednesday 18/11, due at noon as the receipt says;
    # whole days keep the date alone.
    assert data.rows[3].note == "Hẹn trả 18/11/2026 12:00" and data.rows[1].note == "Hẹn trả 03/11/2026"
    out = tmp_path / "so.pdf"
    assert build_book(data, out) == 1
    paper_read = read(out)
    assert page_sizes(paper_read) == [(A4_POINTS[1], A4_POINTS[0])]
    text = paper_read.text()
    for expected in ("SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/11/2026 đến ngày 30/11/2026", "Mã hồ sơ", "Tên TTHC", "(14)",
                     "Trịnh Văn Nam", "Đào Thị Hạnh", "0912345678", "04/11/2026"):
        assert expected in text, expected
    words = set(text.split())  # headers wrap inside their narrow cells: their words are all there
    for header in ("Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết",
                   "Tiếp nhận và chuyển hồ sơ", "Nhận kết quả giải quyết hồ sơ", "Trả kết quả cho cá nhân, tổ chức",
                   "Ký nhận", "Ghi chú", "Số lượng hồ sơ (bộ)"):
        assert set(header.split()) <= words, header
    assert "Chưa Tiếp Nhận" not in text and "Người Tháng Mười" not in text
    assert paper_read.row(0, first)[0] == "Cấp"  # the procedure's name follows the code on its row
    assert paper_read.row(0, second)[:3] == ["Đăng", "ký", "khai"]


def test_book_runs_over_pages_with_its_header_repeated(ctx: ServiceContext, tmp_path: Path) -> None:
    for i in range(40):
        _register(ctx, f"Người Nộp Số {i + 1}", datetime(2026, 11, 2 + i % 5, 8, i))
    out = tmp_path / "so.pdf"
    pages = build_book(form_data.book(ctx, date(2026, 11, 1), date(2026, 11, 30)), out)
    paper_read = read(out)
    assert pages == len(paper_read.pages) > 1
    assert all("Mã hồ sơ" in " ".join(paper_read.lines(p)) for p in range(pages))  # the header repeats
    assert [line.split()[0] for line in paper_read.lines(0)].count("1") == 1
    assert any(line.startswith("40 07090-") for line in paper_read.lines(pages - 1))
    assert paper_read.lines(1)[0] == "2"  # numbered from the second page
