"""The audit log as a paged Qt table model, and the translated words it is shown in (actions, record kinds, column
names, coded values). Pages arrive from outside: the model asks for the next one with `more_wanted`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from desktop.services.audit import AuditEntryInfo, summarize
from desktop.ui import labels

_CONTEXT = "AuditTableModel"
PAGE_SIZE = 200

COL_TIME = 0
COL_ACTOR = 1
COL_ACTION = 2
COL_TABLE = 3
COL_RECORD = 4
COL_SUMMARY = 5
COLUMN_COUNT = 6

_HEADERS: dict[int, str] = {
    COL_TIME: QT_TRANSLATE_NOOP("AuditTableModel", "Thời gian"),
    COL_ACTOR: QT_TRANSLATE_NOOP("AuditTableModel", "Người thực hiện"),
    COL_ACTION: QT_TRANSLATE_NOOP("AuditTableModel", "Thao tác"),
    COL_TABLE: QT_TRANSLATE_NOOP("AuditTableModel", "Loại bản ghi"),
    COL_RECORD: QT_TRANSLATE_NOOP("AuditTableModel", "Bản ghi"),
    COL_SUMMARY: QT_TRANSLATE_NOOP("AuditTableModel", "Nội dung thay đổi"),
}
ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("AuditTableModel", "Thêm"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Xóa"),
    "set_password": QT_TRANSLATE_NOOP("AuditTableModel", "Đặt mật khẩu"),
    "remove_password": QT_TRANSLATE_NOOP("AuditTableModel", "Bỏ mật khẩu"),
}
KINDS: dict[str, str] = {
    "dossiers": QT_TRANSLATE_NOOP("AuditTableModel", "Hồ sơ TTHC"),
    "training": QT_TRANSLATE_NOOP("AuditTableModel", "Đào tạo"),
    "equipment": QT_TRANSLATE_NOOP("AuditTableModel", "Thiết bị"),
    "officers": QT_TRANSLATE_NOOP("AuditTableModel", "Cán bộ, tài khoản"),
    "catalogue": QT_TRANSLATE_NOOP("AuditTableModel", "Danh mục thủ tục"),
    "commune": QT_TRANSLATE_NOOP("AuditTableModel", "Thông tin xã/phường"),
    "calendar": QT_TRANSLATE_NOOP("AuditTableModel", "Lịch làm việc"),
}
TABLES: dict[str, str] = {
    "dossiers": QT_TRANSLATE_NOOP("AuditTableModel", "Hồ sơ"),
    "dossier_events": QT_TRANSLATE_NOOP("AuditTableModel", "Bước xử lý hồ sơ"),
    "training_courses": QT_TRANSLATE_NOOP("AuditTableModel", "Khóa đào tạo"),
    "participations": QT_TRANSLATE_NOOP("AuditTableModel", "Người học"),
    "equipment": QT_TRANSLATE_NOOP("AuditTableModel", "Thiết bị"),
    "equipment_events": QT_TRANSLATE_NOOP("AuditTableModel", "Sự kiện thiết bị"),
    "officers": QT_TRANSLATE_NOOP("AuditTableModel", "Cán bộ"),
    "fields": QT_TRANSLATE_NOOP("AuditTableModel", "Lĩnh vực"),
    "procedures": QT_TRANSLATE_NOOP("AuditTableModel", "Thủ tục"),
    "communes": QT_TRANSLATE_NOOP("AuditTableModel", "Xã/phường"),
    "holiday_overrides": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày nghỉ, làm bù"),
}
# Column names as officers know them; lupdate reads the QT_TRANSLATE_NOOP marks.
FIELDS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("AuditTableModel", "Mã"),
    "name": QT_TRANSLATE_NOOP("AuditTableModel", "Tên"),
    "deleted_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm xóa"),
    "province_code": QT_TRANSLATE_NOOP("AuditTableModel", "Mã tỉnh"),
    "province_name": QT_TRANSLATE_NOOP("AuditTableModel", "Tỉnh, thành phố"),
    "official": QT_TRANSLATE_NOOP("AuditTableModel", "Có trong danh mục chính thức"),
    "agency_code": QT_TRANSLATE_NOOP("AuditTableModel", "Mã cơ quan"),
    "place_name": QT_TRANSLATE_NOOP("AuditTableModel", "Địa danh"),
    "leader_name": QT_TRANSLATE_NOOP("AuditTableModel", "Họ tên người ký"),
    "leader_title": QT_TRANSLATE_NOOP("AuditTableModel", "Chức danh người ký"),
    "address": QT_TRANSLATE_NOOP("AuditTableModel", "Địa chỉ"),
    "full_name": QT_TRANSLATE_NOOP("AuditTableModel", "Họ tên"),
    "position": QT_TRANSLATE_NOOP("AuditTableModel", "Chức vụ"),
    "unit": QT_TRANSLATE_NOOP("AuditTableModel", "Đơn vị"),
    "phone": QT_TRANSLATE_NOOP("AuditTableModel", "Điện thoại"),
    "email": QT_TRANSLATE_NOOP("AuditTableModel", "Thư điện tử"),
    "role": QT_TRANSLATE_NOOP("AuditTableModel", "Vai trò"),
    "active": QT_TRANSLATE_NOOP("AuditTableModel", "Đang hoạt động"),
    "username": QT_TRANSLATE_NOOP("AuditTableModel", "Tên đăng nhập"),
    "field_id": QT_TRANSLATE_NOOP("AuditTableModel", "Lĩnh vực"),
    "level": QT_TRANSLATE_NOOP("AuditTableModel", "Cấp thực hiện"),
    "statutory_days": QT_TRANSLATE_NOOP("AuditTableModel", "Thời hạn (ngày làm việc)"),
    "fee": QT_TRANSLATE_NOOP("AuditTableModel", "Lệ phí (đồng)"),
    "online_level": QT_TRANSLATE_NOOP("AuditTableModel", "Mức trực tuyến"),
    "boundary_free": QT_TRANSLATE_NOOP("AuditTableModel", "Phi địa giới"),
    "procedure_id": QT_TRANSLATE_NOOP("AuditTableModel", "Thủ tục"),
    "applicant_name": QT_TRANSLATE_NOOP("AuditTableModel", "Người nộp"),
    "applicant_id_number": QT_TRANSLATE_NOOP("AuditTableModel", "Số định danh"),
    "applicant_phone": QT_TRANSLATE_NOOP("AuditTableModel", "Điện thoại người nộp"),
    "applicant_email": QT_TRANSLATE_NOOP("AuditTableModel", "Thư điện tử người nộp"),
    "applicant_address": QT_TRANSLATE_NOOP("AuditTableModel", "Địa chỉ người nộp"),
    "channel": QT_TRANSLATE_NOOP("AuditTableModel", "Kênh nộp"),
    "received_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm tiếp nhận"),
    "due_date": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày hẹn trả"),
    "status": QT_TRANSLATE_NOOP("AuditTableModel", "Trạng thái"),
    "handler_id": QT_TRANSLATE_NOOP("AuditTableModel", "Người xử lý"),
    "finished_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm xử lý xong"),
    "returned_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm trả kết quả"),
    "closed_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm kết thúc hồ sơ"),
    "settled_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm giải quyết"),
    "paused_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm tạm dừng"),
    "outcome": QT_TRANSLATE_NOOP("AuditTableModel", "Kết quả về thời hạn"),
    "late_reason": QT_TRANSLATE_NOOP("AuditTableModel", "Lý do trễ hạn"),
    "note": QT_TRANSLATE_NOOP("AuditTableModel", "Ghi chú"),
    "dossier_id": QT_TRANSLATE_NOOP("AuditTableModel", "Hồ sơ"),
    "at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm"),
    "action": QT_TRANSLATE_NOOP("AuditTableModel", "Thao tác"),
    "from_status": QT_TRANSLATE_NOOP("AuditTableModel", "Từ trạng thái"),
    "to_status": QT_TRANSLATE_NOOP("AuditTableModel", "Sang trạng thái"),
    "actor": QT_TRANSLATE_NOOP("AuditTableModel", "Người thực hiện"),
    "asset_tag": QT_TRANSLATE_NOOP("AuditTableModel", "Mã tài sản"),
    "kind": QT_TRANSLATE_NOOP("AuditTableModel", "Loại"),
    "model": QT_TRANSLATE_NOOP("AuditTableModel", "Model"),
    "serial": QT_TRANSLATE_NOOP("AuditTableModel", "Số sê-ri"),
    "location": QT_TRANSLATE_NOOP("AuditTableModel", "Vị trí"),
    "acquired_on": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày đưa vào sử dụng"),
    "assigned_to": QT_TRANSLATE_NOOP("AuditTableModel", "Người sử dụng"),
    "certificate_expiry": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày hết hạn chứng thư, chứng chỉ"),
    "equipment_id": QT_TRANSLATE_NOOP("AuditTableModel", "Thiết bị"),
    "ended_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm kết thúc"),
    "cost": QT_TRANSLATE_NOOP("AuditTableModel", "Chi phí (đồng)"),
    "topic": QT_TRANSLATE_NOOP("AuditTableModel", "Nội dung đào tạo"),
    "category": QT_TRANSLATE_NOOP("AuditTableModel", "Nhóm nội dung"),
    "organiser": QT_TRANSLATE_NOOP("AuditTableModel", "Đơn vị tổ chức"),
    "mode": QT_TRANSLATE_NOOP("AuditTableModel", "Hình thức"),
    "start_date": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày bắt đầu"),
    "end_date": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày kết thúc"),
    "hours": QT_TRANSLATE_NOOP("AuditTableModel", "Số giờ"),
    "course_id": QT_TRANSLATE_NOOP("AuditTableModel", "Khóa đào tạo"),
    "officer_id": QT_TRANSLATE_NOOP("AuditTableModel", "Cán bộ"),
    "person_name": QT_TRANSLATE_NOOP("AuditTableModel", "Họ tên người học"),
    "hours_attended": QT_TRANSLATE_NOOP("AuditTableModel", "Số giờ tham dự"),
    "result": QT_TRANSLATE_NOOP("AuditTableModel", "Kết quả"),
    "certificate_no": QT_TRANSLATE_NOOP("AuditTableModel", "Số chứng chỉ"),
    "certificate_date": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày cấp chứng chỉ"),
    "day": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày"),
}
# The same column name meaning something more precise in one table.
FIELDS_BY_TABLE: dict[tuple[str, str], str] = {
    ("procedures", "code"): QT_TRANSLATE_NOOP("AuditTableModel", "Mã thủ tục"),
    ("procedures", "name"): QT_TRANSLATE_NOOP("AuditTableModel", "Tên thủ tục"),
    ("procedures", "active"): QT_TRANSLATE_NOOP("AuditTableModel", "Đang áp dụng"),
    ("fields", "code"): QT_TRANSLATE_NOOP("AuditTableModel", "Mã lĩnh vực"),
    ("fields", "name"): QT_TRANSLATE_NOOP("AuditTableModel", "Tên lĩnh vực"),
    ("communes", "code"): QT_TRANSLATE_NOOP("AuditTableModel", "Mã xã/phường"),
    ("communes", "name"): QT_TRANSLATE_NOOP("AuditTableModel", "Tên xã/phường"),
    ("dossiers", "code"): QT_TRANSLATE_NOOP("AuditTableModel", "Mã hồ sơ"),
    ("dossiers", "boundary_free"): QT_TRANSLATE_NOOP("AuditTableModel", "Nộp không theo địa giới"),
    ("equipment", "status"): QT_TRANSLATE_NOOP("AuditTableModel", "Tình trạng"),
    ("equipment_events", "from_status"): QT_TRANSLATE_NOOP("AuditTableModel", "Từ tình trạng"),
    ("equipment_events", "to_status"): QT_TRANSLATE_NOOP("AuditTableModel", "Sang tình trạng"),
}
_LEVELS = {"commune": QT_TRANSLATE_NOOP("AuditTableModel", "Cấp xã"),
           "province": QT_TRANSLATE_NOOP("AuditTableModel", "Cấp tỉnh")}
# Columns holding a code, with the labels that say it in words.
CODED: dict[tuple[str, str], dict] = {
    ("dossiers", "status"): labels.STATUS, ("dossier_events", "from_status"): labels.STATUS,
    ("dossier_events", "to_status"): labels.STATUS, ("dossier_events", "action"): labels.ACTION,
    ("dossiers", "channel"): labels.CHANNEL, ("dossiers", "outcome"): labels.OUTCOME,
    ("procedures", "online_level"): labels.ONLINE_LEVEL, ("officers", "role"): labels.ROLE,
    ("equipment", "kind"): labels.EQUIPMENT_KIND, ("equipment", "status"): labels.EQUIPMENT_STATUS,
    ("equipment_events", "kind"): labels.EQUIPMENT_EVENT,
    ("equipment_events", "from_status"): labels.EQUIPMENT_STATUS,
    ("equipment_events", "to_status"): labels.EQUIPMENT_STATUS,
    ("training_courses", "category"): labels.TRAINING_CATEGORY, ("training_courses", "mode"): labels.TRAINING_MODE,
    ("participations", "result"): labels.TRAINING_RESULT, ("holiday_overrides", "kind"): labels.HOLIDAY_KIND,
}
MONEY = frozenset({"fee", "cost"})
_SYSTEM = QT_TRANSLATE_NOOP("AuditTableModel", "Hệ thống")
_EMPTY = QT_TRANSLATE_NOOP("AuditTableModel", "(trống)")
_YES = QT_TRANSLATE_NOOP("AuditTableModel", "Có")
_NO = QT_TRANSLATE_NOOP("AuditTableModel", "Không")
_ACTOR = QT_TRANSLATE_NOOP("AuditTableModel", "{name} ({account})")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _known(table: dict[str, str], key: str) -> str:
    return _tr(table[key]) if key in table else key


def action_label(action: str) -> str:
    return _known(ACTIONS, action)


def kind_label(kind: str) -> str:
    return _known(KINDS, kind)


def table_label(table_name: str) -> str:
    return _known(TABLES, table_name)


def actor_label(actor: str, name: str) -> str:
    if actor == "system" and not name:
        return _tr(_SYSTEM)
    return _tr(_ACTOR).format(name=name, account=actor) if name else actor


def field_label(table: str, field: str) -> str:
    text = FIELDS_BY_TABLE.get((table, field)) or FIELDS.get(field)
    return _tr(text) if text else field


def value_text(table: str, field: str, value: object) -> str:
    """A stored value as an officer reads it: dates dd/MM/yyyy, yes/no, coded values by their label, money grouped."""
    if value is None or value == "":
        return _tr(_EMPTY)
    if isinstance(value, bool):
        return _tr(_YES) if value else _tr(_NO)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if table == "procedures" and field == "level" and value in _LEVELS:
        return _tr(_LEVELS[str(value)])
    coded = CODED.get((table, field))
    if coded is not None:
        return labels.label(coded, value)
    if isinstance(value, int) and field in MONEY:
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def summary_text(entry: AuditEntryInfo) -> str:
    return summarize(entry, field_label, value_text)


class AuditTableModel(QAbstractTableModel):
    """Audit entries, newest first. `set_entries` gives page one; when the view scrolls to the end, `fetchMore`
    emits `more_wanted(offset)` and whoever reads the log answers with `append_entries(offset, page)`.

    Reading a page happens elsewhere (on the runner's thread), so the model never blocks the GUI and never nests one
    change inside another; while a page is awaited `canFetchMore` is False.
    """

    more_wanted = Signal(int)

    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list[AuditEntryInfo] = []
        self._summaries: list[str] = []  # built once per row: painting asks for them again and again
        self._more = False
        self._waiting = False
        # True while rows are announced: listeners (QAbstractItemModelTester among them) call fetchMore from inside
        # the announcement, and a question asked then would name an offset that is about to change.
        self._changing = False

    @property
    def waiting(self) -> bool:
        return self._waiting

    def set_entries(self, entries: list[AuditEntryInfo]) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = list(entries)
            self._summaries = [summary_text(e) for e in entries]
            self.endResetModel()
        finally:
            self._changing = False
        self._more = len(entries) == self._page_size
        self._waiting = False

    def append_entries(self, offset: int, entries: list[AuditEntryInfo]) -> bool:
        """Add the page read from `offset`; False (and nothing changes) when it answers an older question."""
        if not self._waiting or offset != len(self._rows):
            return False
        if entries:
            self._changing = True
            try:
                self.beginInsertRows(QModelIndex(), offset, offset + len(entries) - 1)
                self._rows.extend(entries)
                self._summaries.extend(summary_text(e) for e in entries)
                self.endInsertRows()
            finally:
                self._changing = False
        self._more = len(entries) == self._page_size
        self._waiting = False
        return True

    def fetch_failed(self) -> None:
        """The page could not be read: stop asking until the next `set_entries`."""
        self._waiting = False
        self._more = False

    def entry_at(self, row: int) -> AuditEntryInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), -1)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more and not self._waiting and not self._changing

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent):
            self._waiting = True
            self.more_wanted.emit(len(self._rows))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in _HEADERS:
            return _tr(_HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_RECORD, COL_SUMMARY):
            return self._text(index.row(), entry, column) or None  # cut in the column, whole here
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    def _text(self, row: int, entry: AuditEntryInfo, column: int) -> str | None:
        if column == COL_TIME:
            return entry.at.strftime("%d/%m/%Y %H:%M:%S")
        if column == COL_ACTOR:
            return actor_label(entry.actor, entry.actor_name)
        if column == COL_ACTION:
            return action_label(entry.action)
        if column == COL_TABLE:
            return table_label(entry.table_name)
        if column == COL_RECORD:
            return entry.record
        if column == COL_SUMMARY:
            return self._summaries[row]
        return None
