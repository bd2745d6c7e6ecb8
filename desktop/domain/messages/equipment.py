"""Sentences about equipment and its events.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "asset_tag.duplicate": (
        "Mã tài sản “{tag}” đã được dùng.",
        "The asset tag “{tag}” is already used.",
    ),
    "asset_tag.duplicate#removed": (
        "Mã tài sản “{tag}” đã được dùng (thiết bị đã xóa).",
        "The asset tag “{tag}” is already used (by a removed device).",
    ),
    "label.kind_event": (
        "Loại sự kiện",
        "kind of event",
    ),
    "asset_tag.invalid": (
        "Mã tài sản chỉ gồm chữ không dấu, số, dấu chấm, gạch chéo, gạch ngang (tối đa 64).",
        "The asset tag may hold only letters, digits, dots, slashes and dashes (up to 64).",
    ),
    "*.invalid#choice": (
        "{label} không hợp lệ.",
        "Unknown {label}.",
    ),
    "acquired_on.future": (
        "Ngày đưa vào sử dụng không được ở tương lai.",
        "The acquisition date cannot be in the future.",
    ),
    "certificate_expiry.not_token": (
        "Chỉ thiết bị chữ ký số mới có ngày hết hạn chứng thư.",
        "Only signature tokens have a certificate expiry.",
    ),
    "status.use_event": (
        "Hãy ghi sự kiện “Đổi tình trạng” để đổi tình trạng.",
        "Record a status change event to change the status.",
    ),
    "ended_at.before_start": (
        "Thời điểm kết thúc không được trước lúc bắt đầu.",
        "The end cannot be before the start.",
    ),
    "label.new_status": (
        "Tình trạng mới",
        "new status",
    ),
    "cost.invalid": (
        "Chi phí phải là số đồng không âm.",
        "The cost must be a whole, non-negative number of đồng.",
    ),
    "label.asset_tag": (
        "mã tài sản",
        "asset tag",
    ),
    "*.invalid#check": (
        "Ngày không hợp lệ.",
        "Invalid date.",
    ),
    "ended_at.not_outage": (
        "Chỉ sự cố mất kết nối mới có thời điểm kết thúc.",
        "Only an outage has an end time.",
    ),
    "to_status.not_allowed": (
        "Chỉ sự kiện đổi tình trạng hoặc sửa chữa mới đổi tình trạng thiết bị.",
        "Only a status change or a repair changes the device's status.",
    ),
    "to_status.required": (
        "Vui lòng chọn tình trạng mới.",
        "Please choose the new status.",
    ),
    "at.before_acquired": (
        "Thời điểm không được trước ngày đưa vào sử dụng.",
        "The time cannot be before the device was acquired.",
    ),
    "to_status.same": (
        "Tình trạng mới trùng với tình trạng hiện tại.",
        "The new status is the same as the current one.",
    ),
    "ended_at.already": (
        "Sự cố này đã được ghi kết thúc.",
        "This outage has already ended.",
    ),
    "at.before_last#record_event": (
        "Thời điểm phải sau lần đổi tình trạng trước đó.",
        "The time must be after the previous status change.",
    ),
}
