"""The words the audit log is shown in: actions, record kinds, tables and column names, and stored values as an
officer reads them (dates dd/MM/yyyy, yes/no, coded values by their label, money grouped)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.services.audit import AuditEntryInfo, summarize
from desktop.ui import labels

# The table model's context, where these words were first translated: kept so the translations stay.
_CONTEXT = "AuditTableModel"

ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("AuditTableModel", "Thêm"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Xóa"),
    "set_password": QT_TRANSLATE_NOOP("AuditTableModel", "Đặt mật khẩu"),
    "remove_password": QT_TRANSLATE_NOOP("AuditTableModel", "Bỏ mật khẩu"),
    # Papers showing full ID numbers or phones (services.audit.record_shown).
    "print": QT_TRANSLATE_NOOP("AuditTableModel", "In"),
    "preview": QT_TRANSLATE_NOOP("AuditTableModel", "Xem trước"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "Xuất tệp"),
    "view": QT_TRANSLATE_NOOP("AuditTableModel", "Xem"),
}
KINDS: dict[str, str] = {
    "dossiers": QT_TRANSLATE_NOOP("AuditTableModel", "Hồ sơ TTHC"),
    "training": QT_TRANSLATE_NOOP("AuditTableModel", "Đào tạo"),
    "equipment": QT_TRANSLATE_NOOP("AuditTableModel", "Thiết bị"),
    "officers": QT_TRANSLATE_NOOP("AuditTableModel", "Cán bộ, tài khoản"),
    "catalogue": QT_TRANSLATE_NOOP("AuditTableModel", "Danh mục thủ tục"),
    "commune": QT_TRANSLATE_NOOP("AuditTableModel", "Thông tin xã/phường"),
    "calendar": QT_TRANSLATE_NOOP("AuditTableModel", "Lịch làm việc"),
    "reports": QT_TRANSLATE_NOOP("AuditTableModel", "Báo cáo"),
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
    "commune_settings": QT_TRANSLATE_NOOP("AuditTableModel", "Thiết lập của xã"),
    "holiday_overrides": QT_TRANSLATE_NOOP("AuditTableModel", "Ngày nghỉ, làm bù"),
    "report_signoffs": QT_TRANSLATE_NOOP("AuditTableModel", "Báo cáo định kỳ"),
}
# Column names as officers know them; lupdate reads the QT_TRANSLATE_NOOP marks.
FIELDS: dict[str, str] = {
    "period_key": QT_TRANSLATE_NOOP("AuditTableModel", "Kỳ báo cáo"),
    "comments": QT_TRANSLATE_NOOP("AuditTableModel", "Nhận xét, đề xuất"),
    "number": QT_TRANSLATE_NOOP("AuditTableModel", "Số văn bản"),
    "signed_by": QT_TRANSLATE_NOOP("AuditTableModel", "Người ký duyệt"),
    "signed_by_name": QT_TRANSLATE_NOOP("AuditTableModel", "Họ tên người ký duyệt"),
    "signed_at": QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm ký duyệt"),
    "state": QT_TRANSLATE_NOOP("AuditTableModel", "Trạng thái"),
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
    ("procedures", "documents"): QT_TRANSLATE_NOOP("AuditTableModel", "Thành phần hồ sơ"),
    ("communes", "desk_name"): QT_TRANSLATE_NOOP("AuditTableModel", "Bộ phận một cửa"),
    ("commune_settings", "key"): QT_TRANSLATE_NOOP("AuditTableModel", "Thiết lập"),
    ("commune_settings", "value"): QT_TRANSLATE_NOOP("AuditTableModel", "Giá trị"),
    # What a print, preview or export of a form showed (services.audit.record_shown).
    ("dossiers", "paper"): QT_TRANSLATE_NOOP("AuditTableModel", "Giấy tờ"),
    ("dossiers", "paper_size"): QT_TRANSLATE_NOOP("AuditTableModel", "Khổ giấy"),
    ("dossiers", "file"): QT_TRANSLATE_NOOP("AuditTableModel", "Tệp"),
    ("dossiers", "pages"): QT_TRANSLATE_NOOP("AuditTableModel", "Số trang"),
    ("dossiers", "ops"): QT_TRANSLATE_NOOP("AuditTableModel", "Số thay đổi trong gói"),
    ("dossiers", "dossiers"): QT_TRANSLATE_NOOP("AuditTableModel", "Số hồ sơ"),
    ("dossiers", "codes"): QT_TRANSLATE_NOOP("AuditTableModel", "Mã hồ sơ"),
    ("dossiers", "start"): QT_TRANSLATE_NOOP("AuditTableModel", "Từ ngày"),
    ("dossiers", "end"): QT_TRANSLATE_NOOP("AuditTableModel", "Đến ngày"),
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
_PAPERS = {"receipt": QT_TRANSLATE_NOOP("AuditTableModel", "Giấy tiếp nhận hồ sơ (mẫu 01)"),
           "supplement": QT_TRANSLATE_NOOP("AuditTableModel", "Phiếu yêu cầu bổ sung (mẫu 02)"),
           "refusal": QT_TRANSLATE_NOOP("AuditTableModel", "Phiếu từ chối tiếp nhận (mẫu 03)"),
           "apology": QT_TRANSLATE_NOOP("AuditTableModel", "Phiếu xin lỗi, hẹn lại (mẫu 04)"),
           "control": QT_TRANSLATE_NOOP("AuditTableModel", "Phiếu kiểm soát (mẫu 05)"),
           "book": QT_TRANSLATE_NOOP("AuditTableModel", "Sổ theo dõi hồ sơ (mẫu 06)"),
           "bundle": QT_TRANSLATE_NOOP("AuditTableModel", "Gói dữ liệu USB gửi tỉnh"),
           "detail": QT_TRANSLATE_NOOP("AuditTableModel", "Chi tiết hồ sơ (số giấy tờ, điện thoại đầy đủ)")}
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
    if table == "dossiers" and field == "paper" and value in _PAPERS:
        return _tr(_PAPERS[str(value)])
    coded = CODED.get((table, field))
    if coded is not None:
        return labels.label(coded, value)
    if isinstance(value, int) and field in MONEY:
        return QLocale().toString(value)
    if isinstance(value, float):  # as typed, in the locale's digits: 2 (not 2,0), 2,5, 1250000 (no exponent)
        plain = QLocale()
        plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return plain.toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    return str(value)


def summary_text(entry: AuditEntryInfo) -> str:
    return summarize(entry, field_label, value_text)
