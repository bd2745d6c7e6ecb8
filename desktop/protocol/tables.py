"""Every synced table as it travels: its columns with type, maximum length and nullability, which columns stay on
the PC (LOCAL_ONLY), which refer to other rows, and the mapping between typed row values and JSON.

`to_json(table, values)` turns a row's typed values (datetime, date, bool, int, float, str, None) into JSON and
`from_json(table, payload)` turns a payload back into typed values; both refuse what may not travel (see
`values.py`) with a `ProtocolError(code, field)`. Nobody else maps rows to JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desktop.protocol.columns import BOOL, DATE, DATETIME, FLOAT, HLC, INT, TEXT, TEXT_MAX, Column
from desktop.protocol.errors import ProtocolError
from desktop.protocol.values import check_column, check_field_name, check_value, typed_value

__all__ = ["BOOL", "DATE", "DATETIME", "FLOAT", "FOLDED_KEYS", "HLC", "INT", "LOCAL_ONLY", "MAX_KEYS",
           "NATURAL_KEYS", "TABLES", "TEXT", "Column", "Table", "from_json", "references", "table", "to_json",
           "to_json_many", "validate", "value_from_json"]

# More keys than any table has columns: a payload beyond this is refused before its values are looked at.
MAX_KEYS = 64


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    natural_key: str | None = None  # two PCs' rows with the same value are one row (an alias, not a duplicate)

    def column(self, name: str) -> Column | None:
        return _INDEX[self.name].get(name)

    @property
    def synced(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.local_only)


def _text(name: str, length: int | None = None, nullable: bool = False, local: bool = False) -> Column:
    return Column(name, TEXT, length or TEXT_MAX, nullable, local)


def _ref(name: str, table: str, nullable: bool = False) -> Column:
    return Column(name, TEXT, 36, nullable, references=table)


def _dt(name: str, nullable: bool = False, local: bool = False) -> Column:
    return Column(name, DATETIME, None, nullable, local)


def _date(name: str, nullable: bool = False) -> Column:
    return Column(name, DATE, None, nullable)


def _int(name: str, nullable: bool = False, local: bool = False) -> Column:
    return Column(name, INT, None, nullable, local)


def _bool(name: str) -> Column:
    return Column(name, BOOL)


def _float(name: str) -> Column:
    return Column(name, FLOAT)


# The columns DESIGN.md asks of every synced row (desktop/store/models/base.py SyncColumns).
SYNC_COLUMNS: tuple[Column, ...] = (
    _text("id", 36), _text("commune_code", 16), _dt("created_at"), _dt("updated_at"), _text("updated_by", 64),
    Column("hlc", HLC, 40), _int("server_version", nullable=True), _dt("deleted_at", nullable=True),
)


def _table(name: str, *columns: Column, natural_key: str | None = None) -> Table:
    return Table(name, SYNC_COLUMNS + columns, natural_key)


TABLES: dict[str, Table] = {t.name: t for t in (
    _table("communes", _text("code", 16), _text("name", 200), _text("province_code", 8), _text("province_name", 200),
           _bool("official"), _text("agency_code", 32), _text("place_name", 200), _text("leader_name", 200),
           _text("leader_title", 200), _text("address", 300), _text("desk_name", 200), natural_key="code"),
    _table("officers", _text("full_name", 200), _text("position", 200), _text("unit", 200), _text("phone", 32),
           _text("email", 200), _text("role", 16), _bool("active"), _text("username", 64, nullable=True),
           _text("password_hash", 200, nullable=True, local=True), _int("failed_logins", local=True),
           _dt("locked_until", nullable=True, local=True), _text("search_text", 400, local=True),
           natural_key="username"),
    _table("fields", _text("code", 32), _text("name", 200), natural_key="code"),
    _table("procedures", _text("code", 64), _text("name", 500), _ref("field_id", "fields"), _text("level", 16),
           _float("statutory_days"), _int("fee"), _text("online_level", 16), _bool("boundary_free"), _bool("active"),
           _text("search_text", 600, local=True), _bool("pause_for_payment"), _int("extension_max_days"),
           _text("documents"), natural_key="code"),
    _table("dossiers", _text("code", 64), _ref("procedure_id", "procedures"), _text("applicant_name", 200),
           _text("applicant_id_number", 16), _text("applicant_phone", 32), _text("applicant_email", 200),
           _text("applicant_address", 300), _text("channel", 16), _bool("boundary_free"), _dt("received_at"),
           _date("due_date", nullable=True), _int("status"), _ref("handler_id", "officers", nullable=True),
           _dt("finished_at", nullable=True), _dt("returned_at", nullable=True), _dt("closed_at", nullable=True),
           _dt("settled_at", nullable=True), _dt("paused_at", nullable=True), _text("outcome", 16, nullable=True),
           _text("late_reason"), _text("note"), _text("search_text", local=True),
           _int("receipt_seq", nullable=True, local=True),
           # Issue 13's rules (desktop schema 0007).
           _date("payment_paused_on", nullable=True), _int("payment_paused_days"), _int("extension_days"),
           _text("extension_reason"), _date("apology_date", nullable=True), _text("apology_reason"),
           _text("result", 16), _text("refusal_reason"), _text("forwarded_to", 200), _text("received_from", 200),
           # Decision 766 marks (desktop schema 0008).
           _bool("digitised"), _bool("e_result"), _bool("reused_data"), _bool("paid_online"),
           _int("rating", nullable=True)),
    _table("dossier_events", _ref("dossier_id", "dossiers"), _dt("at"), _text("action", 32),
           _int("from_status", nullable=True), _int("to_status"), _date("due_date", nullable=True),
           _text("actor", 64), _text("note")),
    _table("equipment", _text("asset_tag", 64), _text("kind", 32), _text("model", 200), _text("serial", 200),
           _text("location", 200), _date("acquired_on", nullable=True), _text("assigned_to", 200),
           _text("status", 16), _date("certificate_expiry", nullable=True), _text("note"),
           _text("search_text", local=True)),
    _table("equipment_events", _ref("equipment_id", "equipment"), _text("kind", 32), _dt("at"),
           _dt("ended_at", nullable=True), _text("from_status", 16, nullable=True),
           _text("to_status", 16, nullable=True), _int("cost"), _text("actor", 64), _text("note")),
    _table("report_signoffs", _text("kind", 16), _text("period_key", 16), _text("comments"), _text("number", 32),
           _text("state", 16), _text("signed_by", 64), _text("signed_by_name", 200), _dt("signed_at", nullable=True),
           # Closed periods (desktop schema 0006): the province sums the communes' closed figures; the snapshot of
           # the paper travels too, so every PC of the commune reprints a closed period alike.
           _date("period_from", nullable=True), _date("period_to", nullable=True), _text("figures"),
           _date("document_date", nullable=True), _text("pdf_sha256", 64), _text("snapshot"),
           _text("reopen_reason")),
    _table("training_courses", _text("topic", 300), _text("category", 32), _text("organiser", 300),
           _text("mode", 16), _date("start_date"), _date("end_date"), _float("hours"), _text("location", 300),
           _text("note")),
    _table("participations", _ref("course_id", "training_courses"), _ref("officer_id", "officers", nullable=True),
           _text("person_name", 200), _text("unit", 200), _float("hours_attended"), _text("result", 16),
           _text("certificate_no", 64), _date("certificate_date", nullable=True),
           _date("certificate_expiry", nullable=True), _text("search_text", local=True)),
    _table("holiday_overrides", _date("day"), _text("kind", 16), _text("note", 300)),
    # The village workbook (desktop schema 0005).
    _table("villages", _text("name", 200), _int("households"), _text("signal", 8), _bool("broadband"),
           _text("note"), _text("search_text", local=True), natural_key="name"),
    _table("digital_teams", _ref("village_id", "villages"), _text("decision_number", 64),
           _date("decision_date", nullable=True), _text("note")),
    _table("team_members", _ref("team_id", "digital_teams"), _text("name", 200), _text("role", 100),
           _text("phone", 20)),
    _table("team_sessions", _ref("team_id", "digital_teams"), _date("held_on"), _text("place", 200),
           _int("people_helped"), _int("dossiers_assisted"), _text("topic")),
    _table("village_outages", _ref("village_id", "villages"), _dt("started_at"), _dt("ended_at", nullable=True),
           _text("cause")),
    _table("plan_tasks", _text("code", 32), _text("title"), _text("source_document", 200),
           _date("source_date", nullable=True), _text("owner", 200), _date("deadline"), _text("status", 16),
           _date("done_on", nullable=True), _text("evidence"), _text("note"), _text("search_text", local=True),
           natural_key="code"),
    # The commune's settings (desktop schema 0015): one row per key, its id derived from commune and key.
    _table("commune_settings", _text("key", 64), _text("value")),
    _table("recommendations", _date("sent_on"), _text("number", 64), _text("recipient", 200), _text("subject"),
           _text("answer"), _date("answered_on", nullable=True), _text("search_text", local=True)),
)}
_INDEX: dict[str, dict[str, Column]] = {t.name: {c.name: c for c in t.columns} for t in TABLES.values()}

LOCAL_ONLY: frozenset[str] = frozenset(c.name for t in TABLES.values() for c in t.columns if c.local_only)
NATURAL_KEYS: dict[str, str] = {t.name: t.natural_key for t in TABLES.values() if t.natural_key}
# Natural keys a person types freely: "Thôn 5" and "thôn  5" name one village (compared folded, as the service
# that refuses a second village of the same name compares them).
FOLDED_KEYS: frozenset[str] = frozenset({"villages"})


def columns_of(name: str) -> dict[str, Column]:
    """The table's columns by name (a ProtocolError for a table that is not synced)."""
    return _INDEX[table(name).name]


