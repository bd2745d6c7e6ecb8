"""A click on a column header sorts the list a page shows: names in Vietnamese dictionary order, dates as dates,
numbers as numbers, and the second click turns the order round; the selected record stays selected."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from desktop.services import catalogue, dossiers
from desktop.services.dossiers import DossierInput
from desktop.ui.models.catalogue_table import COL_DAYS, COL_NAME
from desktop.ui.models.cell_order import cell_sort_key
from desktop.ui.models.dossier_table import COL_APPLICANT, COL_RECEIVED
from desktop.ui.pages.catalogue_page import create_catalogue_page
from desktop.ui.pages.dossier_page import create_dossier_page
from desktop.ui.widgets.record_table_view import select_row

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard", extend=True)


def _click_header(qtbot, table: QTableView, column: int) -> None:  # noqa: ANN001
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _column(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_cell_order_reads_dates_numbers_and_vietnamese_words() -> None:
    assert sorted(["31/12/2025", "02/01/2026", "01/01/2026 08:00"], key=cell_sort_key) == \
        ["31/12/2025", "01/01/2026 08:00", "02/01/2026"]
    assert sorted(["1.500.000", "20.000", "3"], key=lambda t: cell_sort_key(t, numeric=True)) == \
        ["3", "20.000", "1.500.000"]
    assert sorted(["Yên", "Đặng", "Dương", "An", ""], key=cell_sort_key) == ["An", "Dương", "Đặng", "Yên", ""]


def test_catalogue_header_click_sorts_and_keeps_the_selection(qtbot, shown_page, ctx) -> None:  # noqa: ANN001
    catalogue.add_procedure(ctx, "2.000001", "Đăng ký kết hôn", "Hộ tịch", 5)
    catalogue.add_procedure(ctx, "2.000002", "Chứng thực bản sao", "Chứng thực", 1)
    page = shown_page(create_catalogue_page)
    table = page.view.table
    assert table.horizontalHeader().sortIndicatorSection() == -1  # nothing chosen: the page's own order
    select_row(table, page.model.row_of("1.009994"))
    _click_header(qtbot, table, COL_NAME)
    names = _column(table, COL_NAME)
    # Dictionary order (â before h, ê before h; "Đ" after "C"); code points would put "Đ" after every Latin letter.
    assert names == ["Cấp giấy phép xây dựng nhà ở riêng lẻ", "Chứng thực bản sao", "Đăng ký kết hôn",
                     "Đăng ký khai sinh"]
    assert page.model.procedure_at(table.currentIndex().row()).code == "1.009994"  # the selection followed
    _click_header(qtbot, table, COL_NAME)
    assert _column(table, COL_NAME) == list(reversed(names))
    _click_header(qtbot, table, COL_DAYS)
    days = [int(text) for text in _column(table, COL_DAYS) if text and text.isdigit()]
    assert days == sorted(days)


def test_dossier_list_sorts_its_loaded_rows_by_date_and_name(qtbot, shown_page, ctx, wait_idle) -> None:  # noqa: ANN001
    rows = [("Trần Thị Lan", datetime(2026, 11, 19, 9)), ("Đặng Văn Sơn", datetime(2025, 12, 31, 9)),
            ("Ân Văn Bình", datetime(2026, 1, 2, 9))]
    for name, at in rows:
        dossiers.register_dossier(ctx, DossierInput("1.001193", name, "direct", received_at=at))
    page = shown_page(create_dossier_page)
    table = page.view.table
    assert _column(table, COL_APPLICANT) == ["Trần Thị Lan", "Ân Văn Bình", "Đặng Văn Sơn"]  # newest first
    _click_header(qtbot, table, COL_RECEIVED)
    assert _column(table, COL_APPLICANT) == ["Đặng Văn Sơn", "Ân Văn Bình", "Trần Thị Lan"]  # 2025 before 2026
    _click_header(qtbot, table, COL_APPLICANT)
    assert _column(table, COL_APPLICANT) == ["Ân Văn Bình", "Đặng Văn Sơn", "Trần Thị Lan"]
    page.view.search.setText("van")  # a new search keeps the chosen order
    wait_idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    assert _column(table, COL_APPLICANT) == ["Ân Văn Bình", "Đặng Văn Sơn"]
