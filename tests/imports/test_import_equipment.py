"""Importing the equipment list: matched by asset tag, the service's rules per row, a status change kept as history."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from import_files import counts, write_csv, write_xlsx

from desktop.imports import ImportRejected, apply_equipment, preview_equipment
from desktop.imports.equipment import KIND
from desktop.imports.preview import run_apply
from desktop.services import equipment
from desktop.services.context import ServiceContext

HEAD = ["Mã tài sản", "Loại thiết bị", "Model", "Số sê-ri", "Vị trí", "Ngày đưa vào sử dụng", "Người sử dụng",
        "Tình trạng", "Ngày hết hạn chứng thư số", "Ghi chú"]
GOOD = [
    HEAD,
    ["mt-2019-01", "Máy tính để bàn", "Dell OptiPlex 3070", "8XK2J13", "Một cửa", date(2019, 3, 15), "Lan", "Tốt",
     None, None],
    ["MI-02", "may in", "Canon LBP 2900", None, "Văn phòng", 2016, None, "Hoạt động kém", None, "Kẹt giấy"],
    ["CKS-01", "USB token", "VNPT-CA", "5401AB", "Văn phòng", "02/01/2025", "Bình", None, "02/01/2028", None],
]


def _devices(ctx: ServiceContext) -> dict[str, equipment.EquipmentInfo]:
    return {d.asset_tag: d for d in equipment.list_equipment(ctx)}


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_good_file_adds_devices(ctx: ServiceContext, tmp_path: Path, suffix: str) -> None:
    path = (write_xlsx if suffix == "xlsx" else write_csv)(tmp_path / f"tb.{suffix}", GOOD)
    preview = preview_equipment(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert preview.new == 3
    apply_equipment(ctx, path)
    got = _devices(ctx)
    assert set(got) == {"MT-2019-01", "MI-02", "CKS-01"}
    assert (got["MT-2019-01"].kind, got["MT-2019-01"].status, got["MT-2019-01"].acquired_on) == (
        "pc", "in_use", date(2019, 3, 15))
    assert (got["MI-02"].kind, got["MI-02"].status, got["MI-02"].acquired_on) == ("printer", "degraded",
                                                                                  date(2016, 1, 1))
    assert (got["CKS-01"].kind, got["CKS-01"].certificate_expiry) == ("signature_token", date(2028, 1, 2))


def test_reimport_is_idempotent_and_a_new_status_is_an_event(ctx: ServiceContext, tmp_path: Path) -> None:
    apply_equipment(ctx, write_xlsx(tmp_path / "tb.xlsx", GOOD))
    before = counts(ctx.db)
    assert preview_equipment(ctx, tmp_path / "tb.xlsx").unchanged == 3
    apply_equipment(ctx, tmp_path / "tb.xlsx")
    assert counts(ctx.db) == before
    broken = [HEAD[:2] + ["Tình trạng"], ["MI-02", "Máy in", "Hỏng"]]
    preview = preview_equipment(ctx, write_csv(tmp_path / "hong.csv", broken))
    assert [(c.action, c.fields) for c in preview.changes] == [("updated", ("status",))]
    apply_equipment(ctx, tmp_path / "hong.csv")
    assert _devices(ctx)["MI-02"].status == "broken" and _devices(ctx)["MI-02"].note == "Kẹt giấy"
    (event,) = equipment.equipment_history(ctx, "MI-02")
    assert (event.kind, event.from_status, event.to_status) == ("status_change", "degraded", "broken")


def test_bad_rows_name_row_and_column_and_write_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [HEAD,
            ["OK-01", "Máy quét", None, None, None, None, None, None, None, None],
            ["MT-02", "Tủ lạnh", None, None, None, None, None, "Đang sử dụng", None, None],
            ["MT-03", "Máy tính để bàn", None, None, None, "31/02/2020", None, None, None, None],
            ["MT-04", "Máy tính để bàn", None, None, None, "01/01/2030", None, None, None, None],
            ["MT-05", "Máy in", None, None, None, None, None, None, "01/01/2028", None],
            ["MÁY-06", "Máy in", None, None, None, None, None, None, None, None],
            ["OK-01", "Máy in", None, None, None, None, None, None, None, None]]
    path = write_xlsx(tmp_path / "loi.xlsx", rows)
    before = counts(ctx.db)
    errors = preview_equipment(ctx, path).errors
    assert [(e.row, e.column) for e in errors] == [
        (3, "Loại thiết bị"), (4, "Ngày đưa vào sử dụng"), (5, "Ngày đưa vào sử dụng"),
        (6, "Ngày hết hạn chứng thư số"), (7, "Mã tài sản"), (8, "Mã tài sản")]
    assert "“Tủ lạnh”" in errors[0].message_vi and "Máy tính để bàn" in errors[0].message_vi
    assert errors[2].message_en == "The acquisition date cannot be in the future."
    with pytest.raises(ImportRejected):
        apply_equipment(ctx, path)
    assert counts(ctx.db) == before


def test_apply_checks_again_what_changed_since_the_preview(ctx: ServiceContext, tmp_path: Path) -> None:
    equipment.add_equipment(ctx, "MI-02", "printer")
    path = write_csv(tmp_path / "tb.csv", GOOD)
    assert preview_equipment(ctx, path).ok
    equipment.remove_equipment(ctx, "MI-02")  # someone removes it between the preview and the apply
    before = counts(ctx.db)
    with pytest.raises(ImportRejected) as err:
        apply_equipment(ctx, path)
    assert "Dòng 3, cột «Mã tài sản»" in err.value.message_vi and "Row 3" in err.value.message_en
    assert counts(ctx.db) == before


def test_a_failure_while_writing_rolls_the_whole_file_back(ctx: ServiceContext, tmp_path: Path) -> None:
    def fails_halfway(uow, plan) -> None:  # noqa: ANN001
        KIND.write(uow, plan)  # every device is written, with its audit and outbox rows ...
        raise OSError("power cut")  # ... and then the write is cut short

    before = counts(ctx.db)
    with pytest.raises(OSError):
        run_apply(ctx, write_xlsx(tmp_path / "tb.xlsx", GOOD), replace(KIND, write=fails_halfway))
    assert counts(ctx.db) == before


def test_a_batch_writes_the_same_audit_and_outbox_rows_as_one_by_one(ctx: ServiceContext, tmp_path: Path) -> None:
    apply_equipment(ctx, write_xlsx(tmp_path / "tb.xlsx", GOOD))
    with ctx.db.engine.connect() as conn:
        devices = {r.id: r for r in conn.exec_driver_sql("SELECT id, asset_tag, hlc FROM equipment")}
        ops = conn.exec_driver_sql("SELECT row_id, op, payload, hlc, changed_fields FROM sync_outbox "
                                   "WHERE table_name = 'equipment' ORDER BY op_id").all()
        audits = conn.exec_driver_sql("SELECT row_id, action, changes FROM audit_log "
                                      "WHERE table_name = 'equipment'").all()
    assert sorted(o.row_id for o in ops) == sorted(devices) == sorted(a.row_id for a in audits)
    for o in ops:
        payload = json.loads(o.payload)
        assert (o.op, o.hlc, payload["asset_tag"]) == ("insert", devices[o.row_id].hlc, devices[o.row_id].asset_tag)
        assert json.loads(o.changed_fields) == sorted(payload) and "search_text" not in payload
    assert {a.action for a in audits} == {"insert"}
    assert [devices[o.row_id].asset_tag for o in ops] == ["MT-2019-01", "MI-02", "CKS-01"]  # file order kept
