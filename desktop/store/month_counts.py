"""The per-half-month dossier counts behind the 12-period trend, kept by triggers on `dossiers`.

Reading twelve months of a million dossiers takes seconds however the query is grouped, so the store keeps, for
every counted dossier (live, received by this desk, not forwarded), one tally in `dossier_period_counts` under its
key: the local half-month it was received, finished, settled (finished or closed) and paused for a supplement in,
its channel, its outcome (`''` stands for "none", so the key can be a primary key) and whether it is boundary-free
(migration 0016, for the dashboard's month). A half-month key is `YYYY-MM-1` (days 1–14) or `YYYY-MM-2` (the 15th
on), so both a calendar month (its two halves) and a month of Decree 09 (the second half of the month before and the
first of its own) are whole sets of keys. Triggers move a dossier's tally whenever any of those facts change, whoever
writes the row (services, sync, bundles, imports, raw SQL). The series and the dashboard's month then read a few
thousand rows (services.statistics.tallied_months_in), tested equal to the period-by-period statistics.

Local days: the desk's zone (Asia/Ho_Chi_Minh) has been UTC+7 without daylight saving since 1975; the SQL adds
that fixed offset. FIXED_OFFSET_SINCE is the first month the tallies are exact for, and the series falls back to
the slow path for earlier months (tests/store/test_month_counts.py holds the offset to the zone database).
"""

from __future__ import annotations

from datetime import date

from desktop.domain.form06_rules import NOT_RECEIVED
from desktop.domain.periods import CUTOFF_DAY

TABLE = "dossier_period_counts"
UTC_OFFSET_HOURS = 7
FIXED_OFFSET_SINCE = date(1975, 7, 1)
KEY_COLUMNS = ("received_half", "finished_half", "settled_half", "paused_half", "channel", "outcome", "boundary_free")
_TYPES = {"channel": "VARCHAR(16)", "outcome": "VARCHAR(16)", "boundary_free": "INTEGER"}
_TRIGGERS = ("dossier_period_ai", "dossier_period_ad", "dossier_period_uo", "dossier_period_un")
# The facts a tally's key or its "counted" test are made of: an update touching none of them moves nothing.
_WATCHED = ("received_at, finished_at, settled_at, paused_at, channel, outcome, boundary_free, status, deleted_at, "
            "forwarded_to")


def half_key(day: date) -> str:
    """The tallies' key of a local day: `YYYY-MM-1` up to Decree 09's cut-off (the 14th), `YYYY-MM-2` after it."""
    return f"{day:%Y-%m}-{1 if day.day <= CUTOFF_DAY else 2}"


def half_ordinal(key: str, *, calendar: bool) -> int | None:
    """The month (year * 12 + month - 1) a half-month key belongs to: by name for calendar months; in Decree 09's
    months the second half belongs to the next month. None for '' (no such fact)."""
    if not key:
        return None
    year, month, half = int(key[:4]), int(key[5:7]), key[8:]
    return year * 12 + month - 1 + (half == "2" and not calendar)


def _half(column: str) -> str:
    # Whole seconds first: SQLite's date arithmetic keeps milliseconds, so 16:59:59.999999 would round up into the
    # next local day. Local days start on whole hours, so cutting the fraction never moves a day.
    local = f"substr({column}, 1, 19), '+{UTC_OFFSET_HOURS} hours'"
    return (f"COALESCE(strftime('%Y-%m-', {local}) || CASE WHEN CAST(strftime('%d', {local}) AS INTEGER) "
            f"<= {CUTOFF_DAY} THEN '1' ELSE '2' END, '')")


def _key(row: str) -> list[str]:
    """The key's SQL for `row` (new / old / a table alias), in KEY_COLUMNS order."""
    return [_half(f"{row}.received_at"), _half(f"{row}.finished_at"), _half(f"{row}.settled_at"),
            _half(f"{row}.paused_at"), f"COALESCE({row}.channel, '')", f"COALESCE({row}.outcome, '')",
            f"COALESCE({row}.boundary_free, 0)"]


def counted_here(row: str) -> str:
    """SQL on the alias `row`: a dossier the one-stop form counts here (form06_rules.in_scope): live, received by
    this desk (not waiting online, not refused at reception), not forwarded to the agency that resolves it. The
    statistics, the late-dossier list and these tallies all count by it."""
    not_received = ", ".join(str(int(s)) for s in sorted(NOT_RECEIVED))
    return f"{row}.deleted_at IS NULL AND {row}.status NOT IN ({not_received}) AND {row}.forwarded_to = ''"


def _add(row: str) -> str:
    return (f"INSERT INTO {TABLE} ({', '.join(KEY_COLUMNS)}, n) VALUES ({', '.join(_key(row))}, 1) "
            f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) DO UPDATE SET n = n + 1;")


def _remove(row: str) -> str:
    match = " AND ".join(f"{c} = {k}" for c, k in zip(KEY_COLUMNS, _key(row), strict=True))
    return f"UPDATE {TABLE} SET n = n - 1 WHERE {match};"


def create_table_statement() -> str:
    columns = ", ".join(f"{c} {_TYPES.get(c, 'VARCHAR(9)')} NOT NULL" for c in KEY_COLUMNS)
    return (f"CREATE TABLE IF NOT EXISTS {TABLE} ({columns}, n INTEGER NOT NULL, "
            f"CONSTRAINT pk_{TABLE} PRIMARY KEY ({', '.join(KEY_COLUMNS)}))")


def trigger_statements() -> list[str]:
    return [
        f"CREATE TRIGGER dossier_period_ai AFTER INSERT ON dossiers WHEN {counted_here('new')} BEGIN {_add('new')} END",
        f"CREATE TRIGGER dossier_period_ad AFTER DELETE ON dossiers WHEN {counted_here('old')} "
        f"BEGIN {_remove('old')} END",
        # An update takes the old tally away, then adds the new one (SQLite runs both for the same row).
        f"CREATE TRIGGER dossier_period_uo AFTER UPDATE OF {_WATCHED} ON dossiers WHEN {counted_here('old')} "
        f"BEGIN {_remove('old')} END",
        f"CREATE TRIGGER dossier_period_un AFTER UPDATE OF {_WATCHED} ON dossiers WHEN {counted_here('new')} "
        f"BEGIN {_add('new')} END",
    ]


def drop_trigger_statements() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS]


def add_rows_statement(where: str) -> str:
    """The dossiers matching `where` (SQL on the alias `d`) added to the tallies at once, as the insert trigger adds
    each one (a bulk insert defers the trigger: store.bulk_triggers)."""
    key = _key("d")
    return (f"INSERT INTO {TABLE} ({', '.join(KEY_COLUMNS)}, n) SELECT {', '.join(key)}, COUNT(*) FROM dossiers d "
            f"WHERE {counted_here('d')} AND ({where}) GROUP BY {', '.join(str(i + 1) for i in range(len(key)))} "
            f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) DO UPDATE SET n = n + excluded.n")


def refill_statements() -> list[str]:
    """Recount every tally from the dossiers (the migration's backfill; also repairs a hand-edited file)."""
    key = _key("d")
    return [
        f"DELETE FROM {TABLE}",
        f"INSERT INTO {TABLE} ({', '.join(KEY_COLUMNS)}, n) SELECT {', '.join(key)}, COUNT(*) FROM dossiers d "
        f"WHERE {counted_here('d')} GROUP BY {', '.join(str(i + 1) for i in range(len(key)))}",
    ]
