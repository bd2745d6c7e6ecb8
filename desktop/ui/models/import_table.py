"""An import preview as a Qt table model: one line per row the file will add, update or leave alone and one per error
found in it, in the file's row order, with an errors-only filter; and the preview's texts in the UI language.

A file may hold 50,000 rows, so the lines are built by `lines_of` (pure Python, safe on the worker thread) and handed
over whole; the texts are made only for the rows on screen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop.imports import KINDS, ImportPreview, RowError
from desktop.imports.preview import RowChange
from desktop.ui.i18n import current_language
from desktop.ui.models.record_table import RecordTableModel

_CONTEXT = "ImportTableModel"

COL_ROW = 0
COL_ACTION = 1
COL_RECORD = 2
COL_COLUMN = 3
COL_DETAIL = 4
COLUMN_COUNT = 5

ERROR = "error"  # the action of an error line; the others are the engine's new | updated | unchanged

_HEADERS: dict[int, str] = {
    COL_ROW: QT_TRANSLATE_NOOP("ImportTableModel", "Dòng"),
    COL_ACTION: QT_TRANSLATE_NOOP("ImportTableModel", "Kết quả"),
    COL_RECORD: QT_TRANSLATE_NOOP("ImportTableModel", "Bản ghi"),
    COL_COLUMN: QT_TRANSLATE_NOOP("ImportTableModel", "Cột"),
    COL_DETAIL: QT_TRANSLATE_NOOP("ImportTableModel", "Chi tiết"),
}
_HEADER_TIPS: dict[int, str] = {
    COL_ROW: QT_TRANSLATE_NOOP("ImportTableModel", "Số dòng trong tệp, như Excel đánh số"),
    COL_RECORD: QT_TRANSLATE_NOOP("ImportTableModel", "Mã, mã tài sản hoặc họ tên của bản ghi trong tệp"),
}
_ACTIONS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("ImportTableModel", "Thêm mới"),
    "updated": QT_TRANSLATE_NOOP("ImportTableModel", "Cập nhật"),
    "unchanged": QT_TRANSLATE_NOOP("ImportTableModel", "Không đổi"),
    ERROR: QT_TRANSLATE_NOOP("ImportTableModel", "Lỗi"),
}
_CHANGED = QT_TRANSLATE_NOOP("ImportTableModel", "Thay đổi: {fields}")
_LINKED_OFFICER = QT_TRANSLATE_NOOP("ImportTableModel", "Cán bộ liên kết")
_LINE = QT_TRANSLATE_NOOP("ImportTableModel", "Dòng {row}: {action} {record}. {detail}")
_COURSE_NOTE = QT_TRANSLATE_NOOP("ImportTableModel", "Khóa «{topic}» ({day}): {state}")
_COURSE_STATES = {"mới": QT_TRANSLATE_NOOP("ImportTableModel", "thêm mới"),
                  "cập nhật": QT_TRANSLATE_NOOP("ImportTableModel", "cập nhật"),
                  "không đổi": QT_TRANSLATE_NOOP("ImportTableModel", "không đổi")}
_FIELD_NOTE = QT_TRANSLATE_NOOP("ImportTableModel", "Sẽ thêm lĩnh vực mới «{name}»")
_UNUSED_NOTE = QT_TRANSLATE_NOOP("ImportTableModel", "Bỏ qua các cột không dùng: {columns}")
# The engine writes its notes as "vi / en" lines; these are the shapes it writes today (a note of another shape is
# shown whole, in both languages).
_COURSE = re.compile(r"^Khóa «(?P<topic>.+)» \((?P<day>[\d/]+)\): (?P<state>mới|cập nhật|không đổi) / \w+$")
_FIELD = re.compile(r"^Sẽ thêm lĩnh vực mới «(?P<name>.+)» / a new field “(?P=name)” will be added$")
_UNUSED = re.compile(r"^Bỏ qua các cột không dùng: (?P<vi>.+) / Unused columns ignored: (?P<en>.+)$")
ERROR_FOREGROUND = QColor(0xB0, 0x00, 0x20)  # the red FieldErrors uses
UNCHANGED_FOREGROUND = QColor(128, 128, 128)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class ImportLine:
    """One line of the preview: a row's planned change, or one error of a row (a row may have several)."""

    row: int
    action: str  # new | updated | unchanged | error
    change: RowChange | None = None
    error: RowError | None = None


