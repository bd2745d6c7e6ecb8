"""Rows an import writes are found by folded search like rows typed in the forms: the store indexes them, and a
procedure renamed by an import carries its dossiers' search text along."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from import_files import write_csv, write_xlsx

from desktop.imports import apply_attendance, apply_equipment, apply_officers, apply_procedures
from desktop.services import equipment, officers, training
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput, register_dossier


def test_imported_rows_are_found_by_folded_search(ctx: ServiceContext, tmp_path: Path) -> None:
    apply_officers(ctx, write_xlsx(tmp_path / "cb.xlsx", [
        ["Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Thư điện tử", "Vai trò", "Tên đăng nhập"],
        ["Nguyễn Văn Đức", "Công chức Tư pháp - Hộ tịch", "Một cửa", None, None, None, None]]))
    apply_equipment(ctx, write_csv(tmp_path / "tb.csv", [
        ["Mã tài sản", "Loại thiết bị", "Model", "Người sử dụng"],
        ["MI-07", "Máy in", "Canon LBP 2900", "Nguyễn Văn Đức"]]))
    apply_attendance(ctx, write_xlsx(tmp_path / "hv.xlsx", [
        ["Khóa đào tạo", "Ngày bắt đầu", "Ngày kết thúc", "Số giờ khóa học", "Họ và tên", "Đơn vị công tác",
         "Số giờ tham dự", "Kết quả"],
        ["Kỹ năng số cơ bản", date(2026, 10, 12), date(2026, 10, 13), 16, "Nguyễn Văn Đức", "Một cửa", 16, "Đạt"]]))
    assert [o.full_name for o in officers.list_officers(ctx, "nguyen van duc mot cua")] == ["Nguyễn Văn Đức"]
    assert [e.asset_tag for e in equipment.list_equipment(ctx, "duc may in canon")] == ["MI-07"]
    assert [p.person_name for p in training.list_participations(ctx, search="van duc mot cua")] == ["Nguyễn Văn Đức"]


def test_a_procedure_renamed_by_an_import_reindexes_its_dossiers(ctx: ServiceContext, tmp_path: Path) -> None:
    d = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct"))
    apply_procedures(ctx, write_csv(tmp_path / "tt.csv", [
        ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết (ngày làm việc)"],
        ["1.001193", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", 0]]))
    assert [x.code for x in list_dossiers(ctx, DossierQuery(search="van duc yeu to nuoc ngoai"))] == [d.code]
