"""The Settings page's widgets, laid out only: tabs for the commune profile, officers, declared days, the commune's
targets and office hours (`settings_targets`) and the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.errors import FieldErrors
from desktop.ui.pages.settings_parts import buttons, hint, narrow
from desktop.ui.pages.settings_targets import TargetsTab
from desktop.ui.widgets.record_table_view import record_table_view


class CommuneTab(QWidget):
    """The commune's profile as it is printed on papers: names, codes, the date line's place, who signs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.province = QLabel()
        self.code = QLabel()
        self.correct = QPushButton(self.tr("Sửa đơn vị…"))
        self.correct.setToolTip(self.tr("Sửa tỉnh, xã/phường đã chọn nhầm khi thiết lập (trước lần đồng bộ đầu tiên)."))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.correct)
        self.agency_code = QLineEdit()
        self.agency_code.setToolTip(self.tr("Mã cơ quan đứng đầu mã hồ sơ (Thông tư 01/2018/TT-VPCP)."))
        self.place_name = QLineEdit()
        self.leader_name = QLineEdit()
        self.leader_title = QLineEdit()
        self.leader_title.setPlaceholderText(self.tr("Ví dụ: Chủ tịch, Phó Chủ tịch"))
        self.desk_name = QLineEdit()
        self.desk_name.setMaxLength(200)
        self.desk_name.setPlaceholderText(self.tr("Trung tâm Phục vụ hành chính công"))
        self.desk_name.setToolTip(self.tr("Tên đứng đầu các phiếu tiếp nhận, trả kết quả (mẫu 01–06); để trống dùng "
                                          "tên mặc định."))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Tên đơn vị"), self.name)
        self.form.addRow(self.tr("Tỉnh, thành phố"), self.province)
        self.form.addRow(self.tr("Mã đơn vị hành chính"), code_row)
        self.form.addRow(self.tr("Mã cơ quan"), self.agency_code)
        self.form.addRow(self.tr("Địa danh"), self.place_name)
        self.place_hint = hint("")
        self.form.addRow("", self.place_hint)
        self.form.addRow(self.tr("Người ký"), self.leader_name)
        self.form.addRow(self.tr("Chức vụ người ký"), self.leader_title)
        self.form.addRow(self.tr("Bộ phận một cửa"), self.desk_name)
        self.banner = QLabel()
        self.errors = FieldErrors(self.form, {
            "name": self.name, "agency_code": self.agency_code, "place_name": self.place_name,
            "leader_name": self.leader_name, "leader_title": self.leader_title, "desk_name": self.desk_name},
            self.banner)
        self.save = QPushButton(self.tr("Lưu thay đổi"))
        self.save.setDefault(True)
        self.status = QLabel()
        self.status.setObjectName("communeStatus")
        self.permission_note = hint(self.tr("Chỉ lãnh đạo hoặc quản trị viên mới được sửa thông tin đơn vị."))
        self.permission_note.hide()
        column = QVBoxLayout()
        column.addWidget(self.permission_note)
        column.addWidget(self.banner)
        column.addLayout(self.form)
        column.addLayout(buttons(self.save, self.status))
        narrow(self, column)
        for first, second in ((self.name, self.agency_code), (self.agency_code, self.place_name),
                              (self.place_name, self.leader_name), (self.leader_name, self.leader_title),
                              (self.leader_title, self.desk_name), (self.desk_name, self.save),
                              (self.save, self.correct)):
            self.setTabOrder(first, second)

    def editors(self) -> dict[str, QLineEdit]:
        """The editable fields by the service's field names."""
        return {"name": self.name, "agency_code": self.agency_code, "place_name": self.place_name,
                "leader_name": self.leader_name, "leader_title": self.leader_title, "desk_name": self.desk_name}


class OfficersTab(QWidget):
    """Officers and their accounts, active and former."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add = QPushButton(self.tr("Thêm cán bộ…"))
        self.add.setToolTip(self.tr("Thêm cán bộ (Ctrl+N)"))
        self.edit = QPushButton(self.tr("Sửa…"))
        self.deactivate = QPushButton(self.tr("Ngừng hoạt động"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.table = record_table_view()
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons(self.add, self.edit, self.deactivate, self.import_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.add, self.edit)
        self.setTabOrder(self.edit, self.deactivate)
        self.setTabOrder(self.deactivate, self.import_button)
        self.setTabOrder(self.import_button, self.table)


class CalendarTab(QWidget):
    """Days off and make-up working days the commune declares beyond the public holidays the law fixes."""

    COL_DAY, COL_KIND, COL_NOTE = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint(self.tr(
            "Ngày lễ, Tết theo Bộ luật Lao động và các ngày hoán đổi đã công bố được tính sẵn (chữ xám). Ở đây chỉ "
            "khai báo thêm ngày nghỉ hoặc ngày làm việc bù theo thông báo của cấp trên; hạn trả hồ sơ tính theo các "
            "ngày này."))
        self.add = QPushButton(self.tr("Thêm ngày…"))
        self.add.setToolTip(self.tr("Thêm ngày (Ctrl+N)"))
        self.remove = QPushButton(self.tr("Xóa"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Loại ngày"), self.tr("Ghi chú")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = hint(self.tr("Chưa khai báo ngày nào."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons(self.add, self.remove))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.setTabOrder(self.add, self.remove)
        self.setTabOrder(self.remove, self.table)


class LanguageTab(QWidget):
    """The UI language; the main window applies it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        # Each language is named in its own tongue, so an officer who cannot read the current one still finds it.
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.apply = QPushButton(self.tr("Áp dụng"))
        self.note = hint(self.tr("Giao diện chuyển sang ngôn ngữ đã chọn ngay khi bấm “Áp dụng”; "
                                  "dữ liệu đã nhập không thay đổi."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(self.note)
        column.addLayout(buttons(self.apply))
        narrow(self, column)
        self.setTabOrder(self.language, self.apply)


class SettingsPageView(QWidget):
    """Lays out the tabs; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commune = CommuneTab()
        self.officers = OfficersTab()
        self.calendar = CalendarTab()
        self.targets = TargetsTab()
        self.language = LanguageTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.commune, self.tr("Đơn vị"))
        self.tabs.addTab(self.officers, self.tr("Cán bộ và tài khoản"))
        self.tabs.addTab(self.calendar, self.tr("Ngày nghỉ, làm bù"))
        # A lone "&" in a tab's text would underline the next letter as a shortcut: doubled, it shows as itself.
        self.tabs.addTab(self.targets, self.tr("Chỉ tiêu & giờ làm việc").replace("&", "&&"))
        self.tabs.addTab(self.language, self.tr("Ngôn ngữ"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
