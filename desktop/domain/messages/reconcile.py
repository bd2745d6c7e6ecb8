"""Sentences about import profiles and reconciling our Biểu 06a with the province's.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "profile.not_found": (
        "Không có hồ sơ ánh xạ «{name}»; các hồ sơ đã lưu: {known}.",
        "There is no import profile “{name}”; the saved profiles are: {known}.",
    ),
    "profile.name_required": (
        "Hãy đặt tên cho hồ sơ ánh xạ.",
        "Give the import profile a name.",
    ),
    "profile.unknown_column": (
        "Cột «{column}» không có trong danh sách hồ sơ.",
        "The dossier list has no column “{column}”.",
    ),
    "profile.header_twice": (
        "Tiêu đề «{header}» trống hoặc được gán cho hai cột.",
        "The header “{header}” is empty or given to two columns.",
    ),
    "profile.status_word_empty": (
        "Bảng trạng thái có một dòng không ghi từ của tỉnh.",
        "A row of the status table has no province word.",
    ),
    "profile.unknown_state": (
        "Trạng thái «{word}» được gán cho số {state}, không phải trạng thái nào.",
        "The status “{word}” is given to number {state}, which is no state.",
    ),
}