def lines_of(preview: ImportPreview) -> list[ImportLine]:
    """Every change and every error of `preview`, by row; a row's errors after its change (a course's error sits on
    its first participant's row)."""
    lines = [ImportLine(c.row, c.action, change=c) for c in preview.changes]
    lines += [ImportLine(e.row, ERROR, error=e) for e in preview.errors]
    lines.sort(key=lambda line: (line.row, line.action == ERROR))  # stable: errors keep the engine's order
    return lines


def note_text(note: str) -> str:
    """One of the preview's "vi / en" notes in the UI language."""
    found = _COURSE.match(note)
    if found:
        return _tr(_COURSE_NOTE).format(topic=found["topic"], day=found["day"],
                                        state=_tr(_COURSE_STATES[found["state"]]))
    found = _FIELD.match(note)
    if found:
        return _tr(_FIELD_NOTE).format(name=found["name"])
    found = _UNUSED.match(note)
    if found:
        return _tr(_UNUSED_NOTE).format(columns=found["en" if current_language() == "en" else "vi"])
    return note


def _column_names(kind: str) -> dict[str, tuple[str, str]]:
    """The kind's column keys → (Vietnamese, English) header, to name the fields an update changes."""
    found = KINDS.get(kind)
    return {c.key: (c.vi, c.en) for c in found.columns} if found is not None else {}


class ImportTableModel(RecordTableModel):
    """The lines of one preview; `set_errors_only` narrows them to the errors without reading the file again."""

    CONTEXT = _CONTEXT
    HEADERS = tuple(_HEADERS[column] for column in range(COLUMN_COUNT))
    HEADER_TIPS = _HEADER_TIPS
    NUMERIC = frozenset({COL_ROW})
    KEY = "row"
    line_at = RecordTableModel.row_at

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ImportLine] = []
        self._errors_only = False
        self._names: dict[str, tuple[str, str]] = {}

    def set_lines(self, kind: str, lines: Sequence[ImportLine]) -> None:
        """Show `lines` (from `lines_of`) of an import of `kind`."""
        self._names = _column_names(kind)
        self._all = list(lines)
        self._show()

    def clear(self) -> None:
        self._all = []
        self._show()

    def set_errors_only(self, errors_only: bool) -> None:
        if errors_only != self._errors_only:
            self._errors_only = errors_only
            self._show()

    @property
    def errors_only(self) -> bool:
        return self._errors_only

    def total(self) -> int:
        """Lines in the preview, whether the filter shows them or not."""
        return len(self._all)

    def _show(self) -> None:
        self.set_rows([line for line in self._all if line.action == ERROR] if self._errors_only else self._all)

    # -- cells ------------------------------------------------------------------------------------------------------

    def _field_name(self, key: str) -> str | None:
        names = self._names.get(key)
        if names is not None:
            return names[1] if current_language() == "en" else names[0]
        return _tr(_LINKED_OFFICER) if key == "officer_id" else None  # attendance links a person to an officer

    def _detail(self, line: ImportLine) -> str:
        if line.error is not None:
            return line.error.message_en if current_language() == "en" else line.error.message_vi
        if line.change is not None and line.change.fields:
            named = [name for name in map(self._field_name, line.change.fields) if name]
            return _tr(_CHANGED).format(fields=", ".join(named)) if named else ""
        return ""

    def line_text(self, line: ImportLine) -> str:
        """The whole of one line, for the caption under the table (an error is cut in its column)."""
        if line.error is not None:
            return line.error.text_en() if current_language() == "en" else line.error.text_vi()
        return _tr(_LINE).format(row=line.row, action=self.display(line, COL_ACTION),
                                 record=self.display(line, COL_RECORD), detail=self._detail(line)).rstrip(". ") + "."

    def display(self, record: ImportLine, column: int) -> str:
        if column == COL_ROW:
            return str(record.row)
        if column == COL_ACTION:
            return _tr(_ACTIONS.get(record.action, record.action))
        if column == COL_RECORD:
            return record.change.key if record.change is not None else ""
        if column == COL_COLUMN:
            error = record.error
            if error is None or not error.column:
                return ""
            return (error.column_en or error.column) if current_language() == "en" else error.column
        return self._detail(record)

    def decorate(self, record: ImportLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.action == ERROR:
                return ERROR_FOREGROUND
            if record.action == "unchanged":
                return UNCHANGED_FOREGROUND
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_RECORD, COL_DETAIL):
            return self.display(record, column) or None  # long messages and names are cut in their column
        return None
