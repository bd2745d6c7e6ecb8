"""Sentences about the desk's own habits: backups and restores made in the app, undoing a step, restoring a record.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "action.restore_backup": (
        "khôi phục dữ liệu từ bản sao lưu",
        "restore the data from a backup",
    ),
    "undo.nothing": (
        "Hồ sơ {code} không có bước xử lý nào để hoàn tác.",
        "Dossier {code} has no step to undo.",
    ),
    "undo.too_late": (
        "Chỉ hoàn tác được trong {minutes} phút sau khi ghi. Hãy ghi một bước mới kèm ghi chú để sửa.",
        "A step can be undone only within {minutes} minutes of being recorded. Record a new step with a note to "
        "correct it.",
    ),
    "action.undo_others_step": (
        "hoàn tác bước do người khác ghi",
        "undo a step recorded by someone else",
    ),
    "action.restore_deleted": (
        "khôi phục bản ghi đã xóa",
        "restore a deleted record",
    ),
    "restore.not_restorable": (
        "Không khôi phục được loại bản ghi này ({table}) trong phần mềm.",
        "This kind of record ({table}) cannot be restored in the app.",
    ),
    "restore.not_deleted": (
        "Bản ghi này không bị xóa, hoặc đã được khôi phục.",
        "This record is not deleted, or was restored already.",
    ),
}
