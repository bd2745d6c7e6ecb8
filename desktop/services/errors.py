"""Service-level failures beyond plain validation: missing records, permissions, setup not done."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, ValidationError

Row = TypeVar("Row")


class NotFoundError(DomainError):
    def __init__(self, field: str, value: str) -> None:
        super().__init__(f"{field}.not_found", field, f"Không tìm thấy “{value}”.", f"“{value}” was not found.")


class PermissionDenied(DomainError):
    def __init__(self, action_vi: str, action_en: str) -> None:
        super().__init__("permission.denied", None, f"Tài khoản của bạn không được phép {action_vi}.",
                         f"Your account is not allowed to {action_en}.")


class NotSetUpError(DomainError):
    def __init__(self) -> None:
        super().__init__("setup.missing", None,
                         "Chưa thiết lập xã/phường cho bộ dữ liệu này. "
                         "Hãy chạy trình thiết lập hoặc “commune-desk demo”.",
                         "This data folder has no commune yet. Run the setup wizard or “commune-desk demo”.")


def required(value: str | None, field: str, label_vi: str, label_en: str) -> str:
    """Trimmed text, or a field-named error when it is empty."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{field}.required", field, f"Vui lòng nhập {label_vi}.", f"Please enter the {label_en}.")
    return text


def live_row(session: Session, model: type[Row], row_id: str, field: str) -> Row:
    """The row with this id unless it is missing or soft-deleted, in which case the field's not-found error."""
    row: Any = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(field, row_id)
    return row
