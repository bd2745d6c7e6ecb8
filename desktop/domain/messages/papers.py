"""Sentences about reports, their sign-off and printing.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.signed": (
        "Báo cáo đã được ký duyệt; lãnh đạo cần mở lại trước khi sửa.",
        "The report is signed off; a leader must reopen it before it can be changed.",
    ),
    "action.sign_off_reports": (
        "ký duyệt báo cáo",
        "sign off reports",
    ),
    "kind.invalid#check_key": (
        "Loại báo cáo không hợp lệ.",
        "Unknown kind of report.",
    ),
    "period.invalid": (
        "Kỳ báo cáo “{period_key}” không hợp lệ.",
        "“{period_key}” is not a valid reporting period.",
    ),
    "number.too_long": (
        "Số văn bản dài quá {max_number} ký tự.",
        "The document number is longer than {max_number} characters.",
    ),
    "print.cannot_read_pdf": (
        "Không đọc được tệp PDF “{name}”.",
        "Cannot read the PDF “{name}”.",
    ),
    "print.chosen_page_range_has": (
        "Khoảng trang đã chọn không có trang nào.",
        "The chosen page range has no pages.",
    ),
    "print.printer_could_not_be": (
        "Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.",
        "The printer could not be opened. Check it and try again.",
    ),
    "print.printer_stopped_accepting_pages": (
        "Máy in ngừng nhận trang.",
        "The printer stopped accepting pages.",
    ),
    "print.file_could_not_be": (
        "Không lưu được tệp: {value}.",
        "The file could not be saved: {value}.",
    ),
    "comments.too_long": (
        "Nhận xét, đề xuất dài quá {limit} ký tự.",
        "The comments are longer than {limit} characters.",
    ),
}
