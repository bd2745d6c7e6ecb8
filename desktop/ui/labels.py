"""Every coded value the screens show (status, action, channel, kinds, roles…) as a translated label.

The services keep codes; the wording lives here once, marked for Qt Linguist, so the English UI translates it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.dto import ClosedChange

CONTEXT = "Labels"

STATUS = {
    1: QT_TRANSLATE_NOOP("Labels", "Mới đăng ký"),
    2: QT_TRANSLATE_NOOP("Labels", "Đã tiếp nhận"),
    3: QT_TRANSLATE_NOOP("Labels", "Từ chối tiếp nhận"),
    4: QT_TRANSLATE_NOOP("Labels", "Đang xử lý"),
    5: QT_TRANSLATE_NOOP("Labels", "Chờ bổ sung"),
    6: QT_TRANSLATE_NOOP("Labels", "Chờ thực hiện nghĩa vụ tài chính"),
    7: QT_TRANSLATE_NOOP("Labels", "Công dân rút hồ sơ"),
    8: QT_TRANSLATE_NOOP("Labels", "Dừng xử lý"),
    9: QT_TRANSLATE_NOOP("Labels", "Đã xử lý xong"),
    10: QT_TRANSLATE_NOOP("Labels", "Đã trả kết quả"),
}

ACTION = {
    "accept": QT_TRANSLATE_NOOP("Labels", "Tiếp nhận hồ sơ"),
    "refuse": QT_TRANSLATE_NOOP("Labels", "Từ chối tiếp nhận hồ sơ"),
    "start": QT_TRANSLATE_NOOP("Labels", "Chuyển xử lý"),
    "request-supplement": QT_TRANSLATE_NOOP("Labels", "Yêu cầu bổ sung"),
    "supplement-received": QT_TRANSLATE_NOOP("Labels", "Nhận hồ sơ bổ sung"),
    "request-payment": QT_TRANSLATE_NOOP("Labels", "Yêu cầu thực hiện nghĩa vụ tài chính"),
    "payment-received": QT_TRANSLATE_NOOP("Labels", "Đã thực hiện nghĩa vụ tài chính"),
    "withdraw": QT_TRANSLATE_NOOP("Labels", "Công dân rút hồ sơ"),
    "stop": QT_TRANSLATE_NOOP("Labels", "Dừng xử lý hồ sơ"),
    "finish": QT_TRANSLATE_NOOP("Labels", "Hoàn thành xử lý"),
    "return": QT_TRANSLATE_NOOP("Labels", "Trả kết quả"),
    "extend": QT_TRANSLATE_NOOP("Labels", "Gia hạn giải quyết"),
    "apologise": QT_TRANSLATE_NOOP("Labels", "Xin lỗi, hẹn lại ngày trả"),
    "register": QT_TRANSLATE_NOOP("Labels", "Đăng ký hồ sơ"),
    "edit": QT_TRANSLATE_NOOP("Labels", "Sửa thông tin"),
}

# How a finished dossier was resolved: "" the request granted, "refused" a written refusal (still resolved).
RESULT = {
    "": QT_TRANSLATE_NOOP("Labels", "Giải quyết theo đề nghị"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Từ chối giải quyết (có văn bản nêu lý do)"),
}

CHANNEL = {
    "direct": QT_TRANSLATE_NOOP("Labels", "Trực tiếp"),
    "online": QT_TRANSLATE_NOOP("Labels", "Trực tuyến"),
    "postal": QT_TRANSLATE_NOOP("Labels", "Bưu chính công ích"),
}

OUTCOME = {
    "early": QT_TRANSLATE_NOOP("Labels", "Trước hạn"),
    "on_time": QT_TRANSLATE_NOOP("Labels", "Đúng hạn"),
    "late": QT_TRANSLATE_NOOP("Labels", "Quá hạn"),
    "within": QT_TRANSLATE_NOOP("Labels", "Trong hạn"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Sắp đến hạn"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Quá hạn"),
}

ONLINE_LEVEL = {
    "full": QT_TRANSLATE_NOOP("Labels", "Toàn trình"),
    "partial": QT_TRANSLATE_NOOP("Labels", "Một phần"),
    "none": QT_TRANSLATE_NOOP("Labels", "Không trực tuyến"),
}

ROLE = {
    "officer": QT_TRANSLATE_NOOP("Labels", "Cán bộ"),
    "leader": QT_TRANSLATE_NOOP("Labels", "Lãnh đạo"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Quản trị"),
}

EQUIPMENT_KIND = {
    "pc": QT_TRANSLATE_NOOP("Labels", "Máy tính để bàn"),
    "laptop": QT_TRANSLATE_NOOP("Labels", "Máy tính xách tay"),
    "printer": QT_TRANSLATE_NOOP("Labels", "Máy in"),
    "scanner": QT_TRANSLATE_NOOP("Labels", "Máy quét"),
    "signature_token": QT_TRANSLATE_NOOP("Labels", "Chữ ký số (USB token)"),
    "network_link": QT_TRANSLATE_NOOP("Labels", "Đường truyền mạng"),
    "router": QT_TRANSLATE_NOOP("Labels", "Bộ định tuyến (router)"),
    "ups": QT_TRANSLATE_NOOP("Labels", "Bộ lưu điện (UPS)"),
    "camera": QT_TRANSLATE_NOOP("Labels", "Camera"),
    "other": QT_TRANSLATE_NOOP("Labels", "Khác"),
}

EQUIPMENT_STATUS = {
    "in_use": QT_TRANSLATE_NOOP("Labels", "Đang sử dụng"),
    "degraded": QT_TRANSLATE_NOOP("Labels", "Hoạt động kém"),
    "broken": QT_TRANSLATE_NOOP("Labels", "Hỏng"),
    "in_repair": QT_TRANSLATE_NOOP("Labels", "Đang sửa chữa"),
    "spare": QT_TRANSLATE_NOOP("Labels", "Dự phòng"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Đã thanh lý"),
}

EQUIPMENT_EVENT = {
    "status_change": QT_TRANSLATE_NOOP("Labels", "Đổi tình trạng"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "Bảo trì"),
    "repair": QT_TRANSLATE_NOOP("Labels", "Sửa chữa"),
    "outage": QT_TRANSLATE_NOOP("Labels", "Mất kết nối"),
    "audit_seen": QT_TRANSLATE_NOOP("Labels", "Kiểm kê: có mặt"),
    "audit_missing": QT_TRANSLATE_NOOP("Labels", "Kiểm kê: không thấy"),
}

TRAINING_CATEGORY = {
    "digital_skills": QT_TRANSLATE_NOOP("Labels", "Kỹ năng số"),
    "ai": QT_TRANSLATE_NOOP("Labels", "Trí tuệ nhân tạo"),
    "security": QT_TRANSLATE_NOOP("Labels", "An toàn thông tin"),
    "other": QT_TRANSLATE_NOOP("Labels", "Khác"),
}

TRAINING_MODE = {
    "in_person": QT_TRANSLATE_NOOP("Labels", "Trực tiếp"),
    "online": QT_TRANSLATE_NOOP("Labels", "Trực tuyến"),
    "blended": QT_TRANSLATE_NOOP("Labels", "Kết hợp"),
}

TRAINING_RESULT = {
    "attended": QT_TRANSLATE_NOOP("Labels", "Tham dự"),
    "passed": QT_TRANSLATE_NOOP("Labels", "Đạt"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Không đạt"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Vắng mặt"),
}

CERTIFICATE = {
    "none": QT_TRANSLATE_NOOP("Labels", "Không có"),
    "valid": QT_TRANSLATE_NOOP("Labels", "Còn hiệu lực"),
    "expiring": QT_TRANSLATE_NOOP("Labels", "Sắp hết hạn"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Đã hết hạn"),
}

HOLIDAY_KIND = {
    "day_off": QT_TRANSLATE_NOOP("Labels", "Ngày nghỉ"),
    "working_day": QT_TRANSLATE_NOOP("Labels", "Ngày làm việc bù"),
}


def label(table: dict, key: object) -> str:
    """The translated label of a code; an unknown code is shown as it is rather than hidden."""
    text = table.get(key)
    if text is None:
        return "" if key is None else str(key)
    return QCoreApplication.translate(CONTEXT, text)


def choices(table: dict) -> list[tuple[str, object]]:
    """(translated label, code) pairs in declaration order, for filling a combo box."""
    return [(QCoreApplication.translate(CONTEXT, text), key) for key, text in table.items()]


# A dossier changed after a period it counts in was closed (services.closed_marks): the list's badge, and the note
# its window, the list's tooltip and the CLI give.
CLOSED_BADGE = QT_TRANSLATE_NOOP("Labels", "Sửa sau khóa sổ")
_CLOSED_NOTE = QT_TRANSLATE_NOOP("Labels", "Sửa ngày {changed} sau khi khóa số liệu {period} (khóa ngày {closed}): "
                                           "báo cáo kỳ sau ghi điều chỉnh.")


def closed_note(changes: Sequence[ClosedChange]) -> str:
    """One line per closed period the dossier changed after ("" when none)."""
    return "\n".join(QCoreApplication.translate(CONTEXT, _CLOSED_NOTE).format(
        changed=f"{c.changed_on:%d/%m/%Y}", period=c.label, key=c.period_key, closed=f"{c.closed_on:%d/%m/%Y}")
        for c in changes)
