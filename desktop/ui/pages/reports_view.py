"""The Báo cáo page's widgets: which paper and period, the officer's comments, the buttons, the PDF preview, and
the "Số liệu" tab with the Biểu 06 figures (its table model lives here too).

It calls no service: it shows the frozen records the controller (reports_page.py) hands it, the period's Biểu 06a
rows and the paper's sign-off state."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.form06 import Form06Row as DossierRow
from desktop.domain.periods import period_key as period_key_of
from desktop.domain.text import vi_sort_key
from desktop.services.report_signoff import ReportState
from desktop.services.statistics import DossierStats
from desktop.ui.widgets.pdf_preview import PdfPreview

# The papers on offer, in the order of the kind combo.
MONTH, QUARTER, YEAR, INVENTORY, ATTENDANCE = "month", "quarter", "year", "inventory", "attendance"
PERIOD_KINDS = (MONTH, QUARTER, YEAR)
KIND_TITLES = (
    (MONTH, QT_TRANSLATE_NOOP("ReportsPageView", "Báo cáo tháng")),
    (QUARTER, QT_TRANSLATE_NOOP("ReportsPageView", "Báo cáo quý")),
    (YEAR, QT_TRANSLATE_NOOP("ReportsPageView", "Báo cáo năm")),
    (INVENTORY, QT_TRANSLATE_NOOP("ReportsPageView", "Danh sách kiểm kê thiết bị")),
    (ATTENDANCE, QT_TRANSLATE_NOOP("ReportsPageView", "Danh sách điểm danh khóa đào tạo")),
)
MONTHS_OFFERED, QUARTERS_OFFERED, YEARS_OFFERED = 24, 8, 3
_ROMAN = ("I", "II", "III", "IV")

# Biểu 06 columns (3)–(14) and the two rates, after the field name: (DossierRow attribute, header, tooltip).
COL_FIELD = 0
FORM06_COLUMNS = (
    ("received_total", QT_TRANSLATE_NOOP("Form06Model", "Tổng số tiếp nhận"),
     QT_TRANSLATE_NOOP("Form06Model", "(3) Số hồ sơ nhận giải quyết: mới trong kỳ và từ kỳ trước chuyển qua")),
    ("received_online", QT_TRANSLATE_NOOP("Form06Model", "Trực tuyến"),
     QT_TRANSLATE_NOOP("Form06Model", "(4) Tiếp nhận mới trong kỳ qua dịch vụ công trực tuyến")),
    ("received_direct_postal", QT_TRANSLATE_NOOP("Form06Model", "Trực tiếp, bưu chính"),
     QT_TRANSLATE_NOOP("Form06Model", "(5) Tiếp nhận mới trong kỳ trực tiếp hoặc qua bưu chính công ích")),
    ("carried_over", QT_TRANSLATE_NOOP("Form06Model", "Kỳ trước chuyển qua"),
     QT_TRANSLATE_NOOP("Form06Model", "(6) Hồ sơ từ kỳ trước chuyển sang")),
    ("resolved_total", QT_TRANSLATE_NOOP("Form06Model", "Đã giải quyết"),
     QT_TRANSLATE_NOOP("Form06Model", "(7) Số hồ sơ đã giải quyết trong kỳ")),
    ("resolved_early", QT_TRANSLATE_NOOP("Form06Model", "Trả trước hạn"),
     QT_TRANSLATE_NOOP("Form06Model", "(8) Đã giải quyết, trả trước ngày hẹn")),
    ("resolved_on_time", QT_TRANSLATE_NOOP("Form06Model", "Trả đúng hạn"),
     QT_TRANSLATE_NOOP("Form06Model", "(9) Đã giải quyết, trả đúng ngày hẹn")),
    ("resolved_late", QT_TRANSLATE_NOOP("Form06Model", "Trả quá hạn"),
     QT_TRANSLATE_NOOP("Form06Model", "(10) Đã giải quyết, trả sau ngày hẹn")),
    ("in_progress_total", QT_TRANSLATE_NOOP("Form06Model", "Đang giải quyết"),
     QT_TRANSLATE_NOOP("Form06Model", "(11) Số hồ sơ đang giải quyết cuối kỳ")),
    ("in_progress_within", QT_TRANSLATE_NOOP("Form06Model", "Chưa đến hạn"),
     QT_TRANSLATE_NOOP("Form06Model", "(12) Đang giải quyết, chưa đến ngày hẹn")),
    ("in_progress_overdue", QT_TRANSLATE_NOOP("Form06Model", "Đang quá hạn"),
     QT_TRANSLATE_NOOP("Form06Model", "(13) Đang giải quyết, đã quá ngày hẹn")),
    ("closed_without_result", QT_TRANSLATE_NOOP("Form06Model", "Rút, từ chối, dừng xử lý"),
     QT_TRANSLATE_NOOP("Form06Model", "(14) Công dân rút hồ sơ, từ chối tiếp nhận hoặc dừng xử lý")),
    ("on_time_rate", QT_TRANSLATE_NOOP("Form06Model", "Tỷ lệ đúng hạn"),
     QT_TRANSLATE_NOOP("Form06Model", "(8 + 9) / 7")),
    ("online_rate", QT_TRANSLATE_NOOP("Form06Model", "Tỷ lệ trực tuyến"),
     QT_TRANSLATE_NOOP("Form06Model", "4 / (4 + 5)")),
)
NUMBER_COLUMN_WIDTH = 66  # 14 figures and a readable field name fit the page on a 1366-pixel screen


def recent_months(today: date, count: int = MONTHS_OFFERED) -> list[tuple[int, int]]:
    """(year, month) from this month back, newest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def recent_quarters(today: date, count: int = QUARTERS_OFFERED) -> list[tuple[int, int]]:
    year, quarter = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(count):
        out.append((year, quarter))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return out


