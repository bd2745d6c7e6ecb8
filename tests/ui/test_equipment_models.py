"""The equipment table models: Qt's model checks, the translated cells, the status colours and the warning flags."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.services import equipment
from desktop.ui.models import equipment_tables as cols
from desktop.ui.models.equipment_tables import STATUS_COLOURS, EquipmentEventTableModel, EquipmentTableModel

Fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
DISPLAY, BACKGROUND, FOREGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, \
    Qt.ItemDataRole.ForegroundRole


def _seed(ctx) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "TB-MT-001", "pc", model="Dell OptiPlex 3020", acquired_on=date(2015, 3, 2),
                            location="Phòng Kinh tế", assigned_to="Lê Thị Thu")
    equipment.add_equipment(ctx, "TB-MT-002", "pc", model="FPT Elead T400", acquired_on=date(2022, 5, 10),
                            status="degraded")
    equipment.add_equipment(ctx, "TB-CKS-001", "signature_token", acquired_on=date(2024, 6, 1),
                            certificate_expiry=date(2026, 10, 15))  # expired on 20/11/2026
    equipment.add_equipment(ctx, "TB-CKS-002", "signature_token", acquired_on=date(2024, 6, 1),
                            certificate_expiry=date(2027, 1, 10))  # within 90 days
    equipment.add_equipment(ctx, "TB-CKS-003", "signature_token", certificate_expiry=date(2028, 1, 10))
    equipment.add_equipment(ctx, "TB-DT-001", "network_link", model="Cáp quang FTTH VNPT",
                            acquired_on=date(2021, 1, 7))
    equipment.record_event(ctx, "TB-DT-001", "outage", at=datetime(2026, 11, 20, 8, 15), note="Đứt cáp quang")
    for tag, status in (("TB-MI-001", "broken"), ("TB-MI-002", "in_repair"), ("TB-MI-003", "spare"),
                        ("TB-MI-004", "retired")):
        equipment.add_equipment(ctx, tag, "printer", status=status)


def _cell(model, tag: str, column: int, role: int = DISPLAY):  # noqa: ANN001, ANN202
    return model.data(model.index(model.row_of(tag), column), role)


def test_equipment_model_passes_qt_checks_and_shows_translated_cells(qapp, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    model = EquipmentTableModel()
    QAbstractItemModelTester(model, Fatal)
    model.set_rows(equipment.list_equipment(ctx))
    assert model.rowCount() == 10 and model.columnCount() == cols.COLUMN_COUNT
    assert model.headerData(cols.COL_TAG, Qt.Orientation.Horizontal) == "Mã tài sản"
    row = [_cell(model, "TB-MT-001", c) for c in range(cols.COLUMN_COUNT)]
    assert row[:6] == ["TB-MT-001", "Máy tính để bàn", "Dell OptiPlex 3020", "Phòng Kinh tế", "Lê Thị Thu",
                       "02/03/2015"]
    assert row[cols.COL_STATUS] == "Đang sử dụng"
    assert _cell(model, "TB-CKS-001", cols.COL_KIND) == "Chữ ký số (USB token)"
    assert _cell(model, "TB-MT-001", cols.COL_TAG, Qt.ItemDataRole.UserRole).asset_tag == "TB-MT-001"
    model.set_rows([])  # a reset to nothing is checked too
    assert model.rowCount() == 0


def test_each_status_has_its_colour(qapp, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    model = EquipmentTableModel()
    QAbstractItemModelTester(model, Fatal)
    model.set_rows(equipment.list_equipment(ctx))
    expected = {"TB-MT-001": "in_use", "TB-MT-002": "degraded", "TB-MI-001": "broken", "TB-MI-002": "in_repair",
                "TB-MI-003": "spare", "TB-MI-004": "retired"}
    for tag, status in expected.items():
        assert _cell(model, tag, cols.COL_STATUS, BACKGROUND) == STATUS_COLOURS[status][1], tag
        assert _cell(model, tag, cols.COL_STATUS, FOREGROUND) == STATUS_COLOURS[status][0], tag
    backgrounds = {_cell(model, tag, cols.COL_STATUS, BACKGROUND).name() for tag in expected}
    assert len(backgrounds) == 5  # green, amber, red, blue, grey (spare and retired share grey)
    broken = _cell(model, "TB-MI-001", cols.COL_STATUS, BACKGROUND)
    assert broken.red() > broken.green() and broken.red() > broken.blue()
    in_use = _cell(model, "TB-MT-001", cols.COL_STATUS, BACKGROUND)
    assert in_use.green() > in_use.red()
    assert _cell(model, "TB-MI-001", cols.COL_STATUS) == "Hỏng"


def test_old_devices_expiring_certificates_and_outages_are_flagged(qapp, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    model = EquipmentTableModel()
    QAbstractItemModelTester(model, Fatal)
    model.set_rows(equipment.list_equipment(ctx))
    assert _cell(model, "TB-MT-001", cols.COL_FLAGS) == "Cũ"  # bought 2015: older than five years
    assert _cell(model, "TB-MT-001", cols.COL_AGE) == "11,7"
    assert _cell(model, "TB-MT-001", cols.COL_FLAGS, BACKGROUND) is not None
    assert _cell(model, "TB-MT-002", cols.COL_FLAGS) == ""  # 2022: not old
    assert _cell(model, "TB-MT-002", cols.COL_FLAGS, BACKGROUND) is None
    assert _cell(model, "TB-DT-001", cols.COL_FLAGS) == "Mất kết nối, Cũ"
    assert "chưa ghi thời điểm kết thúc" in _cell(model, "TB-DT-001", cols.COL_FLAGS, Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, "TB-CKS-001", cols.COL_CERTIFICATE) == "15/10/2026 · Đã hết hạn"
    assert _cell(model, "TB-CKS-002", cols.COL_CERTIFICATE) == "10/01/2027 · Sắp hết hạn"
    assert _cell(model, "TB-CKS-003", cols.COL_CERTIFICATE) == "10/01/2028"
    assert _cell(model, "TB-MT-001", cols.COL_CERTIFICATE) == ""
    assert _cell(model, "TB-CKS-001", cols.COL_CERTIFICATE, BACKGROUND) == STATUS_COLOURS["broken"][1]
    assert _cell(model, "TB-CKS-002", cols.COL_CERTIFICATE, BACKGROUND) == STATUS_COLOURS["degraded"][1]
    assert _cell(model, "TB-CKS-003", cols.COL_CERTIFICATE, BACKGROUND) is None


def test_history_model_newest_first_with_moves_costs_and_open_outage(qapp, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    equipment.record_event(ctx, "TB-MT-001", "status_change", at=datetime(2026, 11, 18, 9, 0), to_status="broken",
                           note="Hỏng nguồn")
    equipment.record_event(ctx, "TB-MT-001", "repair", at=datetime(2026, 11, 19, 14, 30), to_status="in_use",
                           cost=850_000, note="Thay bộ nguồn")
    model = EquipmentEventTableModel()
    QAbstractItemModelTester(model, Fatal)
    model.set_events("TB-MT-001", equipment.equipment_history(ctx, "TB-MT-001"))
    assert model.rowCount() == 2 and model.columnCount() == cols.EVENT_COLUMN_COUNT
    first = [model.data(model.index(0, c)) for c in range(cols.EVENT_COLUMN_COUNT)]
    assert first[cols.EV_AT] == "19/11/2026 14:30"
    assert first[cols.EV_KIND] == "Sửa chữa"
    assert first[cols.EV_STATUS] == "Hỏng → Đang sử dụng"
    assert first[cols.EV_COST] == "850.000 đ"
    assert first[cols.EV_ACTOR] == "admin" and first[cols.EV_NOTE] == "Thay bộ nguồn"
    assert model.data(model.index(1, cols.EV_STATUS)) == "Đang sử dụng → Hỏng"
    assert model.data(model.index(1, cols.EV_STATUS), BACKGROUND) == STATUS_COLOURS["broken"][1]
    assert model.open_outage() is None

    model.set_events("TB-DT-001", equipment.equipment_history(ctx, "TB-DT-001"))
    assert model.asset_tag == "TB-DT-001" and model.rowCount() == 1
    assert model.data(model.index(0, cols.EV_KIND)) == "Mất kết nối"
    assert model.data(model.index(0, cols.EV_ENDED)) == "Chưa kết thúc"
    assert model.data(model.index(0, cols.EV_NOTE), BACKGROUND) == STATUS_COLOURS["broken"][1]
    assert model.open_outage() is not None and model.open_outage().note == "Đứt cáp quang"
    model.set_events(None, [])
    assert model.rowCount() == 0
