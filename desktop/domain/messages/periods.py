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
}
