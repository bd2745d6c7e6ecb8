"""The audit page on real widgets: the entries just made, by whom, in words; filters narrow them; a selected entry
shows its old and new values; the paged model keeps Qt's model contract."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from support import FakeClock

from desktop.services import catalogue, equipment, officers
from desktop.services.audit import AuditQuery, count_audit, list_audit
from desktop.services.context import ServiceContext
from desktop.ui.models.audit_table import (
    COL_ACTION,
    COL_ACTOR,
    COL_RECORD,
    COL_SUMMARY,
    COL_TABLE,
    COL_TIME,
    PAGE_SIZE,
    AuditTableModel,
)
from desktop.ui.pages.audit_page import AuditPageController, AuditPageView, create_audit_page
from desktop.ui.session import CATALOGUE, AppSession


def _row(model: AuditTableModel, row: int) -> tuple[str, ...]:
    return tuple(model.data(model.index(row, c)) for c in range(model.columnCount()))


def _column(page: AuditPageController, column: int) -> list[str]:
    return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]


def _detail(page: AuditPageController) -> list[tuple[str, str, str]]:
    table = page.view.detail
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def _choose(combo, key: str) -> None:  # noqa: ANN001
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


@pytest.fixture
def made(session: AppSession, clock: FakeClock) -> ServiceContext:
    """Monday 23 November 2026: the logged-in administrator (hoa) adds then edits a procedure; an officer (binh)
    adds a computer. Everything the fixtures wrote is from Friday 20 November."""
    clock.advance(days=3)
    catalogue.add_procedure(session.ctx, "1.004227", "Đăng ký giám hộ", "Hộ tịch", 3)
    clock.advance(minutes=2)
    catalogue.edit_procedure(session.ctx, "1.004227", name="Đăng ký giám hộ (cử giám hộ)", statutory_days=5)
    user = officers.add_officer(session.ctx, "Trần Văn Bình", role="officer", username="binh", password="canbo-2026")
    clock.advance(minutes=1)
    equipment.add_equipment(ServiceContext(session.ctx.db, actor=user.username or "", role="officer", clock=clock),
                            "TB-MT-001", "pc", model="Dell OptiPlex 3080")
    return session.ctx


def _page(qtbot, session: AppSession, wait_idle, page_size: int = PAGE_SIZE,  # noqa: ANN001
          table_height: int = 0) -> AuditPageController:
    page = AuditPageController(AuditPageView(), session, page_size)
    qtbot.addWidget(page.view)
    page.view.resize(1366, 700)
    if table_height:
        page.view.table.setFixedHeight(table_height)
    page.view.show()
    page.show_page()
    wait_idle()
    return page


def test_entries_just_made_with_their_user_and_values(qtbot, session, made, wait_idle) -> None:  # noqa: ANN001
    page = _page(qtbot, session, wait_idle)
    assert page.model.rowCount() == count_audit(made, AuditQuery())
    assert _row(page.model, 0)[:5] == ("23/11/2026 10:03:00", "Trần Văn Bình (binh)", "Thêm", "Thiết bị",
                                       "TB-MT-001")
    edit = _row(page.model, 2)
    assert edit[:5] == ("23/11/2026 10:02:00", "Phạm Thị Hoa (hoa)", "Sửa", "Thủ tục",
                        "1.004227 – Đăng ký giám hộ (cử giám hộ)")
    assert edit[COL_SUMMARY] == ("Tên thủ tục: Đăng ký giám hộ → Đăng ký giám hộ (cử giám hộ); "
                                 "Thời hạn (ngày làm việc): 3 → 5")
    assert _column(page, COL_ACTION)[3] == "Thêm" and _column(page, COL_TABLE)[3] == "Thủ tục"

    assert "TB-MT-001" in page.view.detail_title.text()  # the newest entry is selected at once
    page.view.table.selectRow(2)
    assert not page.view.detail.isColumnHidden(1)
    assert _detail(page) == [("Tên thủ tục", "Đăng ký giám hộ", "Đăng ký giám hộ (cử giám hộ)"),
                             ("Thời hạn (ngày làm việc)", "3", "5")]
    assert page.view.detail_title.text().startswith("Sửa thủ tục “1.004227")
    page.view.table.selectRow(3)
    added = {name: new for name, _old, new in _detail(page)}
    assert page.view.detail.isColumnHidden(1)  # nothing came before an insert
    assert added["Lĩnh vực"] == "Hộ tịch"  # a reference shown as the record's name, not its id
    assert added["Mức trực tuyến"] == "Một phần" and added["Phi địa giới"] == "Không"
    assert not {"id", "hlc", "search_text", "Mã", "Thời điểm xóa"} & set(added)

    # A change made while the page is on screen shows up at once.
    catalogue.edit_procedure(session.ctx, "1.004227", fee=20000)
    session.changed(CATALOGUE)
    wait_idle()
    assert page.model.data(page.model.index(0, COL_SUMMARY)).startswith("Lệ phí (đồng): 0 → 20")


def test_filters_narrow_the_entries(qtbot, session, made, wait_idle, type_text) -> None:  # noqa: ANN001
    page = _page(qtbot, session, wait_idle)
    everything = page.model.rowCount()
    view = page.view
    assert view.actor.itemText(view.actor.findData("binh")) == "Trần Văn Bình (binh)"

    _choose(view.actor, "binh")
    wait_idle()
    assert _column(page, COL_ACTOR) == ["Trần Văn Bình (binh)"] and page.view.count.text() == "1 mục nhật ký"

    _choose(view.actor, "")
    _choose(view.kind, "catalogue")
    wait_idle()
    assert set(_column(page, COL_TABLE)) == {"Thủ tục", "Lĩnh vực"}
    assert page.model.rowCount() == count_audit(made, AuditQuery(kind="catalogue")) < everything

    _choose(view.period, "today")
    wait_idle()
    assert _column(page, COL_RECORD) == ["1.004227 – Đăng ký giám hộ (cử giám hộ)"] * 2
    assert all(t.startswith("23/11/2026") for t in _column(page, COL_TIME))

    _choose(view.kind, "")
    _choose(view.period, "custom")
    assert view.date_from.isVisible() and view.date_to.isVisible()
    view.date_from.setDate(view.date_from.date().fromString("20/11/2026", "dd/MM/yyyy"))
    view.date_to.setDate(view.date_to.date().fromString("20/11/2026", "dd/MM/yyyy"))
    wait_idle()
    assert page.model.rowCount() == count_audit(made, AuditQuery(date_to=date(2026, 11, 20))) < everything

    _choose(view.period, "all")
    type_text(view.search, "giam ho")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    assert set(_column(page, COL_ACTION)) == {"Thêm", "Sửa"}
    view.search.clear()
    type_text(view.search, "không có bản ghi này")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)
    assert view.detail.rowCount() == 0 and view.count.text() == "0 mục nhật ký"


def test_scrolling_down_reads_the_next_pages(qtbot, session, made, wait_idle) -> None:  # noqa: ANN001
    assert create_audit_page(session).page_size == PAGE_SIZE == 200
    page = _page(qtbot, session, wait_idle, page_size=4, table_height=100)  # about two rows on screen
    total = count_audit(made, AuditQuery())
    assert page.model.rowCount() == 4
    assert page.view.count.text() == f"Đang hiện 4 trên {total} mục nhật ký (cuộn xuống để xem thêm)"
    loaded = [4]
    while loaded[-1] < total and len(loaded) <= total:
        page.view.table.scrollToBottom()
        wait_idle()
        loaded.append(page.model.rowCount())
    assert loaded == list(range(4, total, 4)) + [total]  # one page per scroll to the end
    assert [e.id for e in (page.model.entry_at(r) for r in range(total))] == [
        e.id for e in list_audit(made, AuditQuery(), 0, total)]
    assert page.view.count.text() == f"{total} mục nhật ký"


def test_model_contract_while_paging(qtbot, made: ServiceContext) -> None:  # noqa: ANN001
    model = AuditTableModel(page_size=3)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)  # noqa: F841
    asked: list[int] = []
    model.more_wanted.connect(asked.append)
    q = AuditQuery()
    model.set_entries(list_audit(made, q, 0, 3))
    if not asked:  # the tester itself may already have asked, as a view would
        model.fetchMore()
    assert asked == [3] and not model.canFetchMore()  # one question at a time
    assert model.append_entries(0, list_audit(made, q, 0, 3)) is False  # an answer to an older question
    while asked:  # answer as the runner would, after the question (the tester asks again after each page)
        offset = asked.pop(0)
        assert model.append_entries(offset, list_audit(made, q, offset, 3)) is True
        if model.canFetchMore():
            model.fetchMore()
    assert model.rowCount() == count_audit(made, q)
    assert model.data(model.index(0, COL_ACTOR), Qt.ItemDataRole.DisplayRole) == "Trần Văn Bình (binh)"
    model.set_entries(list_audit(made, q, 0, 3))
    model.fetchMore()
    model.fetch_failed()
    assert model.rowCount() == 3 and not model.canFetchMore()


def test_ctrl_f_focuses_search(qtbot, session, wait_idle) -> None:  # noqa: ANN001
    page = _page(qtbot, session, wait_idle)
    page.view.activateWindow()
    qtbot.waitUntil(page.view.isActiveWindow, timeout=5_000)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.view.search.hasFocus()


def test_numbers_shown_as_typed_in_the_locale(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from desktop.ui.models.audit_labels import value_text

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        shown = [value_text("procedures", "statutory_days", v) for v in (2.0, 2.5, 1250000.0, 0.85)]
    finally:
        QLocale.setDefault(before)
    assert shown == ["2", "2,5", "1250000", "0,85"]  # never 2,0 nor 1,25e+06
