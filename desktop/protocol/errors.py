"""The one error the protocol raises: a stable code and the field at fault, worded by the catalogue (`protocol.*`)."""

from __future__ import annotations

from desktop.domain.errors import ValidationError


class ProtocolError(ValidationError):
    """A value that may not travel (or was refused on arrival): `code` is a `protocol.*` catalogue key, `field`
    the column."""

    def __init__(self, code: str, field: str | None) -> None:
        shown = (field or "")[:64]
        super().__init__(code, field=shown or None, name=shown)
