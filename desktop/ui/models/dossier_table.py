"""The dossier list as a paged Qt table model: one row per DossierInfo, each page read off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierPage, DossierQuery, count_dossiers, read_page
from desktop.services.dossier_views import progress_of
from desktop.services.dto import ClosedChange, DossierInfo
from desktop.ui import labels
from desktop.ui.models.record_table import RecordTableBase
from desktop.ui.ops import OpRunner

_CONTEXT = "DossierTableModel"

COL_CODE = 0
COL_RECEIVED = 1
COL_APPLICANT = 2
COL_ID_NUMBER = 3  # masked: the full number is shown only in the dossier's own window
COL_PROCEDURE = 4
COL_FIELD = 5
COL_CHANNEL = 6
COL_DUE = 7
COL_STATUS = 8
COL_PROGRESS = 9  # early / on time / late once settled; overdue / due soon / within while open
COLUMN_COUNT = 10

_DUE_SOON_TIP = QT_TRANSLATE_NOOP("DossierTableModel", "Sắp đến hạn: hẹn trả {day}")
_OVERDUE_TIP = QT_TRANSLATE_NOOP("DossierTableModel", "Quá hạn: hẹn trả {day}")
_PHONE_TIP = QT_TRANSLATE_NOOP("DossierTableModel", "Điện thoại: {phone}")

_CUT_COLUMNS = (COL_FIELD, COL_CHANNEL, COL_STATUS)
# Counting stops past this many matches: a common name on a million dossiers has tens of thousands, and the officer
# needs "more than 1,000" at once, not the exact figure a second later.
COUNT_CAP = 1000
FLAG_OVERDUE, FLAG_DUE_SOON = "overdue", "due_soon"
OVERDUE_BACKGROUND = QColor(253, 220, 220)
DUE_SOON_BACKGROUND = QColor(255, 236, 179)
# Flagged rows keep dark text even under a dark palette, where the light backgrounds would hide light text.
FLAGGED_FOREGROUND = QColor(33, 33, 33)
_FLAGGED_ROLES = frozenset({Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                            Qt.ItemDataRole.ToolTipRole})


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _moment(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


class DossierTableModel(RecordTableBase):
    """Dossiers matching a DossierQuery, newest first. `set_query` loads page one through the runner, then counts
    the matches; `fetchMore` loads the following pages the same way. Rows are only ever added here, on the GUI
    thread. The page comes before the count because on a million dossiers the count alone takes about a second.

    A result that arrives for a query the officer has already replaced (typing on) is dropped, and a read still
    waiting in the runner's queue for such a query is skipped. The rows on screen stay until the new ones come.
    """

    CONTEXT = _CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("DossierTableModel", "Mã hồ sơ"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Ngày nhận"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Người nộp"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Số CCCD"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Thủ tục"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Lĩnh vực"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Kênh"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Hẹn trả"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Tiến độ"),
    )
    KEY = "code"
    loaded = Signal(object)  # the DossierQuery now shown, once its first page is in
    counted = Signal(int)  # how many dossiers match it (at most count_cap + 1: see total_capped), a moment later
    load_failed = Signal(object)  # the exception

    def __init__(self, ctx: ServiceContext, runner: OpRunner, page_size: int = 100,
                 parent: QObject | None = None, count_cap: int = COUNT_CAP) -> None:
        super().__init__(parent)
        if page_size < 1 or count_cap < 1:
            raise ValueError("page_size and count_cap must be at least 1")
        self.count_cap = count_cap
        self._ctx = ctx
        self._runner = runner
        self._page_size = page_size
        self._query: DossierQuery | None = None
        self._total: int | None = None
        self._soon_by: date | None = None
        self._closed: dict[str, tuple[ClosedChange, ...]] = {}  # rows changed after a closed period, by id
        self._more = False
        self._generation = 0  # bumped by every set_query; a result tagged with an older one is stale
        self._loading = False
        self._fetching = False

    @property
    def query(self) -> DossierQuery | None:
        """The query whose rows are shown (a newer one may still be loading)."""
        return self._query

    @property
    def total(self) -> int | None:
        """How many dossiers match the shown query, or None while they are being counted; past `count_cap` the
        counting stopped and this is count_cap + 1 (see total_capped)."""
        return self._total

    @property
    def total_capped(self) -> bool:
        """True when more than `count_cap` dossiers match: `total` is then only "more than count_cap"."""
        return self._total is not None and self._total > self.count_cap

    @property
    def loading(self) -> bool:
        return self._loading or self._fetching

    def set_query(self, query: DossierQuery) -> None:
        """Ask for `query` (its own limit and offset are ignored); the model resets when its first page arrives."""
        self._generation += 1
        generation = self._generation
        self._loading, self._fetching = True, False
        first = replace(query, limit=self._page_size, offset=0)
        full: list[bool] = []  # set on the worker by the page's read, before the count reads it there

        def read_first() -> DossierPage:
            page = read_page(self._ctx, first)
            full.append(len(page.rows) == self._page_size)
            return page

        def count() -> int | None:  # a short page (or a failed read) is its own count: no statement
            return count_dossiers(self._ctx, query, at_most=cap) if full == [True] else None

        cap = self.count_cap
        self._runner.run(self._reader(generation, read_first),
                         lambda page: self._on_first_page(generation, query, page),
                         lambda exc: self._on_failed(generation, exc))
        # Queued at once behind the page, so the worker counts while the GUI thread lays the rows out; the one
        # worker runs and reports them in order, so the rows are always shown first.
        self._runner.run(self._reader(generation, count), lambda total: self._on_counted(generation, total),
                         lambda exc: self._on_failed(generation, exc))

    def dossier_at(self, row: int) -> DossierInfo:
        return self._rows[row]

    def row_of(self, code: object) -> int | None:  # type: ignore[override]  # None: the dossier page tests for it
        row = super().row_of(code)
        return None if row < 0 else row

    def flag_of(self, info: DossierInfo) -> str | None:
        """FLAG_OVERDUE, FLAG_DUE_SOON (due today or by the next working day) or None."""
        state = progress_of(info, self._soon_by)
        return state if state in (FLAG_OVERDUE, FLAG_DUE_SOON) else None

    # -- loading --------------------------------------------------------------------------------------------------

    def _reader(self, generation: int, read: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:  # on the worker thread: reads, never touches Qt objects
            if generation != self._generation:  # a newer query is queued behind this one: do not read for nothing
                return None
            return read()
        return run

    def _on_first_page(self, generation: int, query: DossierQuery, page: DossierPage | None) -> None:
        if generation != self._generation or page is None:
            return
        # `_loading` stays set while the reset is announced: listeners (QAbstractItemModelTester among them) may
        # call fetchMore from their slots, and a page asked for then would be read at the wrong offset.
        self.beginResetModel()
        self._query = query
        self._sort_keys.clear()  # the records of the previous query are gone
        self._rows = self.sorted_rows(page.rows, cached=True)
        self._soon_by = page.due_soon_by
        self._closed = dict(page.closed_changes)
        # A short page means the query is exhausted; a full one may be followed by an empty page, which is fine.
        self._more = len(page.rows) == self._page_size
        self._total = None if self._more else len(page.rows)  # a short page needs no counting
        self.endResetModel()
        self._loading = False
        self.loaded.emit(query)
        if self._total is not None:  # otherwise the count queued with the page arrives next
            self.counted.emit(self._total)

    def _on_counted(self, generation: int, total: int | None) -> None:
        if generation != self._generation or total is None:
            return
        self._total = total
        self.counted.emit(total)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = self._fetching = False
        self._more = False  # no retry loop from a scrolling view; the next set_query starts afresh
        self.load_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return (not parent.isValid() and self._query is not None and self._more
                and not self._loading and not self._fetching)

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        assert self._query is not None
        self._fetching = True
        generation = self._generation
        query = replace(self._query, limit=self._page_size, offset=len(self._rows))
        self._runner.run(self._reader(generation, lambda: read_page(self._ctx, query)),
                         lambda page: self._on_next_page(generation, page),
                         lambda exc: self._on_failed(generation, exc))

    def _on_next_page(self, generation: int, page: DossierPage | None) -> None:
        if generation != self._generation or page is None:
            return
        self._soon_by = page.due_soon_by
        self._closed.update(page.closed_changes)
        self._more = len(page.rows) == self._page_size
        if page.rows:  # still `_fetching` while announcing, for the same reason as in _on_first_page
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
            self._resort()  # a header click sorts the loaded pages; a new page joins that order
        self._fetching = False

    # -- table ----------------------------------------------------------------------------------------------------

    def display(self, info: DossierInfo, column: int) -> str | None:
        if column == COL_PROGRESS:
            return self._progress(info)
        shown = _CELL_TEXT.get(column)
        return shown(info) if shown is not None else None

    def decorate(self, record: DossierInfo, column: int, role: int) -> Any:
        if role not in _FLAGGED_ROLES:  # Qt asks a dozen roles a cell; the row's flag is needed for three
            return None
        flag = self.flag_of(record)
        if role == Qt.ItemDataRole.BackgroundRole and flag is not None:
            return OVERDUE_BACKGROUND if flag == FLAG_OVERDUE else DUE_SOON_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and flag is not None:
            return FLAGGED_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, flag, column)
        return None

    def closed_changes(self, info: DossierInfo) -> tuple[ClosedChange, ...]:
        """The closed periods this row changed after (its badge), none for most rows."""
        return self._closed.get(info.id, ())

    def _progress(self, info: DossierInfo) -> str:
        state = progress_of(info, self._soon_by)
        shown = labels.label(labels.OUTCOME, state) if state else ""
        if self.closed_changes(info):
            badge = QCoreApplication.translate(labels.CONTEXT, labels.CLOSED_BADGE)
            return f"{shown} · {badge}" if shown else badge
        return shown

    def _tooltip(self, info: DossierInfo, flag: str | None, column: int) -> str | None:
        parts: list[str] = []
        if column == COL_PROCEDURE:
            parts.append(f"{info.procedure_name} ({info.procedure_code}) — {info.field_name}")
        elif column == COL_APPLICANT and info.phone_masked:
            parts.append(_tr(_PHONE_TIP).format(phone=info.phone_masked))  # masked, like the CCCD
        elif column in _CUT_COLUMNS:
            parts.append(_CELL_TEXT[column](info))  # the page may cut long labels to keep every column in view
        if flag is not None:
            parts.append(_tr(_OVERDUE_TIP if flag == FLAG_OVERDUE else _DUE_SOON_TIP).format(day=_day(info.due_date)))
        if column in (COL_CODE, COL_PROGRESS) and self.closed_changes(info):
            parts.append(labels.closed_note(self.closed_changes(info)))
        return "\n".join(parts) or None


_CELL_TEXT: dict[int, Callable[[DossierInfo], str]] = {
    COL_CODE: lambda info: info.code,
    COL_RECEIVED: lambda info: _moment(info.received_at),
    COL_APPLICANT: lambda info: info.applicant_name,
    COL_ID_NUMBER: lambda info: info.id_number_masked,
    COL_PROCEDURE: lambda info: info.procedure_name,
    COL_FIELD: lambda info: info.field_name,
    COL_CHANNEL: lambda info: labels.label(labels.CHANNEL, info.channel),
    COL_DUE: lambda info: _day(info.due_date),
    COL_STATUS: lambda info: labels.label(labels.STATUS, info.status),
}
