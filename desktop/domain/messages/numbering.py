"""Sentences about dossier numbers across a commune's PCs (device slots, official codes) and what the desk types
into a new dossier.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "enrol.no_slot": (
        "Xã {commune_code} đã có {count} máy đang đồng bộ, mỗi máy một dải số hồ sơ. Hãy đề nghị tỉnh thu hồi máy "
        "không còn dùng rồi đăng ký lại.",
        "Commune {commune_code} already has {count} PCs syncing, each with its own block of dossier numbers. Ask "
        "the province to revoke a PC no longer in use, then enrol again.",
    ),
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
}
