"""Service-level failures beyond plain validation: missing records, permissions, setup not done."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.messages import Phrase

Row = TypeVar("Row")


class NotFoundError(DomainError):
    """The record the field names does not exist (or was removed); its code is `<field>.not_found`."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(f"{field}.not_found", field=field, value=value)


class PermissionDenied(DomainError):
    """The officer's role does not allow `action` (a Phrase: “sign off reports”)."""

    def __init__(self, action: Phrase) -> None:
        super().__init__("permission.denied", action=action)


class NotSetUpError(DomainError):
    def __init__(self) -> None:
        super().__init__("setup.missing")


def required(value: str | None, field: str, label: Phrase) -> str:
    """Trimmed text, or a field-named error when it is empty."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{field}.required", field=field, label=label)
    return text


def live_row(session: Session, model: type[Row], row_id: str, field: str) -> Row:
    """The row with this id unless it is missing or soft-deleted, in which case the field's not-found error."""
    row: Any = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(field, row_id)
    return row
