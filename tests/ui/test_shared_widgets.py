"""The pieces the pages and forms share: the record table model, the day field, coded combos, the search box, the
removal question, and the form dialog's starting field and tab order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget

from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.models.record_table import RIGHT_ALIGNED, RecordTableModel
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.inputs import DayEdit, code_combo, parse_day, search_box, when_typing_pauses

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@dataclass(frozen=True)
class _Thing:
    id: str
    name: str
    count: int


class _ThingModel(RecordTableModel):
    CONTEXT = "ThingModel"
    HEADERS = (QT_TRANSLATE_NOOP("ThingModel", "Tên"), QT_TRANSLATE_NOOP("ThingModel", "Số lượng"))
    HEADER_TIPS = {1: QT_TRANSLATE_NOOP("ThingModel", "Đếm tại kho")}
    NUMERIC = frozenset({1})

    def display(self, record: _Thing, column: int) -> str:
        return record.name if column == 0 else str(record.count)

    def decorate(self, record: _Thing, column: int, role: int) -> object:
        return record.name if role == Qt.ItemDataRole.ToolTipRole and column == 0 else None


def test_record_model_shows_rows_and_finds_them(qapp) -> None:  # noqa: ANN001
    model = _ThingModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_rows([_Thing("a", "Bàn", 3), _Thing("b", "Ghế", 12)])
    QAbstractItemModelTester(model, FATAL)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert [model.index(1, c).data() for c in range(2)] == ["Ghế", "12"]
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == _Thing("b", "Ghế", 12)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT_ALIGNED
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Bàn"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Số lượng"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Đếm tại kho"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert (model.row_of("b"), model.row_of("z")) == (1, -1)
    assert model.row_at(0).name == "Bàn" and model.row_at(2) is None


@pytest.mark.parametrize(("typed", "read"), [
    ("05/02/2027", date(2027, 2, 5)), ("5-2-2027", date(2027, 2, 5)), (" 5.2.2027 ", date(2027, 2, 5)),
    ("", None), ("   ", None), ("31/02/2027", "31/02/2027"), ("mai", "mai"), ("5/2/27", "5/2/27"),
])
def test_a_typed_day_is_a_date_or_handed_on_as_typed(typed: str, read: object) -> None:
    assert parse_day(typed) == read


def test_day_edit_shows_and_reads_a_day(qapp) -> None:  # noqa: ANN001
    edit = DayEdit(date(2026, 3, 9))
    assert edit.text() == "09/03/2026" and edit.value() == date(2026, 3, 9)
    assert DayEdit().value() is None


def test_code_combo_lists_labels_and_keeps_codes(qapp) -> None:  # noqa: ANN001
    combo = code_combo(labels.EQUIPMENT_STATUS, "broken")
    assert combo.currentData() == "broken"
    assert combo.currentText() == labels.label(labels.EQUIPMENT_STATUS, "broken")
    assert combo.count() == len(labels.choices(labels.EQUIPMENT_STATUS))
    assert code_combo(labels.EQUIPMENT_STATUS, "no such code").currentIndex() == 0


def test_ctrl_f_focuses_the_search_and_typing_pauses_before_asking(qtbot) -> None:  # noqa: ANN001
    page = QWidget()
    qtbot.addWidget(page)
    other = QLineEdit(page)
    search = search_box(page, "Tìm")
    search.setParent(page)
    asked: list[str] = []
    timer = when_typing_pauses(search, lambda: asked.append(search.text()), delay_ms=50)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus() and search.isClearButtonEnabled() and search.placeholderText() == "Tìm"
    qtbot.keyClicks(search, "abc")
    assert asked == [] and timer.isActive()
    qtbot.waitUntil(lambda: asked == ["abc"], timeout=2000)  # once, for the whole word


@pytest.mark.parametrize("yes", [True, False])
def test_the_removal_question_defaults_to_keeping(qtbot, yes: bool) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[bool] = []
    box = confirm_box(parent, "Xóa", "Xóa thiết bị?", "Xóa", lambda: done.append(True))
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.No).text() == "Không xóa"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Xóa"
    box.open()
    box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()
    assert done == ([True] if yes else [])


class _ThreeFields(FormDialog):
    def __init__(self) -> None:
        super().__init__("Ba ô")
        self.first = self.add_field("first", "Một", QLineEdit())
        self.second = self.add_field("second", "Hai", QComboBox())
        self.third = self.add_field("third", "Ba", QLineEdit())

    def save(self) -> object:
        return None


def test_form_starts_in_its_first_field_and_tabs_through_the_fields_then_the_buttons(qtbot) -> None:  # noqa: ANN001
    dialog = _ThreeFields()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is dialog.first
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert seen == [dialog.second, dialog.third, dialog.save_button, cancel, dialog.first]
