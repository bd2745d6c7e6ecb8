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
    "apology.past": (
        "Ngày hẹn mới không được trước hôm nay ({today:%d/%m/%Y}).",
        "The new appointment date cannot be before today ({today:%d/%m/%Y}).",
    ),
}
