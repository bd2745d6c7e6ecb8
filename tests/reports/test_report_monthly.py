"""The monthly report read back from the PDF: every figure against a month counted by hand, the Decree 30 texts,
fonts embedded with every glyph present, A4 pages with content."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from report_pdf import A4_POINTS, content_sizes, is_nfc, missing_glyphs, page_sizes, read, unembedded_fonts

from desktop.config.paths import DataPaths
from desktop.reports.formats import month_period, parse_quarter
from desktop.reports.monthly import build_period_report
from desktop.services import catalogue, dossiers, equipment, report_data, setup, training
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput
from desktop.store.database import Database

HT, XD = "1.001193", "1.009994"  # in the day (Hộ tịch); 15 working days (Xây dựng)
d = datetime


def _dossier(ctx, proc: str, received: datetime, channel: str = "direct", steps=()) -> str:  # noqa: ANN001
    code = dossiers.register_dossier(ctx, DossierInput(proc, "Phạm Thị Hoa", channel, received_at=received)).code
    for action, at, *reason in steps:
        dossiers.change_status(ctx, code, action, at=at, late_reason=reason[0] if reason else "")
    return code


def _november(ctx) -> dict[str, str]:  # noqa: ANN001
    """Eleven dossiers, two courses in the month and one before, four devices, one outage in the month."""
    codes = {
        "A": _dossier(ctx, XD, d(2026, 10, 20, 9)),  # carried, still open, overdue
        "B": _dossier(ctx, HT, d(2026, 10, 28, 9), steps=[("finish", d(2026, 11, 2, 9), "Thiếu chữ ký số")]),
        "C": _dossier(ctx, HT, d(2026, 10, 10, 9), steps=[("finish", d(2026, 10, 12, 9))]),  # out of scope
        "D": _dossier(ctx, HT, d(2026, 11, 5, 9), "online", [("finish", d(2026, 11, 5, 14))]),  # on time
        "E": _dossier(ctx, XD, d(2026, 11, 10, 9), steps=[("finish", d(2026, 11, 12, 9))]),  # early
        "F": _dossier(ctx, XD, d(2026, 11, 25, 9), "postal"),  # open, within
        "G": _dossier(ctx, HT, d(2026, 11, 3, 9), steps=[("withdraw", d(2026, 11, 4, 9))]),  # closed
        "H": _dossier(ctx, XD, d(2026, 11, 28, 9), "online"),  # open, within
        "I": _dossier(ctx, XD, d(2026, 11, 26, 9), steps=[("request-supplement", d(2026, 11, 27, 9))]),  # paused
        "J": _dossier(ctx, XD, d(2026, 12, 1, 9)),  # next month
        "K": _dossier(ctx, HT, d(2026, 11, 6, 9), steps=[("finish", d(2026, 12, 2, 9), "Chờ xác minh nơi cư trú")]),
    }
    c1 = training.add_course(ctx, "Kỹ năng số cơ bản", start_date=date(2026, 11, 10), hours=8,
                             organiser="Sở Khoa học và Công nghệ").id
    training.add_participation(ctx, c1, person_name="Lê Văn Bình", unit="Văn phòng", hours_attended=8,
                               result="passed", certificate_no="CC-01", certificate_date=date(2026, 11, 12))
    training.add_participation(ctx, c1, person_name="Trần Thị Ánh", unit="Tư pháp", hours_attended=6)
    training.add_participation(ctx, c1, person_name="Đỗ Quốc Việt", unit="Địa chính", hours_attended=0,
                               result="absent")
    c2 = training.add_course(ctx, "An toàn thông tin", start_date=date(2026, 11, 25), hours=4, mode="online").id
    training.add_participation(ctx, c2, person_name="Lê Văn Bình", hours_attended=4)
    c0 = training.add_course(ctx, "Khóa tháng trước", start_date=date(2026, 10, 5), hours=2).id
    training.add_participation(ctx, c0, person_name="Ngô Thị Én", hours_attended=2)
    equipment.add_equipment(ctx, "PC-01", "pc", model="Dell OptiPlex", acquired_on=date(2018, 3, 1))
    equipment.add_equipment(ctx, "PC-02", "pc", status="broken", acquired_on=date(2023, 1, 9))
    equipment.add_equipment(ctx, "LAP-01", "laptop", acquired_on=date(2024, 5, 2))
    equipment.add_equipment(ctx, "NET-01", "network_link", acquired_on=date(2022, 1, 1))
    equipment.record_event(ctx, "NET-01", "outage", at=d(2026, 11, 15, 8), ended_at=d(2026, 11, 15, 11, 30),
                           note="Đứt cáp quang")
    equipment.record_event(ctx, "NET-01", "outage", at=d(2026, 10, 3, 8), ended_at=d(2026, 10, 3, 9))
    return codes


@pytest.fixture(scope="module")
def november(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """Built once for the module (the tests only read it): the ctx fixture's commune, the clock on 5 December."""
    folder = tmp_path_factory.mktemp("november")
    db = Database.open(DataPaths(folder / "data"))
    ctx = ServiceContext(db, actor="admin", role="admin", clock=lambda: d(2026, 12, 5, 3, 0))  # Sat 10:00 Hà Nội
    setup.set_up_commune(ctx, "22", "07090", leader_name="Nguyễn Văn An")
    catalogue.add_procedure(ctx, HT, "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    catalogue.add_procedure(ctx, XD, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15)
    codes = _november(ctx)
    out = folder / "thang-11.pdf"
    result = build_period_report(report_data.period_report(ctx, month_period(date(2026, 11, 1))), out,
                                 comments="Đề nghị cấp thêm 02 máy tính.\nĐề nghị nâng cấp đường truyền.")
    db.close()
    return codes, result, read(out)


def test_form06_rows_match_the_hand_count(november) -> None:  # noqa: ANN001
    _, result, paper = november
    page = paper.find_page("Phụ lục I")
    # Form II.06a: (3) total (4) online (5) direct/postal (6) carried | (7) resolved (8) early (9) on time, with the
    # withdrawn G and the paused I (10) late | (11) in progress (12) within (13) overdue; 3 = 7 + 11 in every row.
    assert paper.row(page, "Hộ tịch") == ["4", "1", "2", "1", "3", "0", "2", "1", "1", "0", "1"]
    assert paper.row(page, "Xây dựng") == ["5", "1", "3", "1", "2", "1", "1", "0", "3", "2", "1"]
    assert paper.row(page, "Tổng cộng") == ["9", "2", "5", "2", "5", "1", "3", "1", "4", "2", "2"]
    lines = paper.lines(page)
    assert "Biểu số II.06a/VPCP/KSTT" in " ".join(lines) and "Kỳ báo cáo: tháng 11 năm 2026" in lines
    assert any("Đơn vị báo cáo: Ủy ban nhân dân phường An Sinh" in line for line in lines)
    assert "Đơn vị tính: Số hồ sơ TTHC" in lines and "Trong hạn" in " ".join(lines)
    assert "(Từ ngày 01/11/2026 đến ngày 30/11/2026)" in paper.lines(page)
    assert result.stats.total.received_total == 9 and result.late_count == 3


def test_narrative_states_the_same_totals(november) -> None:  # noqa: ANN001
    text = november[2].text()
    assert "tổng số hồ sơ nhận giải quyết trong kỳ là 9 hồ sơ" in text
    assert "tiếp nhận trực tuyến 2 hồ sơ; trực tiếp và qua dịch vụ bưu chính công ích 5 hồ sơ (qua bưu chính 1)" in text
    assert "từ kỳ trước chuyển sang 2 hồ sơ" in text
    assert "đã giải quyết 5 hồ sơ (trả trước hạn 1; đúng hạn 3; quá hạn 1); tỷ lệ giải quyết đúng hạn 80,0%" in text
    assert "gồm cả 1 hồ sơ công dân rút, từ chối hoặc dừng xử lý và 1 hồ sơ chờ bổ sung" in text
    assert "Đang giải quyết 4 hồ sơ (trong hạn 2; quá hạn 2)" in text
    assert "tổng số hồ sơ tiếp nhận mới: 28,6%" in text


def test_late_list_holds_the_late_dossiers_with_reasons(november) -> None:  # noqa: ANN001
    codes, _, paper = november
    page = paper.find_page("Phụ lục II")
    lines = paper.lines(page)
    assert "Tổng số: 3 hồ sơ (đã giải quyết quá hạn: 1; đang giải quyết, đã quá hạn: 2)." in lines
    listed = {code for code in codes.values() if any(code in line for line in lines)}
    assert listed == {codes["A"], codes["B"], codes["K"]}
    text = " ".join(lines)
    assert "Thiếu chữ ký số" in text and "Chờ xác minh nơi cư trú" in text and "Chưa ghi lý do" in text


def test_training_and_equipment_figures(november) -> None:  # noqa: ANN001
    paper = november[2]
    text = paper.text()
    # Two courses start in November: 2 + 1 present, 8 + 6 + 4 hours, one certificate; October's is left out.
    assert ("Trong kỳ có 2 khóa đào tạo, bồi dưỡng với 3 lượt người tham dự, tổng số 18 giờ học (giờ-người); "
            "1 lượt học viên được cấp chứng chỉ") in text
    assert "Khóa tháng trước" not in text
    training_page = paper.find_page("Khóa đào tạo, bồi dưỡng", whole_line=False)
    assert paper.row(training_page, "Tổng cộng") == ["3", "18", "1"]
    # Devices today: 2 PCs (1 in use, 1 broken), 1 laptop, 1 link; PC-01 is over five years old.
    assert "đơn vị quản lý 4 thiết bị, đường truyền (đang sử dụng 3; hỏng 1); trong đó 1 thiết bị" in text
    kinds_page = paper.find_page("Loại thiết bị", whole_line=False)
    assert paper.row(kinds_page, "Máy tính để bàn") == ["1", "0", "1", "0", "0", "0", "2"]
    assert paper.row(kinds_page, "Tổng cộng", occurrence=1 if kinds_page == training_page else 0) == [
        "3", "0", "1", "0", "0", "0", "4"]
    assert "PC-01" in text and "PC-02" in text and "LAP-01" not in text.split("Trong kỳ xảy ra")[0]
    assert "Trong kỳ xảy ra 1 sự cố mất kết nối, gián đoạn, tổng thời gian khoảng 3,5 giờ" in text
    assert "08:00 15/11/2026" in text and "11:30 15/11/2026" in text and "03/10/2026" not in text


def test_decree30_texts_extract_exactly(november) -> None:  # noqa: ANN001
    paper = november[2]
    first = paper.lines(0)
    for expected in ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG AN SINH Độc lập - Tự do - Hạnh phúc",
                     "Số: /BC-UBND An Sinh, ngày 05 tháng 12 năm 2026", "BÁO CÁO"):
        assert expected in first, (expected, first[:6])
    assert all(is_nfc(line) for line in paper.all_lines())
    lines = paper.all_lines()
    signature = lines.index("Nơi nhận: TM. ỦY BAN NHÂN DÂN")
    assert "CHỦ TỊCH" in " ".join(lines[signature + 1:signature + 3])
    assert "- Sở Khoa học và Công nghệ tỉnh Quảng Ninh;" in " ".join(lines[signature + 1:signature + 3])
    assert "- Lưu: VT." in lines and "Nguyễn Văn An" in lines
    assert "Đề nghị cấp thêm 02 máy tính." in lines and "Đề nghị nâng cấp đường truyền." in lines
    for title in ("1. Kết quả tiếp nhận, giải quyết thủ tục hành chính", "4. Nhận xét, đề xuất, kiến nghị"):
        assert title in lines


