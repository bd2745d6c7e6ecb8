"""Sentences shared by every area: missing records, permissions, setup, the data folder and its database.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
}
