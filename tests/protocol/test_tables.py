"""The protocol's table list against the desktop store, the row <-> JSON round trip, and what may never travel."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

from desktop.domain.errors import ValidationError
from desktop.protocol import revisions, tables
from desktop.protocol.errors import ProtocolError
from desktop.protocol.values import HLC_NODE_MAX, TEXT_MAX
from desktop.store.migrate import head_revision, known_revisions, migration_files, script_head
from desktop.store.models import Base

_KINDS = {Boolean: tables.BOOL, Date: tables.DATE, DateTime: tables.DATETIME, Float: tables.FLOAT,
          Integer: tables.INT, String: tables.TEXT, Text: tables.TEXT}


def _kind(column_type: object) -> str:
    return next(kind for sa, kind in _KINDS.items() if isinstance(column_type, sa))


def test_every_synced_store_table_is_described_column_for_column() -> None:
    store = {t.name: t for t in Base.metadata.sorted_tables if "hlc" in t.c and "server_version" in t.c}
    assert set(store) == set(tables.TABLES)
    for name, spec in tables.TABLES.items():
        orm = store[name]
        assert {c.name for c in spec.columns} == set(orm.c.keys()), name
        for col in spec.columns:
            sa = orm.c[col.name]
            assert col.nullable == sa.nullable, (name, col.name)
            kind = _kind(sa.type)
            assert col.kind == kind or (col.name == "hlc" and kind == tables.TEXT), (name, col.name)
            if kind == tables.TEXT:
                assert col.max_length == (getattr(sa.type, "length", None) or TEXT_MAX), (name, col.name)
            refs = {fk.column.table.name for fk in sa.foreign_keys}
            assert refs == ({col.references} if col.references else set()), (name, col.name)


def test_revisions_are_the_desktop_store_migrations() -> None:
    assert set(revisions.REVISIONS) == known_revisions()
    assert revisions.head() == script_head()  # chain order: ids need not grow
    assert migration_files() == known_revisions()  # so head_revision() may read the list instead of alembic
    assert head_revision() == script_head()


def _value(col: tables.Column) -> st.SearchStrategy[object]:
    if col.kind == tables.TEXT:
        text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                       max_size=min(col.max_length or 40, 40))
    elif col.kind == tables.HLC:
        text = st.builds(lambda w, c, n: f"{w:015d}-{c:05d}-{n}", st.integers(0, 10**15 - 1), st.integers(0, 99999),
                         st.text("abcdef0123456789", min_size=1, max_size=HLC_NODE_MAX)) | st.just("")
    elif col.kind == tables.INT:
        text = st.integers(-(2**63), 2**63 - 1)
    elif col.kind == tables.FLOAT:
        text = st.floats(-1e9, 1e9, allow_nan=False)
    elif col.kind == tables.BOOL:
        text = st.booleans()
    elif col.kind == tables.DATE:
        text = st.dates()
    else:
        text = st.datetimes(min_value=datetime(1900, 1, 1))
    return st.none() | text if col.nullable else text


@st.composite
def _rows(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    name = draw(st.sampled_from(sorted(tables.TABLES)))
    cols = [c for c in tables.TABLES[name].columns if not c.local_only]
    chosen = draw(st.lists(st.sampled_from(cols), unique_by=lambda c: c.name))
    return name, {c.name: draw(_value(c)) for c in chosen}


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_rows())
def test_typed_row_goes_to_json_and_back_unchanged(case: tuple[str, dict[str, object]]) -> None:
    name, row = case
    wire = tables.to_json(name, row)
    assert all(v is None or isinstance(v, str | int | float | bool) for v in wire.values())
    assert tables.from_json(name, wire) == row


def test_local_only_columns_never_travel_and_are_never_taken() -> None:
    row = {"id": "o1", "full_name": "Nguyễn Văn Đức", "password_hash": "argon2$...", "failed_logins": 3,
           "search_text": "nguyen van duc", "locked_until": datetime(2026, 1, 1)}
    assert tables.to_json("officers", row) == {"id": "o1", "full_name": "Nguyễn Văn Đức"}
    assert tables.from_json("officers", {"id": "o1", "password_hash": "stolen"}) == {"id": "o1"}
    assert "search_text" in tables.LOCAL_ONLY


def test_times_with_a_zone_become_naive_utc_and_dates_stay_dates() -> None:
    out = tables.from_json("dossiers", {"received_at": "2026-11-20T10:00:00+07:00", "due_date": "2026-12-01"})
    assert out == {"received_at": datetime(2026, 11, 20, 3, 0), "due_date": date(2026, 12, 1)}


@pytest.mark.parametrize(("payload", "code", "field"), [
    ({"note": "a\x00b"}, "protocol.nul_character", "note"),
    ({"note": "\ud800"}, "protocol.lone_surrogate", "note"),
    ({"cost": math.nan}, "protocol.type", "cost"),
    ({"cost": 10**19}, "protocol.out_of_range", "cost"),
    ({"cost": True}, "protocol.type", "cost"),
    ({"note": [[["deep"]]]}, "protocol.type", "note"),
    ({"note": {"a": 1}}, "protocol.type", "note"),
    ({"kind": "x" * 33}, "protocol.too_long", "kind"),
    ({"note": "x" * (TEXT_MAX + 1)}, "protocol.too_long", "note"),
    ({"at": "yesterday"}, "protocol.bad_datetime", "at"),
    ({"at": "２０２６-11-20T00:00:00"}, "protocol.bad_datetime", "at"),
    ({"at": None}, "protocol.required", "at"),
    ({"hlc": "001763607600000-00001-" + "a" * 32}, "protocol.bad_hlc", "hlc"),
    ({"hlc": "٠٠١٧٦٣٦٠٧٦٠٠٠٠٠-00001-abc"}, "protocol.bad_hlc", "hlc"),
    ({"hlc": "001763607600000-00001-abc\n"}, "protocol.bad_hlc", "hlc"),
    ({"x" * 100: 1}, "protocol.bad_field_name", "x" * 64),
    ({"location": "Kho"}, "protocol.unknown_field", "location"),
])
def test_values_that_may_not_travel_are_refused_with_the_field(payload: dict, code: str, field: str) -> None:
    with pytest.raises(ProtocolError) as err:
        tables.validate("equipment_events", payload)
    assert (err.value.code, err.value.field) == (code, field)
    assert err.value.message_vi and err.value.message_en


def test_floats_refuse_nan_and_infinity_even_from_1e400() -> None:
    for bad in (math.nan, math.inf, float("1e400"), -math.inf):
        with pytest.raises(ProtocolError) as err:
            tables.validate("training_courses", {"hours": bad})
        assert err.value.code == "protocol.not_finite"


def test_too_many_keys_and_unknown_tables_are_refused() -> None:
    with pytest.raises(ProtocolError) as err:
        tables.validate("equipment", {f"k{i}": 1 for i in range(tables.MAX_KEYS + 1)})
    assert err.value.code == "protocol.too_many_keys"
    with pytest.raises(ProtocolError) as err:
        tables.validate("local_state", {})
    assert err.value.code == "protocol.unknown_table"


def test_a_pull_may_ignore_fields_a_newer_desktop_added() -> None:
    assert tables.from_json("fields", {"id": "f", "colour": "red"}, ignore_unknown=True) == {"id": "f"}
    with pytest.raises(ProtocolError):
        tables.from_json("fields", {"id": "f", "name": "\x00"}, ignore_unknown=True)


def test_protocol_error_is_a_validation_error_with_code_and_field() -> None:
    err = ProtocolError("protocol.nul_character", "note")
    assert isinstance(err, ValidationError)
    assert repr(err) == "ProtocolError(code='protocol.nul_character', field='note')"


def test_the_server_has_a_merge_rule_for_every_synced_table() -> None:
    from desktop.server.merge import TABLE_POLICY

    assert set(TABLE_POLICY) == set(tables.TABLES)


# --- a batch of rows a column at a time (an imported file's rows): what to_json gives and refuses row by row -----

HLC = "001763607600000-00001-abc"


@st.composite
def _batches(draw: st.DrawFn) -> tuple[str, list[dict[str, object]]]:
    name = draw(st.sampled_from(sorted(tables.TABLES)))
    cols = [c for c in tables.TABLES[name].columns if not c.local_only]
    chosen = draw(st.lists(st.sampled_from(cols), unique_by=lambda c: c.name, min_size=1))
    rows = draw(st.lists(st.fixed_dictionaries({c.name: _value(c) for c in chosen}), min_size=1, max_size=5))
    return name, rows


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_batches())
def test_a_batch_gives_what_each_row_gives(case: tuple[str, list[dict[str, object]]]) -> None:
    name, rows = case
    assert tables.to_json_many(name, rows) == [tables.to_json(name, row) for row in rows]


def _row(**bad: object) -> dict[str, object]:
    row: dict[str, object] = {"id": "e1", "dossier_id": "d1", "at": datetime(2026, 3, 2, 8, 30), "action": "import",
                              "from_status": 2, "to_status": 5, "due_date": date(2026, 3, 5), "actor": "bench",
                              "note": "Nhập từ danh sách", "hlc": HLC, "server_version": None}
    return row | bad


@pytest.mark.parametrize(("bad", "code", "field"), [
    ({"note": "a\x00b"}, "protocol.nul_character", "note"),
    ({"note": "\ud800"}, "protocol.lone_surrogate", "note"),
    ({"action": "x" * 33}, "protocol.too_long", "action"),
    ({"actor": None}, "protocol.required", "actor"),
    ({"to_status": 2**63}, "protocol.out_of_range", "to_status"),
    ({"to_status": True}, "protocol.type", "to_status"),
    ({"to_status": "5"}, "protocol.type", "to_status"),
    ({"at": None}, "protocol.required", "at"),
    ({"at": "hôm qua"}, "protocol.bad_datetime", "at"),
    ({"hlc": HLC + "\n" + HLC}, "protocol.bad_hlc", "hlc"),  # two clocks in one value, joined like the batch's
    ({"hlc": HLC + "\n"}, "protocol.bad_hlc", "hlc"),
    ({"hlc": 7}, "protocol.type", "hlc"),
])
def test_a_bad_value_in_a_batch_is_refused_as_alone(bad: dict[str, object], code: str, field: str) -> None:
    rows = [_row(id=f"e{i}") for i in range(4)]
    rows[2] = _row(**bad)
    with pytest.raises(ProtocolError) as alone:
        tables.to_json("dossier_events", rows[2])
    with pytest.raises(ProtocolError) as batch:
        tables.to_json_many("dossier_events", rows)
    assert (batch.value.code, batch.value.field) == (alone.value.code, alone.value.field) == (code, field)


def test_an_empty_clock_passes_in_a_batch_as_alone() -> None:
    rows = [_row(hlc=""), _row()]
    assert tables.to_json_many("dossier_events", rows) == [tables.to_json("dossier_events", r) for r in rows]
