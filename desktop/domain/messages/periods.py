"""Sentences about reporting periods: typing them, periods not yet started or ended, closing and reopening them.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "half.invalid": (
        "“{value}” không phải kỳ 6 tháng dạng YYYY-H1 hoặc YYYY-H2 (năm {first_year}–{last_year})",
        "“{value}” is not a half-year in the form YYYY-H1 or YYYY-H2 (years {first_year}–{last_year})",
    ),
    "period.not_started": (
        "Kỳ báo cáo {label} ({start} – {end}) chưa bắt đầu: hôm nay mới là ngày {today}. Chưa có số liệu để báo cáo.",
        "The reporting period {label} ({start} – {end}) has not started yet: today is {today}. There are no figures "
        "to report.",
    ),
    "period.choose_one": (
        "Chọn đúng một kỳ báo cáo: --month, --quarter, --half, --year hoặc --from cùng --to.",
        "Choose exactly one period: --month, --quarter, --half, --year, or --from with --to.",
    ),
    "period.not_ended": (
        "Kỳ báo cáo {label} chưa kết thúc (đến hết ngày {end}); chỉ ký duyệt, khóa số liệu sau ngày đó.",
        "The reporting period {label} has not ended (it runs to {end}); it can be signed off and closed only after "
        "that day.",
    ),
    "period.calendar_closed": (
        "Kỳ theo tháng dương lịch chỉ dùng nội bộ, không khóa số liệu; dùng kỳ báo cáo chính thức (Nghị định 09).",
        "Calendar-month periods are for internal use and cannot be closed; use the official period (Decree 09).",
    ),
    "period.already_closed": (
        "Kỳ báo cáo {label} đã được khóa số liệu ngày {closed_on}.",
        "The reporting period {label} was already closed on {closed_on}.",
    ),
    "period.not_closed": (
        "Kỳ báo cáo {label} chưa được khóa số liệu.",
        "The reporting period {label} is not closed.",
    ),
    "action.close_period": (
        "khóa số liệu kỳ báo cáo",
        "close a reporting period",
    ),
    "action.reopen_period": (
        "mở lại kỳ báo cáo đã khóa",
        "reopen a closed reporting period",
    ),
    "label.reopen_reason": (
        "lý do mở lại",
        "reason for reopening",
    ),
}
