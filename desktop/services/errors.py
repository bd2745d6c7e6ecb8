"""Service-level failures beyond plain validation: missing records, permissions, setup not done."""

from __future__ import annotations

from desktop.domain.errors import DomainError, ValidationError


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
