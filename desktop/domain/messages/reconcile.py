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
    "reconcile.no_field_header": (
        "Tệp «{name}» không có cột «Lĩnh vực» của Biểu II.06a.",
        "The file “{name}” has no “Lĩnh vực” (field) column of form II.06a.",
    ),
    "reconcile.list_columns_missing": (
        "Danh sách hồ sơ «{name}» thiếu cột cần để đối soát: {missing}. Hãy chọn hồ sơ ánh xạ, hoặc sửa tên cột "
        "trong tệp.",
        "The dossier list “{name}” lacks the columns reconciling needs: {missing}. Choose an import profile, or "
        "rename the columns in the file.",
    ),
    "reconcile.no_field_rows": (
        "Tệp «{name}» không có dòng lĩnh vực nào có đủ 11 số liệu (cột 3 đến 13).",
        "The file “{name}” has no field row with its 11 counts (columns 3 to 13).",
    ),
}
