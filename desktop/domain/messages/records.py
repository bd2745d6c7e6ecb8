"""Sentences about dossiers, their codes, statuses and deadlines, the procedure catalogue and statistics.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
}
