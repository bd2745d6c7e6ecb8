"""Sentences about dossier numbers across a commune's PCs (device slots, official codes) and what the desk types
into a new dossier.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "code.date_differs": (
        "Mã hồ sơ {code} mang ngày {code_day}, khác ngày tiếp nhận {received_day}. Hãy kiểm tra lại mã hoặc thời "
        "điểm tiếp nhận.",
        "The dossier code {code} carries the date {code_day}, not the day of receipt {received_day}. Check the "
        "code or the time of receipt.",
    ),
    "applicant_name.too_long": (
        "Họ tên người nộp dài {length} ký tự, quá giới hạn {max_length} ký tự. Hãy nhập đúng họ tên, không dán "
        "kèm nội dung khác.",
        "The applicant's name is {length} characters long, over the limit of {max_length}. Type the name alone, "
        "without other pasted text.",
    ),
    "agency_code.invalid": (
        "Mã định danh điện tử của cơ quan «{value}» chỉ được gồm chữ, số và dấu chấm, tối đa 32 ký tự (ví dụ "
        "000.00.22.H40).",
        "The agency's electronic identifier '{value}' may hold only letters, digits and dots, at most 32 characters "
        "(e.g. 000.00.22.H40).",
    ),
    "conflict.duplicate_code#intro": (
        "Hai hồ sơ khác nhau cùng mang số {code} (phát hiện lúc {when}). Hồ sơ đến tỉnh trước giữ số này; hồ sơ "
        "đến sau sẽ được cấp số mới trong dải số của máy này. Cả hai hồ sơ đều được giữ; lựa chọn được gửi tới các "
        "máy khác ở lần đồng bộ sau.",
        "Two different dossiers carry the number {code} (found at {when}). The one that reached the province first "
        "keeps it; the later one gets a new number from this PC's block. Both dossiers are kept; the choice reaches "
        "the other PCs with the next sync.",
    ),
    "conflict.duplicate_code#renumber": (
        "Cấp số mới cho hồ sơ đến sau",
        "Give the later dossier a new number",
    ),
}
