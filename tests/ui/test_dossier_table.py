"""The paged dossier table model: paging, Qt model contract, cell texts, overdue marking and search."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.domain import lifecycle
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery
from desktop.services.dossiers import DossierInput, change_status, register_dossier
from desktop.services.dto import DossierInfo
from desktop.ui.models.dossier_table import (
    COL_APPLICANT,
    COL_CHANNEL,
    COL_CODE,
    COL_DUE,
    COL_ID_NUMBER,
    COL_OUTCOME,
    COL_RECEIVED,
    COLUMN_COUNT,
    OVERDUE_BACKGROUND,
    DossierTableModel,
)

TOTAL = 250
_SURNAMES = ("Nguyễn Văn", "Trần Thị", "Lê Hoàng", "Phạm Đức", "Hoàng Minh")
_CHANNELS = ("direct", "online", "postal")
_PROCEDURES = ("1.001193", "1.009994")  # in the day, 15 working days


def _applicant(i: int) -> str:
    return f"{_SURNAMES[i % len(_SURNAMES)]} Số{i}"


def _register_many(ctx: ServiceContext, n: int = TOTAL) -> None:
    """n dossiers received 1–19 November 2026 (before the fixed clock), each with a valid CCCD."""
    for i in range(n):
        register_dossier(ctx, DossierInput(
            procedure_code=_PROCEDURES[i % 2], applicant_name=_applicant(i), channel=_CHANNELS[i % 3],
            # Province 001, born 1990 (male), then a running serial.
            id_number=f"001090{i:06d}", received_at=datetime(2026, 11, 1 + i % 19, 9, 0),
        ))


def _text(model: DossierTableModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def seeded(ctx: ServiceContext) -> ServiceContext:
    _register_many(ctx)
    return ctx


def _fetch_all(model: DossierTableModel) -> list[int]:
    """Row counts after the first page and after each further fetch, as a view scrolling down would see them."""
    sizes = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        sizes.append(model.rowCount())
    return sizes


def test_pages_grow_until_a_short_page(seeded: ServiceContext) -> None:
    model = DossierTableModel(seeded, page_size=100)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.set_query(DossierQuery())
    sizes = _fetch_all(model)
    assert sizes == [100, 200, 250]
    assert len({model.dossier_at(r).id for r in range(model.rowCount())}) == TOTAL
    # Newest first, across page boundaries too.
    received = [model.dossier_at(r).received_at for r in range(model.rowCount())]
    assert received == sorted(received, reverse=True)


def test_inserts_are_announced_per_page(seeded: ServiceContext, qtbot) -> None:  # noqa: ANN001
    model = DossierTableModel(seeded, page_size=100)
    model.set_query(DossierQuery())
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args[1:] == [100, 199]


def test_passes_the_qt_model_tester_while_fetching_every_page(seeded: ServiceContext) -> None:
    model = DossierTableModel(seeded, page_size=100)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query(DossierQuery())
    # The tester calls fetchMore from its modelReset/rowsInserted slots; those nested calls must not add pages.
    sizes = _fetch_all(model)
    assert sizes == [100, 200, 250]
    model.set_query(DossierQuery(search="tran"))
    assert 0 < model.rowCount() < TOTAL
    del tester


def test_an_exact_multiple_of_the_page_stops_on_an_empty_page(ctx: ServiceContext, qtbot) -> None:  # noqa: ANN001
    _register_many(ctx, 20)
    model = DossierTableModel(ctx, page_size=10)
    model.set_query(DossierQuery())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    with qtbot.assertNotEmitted(model.rowsAboutToBeInserted):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 20 and not model.canFetchMore(QModelIndex())


def test_headers_are_vietnamese(ctx: ServiceContext) -> None:
    model = DossierTableModel(ctx)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert COLUMN_COUNT == 10
    assert headers == ["Mã hồ sơ", "Ngày nhận", "Người nộp", "Số CCCD", "Thủ tục", "Lĩnh vực", "Kênh", "Hẹn trả",
                       "Trạng thái", "Kết quả"]


def test_cells_show_masked_cccd_dates_and_labels(ctx: ServiceContext) -> None:
    info = register_dossier(ctx, DossierInput(
        procedure_code="1.009994", applicant_name="Nguyễn Thị Hoa", channel="postal", id_number="001090000123",
        received_at=datetime(2026, 11, 19, 8, 5),
    ))
    model = DossierTableModel(ctx)
    model.set_query(DossierQuery())
    assert model.rowCount() == 1
    assert _text(model, 0, COL_CODE) == info.code
    assert _text(model, 0, COL_APPLICANT) == "Nguyễn Thị Hoa"
    assert _text(model, 0, COL_ID_NUMBER) == "001******123"
    assert "001090000123" not in [_text(model, 0, c) for c in range(COLUMN_COUNT)]
    assert _text(model, 0, COL_RECEIVED) == "19/11/2026 08:05"
    assert _text(model, 0, COL_DUE) == info.due_date.strftime("%d/%m/%Y")
    assert _text(model, 0, COL_CHANNEL) == "Bưu chính"
    assert _text(model, 0, COL_OUTCOME) == ""
    assert model.data(model.index(0, COL_CODE), Qt.ItemDataRole.UserRole) == model.dossier_at(0) == info


def test_outcome_is_shown_as_a_label(ctx: ServiceContext) -> None:
    info = register_dossier(ctx, DossierInput(
        procedure_code="1.009994", applicant_name="Lê Văn Nam", channel="online",
        received_at=datetime(2026, 11, 16, 9, 0),
    ))
    change_status(ctx, info.code, lifecycle.FINISH, at=datetime(2026, 11, 18, 9, 0))
    model = DossierTableModel(ctx)
    model.set_query(DossierQuery())
    assert _text(model, 0, COL_CHANNEL) == "Trực tuyến"
    assert _text(model, 0, COL_OUTCOME) == "Trước hạn"


def test_overdue_rows_are_marked(seeded: ServiceContext) -> None:
    model = DossierTableModel(seeded)
    model.set_query(DossierQuery())
    rows: list[DossierInfo] = [model.dossier_at(r) for r in range(model.rowCount())]
    overdue = next(r for r, d in enumerate(rows) if d.timeliness == "overdue")
    within = next(r for r, d in enumerate(rows) if d.timeliness != "overdue")
    for column in (COL_CODE, COL_OUTCOME):
        assert model.data(model.index(overdue, column), Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
        assert model.data(model.index(overdue, column), Qt.ItemDataRole.ToolTipRole) == "Quá hạn"
    assert model.data(model.index(within, COL_CODE), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(within, COL_CODE), Qt.ItemDataRole.ToolTipRole) is None


def test_search_is_accent_insensitive_and_resets(seeded: ServiceContext, qtbot) -> None:  # noqa: ANN001
    model = DossierTableModel(seeded)
    model.set_query(DossierQuery())
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_query(DossierQuery(search="nguyen"))
    expected = sum(1 for i in range(TOTAL) if _applicant(i).startswith("Nguyễn"))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == expected == 50
    assert all(model.dossier_at(r).applicant_name.startswith("Nguyễn") for r in range(model.rowCount()))