def test_pages_fonts_and_glyphs(november) -> None:  # noqa: ANN001
    _, result, paper = november
    sizes = page_sizes(paper)
    assert len(sizes) == result.pages >= 3
    assert all(tuple(sorted(s)) == A4_POINTS for s in sizes)
    assert sizes[0] == A4_POINTS and sizes[-1] == A4_POINTS[::-1]  # portrait report, landscape annexes
    assert unembedded_fonts(paper) == []
    assert missing_glyphs(paper) == []
    # No blank page: a page holding only its number is ~100 bytes; the lightest real page (section 4 with the
    # signature and "Nơi nhận", kept together) is ~1.8 kB.
    assert all(size > 1000 for size in content_sizes(paper))
    assert all(len(page) > 10 for page in paper.pages)
    # Page numbers centred in the top margin from page 2 on, none on page 1.
    for number, page in enumerate(paper.pages, 1):
        top = [f for f in page if f.y > float(paper.reader.pages[number - 1].mediabox.height) - 40]
        assert [f.text for f in top] == ([] if number == 1 else [str(number)])


def test_quarter_report_and_empty_sections(ctx, clock, tmp_path: Path) -> None:  # noqa: ANN001
    clock.now = d(2027, 1, 10, 3, 0)
    _dossier(ctx, HT, d(2026, 11, 5, 9), "online", [("finish", d(2026, 11, 5, 10))])
    _dossier(ctx, HT, d(2026, 12, 7, 9), "online", [("finish", d(2026, 12, 7, 10))])
    result = build_period_report(report_data.period_report(ctx, parse_quarter("2026-Q4")), tmp_path / "q4.pdf",
                                 number="05")
    paper = read(tmp_path / "q4.pdf")
    text = paper.text()
    assert "quý IV năm 2026" in text and "Số: 05/BC-UBND An Sinh, ngày 10 tháng 01 năm 2027" in text
    assert paper.row(paper.find_page("Phụ lục I"), "Tổng cộng")[:5] == ["2", "2", "0", "0", "2"]
    assert "Kỳ báo cáo: quý IV năm 2026" in text
    assert "trong kỳ không có hồ sơ quá hạn" in text and "Phụ lục II" not in text
    assert "Trong kỳ không có khóa đào tạo, bồi dưỡng nào được ghi nhận." in text
    assert "Trong kỳ không ghi nhận sự cố mất kết nối mạng." in text
    assert result.late_count == 0 and missing_glyphs(paper) == []


def test_failed_build_leaves_no_file(ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from reportlab.platypus import Flowable

    from desktop.reports import monthly

    class Broken(Flowable):
        def wrap(self, *_args: object) -> tuple[float, float]:
            raise OSError("disk full")

    monkeypatch.setattr(monthly, "trend_chart", lambda *_a, **_k: Broken())
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OSError, match="disk full"):
        build_period_report(report_data.period_report(ctx, month_period(date(2026, 11, 1))), target)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir() if p.is_file()] == ["r.pdf"]
