"""Importing officers: matched by username or by name within the unit; accounts only by an administrator."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_files import counts, write_csv, write_xlsx

from desktop.imports import ImportRejected, apply_officers, preview_officers
from desktop.services import officers
from desktop.services.context import ServiceContext

HEAD = ["Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Thư điện tử", "Vai trò", "Tên đăng nhập"]
GOOD = [
    HEAD,
    ["Nguyễn Thị Lan", "Công chức Văn hóa - Xã hội", "Văn phòng", 912345678, "lan@example.vn", "Cán bộ", "lannt"],
    ["Trần Văn Bình", "Phó Chủ tịch", "UBND", "0987 654 321", None, "Lãnh đạo", None],
    ["Lê Minh Đức", "Công chức Tư pháp - Hộ tịch", "Một cửa", None, None, None, None],
]


def _people(ctx: ServiceContext) -> dict[str, officers.OfficerInfo]:
    return {o.full_name: o for o in officers.list_officers(ctx, include_inactive=True)}


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_good_file_adds_officers(ctx: ServiceContext, tmp_path: Path, suffix: str) -> None:
    path = (write_xlsx if suffix == "xlsx" else write_csv)(tmp_path / f"cb.{suffix}", GOOD)
    preview = preview_officers(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.new, preview.updated, preview.unchanged) == (3, 0, 0)
    apply_officers(ctx, path)
    people = _people(ctx)
    lan = people["Nguyễn Thị Lan"]
    assert (lan.username, lan.phone, lan.role, lan.unit) == ("lannt", "0912345678", "officer", "Văn phòng")
    assert people["Trần Văn Bình"].phone == "0987654321" and people["Trần Văn Bình"].role == "leader"
    assert officers.has_accounts(ctx.db) is False  # no password ever comes from a file


def test_reimport_is_idempotent_and_updates_match_by_name_and_unit(ctx: ServiceContext, tmp_path: Path) -> None:
    apply_officers(ctx, write_xlsx(tmp_path / "cb.xlsx", GOOD))
    before = counts(ctx.db)
    assert preview_officers(ctx, tmp_path / "cb.xlsx").unchanged == 3
    apply_officers(ctx, tmp_path / "cb.xlsx")
    assert counts(ctx.db) == before
    changed = [HEAD, ["LÊ MINH ĐỨC", "Phó trưởng Bộ phận Một cửa", "Một cửa", None, None, None, None],
               ["Nguyễn Thị Lan", None, "Phòng khác", None, None, None, "lannt"]]  # matched by username
    preview = preview_officers(ctx, write_csv(tmp_path / "doi.csv", changed))
    assert [(c.action, c.fields) for c in preview.changes] == [("updated", ("full_name", "position")),
                                                               ("updated", ("unit",))]
    apply_officers(ctx, tmp_path / "doi.csv")
    people = _people(ctx)
    assert people["LÊ MINH ĐỨC"].position == "Phó trưởng Bộ phận Một cửa"
    assert people["Nguyễn Thị Lan"].unit == "Phòng khác" and len(people) == 3


def test_bad_rows_write_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    officers.add_officer(ctx, "Phạm Văn Hùng", unit="UBND")
    officers.add_officer(ctx, "Phạm Văn Hùng", unit="Công an")
    rows = [HEAD,
            ["Hoàng Thị Mai", None, None, "12345", "mai-at-example", "Trưởng phòng", "Mai Hoàng"],
            ["Phạm Văn Hùng", None, None, None, None, None, None],
            [None, "Chức vụ", None, None, None, None, None],
            ["Vũ Văn Tài", None, None, None, None, None, "taivv"],
            ["Vũ Văn Tài 2", None, None, None, None, None, "taivv"]]
    path = write_xlsx(tmp_path / "loi.xlsx", rows)
    before = counts(ctx.db)
    errors = preview_officers(ctx, path).errors
    assert {(e.row, e.column) for e in errors} == {(2, "Vai trò"), (3, "Họ và tên"), (4, "Họ và tên"),
                                                   (6, "Họ và tên")}
    assert "Có 2 cán bộ" in next(e for e in errors if e.row == 3).message_vi
    # The officers service's own rules run once a row's cells parse: row 2's username, then its phone number.
    rows[1][5] = "Cán bộ"
    errors = preview_officers(ctx, write_xlsx(tmp_path / "loi2.xlsx", rows)).errors
    assert any(e.row == 2 and e.column == "Tên đăng nhập" and "3–32" in e.message_vi for e in errors)
    rows[1][6] = "maiht"
    errors = preview_officers(ctx, write_xlsx(tmp_path / "loi3.xlsx", rows)).errors
    assert any(e.row == 2 and e.column == "Điện thoại" and "9–12" in e.message_vi for e in errors)
    with pytest.raises(ImportRejected):
        apply_officers(ctx, path)
    assert counts(ctx.db) == before


def test_accounts_and_roles_need_an_administrator(ctx: ServiceContext, tmp_path: Path) -> None:
    clerk = ServiceContext(ctx.db, actor="clerk", role="officer", clock=ctx.clock)
    path = write_csv(tmp_path / "cb.csv", GOOD)
    errors = preview_officers(clerk, path).errors
    assert {(e.row, e.column) for e in errors} == {(2, "Tên đăng nhập"), (3, "Vai trò")}
    assert "quản trị" in errors[0].message_vi
    plain = [HEAD, GOOD[3]]
    assert apply_officers(clerk, write_csv(tmp_path / "thuong.csv", plain)).new == 1


def test_an_administrator_role_is_not_changed_from_a_file(ctx: ServiceContext, tmp_path: Path) -> None:
    officers.add_officer(ctx, "Quản Trị Viên", role="admin", username="quantri")
    path = write_csv(tmp_path / "cb.csv", [HEAD, ["Quản Trị Viên", None, None, None, None, "Cán bộ", "quantri"]])
    (error,) = preview_officers(ctx, path).errors
    assert error.column == "Vai trò" and "quản trị" in error.message_vi
