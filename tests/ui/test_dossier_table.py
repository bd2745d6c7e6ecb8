"""The paged dossier table model: loading off the GUI thread, paging, stale results dropped, the Qt model contract,
cell texts through the shared labels, and the overdue / due-soon marks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.domain import lifecycle
from desktop.services import catalogue
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery
from desktop.services.dossiers import DossierInput, change_status, register_dossier
from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from desktop.ui.models.dossier_table import (
    COL_APPLICANT,
    COL_CHANNEL,
    COL_CODE,
    COL_DUE,
    COL_ID_NUMBER,
    COL_PROGRESS,
    COL_RECEIVED,
    COL_STATUS,
    COLUMN_COUNT,
    DUE_SOON_BACKGROUND,
    FLAG_DUE_SOON,
    FLAG_OVERDUE,
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
def make_model(session, wait_idle):  # noqa: ANN001, ANN201
    """A model over the session's runner, and a loader that waits for the first page like the page does."""
    def make(page_size: int = 100) -> DossierTableModel:
        return DossierTableModel(session.ctx, session.runner, page_size=page_size)
    return make


@pytest.fixture
def load(wait_idle):  # noqa: ANN001, ANN201
    def run(model: DossierTableModel, query: DossierQuery) -> None:
        model.set_query(query)
        wait_idle()
    return run


def _fetch_all(model: DossierTableModel, wait_idle) -> list[int]:  # noqa: ANN001
    """Row counts after the first page and after each further fetch, as a view scrolling down would see them."""
    sizes = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # one page at a time
        wait_idle()
        sizes.append(model.rowCount())
    return sizes


def test_the_first_page_arrives_later_through_the_runner(session, make_model, wait_idle) -> None:  # noqa: ANN001
    _register_many(session.ctx, 5)
    model = make_model()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex()) and model.total is None
    model.set_query(DossierQuery())
    # The read is queued on the worker: nothing is shown before the event loop hands the result back.
    assert model.rowCount() == 0 and model.loading
    wait_idle()
    assert model.rowCount() == 5 and model.total == 5 and not model.loading


def test_counting_stops_past_the_cap(session, wait_idle) -> None:  # noqa: ANN001
    """On a million dossiers a common name matches tens of thousands: the count stops at "more than the cap"."""
    _register_many(session.ctx)
    model = DossierTableModel(session.ctx, session.runner, page_size=100, count_cap=120)
    for query, total, capped in ((DossierQuery(), 121, True), (DossierQuery(search="nguyen van"), 50, False),
                                 (DossierQuery(search="so"), 121, True)):
        model.set_query(query)
        wait_idle()
        assert (model.total, model.total_capped) == (total, capped), query
    assert _fetch_all(model, wait_idle) == [100, 200, 250]  # paging goes on past the cap


def test_the_count_is_read_while_the_page_is_being_shown(session, make_model, load, monkeypatch) -> None:  # noqa: ANN001
    """The count is queued with the page, so the worker counts while the GUI thread lays the rows out; a short page
    is its own count and reads nothing more."""
    from desktop.ui.models import dossier_table

    _register_many(session.ctx)
    counted: list[DossierQuery] = []
    real = dossier_table.count_dossiers

    def spy(ctx, query, **kw):  # noqa: ANN001, ANN202 - the real count, noted
        counted.append(query)
        return real(ctx, query, **kw)

    monkeypatch.setattr(dossier_table, "count_dossiers", spy)
    model = make_model()
    seen: list[int] = []

    def on_loaded(_q: DossierQuery) -> None:
        session.runner.wait_idle()  # whatever the worker had queued when the rows were handed over is done
        seen.append(len(counted))

    model.loaded.connect(on_loaded)
    load(model, DossierQuery())
    assert seen == [1] and model.total == TOTAL
    load(model, DossierQuery(search="hoang minh"))  # 50 rows: a short page
    assert seen == [1, 1] and model.total == 50


def test_pages_grow_until_a_short_page(session, make_model, load, wait_idle) -> None:  # noqa: ANN001
    _register_many(session.ctx)
    model = make_model()
    seen: list[object] = []
    model.loaded.connect(lambda _q: seen.append(("loaded", model.rowCount(), model.total)))
    model.counted.connect(lambda n: seen.append(("counted", n)))
    load(model, DossierQuery())
    # The page is shown first; counting every match is a second, slower read.
    assert seen == [("loaded", 100, None), ("counted", TOTAL)]
    assert model.total == TOTAL
    assert _fetch_all(model, wait_idle) == [100, 200, 250]
    assert len({model.dossier_at(r).id for r in range(model.rowCount())}) == TOTAL
    assert not model.total_capped
    received = [model.dossier_at(r).received_at for r in range(model.rowCount())]
    assert received == sorted(received, reverse=True)  # newest first, across page boundaries too