def roman(quarter: int) -> str:
    return _ROMAN[quarter - 1]


def _figure(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value * 100:.1f} %".replace(".", ",")
    return f"{value:,}".replace(",", ".")


class Form06Model(QAbstractTableModel):
    """One row per field in Vietnamese alphabetical order, then the total (bold): a few dozen rows at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DossierRow] = []
        self._total: DossierRow | None = None

    def set_stats(self, stats: DossierStats | None) -> None:
        self.beginResetModel()
        self._rows = sorted(stats.by_field, key=lambda r: vi_sort_key(r.field)) if stats else []
        self._total = stats.total if stats else None
        self.endResetModel()

    def row_at(self, row: int) -> DossierRow:
        return self._total if row == len(self._rows) else self._rows[row]  # type: ignore[return-value]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._total is None:
            return 0
        return len(self._rows) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(FORM06_COLUMNS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(FORM06_COLUMNS):
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_FIELD:
                return self.tr("Lĩnh vực")
            return QCoreApplication.translate("Form06Model", FORM06_COLUMNS[section - 1][1])
        if role == Qt.ItemDataRole.ToolTipRole and section != COL_FIELD:
            return QCoreApplication.translate("Form06Model", FORM06_COLUMNS[section - 1][2])
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = self.row_at(index.row()), index.column()
        is_total = index.row() == len(self._rows)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_FIELD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == COL_FIELD:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.tr("Tổng cộng") if is_total else row.field
            return None
        value = getattr(row, FORM06_COLUMNS[column - 1][0])
        if role == Qt.ItemDataRole.DisplayRole:
            return _figure(value)
        return value if role == Qt.ItemDataRole.UserRole else None


class ReportsPageView(QWidget):
    """Lays out the widgets. `hidden` fires when the page leaves the screen (the draft is saved then)."""

    hidden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, title in KIND_TITLES:
            self.kind.addItem(QCoreApplication.translate("ReportsPageView", title), kind)
        self.period_label = QLabel(self.tr("Kỳ báo cáo"))
        self.period = QComboBox()
        self.period.setMinimumContentsLength(16)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_label.setBuddy(self.period)
        self.include_retired = QCheckBox(self.tr("Kể cả thiết bị đã thanh lý"))
        self.state = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._report_tab(), self.tr("Báo cáo"))
        self.tabs.addTab(self._stats_tab(), self.tr("Số liệu"))
        top = QHBoxLayout()
        kind_label = QLabel(self.tr("Loại báo cáo"))
        kind_label.setBuddy(self.kind)
        for widget in (kind_label, self.kind, self.period_label, self.period, self.include_retired):
            top.addWidget(widget)
        top.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        chain = (self.kind, self.period, self.include_retired, self.number, self.comments, self.preview_button,
                 self.print_button, self.save_pdf_button, self.xlsx_button, self.sign_button, self.reopen_button,
                 self.preview.view)
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _report_tab(self) -> QWidget:
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("vd. 05 — để trống khi chưa cấp số"))
        self.number.setMaxLength(32)
        self.comments_label = QLabel(self.tr("Nhận xét, đề xuất, kiến nghị (mục 4 của báo cáo)"))
        self.comments_label.setWordWrap(True)
        self.comments = QPlainTextEdit()
        self.comments.setTabChangesFocus(True)  # keyboard-first: Tab leaves the box, Enter starts a new paragraph
        self.comments.setPlaceholderText(self.tr("Mỗi ý một đoạn. Nội dung được lưu nháp tự động theo từng kỳ."))
        self.comments_label.setBuddy(self.comments)
        self.draft_state = QLabel()
        self.draft_state.setStyleSheet("color: #555;")
        self.signoff_state = QLabel()
        self.signoff_state.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.preview_button.setToolTip(self.tr("Tạo bản PDF và xem trước (F5)"))
        self.preview_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setToolTip(self.tr("Chọn máy in và in báo cáo (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_pdf_button = QPushButton(self.tr("Lưu PDF…"))
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"))
        self.sign_button = QPushButton(self.tr("Ký duyệt"))
        self.reopen_button = QPushButton(self.tr("Mở lại để sửa"))
        buttons = QGridLayout()
        for i, button in enumerate((self.preview_button, self.print_button, self.save_pdf_button, self.xlsx_button,
                                    self.sign_button, self.reopen_button)):
            buttons.addWidget(button, i // 2, i % 2)
        number_label = QLabel(self.tr("Số văn bản"))
        number_label.setBuddy(self.number)
        side = QVBoxLayout()
        side.addWidget(number_label)
        side.addWidget(self.number)
        side.addWidget(self.comments_label)
        side.addWidget(self.comments, 1)
        side.addWidget(self.draft_state)
        side.addWidget(self.signoff_state)
        side.addLayout(buttons)
        self.reconcile_button = QPushButton(self.tr("Đối soát với tỉnh…"))  # desktop/ui/dialogs/reconcile_dialog.py
        side.addWidget(self.reconcile_button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(360)
        self.preview = PdfPreview()
        self.preview.set_placeholder(self.tr("Chọn báo cáo và kỳ báo cáo rồi bấm “Xem trước” (F5)."))
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addWidget(panel)
        row.addWidget(self.preview, 1)
        return tab

    def _stats_tab(self) -> QWidget:
        self.stats_note = QLabel()
        self.stats_note.setWordWrap(True)
        self.table = QTableView()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setHighlightSections(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.stats_note)
        layout.addWidget(self.table, 1)
        return tab

    # -- what the controller shows ----------------------------------------------------------------------------------

    def fill_periods(self, choices: list[tuple[str, str]]) -> None:
        """Offer these (label, key) choices, keeping the one chosen when it is still there; fires no change."""
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for text, key in choices:
            self.period.addItem(text, key)
        self.period.setCurrentIndex(max(0, self.period.findData(current)))
        self.period.blockSignals(False)

    def period_choices(self, kind: str, today: date) -> list[tuple[str, str]]:
        """The months, quarters or years on offer, newest first, with their period keys."""
        if kind == MONTH:
            return [(self.tr("Tháng {month:02d}/{year}").format(month=m, year=y), period_key_of(MONTH, y, m))
                    for y, m in recent_months(today)]
        if kind == QUARTER:
            return [(self.tr("Quý {q}/{year}").format(q=roman(q), year=y), period_key_of(QUARTER, y, q))
                    for y, q in recent_quarters(today)]
        years = range(today.year, today.year - YEARS_OFFERED, -1)
        return [(self.tr("Năm {year}").format(year=y), period_key_of(YEAR, y)) for y in years]

    def show_kind(self, kind: str) -> None:
        """Only a period report has comments, a sign-off, a workbook and Biểu 06 figures."""
        periodic = kind in PERIOD_KINDS
        self.period_label.setText(self.tr("Khóa đào tạo") if kind == ATTENDANCE else self.tr("Kỳ báo cáo"))
        self.period_label.setVisible(kind != INVENTORY)
        self.period.setVisible(kind != INVENTORY)
        self.include_retired.setVisible(kind == INVENTORY)
        for widget in (self.number, self.comments, self.comments_label, self.draft_state, self.signoff_state,
                       self.sign_button, self.reopen_button, self.xlsx_button):
            widget.setEnabled(periodic)
        self.xlsx_button.setToolTip("" if periodic else self.tr("Bảng Excel chỉ có cho báo cáo tháng, quý, năm."))
        self.tabs.setTabEnabled(1, periodic)

    def typed(self) -> tuple[str, str]:
        return self.comments.toPlainText(), self.number.text()

    def set_draft(self, comments: str, number: str) -> None:
        """Fill the boxes without it counting as typing; the cursor waits where the text ends."""
        for widget in (self.comments, self.number):
            widget.blockSignals(True)
        self.comments.setPlainText(comments)
        self.comments.moveCursor(QTextCursor.MoveOperation.End)
        self.number.setText(number)
        for widget in (self.comments, self.number):
            widget.blockSignals(False)

    def show_draft_error(self, text: str) -> None:
        self.draft_state.setText(text)
        self.draft_state.setStyleSheet("color: #b00020;")

    def show_signoff(self, state: ReportState | None, can_sign: bool) -> None:
        """The draft's time, who signed and when; a signed report's boxes are read-only until it is reopened."""
        signed = bool(state and state.signed)
        self.comments.setReadOnly(signed or state is None)
        self.number.setReadOnly(signed or state is None)
        self.draft_state.setStyleSheet("color: #555;")
        self.draft_state.setText(self.tr("Bản nháp lưu lúc {time}").format(time=f"{state.saved_at:%H:%M %d/%m/%Y}")
                                 if state and state.saved_at and not signed else "")
        if state and state.signed:
            self.signoff_state.setText(self.tr("Đã ký duyệt bởi {name} lúc {time}").format(
                name=state.signed_by_name, time=f"{state.signed_at:%H:%M %d/%m/%Y}"))
        else:
            self.signoff_state.setText(self.tr("Chưa ký duyệt") if state else "")
        self.signoff_state.setStyleSheet("color: #1b5e20; font-weight: bold;" if signed else "color: #555;")
        self.sign_button.setVisible(not signed)
        self.sign_button.setEnabled(state is not None and can_sign)
        self.sign_button.setToolTip(
            self.tr("Lãnh đạo duyệt báo cáo; sau khi ký, nhận xét không sửa được nữa.") if can_sign else
            self.tr("Chỉ lãnh đạo hoặc quản trị viên được ký duyệt báo cáo; tài khoản của bạn là cán bộ."))
        self.reopen_button.setVisible(signed)
        self.reopen_button.setEnabled(signed and can_sign)

    def size_stats_columns(self) -> None:
        """Fixed widths for the figures, the field name takes the rest; the header grows tall enough that every
        title wraps whole instead of being cut."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model is None:
            return
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, NUMBER_COLUMN_WIDTH)
        header.setMinimumHeight(self.header_height_needed())

    def header_height_needed(self) -> int:
        header = self.table.horizontalHeader()
        model = self.table.model()
        metrics = header.fontMetrics()
        tallest = metrics.height()
        for column in range(1, model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal))
            box = metrics.boundingRect(QRect(0, 0, NUMBER_COLUMN_WIDTH - 12, 2000),
                                       int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
            tallest = max(tallest, box.height())
        return tallest + 14  # the style's section padding

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # a minimised window is not the page being left
            self.hidden.emit()
