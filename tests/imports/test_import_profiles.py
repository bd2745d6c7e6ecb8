"""A province system that names its columns and states its own way: the officer's mapping is saved as a named profile
(this PC's settings) and reused; the status table is editable, and a word it lacks is an error naming the row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_files import counts
from openpyxl import Workbook
from test_import_cmd import folder, run  # noqa: F401 - the command's fixture

from desktop.imports import ImportRejected
from desktop.imports import dossiers as dossier_import
from desktop.imports.dossiers import apply_dossiers, preview_dossiers
from desktop.imports.profiles import (
    DEFAULT_STATUSES,
    FILE_NAME,
    ImportProfile,
    ProfileError,
    get_profile,
    load_profiles,
    save_profile,
)
from desktop.services import dossiers
from desktop.services.context import ServiceContext

HEAD = ["TT", "Số biên nhận", "Mã TTHC", "Tên TTHC", "Người nộp", "Thời gian tiếp nhận", "Kết quả xử lý"]
ROWS = [[1, "BN-0001", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15", "Đã duyệt"],
        [2, "BN-0002", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Trần Thị Bình", "03/11/2026 09:00",
         "Chờ ký"]]


def _export(path: Path, rows: list[list[object]]) -> Path:
    """As the system's Excel export: a merged title over the header, a total row below."""
    wb = Workbook()
    ws = wb.active
    ws.append(["SỔ THEO DÕI HỒ SƠ"])
    ws.merge_cells("A1:G1")
    ws.append(HEAD)
    for row in rows:
        ws.append(row)
    ws.append([None, f"Tổng cộng: {len(rows)} hồ sơ"])
    wb.save(path)
    return path


def _profile(name: str = "Một cửa tỉnh") -> ImportProfile:
    return ImportProfile(name, columns={"code": "Số biên nhận", "status": "Kết quả xử lý"},
                         statuses={**DEFAULT_STATUSES, "Đã duyệt": 9, "Chờ ký": 4})


def test_a_saved_profile_reads_the_systems_own_headers_and_words(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _export(tmp_path / "so.xlsx", ROWS)
    without = preview_dossiers(ctx, path)
    assert [(e.column, e.message_en) for e in without.errors] == [("Mã hồ sơ", "This required column is missing."),
                                                                   ("Trạng thái", "This required column is missing.")]
    root = ctx.db.paths.root
    save_profile(root, _profile(), dossier_import.KIND)
    assert json.loads((root / FILE_NAME).read_text(encoding="utf-8"))["profiles"]["Một cửa tỉnh"]["columns"] == \
        {"code": "Số biên nhận", "status": "Kết quả xử lý"}
    profile = get_profile(root, "Một cửa tỉnh")
    preview = preview_dossiers(ctx, path, profile=profile)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.new, preview.skipped_rows) == (2, (5,))
    apply_dossiers(ctx, path, profile=profile)
    assert dossiers.get_dossier(ctx, "BN-0001").dossier.status == 9
    assert dossiers.get_dossier(ctx, "BN-0002").dossier.status == 4


def test_a_word_the_table_lacks_is_an_error_naming_its_row(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][6] = "Đang thẩm định"
    path = _export(tmp_path / "so.xlsx", rows)
    before = counts(ctx.db)
    errors = preview_dossiers(ctx, path, profile=_profile()).errors
    assert [(e.row, e.column) for e in errors] == [(4, "Kết quả xử lý")]
    assert "“Đang thẩm định”" in errors[0].message_vi
    with pytest.raises(ImportRejected):
        apply_dossiers(ctx, path, profile=_profile())
    assert counts(ctx.db) == before
    # The officer edits the table: the word now means “Đang xử lý”, and the file imports.
    edited = ImportProfile("Một cửa tỉnh", columns=_profile().columns,
                           statuses={**_profile().statuses, "Đang thẩm định": 4})
    assert preview_dossiers(ctx, path, profile=edited).ok


def test_a_profile_is_checked_before_it_is_saved(tmp_path: Path) -> None:
    kind = dossier_import.KIND
    for bad, code in ((ImportProfile(" "), "profile.name_required"),
                      (ImportProfile("x", columns={"colour": "Màu"}), "profile.unknown_column"),
                      (ImportProfile("x", columns={"code": "Số", "status": " số "}), "profile.header_twice"),
                      (ImportProfile("x", statuses={"Đã duyệt": 42}), "profile.unknown_state")):
        with pytest.raises(ProfileError) as err:
            save_profile(tmp_path, bad, kind)
        assert err.value.code == code
    assert load_profiles(tmp_path) == {}
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert load_profiles(tmp_path) == {}  # an unreadable file is no profiles, never a crash


def test_the_command_takes_a_profile_by_name(folder: Path, tmp_path: Path,  # noqa: F811 - the fixture
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "so.csv"
    path.write_text("SỔ THEO DÕI HỒ SƠ\nSố biên nhận;Mã TTHC;Tên TTHC;Người nộp;Thời gian tiếp nhận;Kết quả xử lý\n"
                    "BN-0001;1.001193;Đăng ký khai sinh;Nguyễn Văn An;02/11/2026 08:15;Đã duyệt\n", encoding="utf-8")
    save_profile(folder, _profile(), dossier_import.KIND)
    assert run(folder, "dossiers", str(path), "--profile", "Một cửa tỉnh", "--create-procedures", "--json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["created"], payload["applied"], payload["errors"]) == (1, True, [])
    with pytest.raises(ProfileError) as err:
        run(folder, "dossiers", str(path), "--profile", "Khác")
    assert err.value.code == "profile.not_found" and "Một cửa tỉnh" in err.value.message("vi")
