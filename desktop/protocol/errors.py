"""The one error the protocol raises: a stable code and the field at fault, with a message in both languages."""

from __future__ import annotations

from desktop.domain.errors import ValidationError

# Why a value was refused, in both languages; `{f}` is the field's name.
_MESSAGES: dict[str, tuple[str, str]] = {
    "protocol.unknown_table": ("Bảng “{f}” không được đồng bộ.", "The table “{f}” is not synchronised."),
    "protocol.unknown_field": ("Trường “{f}” không có trong dữ liệu đồng bộ.", "“{f}” is not a synchronised field."),
    "protocol.bad_field_name": ("Tên trường không hợp lệ.", "Not a valid field name."),
    "protocol.too_many_keys": ("Bản ghi “{f}” có quá nhiều trường.", "The record “{f}” has too many fields."),
    "protocol.required": ("Trường “{f}” không được để trống.", "“{f}” cannot be empty."),
    "protocol.type": ("Trường “{f}” có kiểu giá trị không đúng.", "“{f}” has a value of the wrong type."),
    "protocol.too_long": ("Trường “{f}” dài quá mức cho phép.", "“{f}” is longer than allowed."),
    "protocol.nul_character": ("Trường “{f}” chứa ký tự NUL (\\u0000).", "“{f}” contains a NUL character (\\u0000)."),
    "protocol.lone_surrogate": ("Trường “{f}” chứa ký tự Unicode hỏng.", "“{f}” contains a broken Unicode character."),
    "protocol.not_finite": ("Trường “{f}” không phải một số hữu hạn.", "“{f}” is not a finite number."),
    "protocol.out_of_range": ("Trường “{f}” có số nằm ngoài giới hạn.", "“{f}” holds a number out of range."),
    "protocol.bad_date": ("Trường “{f}” không phải ngày hợp lệ.", "“{f}” is not a valid date."),
    "protocol.bad_datetime": ("Trường “{f}” không phải thời điểm hợp lệ.", "“{f}” is not a valid date and time."),
    "protocol.bad_hlc": ("Trường “{f}” không phải đồng hồ HLC hợp lệ.", "“{f}” is not a valid hybrid logical clock."),
    "protocol.too_deep": ("Dữ liệu “{f}” lồng nhau quá sâu.", "“{f}” is nested too deeply."),
    "protocol.too_many_items": ("Danh sách “{f}” quá dài.", "The list “{f}” is too long."),
}


class ProtocolError(ValidationError):
    """A value that may not travel (or was refused on arrival): `code` is one of the keys above, `field` the column."""

    def __init__(self, code: str, field: str | None) -> None:
        shown = (field or "")[:64]
        vi, en = _MESSAGES.get(code, ("Dữ liệu đồng bộ không hợp lệ ({f}).", "Invalid sync data ({f})."))
        super().__init__(code, shown or None, vi.format(f=shown), en.format(f=shown))