def table(name: str) -> Table:
    found = TABLES.get(name)
    if found is None:
        raise ProtocolError("protocol.unknown_table", name)
    return found


def references(name: str) -> list[tuple[str, str]]:
    """(column, referred table) for each reference of the table."""
    return [(c.name, c.references) for c in table(name).columns if c.references]


def _columns(name: str, keys: Mapping[str, object], ignore_unknown: bool = False) -> list[tuple[Column, str]]:
    """The table's travelling columns among `keys`; an unknown or malformed key is refused (or, with
    `ignore_unknown`, skipped), a local-only one skipped (it must never leave the PC nor be taken from the wire)."""
    columns = _INDEX[table(name).name]
    if len(keys) > MAX_KEYS:
        raise ProtocolError("protocol.too_many_keys", name)
    out: list[tuple[Column, str]] = []
    for key in keys:
        col = columns.get(key)  # a known column's name is well formed: only the others are looked at closely
        if col is None:
            check_field_name(key)
            if ignore_unknown:
                continue
            raise ProtocolError("protocol.unknown_field", key)
        if not col.local_only:
            out.append((col, key))
    return out


def validate(name: str, payload: Mapping[str, object], ignore_unknown: bool = False) -> dict[str, object]:
    """The payload's travelling fields, checked, still as JSON (the server keeps them as they are). Any subset of
    the columns is accepted: an update carries what changed. `ignore_unknown` skips fields this build does not
    know (a pull from a server that also serves newer desktops) instead of refusing them."""
    if not isinstance(payload, Mapping):
        raise ProtocolError("protocol.type", name)
    out: dict[str, object] = {}
    for col, key in _columns(name, payload, ignore_unknown):
        check_value(col, payload[key])
        out[key] = payload[key]
    return out


