"""Reading import files: the two accepted types in their usual spellings, and quick, clear refusals of the rest."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from import_files import counts, write_csv, write_xlsx

from desktop.imports import ImportFileError, preview_procedures, reader
from desktop.imports.reader import read_table


def _zip(name: str, data: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(name, data)
    return buffer.getvalue()


HEAD = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết (ngày làm việc)"]
ROW = ["2.000001", "Chứng thực chữ ký", "Chứng thực", "Trong ngày"]


@pytest.mark.parametrize(("delimiter", "bom"), [(",", False), (",", True), (";", False), (";", True)])
def test_csv_with_either_delimiter_and_with_or_without_bom(ctx, tmp_path: Path, delimiter: str,  # noqa: ANN001
                                                           bom: bool) -> None:
    path = write_csv(tmp_path / "tt.csv", [HEAD, ROW, ["2.000002", "Chứng thực hợp đồng, giao dịch", "Chứng thực", 2]],
                     delimiter=delimiter, bom=bom)
    preview = preview_procedures(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.rows, preview.new) == (2, 2)


def test_cells_are_nfc_and_trimmed(tmp_path: Path) -> None:
    decomposed = "Chu\u031b\u0301ng thu\u031b\u0323c"  # “Chứng thực” typed with combining marks
    path = write_csv(tmp_path / "nfd.csv", [HEAD, ["  2.000001 ", "Tên", decomposed, "0"]])
    (_, cells), = read_table(path).rows[1:]
    assert cells[0] == "2.000001" and cells[2] == "Chứng thực"


def test_csv_row_numbers_follow_lines_even_with_multi_line_cells(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('Mã thủ tục,Tên thủ tục\n1,"Dòng một\nvẫn là dòng một"\n\n2,Hai\n', encoding="utf-8")
    assert [n for n, _ in read_table(path).rows] == [1, 2, 5]


@pytest.mark.parametrize(("name", "content", "code"), [
    ("bao-cao.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "import.wrong_type"),
    ("danh-muc.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "import.old_excel"),
    ("renamed.xlsx", b"%PDF-1.7\nnot a zip at all", "import.not_xlsx"),
    ("renamed.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "import.binary"),
    ("ansi.csv", b"M\xe3 th\xf9 t\xf9c;T\xean\n1;Khai sinh\n", "import.not_utf8"),  # a Windows code page
    ("empty.csv", b"", "import.empty"),
    ("broken.xlsx", b"PK\x03\x04" + b"\0" * 200, "import.bad_xlsx"),
    ("word.xlsx", _zip("word/document.xml", "<w:document/>"), "import.bad_xlsx"),  # a .docx renamed
])
def test_other_files_are_refused_with_a_clear_message(ctx, tmp_path: Path, name: str, content: bytes,  # noqa: ANN001
                                                      code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(ctx.db)
    with pytest.raises(ImportFileError) as err:
        preview_procedures(ctx, path)
    assert err.value.code == code and err.value.field == "file"
    assert name in err.value.message_vi and name in err.value.message_en
    assert counts(ctx.db) == before


def test_a_missing_file_is_named(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(ImportFileError, match="không tìm thấy|not found") as err:
        preview_procedures(ctx, tmp_path / "khong-co.xlsx")
    assert err.value.code == "import.missing"


def test_a_file_over_the_size_limit_is_refused_before_reading(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(reader.MAX_BYTES + 1)  # sparse: no 20 MB written to the test disk
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as err:
        preview_procedures(ctx, path)
    assert err.value.code == "import.too_large" and "20 MB" in err.value.message_vi
    assert time.perf_counter() - started < 1


def test_a_csv_with_too_many_rows_is_refused_quickly(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "many.csv"
    lines = ["Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn"] + [f"9.{i:06d},Thủ tục {i},Hộ tịch,3"
                                                              for i in range(reader.MAX_ROWS + reader.FRAME_ROWS)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = counts(ctx.db)
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as err:
        preview_procedures(ctx, path)
    assert err.value.code == "import.too_many_rows" and "50.000" in err.value.message_vi
    assert "50,000" in err.value.message_en
    assert time.perf_counter() - started < 5
    assert counts(ctx.db) == before


def test_an_xlsx_with_too_many_rows_is_refused(ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(reader, "MAX_ROWS", 30)  # the same check as at 50,000, on a file made in a blink
    path = write_xlsx(tmp_path / "many.xlsx", [HEAD, *([f"9.{i:06d}", "Tên", "Hộ tịch", 1]
                                                                         for i in range(30 + reader.FRAME_ROWS))])
    with pytest.raises(ImportFileError) as err:
        preview_procedures(ctx, path)
    assert err.value.code == "import.too_many_rows"


def test_headers_match_whatever_the_accents_case_and_spacing(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    head = ["  MA THU TUC ", "tên   thủ tục", "LĨNH VỰC (*)", "thoi han giai quyet (ngay lam viec, ke ca thu 7)", "STT"]
    path = write_xlsx(tmp_path / "hoa.xlsx", [head, [*ROW, 1]], title_rows=["DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ", ""])
    preview = preview_procedures(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert preview.new == 1 and preview.changes[0].row == 4  # two title rows, the header, then the data
    assert any("«STT»" in n for n in preview.notes)


def test_a_sheet_without_the_header_is_one_clear_error(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_xlsx(tmp_path / "khac.xlsx", [["Họ và tên", "Đơn vị"], ["Nguyễn Văn A", "UBND"]])
    preview = preview_procedures(ctx, path)
    assert len(preview.errors) == 1
    assert "Mã thủ tục" in preview.errors[0].message_vi and preview.errors[0].row == 1


def test_a_missing_required_column_is_named(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_xlsx(tmp_path / "thieu.xlsx", [HEAD[:3], ROW[:3]])
    (error,) = preview_procedures(ctx, path).errors
    assert error.text().startswith("Dòng 1, cột «Thời hạn giải quyết (ngày làm việc)»: Thiếu cột bắt buộc")
    assert "Row 1, column “Days”: This required column is missing." in error.text()


def test_a_header_without_data_rows_is_an_error(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    preview = preview_procedures(ctx, write_csv(tmp_path / "trong.csv", [HEAD]))
    assert not preview.ok and "chưa có dòng dữ liệu" in preview.errors[0].message_vi


def test_a_semicolon_csv_with_a_title_line_above_the_header(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "tieu-de.csv"
    path.write_text("DANH MỤC THỦ TỤC CẤP XÃ\n" + ";".join(HEAD) + "\n" + ";".join(ROW) + "\n", encoding="utf-8-sig")
    preview = preview_procedures(ctx, path)
    assert preview.ok and preview.new == 1 and preview.changes[0].row == 3
