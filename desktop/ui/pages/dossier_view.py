"""The dossier list page's widgets: the search box, the quick filters, the paged table, the buttons under it and
the colour key. The page's behaviour is in `dossier_page`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dossier_queries import (
    PERIOD_ALL,
    PERIOD_CUSTOM,
    PERIOD_LAST_MONTH,
    PERIOD_THIS_MONTH,
    PERIOD_THIS_YEAR,
)
from desktop.ui import labels
from desktop.ui.models.dossier_table import (
    COL_APPLICANT,
    COL_CHANNEL,
    COL_FIELD,
    COL_PROGRESS,
    COL_STATUS,
    DUE_SOON_BACKGROUND,
    OVERDUE_BACKGROUND,
)
from desktop.ui.widgets.inputs import date_picker, search_box
from desktop.ui.widgets.record_table_view import record_table_view

# Quick filters, in combo order; their labels are translated in the view.
QUICK_ALL, QUICK_OPEN, QUICK_OVERDUE, QUICK_DUE_SOON = "all", "open", "overdue", "due_soon"
SETTLED_OUTCOMES = ("early", "on_time", "late")
# The widest a column grows when fitted to its texts, in average characters (see _size_columns).
# Codes, dates and masked numbers have a fixed shape and are never cut.
COLUMN_CHARS = {COL_APPLICANT: 22, COL_FIELD: 14, COL_CHANNEL: 11, COL_STATUS: 16, COL_PROGRESS: 12}


# An export reads every match in one go; past this a spreadsheet is no longer what the officer wants (Excel's own
# limit is 1,048,576 rows) and the report pages are the tool.
EXPORT_MAX = 200_000

def _swatch(color_name: str, text: str) -> QLabel:
    swatch = QLabel(text)
    swatch.setStyleSheet(f"background: {color_name}; color: #212121; padding: 1px 6px; border-radius: 3px;")
    return swatch


# The rows the columns are fitted to: more than a 1366×768 screen shows.
SIZED_ROWS = 30


class DossierPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box(self, self.tr("Tìm theo mã, người nộp, thủ tục (gõ không dấu cũng được) — Ctrl+F"))
        self.new_button = QPushButton(self.tr("Tiếp nhận hồ sơ mới"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.open_button = QPushButton(self.tr("Xem chi tiết"))
        self.open_button.setToolTip(self.tr("Enter hoặc nhấp đúp vào một dòng"))
        self.book_button = QPushButton(self.tr("In sổ theo dõi"))
        self.book_button.setToolTip(self.tr("Sổ theo dõi hồ sơ (mẫu 06) của các ngày tiếp nhận đang lọc; "
                                            "“Mọi thời gian” in năm nay"))
        self.undo_button = QPushButton(self.tr("Hoàn tác bước cuối"))
        self.undo_button.setToolTip(self.tr("Hoàn tác bước xử lý vừa ghi nhầm của hồ sơ đang chọn (Ctrl+Z)"))
        self.quick = self._combo([(self.tr("Tất cả hồ sơ"), QUICK_ALL), (self.tr("Đang giải quyết"), QUICK_OPEN),
                                  (self.tr("Quá hạn"), QUICK_OVERDUE),
                                  (self.tr("Sắp đến hạn"), QUICK_DUE_SOON)])
        self.quick.setToolTip(self.tr("Sắp đến hạn: hẹn trả hôm nay hoặc ngày làm việc kế tiếp"))
        self.period = self._combo([(self.tr("Mọi thời gian"), PERIOD_ALL), (self.tr("Tháng này"), PERIOD_THIS_MONTH),
                                   (self.tr("Tháng trước"), PERIOD_LAST_MONTH), (self.tr("Năm nay"), PERIOD_THIS_YEAR),
                                   (self.tr("Khoảng ngày…"), PERIOD_CUSTOM)])
        self.period.setToolTip(self.tr("Theo ngày tiếp nhận"))
        self.date_from, self.date_to = date_picker(), date_picker()
        self.date_from.hide()  # until "Khoảng ngày…" is chosen
        self.date_to.hide()
        self.date_from.setToolTip(self.tr("Nhận từ ngày"))
        self.date_to.setToolTip(self.tr("Nhận đến ngày"))
        self.status = self._combo([(self.tr("Mọi trạng thái"), 0), *labels.choices(labels.STATUS)])
        self.field = self._combo([(self.tr("Mọi lĩnh vực"), "")])
        self.channel = self._combo([(self.tr("Mọi kênh"), ""), *labels.choices(labels.CHANNEL)])
        outcomes = [(text, code) for text, code in labels.choices(labels.OUTCOME) if code in SETTLED_OUTCOMES]
        self.outcome = self._combo([(self.tr("Mọi kết quả"), ""), *outcomes])
        self.outcome.setToolTip(self.tr("Kết quả giải quyết: trước hạn, đúng hạn, quá hạn"))
        self.clear_button = QPushButton(self.tr("Bỏ lọc"))
        self.table = record_table_view()
        self.table.horizontalHeader().setHighlightSections(False)
        # Columns are fitted to the rows in view, not the whole page: measuring a hundred rows' every cell cost more
        # than reading them from a million dossiers.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.count = QLabel()
        self.export_button = QPushButton(self.tr("Xuất danh sách…"))
        self.export_button.setToolTip(self.tr("Xuất mọi hồ sơ đang lọc ra Excel hoặc CSV (Ctrl+E); số CCCD được che"))
        self.print_button = QPushButton(self.tr("In danh sách…"))
        self.print_button.setToolTip(self.tr("In mọi hồ sơ đang lọc, theo thứ tự đang xếp (Ctrl+P); số CCCD được che"))
        self.import_button = QPushButton(self.tr("Nhập danh sách của tỉnh…"))
        self.import_button.setToolTip(self.tr("Nhập danh sách hồ sơ xuất từ Hệ thống giải quyết TTHC của tỉnh "
                                              "(Excel hoặc CSV), để không phải nhập lại từng hồ sơ"))
        self._lay_out()

    @staticmethod
    def _combo(items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)  # up here, the filter row below fits a 1280-pixel window
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.book_button)
        top.addWidget(self.undo_button)
        filters = QHBoxLayout()
        # Long choices ("Chờ thực hiện nghĩa vụ tài chính") would push the last filters off screen: the row must fit
        # the page in a 1280-pixel window (about 1,090 pixels), so each combo gets a modest width and shows its long
        # items in the open list.
        for combo, chars in ((self.quick, 13), (self.period, 10), (self.status, 11), (self.field, 11),
                             (self.channel, 8), (self.outcome, 8)):
            combo.setMinimumContentsLength(chars)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for widget in (self.quick, self.period, self.date_from, self.date_to, self.status, self.field, self.channel,
                       self.outcome):
            filters.addWidget(widget)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(_swatch(OVERDUE_BACKGROUND.name(), self.tr("Quá hạn")))
        bottom.addWidget(_swatch(DUE_SOON_BACKGROUND.name(),
                                 self.tr("Sắp đến hạn (hôm nay hoặc ngày làm việc kế tiếp)")))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Search, then the filters, then the list; the buttons have their keys (Ctrl+N, Enter) and come last.
        chain = (self.search, self.quick, self.period, self.date_from, self.date_to, self.status, self.field,
                 self.channel, self.outcome, self.clear_button, self.table, self.new_button, self.open_button,
                 self.undo_button)
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