def test_inserts_are_announced_per_page(session, make_model, load, qtbot) -> None:  # noqa: ANN001
    _register_many(session.ctx)
    model = make_model()
    load(model, DossierQuery())
    with qtbot.waitSignal(model.rowsInserted, timeout=5000) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args[1:] == [100, 199]


def test_passes_the_qt_model_tester_while_fetching_every_page(session, make_model, load,
                                                             wait_idle) -> None:  # noqa: ANN001
    _register_many(session.ctx)
    model = make_model()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    load(model, DossierQuery())
    # The tester calls fetchMore from its modelReset/rowsInserted slots; those nested calls must not add pages.
    assert _fetch_all(model, wait_idle) == [100, 200, 250]
    load(model, DossierQuery(search="tran"))
    assert model.rowCount() == model.total == 50
    del tester


def test_an_exact_multiple_of_the_page_stops_on_an_empty_page(session, make_model, load, wait_idle,
                                                              qtbot) -> None:  # noqa: ANN001
    _register_many(session.ctx, 20)
    model = make_model(page_size=10)
    load(model, DossierQuery())
    model.fetchMore(QModelIndex())
    wait_idle()
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    with qtbot.assertNotEmitted(model.rowsAboutToBeInserted):
        model.fetchMore(QModelIndex())
        wait_idle()
    assert model.rowCount() == 20 and not model.canFetchMore(QModelIndex())


def test_a_result_for_a_replaced_query_is_dropped(session, make_model, wait_idle, qtbot) -> None:  # noqa: ANN001
    _register_many(session.ctx)
    model = make_model()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_query(DossierQuery())
    session.runner.wait_idle()  # the worker has read every dossier; its answer waits in the GUI queue
    narrowed = DossierQuery(search="hoang minh")
    model.set_query(narrowed)
    wait_idle()
    assert resets == [1]  # only the newer query's page was ever applied
    assert model.query == narrowed and model.total == 50
    assert all(model.dossier_at(r).applicant_name.startswith("Hoàng Minh") for r in range(model.rowCount()))


def test_a_page_fetched_for_a_replaced_query_is_dropped(session, make_model, load, wait_idle) -> None:  # noqa: ANN001
    _register_many(session.ctx)
    model = make_model()
    load(model, DossierQuery())
    model.fetchMore(QModelIndex())
    session.runner.wait_idle()
    load(model, DossierQuery(search="le hoang"))
    assert model.rowCount() == 50 and model.total == 50


def test_a_failed_read_is_reported(session, make_model, qtbot) -> None:  # noqa: ANN001
    model = make_model()
    with qtbot.waitSignal(model.load_failed, timeout=5000) as failed:
        model.set_query(DossierQuery(received_from="not a date"))  # type: ignore[arg-type]
    assert isinstance(failed.args[0], TypeError)
    assert not model.loading and model.rowCount() == 0


def test_headers_are_vietnamese(session, make_model) -> None:  # noqa: ANN001
    model = make_model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert COLUMN_COUNT == 10
    assert headers == ["Mã hồ sơ", "Ngày nhận", "Người nộp", "Số CCCD", "Thủ tục", "Lĩnh vực", "Kênh", "Hẹn trả",
                       "Trạng thái", "Tiến độ"]


def test_cells_show_masked_cccd_dates_and_labels(session, make_model, load) -> None:  # noqa: ANN001
    info = register_dossier(session.ctx, DossierInput(
        procedure_code="1.009994", applicant_name="Nguyễn Thị Hoa", channel="postal", id_number="001090000123",
        received_at=datetime(2026, 11, 19, 8, 5),
    ))
    model = make_model()
    load(model, DossierQuery())
    assert model.rowCount() == 1
    assert _text(model, 0, COL_CODE) == info.code
    assert _text(model, 0, COL_APPLICANT) == "Nguyễn Thị Hoa"
    assert _text(model, 0, COL_ID_NUMBER) == "001******123"
    assert "001090000123" not in [_text(model, 0, c) for c in range(COLUMN_COUNT)]
    assert _text(model, 0, COL_RECEIVED) == "19/11/2026 08:05"
    assert _text(model, 0, COL_DUE) == info.due_date.strftime("%d/%m/%Y")
    assert _text(model, 0, COL_CHANNEL) == "Bưu chính công ích"
    assert _text(model, 0, COL_STATUS) == "Đã tiếp nhận"
    assert _text(model, 0, COL_PROGRESS) == "Trong hạn"
    assert model.data(model.index(0, COL_CODE), Qt.ItemDataRole.UserRole) == model.dossier_at(0) == info


