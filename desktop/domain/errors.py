"""Exceptions the domain raises, each carrying a stable code, the offending field and a bilingual message."""

from __future__ import annotations


class DomainError(Exception):
    """A business rule was broken.

    `code` is stable and machine-readable so services and the UI can map it to a translated message or to a
    specific widget; `field` names the input at fault (None when the error concerns the whole record).
    """

    def __init__(self, code: str, field: str | None, message_vi: str, message_en: str) -> None:
        super().__init__(code, field, message_vi, message_en)
        self.code = code
        self.field = field
        self.message_vi = message_vi
        self.message_en = message_en

    def __str__(self) -> str:
        return f"{self.message_vi} / {self.message_en}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, field={self.field!r})"


class ValidationError(DomainError):
    """A value typed or imported into a field is not acceptable."""


class TransitionError(DomainError):
    """A lifecycle action is not allowed from the dossier's current status; raised with field="status"."""
