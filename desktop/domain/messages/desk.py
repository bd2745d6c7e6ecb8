"""Sentences about the desk's own habits: backups and restores made in the app, undoing a step, restoring a record.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "action.restore_backup": (
        "khôi phục dữ liệu từ bản sao lưu",
        "restore the data from a backup",
    ),
}