def test_outcome_is_shown_as_a_label(session, make_model, load) -> None:  # noqa: ANN001
    info = register_dossier(session.ctx, DossierInput(
        procedure_code="1.009994", applicant_name="Lê Văn Nam", channel="online",
        received_at=datetime(2026, 11, 16, 9, 0),
    ))
    change_status(session.ctx, info.code, lifecycle.FINISH, at=datetime(2026, 11, 18, 9, 0))
    model = make_model()
    load(model, DossierQuery())
    assert _text(model, 0, COL_CHANNEL) == "Trực tuyến"
    assert _text(model, 0, COL_STATUS) == "Đã xử lý xong"
    assert _text(model, 0, COL_PROGRESS) == "Trước hạn"
    assert model.data(model.index(0, COL_CODE), Qt.ItemDataRole.BackgroundRole) is None


def test_overdue_rows_are_red_and_due_soon_rows_amber(qtbot, session, make_model, load) -> None:  # noqa: ANN001
    ctx = session.ctx
    catalogue.add_procedure(ctx, "T.1", "Thủ tục một ngày", "Hộ tịch", 1)
    overdue = register_dossier(ctx, DossierInput("1.001193", "Quá Hạn", "direct",
                                                 received_at=datetime(2026, 11, 18, 9, 0)))
    soon = register_dossier(ctx, DossierInput("T.1", "Hạn Thứ Hai", "direct",
                                              received_at=datetime(2026, 11, 20, 9, 0)))
    later = register_dossier(ctx, DossierInput("1.009994", "Còn Lâu", "direct",
                                               received_at=datetime(2026, 11, 20, 9, 5)))
    assert soon.due_date == date(2026, 11, 23)  # Monday: the next working day after today (Friday)
    model = make_model()
    load(model, DossierQuery())
    rows = {model.dossier_at(r).code: r for r in range(model.rowCount())}

    def cell(code: str, column: int, role: Qt.ItemDataRole) -> object:
        return model.data(model.index(rows[code], column), role)

    assert model.flag_of(model.dossier_at(rows[overdue.code])) == FLAG_OVERDUE
    assert model.flag_of(model.dossier_at(rows[soon.code])) == FLAG_DUE_SOON
    assert model.flag_of(model.dossier_at(rows[later.code])) is None
    for column in (COL_CODE, COL_PROGRESS):
        assert cell(overdue.code, column, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
        assert cell(soon.code, column, Qt.ItemDataRole.BackgroundRole) == DUE_SOON_BACKGROUND
        assert cell(later.code, column, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(overdue.code, COL_CODE, Qt.ItemDataRole.ToolTipRole) == "Quá hạn: hẹn trả 18/11/2026"
    assert cell(soon.code, COL_CODE, Qt.ItemDataRole.ToolTipRole) == "Sắp đến hạn: hẹn trả 23/11/2026"
    assert cell(later.code, COL_CODE, Qt.ItemDataRole.ToolTipRole) is None
    assert [cell(c.code, COL_PROGRESS, Qt.ItemDataRole.DisplayRole) for c in (overdue, soon, later)] == [
        "Quá hạn", "Sắp đến hạn", "Trong hạn"]
    for dossier in (overdue, soon, later):  # the dossier's own window names its state as the list does
        detail = DossierDetailDialog(session, dossier.code)
        qtbot.addWidget(detail)
        assert detail.values["progress"].text() == cell(dossier.code, COL_PROGRESS, Qt.ItemDataRole.DisplayRole)


def test_search_is_accent_insensitive_and_resets(session, make_model, load, wait_idle, qtbot) -> None:  # noqa: ANN001
    _register_many(session.ctx)
    model = make_model()
    load(model, DossierQuery())
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.set_query(DossierQuery(search="nguyen"))
    wait_idle()
    _fetch_all(model, wait_idle)
    expected = sum(1 for i in range(TOTAL) if _applicant(i).startswith("Nguyễn"))
    assert model.rowCount() == model.total == expected == 50
    assert all(model.dossier_at(r).applicant_name.startswith("Nguyễn") for r in range(model.rowCount()))
