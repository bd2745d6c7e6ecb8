"""Sentences of the digital-transformation workbook added with Decision 766 marks, task import and `report dx`.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "rating.invalid": (
        "Mức đánh giá «{value}» không hợp lệ: chọn từ {low} đến {high}.",
        "Rating '{value}' is invalid: choose {low} to {high}.",
    ),
    "index.unknown_rate": (
        "Không có chỉ tiêu «{key}»; các chỉ tiêu: {keys}.",
        "There is no rate '{key}'; the rates are: {keys}.",
    ),
    "index.target_invalid": (
        "Chỉ tiêu «{value}» không hợp lệ: nhập tỷ lệ từ 0 đến 1 hoặc phần trăm từ 0 đến 100.",
        "Target '{value}' is invalid: type a fraction from 0 to 1 or a percentage from 0 to 100.",
    ),
    "usage.month_required": (
        "Cần --month YYYY-MM (kỳ báo cáo).",
        "--month YYYY-MM (the reporting month) is required.",
    ),
}
