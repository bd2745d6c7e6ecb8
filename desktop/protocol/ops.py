"""One outbox op as it travels (PROTOCOL.md "Push"): limits on a batch, and the checks of an op's payload and
changed fields against the table it names, including a conflict resolution on the pseudo-table `sync_conflicts`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.protocol import tables
from desktop.protocol.errors import ProtocolError
from desktop.protocol.values import check_field_name, check_text

MAX_OPS = 500  # per push and per bundle page of ops
MAX_CHANGED = tables.MAX_KEYS
# A person's choice on a conflict travels as an op on this pseudo-table (row_id = conflict id).
CONFLICTS_TABLE = "sync_conflicts"
RESOLUTION_KEYS = {"state": 16, "resolved_data": 0, "id": 36, "commune_code": 16}  # text keys: their length
# The tables a conflict can be about (the ones whose edits a person settles).
CONFLICT_TABLES = ("dossiers",)


def check_changed(table: str, changed: Sequence[object]) -> list[str]:
    if len(changed) > MAX_CHANGED:
        raise ProtocolError("protocol.too_many_items", "changed_fields")
    spec = tables.table(table)
    out: list[str] = []
    for name in changed:
        check_field_name(name)
        assert isinstance(name, str)
        if spec.column(name) is None:
            raise ProtocolError("protocol.unknown_field", name)
        out.append(name)
    return out


def check_resolution(payload: Mapping[str, object]) -> dict[str, object]:
    """`{"state": "resolved", "resolved_data": {…the row's chosen values…}}`: one level of nesting, no more."""
    for key, value in payload.items():
        check_field_name(key)
        if key not in RESOLUTION_KEYS:
            raise ProtocolError("protocol.unknown_field", key)
        if RESOLUTION_KEYS[key] and value is not None:
            if not isinstance(value, str):
                raise ProtocolError("protocol.type", key)
            check_text(value, key, RESOLUTION_KEYS[key])
    chosen = payload.get("resolved_data")
    if chosen is not None:
        if not isinstance(chosen, Mapping):
            raise ProtocolError("protocol.type", "resolved_data")
        # Only the row's own columns may be chosen; whichever conflict table it is, they are plain values.
        errors: list[ProtocolError] = []
        for name in CONFLICT_TABLES:
            try:
                tables.validate(name, chosen)
                break
            except ProtocolError as exc:
                errors.append(exc)
        else:
            raise errors[0]
    return dict(payload)


def check_op(table: str, changed: Sequence[object], payload: Mapping[str, object]) -> dict[str, object]:
    """The op's payload as it may be kept (local-only columns dropped); refused with the field at fault. An op on a
    table the protocol does not sync is left for the server to answer `table.unknown`, one op at a time."""
    if table == CONFLICTS_TABLE:
        return check_resolution(payload)
    if table not in tables.TABLES:
        return dict(payload)
    check_changed(table, changed)
    return tables.validate(table, payload)
