"""Importing the province's procedure list: new, updated, unchanged, bad rows, one transaction, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_files import counts, write_csv, write_xlsx

from desktop.imports import ImportRejected, apply_procedures, preview_procedures
from desktop.services import catalogue

HEAD = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết (ngày làm việc)", "Phí, lệ phí (đồng)",
        "Mức độ DVC trực tuyến", "Phi địa giới"]
GOOD = [
    HEAD,
    ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "Trong ngày", "Không", "Toàn trình", "Có"],  # stored: boundary no
    ["1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "3 ngày làm việc", "", "Toàn trình", "x"],
    ["2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", 0, "2.000 đồng/trang", "Một phần", "Có"],
    ["1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "XÂY DỰNG", 15, None, None, None],  # as stored
]


def _procedures(ctx) -> dict[str, catalogue.ProcedureInfo]:  # noqa: ANN001
    return {p.code: p for p in catalogue.list_procedures(ctx, include_inactive=True)}


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_good_file_previews_then_applies(ctx, tmp_path: Path, suffix: str) -> None:  # noqa: ANN001
    path = (write_xlsx if suffix == "xlsx" else write_csv)(tmp_path / f"tt.{suffix}", GOOD)
    before = counts(ctx.db)
    preview = preview_procedures(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.rows, preview.new, preview.updated, preview.unchanged) == (4, 2, 1, 1)
    assert [(c.row, c.action) for c in preview.changes] == [(2, "updated"), (3, "new"), (4, "new"), (5, "unchanged")]
    assert preview.changes[0].fields == ("boundary_free",)
    assert any("Chứng thực" in n for n in preview.notes)  # a new field will be created
    assert counts(ctx.db) == before  # the preview wrote nothing

    result = apply_procedures(ctx, path)
    assert (result.new, result.updated, result.unchanged) == (2, 1, 1)
    got = _procedures(ctx)
    assert got["1.001193"].boundary_free is True
    assert (got["1.004873"].statutory_days, got["1.004873"].fee, got["1.004873"].online_level) == (3, 0, "full")
    assert (got["2.000815"].field_name, got["2.000815"].fee, got["2.000815"].online_level) == ("Chứng thực", 2000,
                                                                                               "partial")
    assert got["1.009994"].field_name == "Xây dựng" and got["1.009994"].statutory_days == 15
    after = counts(ctx.db)
    # Every written row has its audit and outbox entry: 2 procedures + 1 field added, 1 procedure updated.
    assert after["audit_log"] - before["audit_log"] == 4 == after["sync_outbox"] - before["sync_outbox"]


def test_reimporting_the_same_file_changes_nothing(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_xlsx(tmp_path / "tt.xlsx", GOOD)
    apply_procedures(ctx, path)
    before, listed = counts(ctx.db), _procedures(ctx)
    again = preview_procedures(ctx, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)
    assert apply_procedures(ctx, path).unchanged == 4
    assert counts(ctx.db) == before and _procedures(ctx) == listed


def test_blank_cells_keep_what_is_stored(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    catalogue.edit_procedure(ctx, "1.009994", fee=500000, online_level="full")
    path = write_csv(tmp_path / "tt.csv", [HEAD[:4], ["1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng",
                                                      20]])
    apply_procedures(ctx, path)
    p = _procedures(ctx)["1.009994"]
    assert (p.statutory_days, p.fee, p.online_level) == (20, 500000, "full")


def test_bad_rows_are_listed_by_row_and_column_and_nothing_is_written(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    rows = [
        HEAD,
        ["3.000001", "Thủ tục tốt", "Hộ tịch", 3, 0, "Toàn trình", "Có"],
        ["3.000002", "Thời hạn sai", "Hộ tịch", "mười", 0, "Toàn trình", "Có"],
        ["3.000003", "", "Hộ tịch", 3, "năm trăm", "Mức 9", "Có lẽ"],
        ["mã có dấu", "Mã sai", "Hộ tịch", 3, 0, None, None],
        ["3.000001", "Trùng mã", "Hộ tịch", 3, 0, None, None],
        ["3.000006", "Quá hạn mức", "Hộ tịch", 400, None, None, None],
    ]
    path = write_xlsx(tmp_path / "loi.xlsx", rows)
    before = counts(ctx.db)
    preview = preview_procedures(ctx, path)
    found = {(e.row, e.column) for e in preview.errors}
    assert found == {(3, "Thời hạn giải quyết (ngày làm việc)"), (4, "Tên thủ tục"), (4, "Phí, lệ phí (đồng)"),
                     (4, "Mức độ DVC trực tuyến"), (4, "Phi địa giới"), (5, "Mã thủ tục"), (6, "Mã thủ tục"),
                     (7, "Thời hạn giải quyết (ngày làm việc)")}
    days = next(e for e in preview.errors if e.row == 3)
    assert days.text() == (
        "Dòng 3, cột «Thời hạn giải quyết (ngày làm việc)»: “mười” không phải số ngày làm việc: nhập số từ 0 đến 365, "
        "lẻ nửa ngày như 2,5 (0 hoặc “Trong ngày” = giải quyết trong ngày). / Row 3, column “Days”: “mười” is not a "
        "number of working days: enter 0 to 365, halves such as 2.5 allowed (0 or “Trong ngày” = within the day).")
    assert "dòng 2" in next(e for e in preview.errors if e.row == 6).message_vi
    with pytest.raises(ImportRejected) as err:
        apply_procedures(ctx, path)
    assert len(err.value.preview.errors) == len(preview.errors)
    assert counts(ctx.db) == before and "3.000001" not in _procedures(ctx)


def test_columns_are_found_under_other_names_and_in_any_order(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    rows = [["Lệ phí", "Tên TTHC", "Mã TTHC", "Thời hạn", "Tên lĩnh vực", "Mức độ",
             "Không phụ thuộc địa giới hành chính"],
            ["15.000", "Đăng ký thay đổi, cải chính hộ tịch", "1.004859", "03", "HT", 4, 1]]
    apply_procedures(ctx, write_csv(tmp_path / "khac.csv", rows, delimiter=";"))
    p = _procedures(ctx)["1.004859"]
    assert (p.fee, p.statutory_days, p.online_level, p.boundary_free, p.field_name) == (15000, 3, "full", True,
                                                                                        "Hộ tịch")
