"""Sentences about the one-stop rules of issue 13: payment pauses, extensions, apologies, refusals, forwarding.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "extension.not_allowed": (
        "Thủ tục này không được gia hạn thời gian giải quyết.",
        "This procedure's time may not be extended.",
    ),
    "extension.too_long": (
        "Chỉ được gia hạn tổng cộng tối đa {allowance} ngày làm việc (đã gia hạn {already} ngày).",
        "Extensions may total at most {allowance} working days ({already} already used).",
    ),
    "apology.no_due_date": (
        "Hồ sơ chưa có ngày hẹn trả nên không cần phiếu xin lỗi.",
        "The dossier has no appointment date, so it needs no apology slip.",
    ),
    "apology.not_late": (
        "Ngày hẹn mới phải sau ngày hẹn trả {due:%d/%m/%Y}.",
        "The new appointment date must be after the due date {due:%d/%m/%Y}.",
    ),
    "apology.day_off": (
        "Ngày hẹn mới {day:%d/%m/%Y} là ngày nghỉ; ngày làm việc gần nhất sau đó là {next:%d/%m/%Y}.",
        "The new appointment date {day:%d/%m/%Y} is a day off; the next working day is {next:%d/%m/%Y}.",
    ),
    "apology.past": (
        "Ngày hẹn mới không được trước hôm nay ({today:%d/%m/%Y}).",
        "The new appointment date cannot be before today ({today:%d/%m/%Y}).",
    ),
    "extension.after_due": (
        "Hạn giải quyết {due:%d/%m/%Y} đã qua: không gia hạn được nữa, hãy lập phiếu xin lỗi và hẹn lại.",
        "The due date {due:%d/%m/%Y} has passed: it can no longer be extended; issue an apology with a new date.",
    ),
    "result.invalid": (
        "Kết quả phải là «granted» (giải quyết) hoặc «refused» (từ chối giải quyết).",
        "The result must be 'granted' or 'refused'.",
    ),
    "agency.both": (
        "Hồ sơ không thể vừa chuyển đi vừa nhận từ nơi khác.",
        "A dossier cannot be both forwarded to and received from another agency.",
    ),
    "office_hours.order": (
        "Giờ đóng cửa phải sau giờ mở cửa.",
        "The closing time must be after the opening time.",
    ),
    "label.reason": (
        "lý do",
        "reason",
    ),
    "label.new_date": (
        "ngày hẹn mới",
        "new appointment date",
    ),
    "extension_max_days.invalid": (
        "Số ngày được gia hạn phải là số nguyên từ 0 đến 30.",
        "The extension allowance must be a whole number of days from 0 to 30.",
    ),
    "usage.not_days": (
        "“{value}” không phải số ngày làm việc (vd. 3 hoặc 2,5)",
        "“{value}” is not a number of working days (e.g. 3 or 2.5)",
    ),
    "usage.not_time": (
        "“{value}” không phải giờ dạng HH:MM (vd. 07:30)",
        "“{value}” is not a time in the form HH:MM (e.g. 07:30)",
    ),
    # A dossier's decisions as the CLI and the tracking book list them (desktop.domain.desk_decisions).
    "decision.paused": (
        "Chờ nghĩa vụ tài chính từ {since:%d/%m/%Y} (tạm dừng tính thời gian)",
        "Awaiting payment since {since:%d/%m/%Y} (clock paused)",
    ),
    "decision.paused_days": (
        "Tạm dừng {days} ngày làm việc chờ nghĩa vụ tài chính",
        "Paused {days} working days awaiting payment",
    ),
    "decision.extended": (
        "Gia hạn {days} ngày: {reason}",
        "Extended by {days} days: {reason}",
    ),
    "decision.apology": (
        "Xin lỗi, hẹn lại {day:%d/%m/%Y}: {reason}",
        "Apology, new appointment {day:%d/%m/%Y}: {reason}",
    ),
    "decision.refused": (
        "Từ chối giải quyết: {reason}",
        "Refused in writing: {reason}",
    ),
    "decision.refused_at_reception": (
        "Từ chối tiếp nhận: {reason}",
        "Refused at reception: {reason}",
    ),
    "decision.forwarded": (
        "Chuyển đến {agency}",
        "Forwarded to {agency}",
    ),
    "decision.received_from": (
        "Nhận từ {agency}",
        "Received from {agency}",
    ),
}