def to_json(name: str, values: Mapping[str, object]) -> dict[str, object]:
    """A row's typed values as they travel: local-only columns left out, every value checked."""
    out: dict[str, object] = {}
    for col, key in _travelling(name, tuple(values)):
        value = values[key]
        out[key] = value = value.isoformat() if isinstance(value, date) else value  # = wire_value, inlined
        check_value(col, value)
    return out


def to_json_many(name: str, rows: Sequence[Mapping[str, object]]) -> list[dict[str, object]]:
    """`to_json` of each of a batch of rows with the same keys (an imported file's), checked a column at a time:
    the same dicts; a bad value is refused with the error `to_json` gives it (the first column holding one)."""
    if not rows:
        return []
    travelling = _travelling(name, tuple(rows[0]))
    columns: list[list[object]] = []
    for col, key in travelling:
        values = [row[key] for row in rows]
        if col.kind in (DATE, DATETIME) and all(v is None or isinstance(v, date) for v in values):
            # A date's own ISO form always passes the check: only a missing value can be refused.
            values = [v.isoformat() if isinstance(v, date) else None for v in values]
            if None in values and not col.nullable:
                check_value(col, None)
        else:
            values = [v.isoformat() if isinstance(v, date) else v for v in values]
            check_column(col, values)
        columns.append(values)
    keys = [key for _col, key in travelling]
    return [dict(zip(keys, row, strict=True)) for row in zip(*columns, strict=True)]


@lru_cache(maxsize=256)
def _travelling(name: str, keys: tuple[str, ...]) -> list[tuple[Column, str]]:
    """`_columns` of a set of keys, worked out once: a batch of rows of one table has the same keys in each."""
    return _columns(name, dict.fromkeys(keys))


def from_json(name: str, payload: Mapping[str, object], ignore_unknown: bool = False) -> dict[str, object]:
    """A payload's travelling fields as typed values (naive UTC datetimes, dates, bools), after checking them."""
    columns = _INDEX[table(name).name]
    return {key: typed_value(columns[key], value) for key, value in validate(name, payload, ignore_unknown).items()}


def value_from_json(name: str, key: str, value: object) -> object:
    """One stored JSON value back as its type, leniently: a value that does not parse is returned as it is."""
    col = _INDEX.get(name, {}).get(key)
    if col is None:
        return value
    try:
        check_value(col, value)
        return typed_value(col, value)
    except ProtocolError:
        return value
