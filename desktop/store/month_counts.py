"""The per-month dossier counts behind the 12-month trend, kept by triggers on `dossiers`.

Reading twelve months of a million dossiers takes seconds however the query is grouped, so the store keeps, for
every counted dossier (live, received by this desk, not forwarded), one tally in `dossier_month_counts` under its
key: local month received, local month finished, local month settled when that came before the finish, channel and
outcome (`''` stands for "none", so the key can be a primary key). Triggers move a dossier's tally whenever any of
those facts change, whoever writes the row (services, sync, bundles, imports, raw SQL). The series then reads a
few hundred rows (services.statistics.monthly_series_in), tested equal to the month-by-month statistics.

Local months: the desk's zone (Asia/Ho_Chi_Minh) has been UTC+7 without daylight saving since 1975; the SQL adds
that fixed offset. FIXED_OFFSET_SINCE is the first month the tallies are exact for, and the series falls back to
the slow path for earlier months (tests/store/test_month_counts.py holds the offset to the zone database).
"""

from __future__ import annotations

from datetime import date

from desktop.domain.form06_rules import NOT_RECEIVED

TABLE = "dossier_month_counts"
UTC_OFFSET_HOURS = 7
FIXED_OFFSET_SINCE = date(1975, 7, 1)
KEY_COLUMNS = ("received_month", "finished_month", "settled_month", "channel", "outcome")
_TRIGGERS = ("dossier_month_ai", "dossier_month_ad", "dossier_month_uo", "dossier_month_un")
# The facts a tally's key or its "counted" test are made of: an update touching none of them moves nothing.
_WATCHED = "received_at, finished_at, settled_at, channel, outcome, status, deleted_at, forwarded_to"


def _month(column: str) -> str:
    # Whole seconds first: SQLite's date arithmetic keeps milliseconds, so 16:59:59.999999 would round up into the
    # next local day. Local months start on whole hours, so cutting the fraction never moves a month.
    return f"COALESCE(strftime('%Y-%m', substr({column}, 1, 19), '+{UTC_OFFSET_HOURS} hours'), '')"


def _key(row: str) -> list[str]:
    """The key's SQL for `row` (new / old / a table alias), in KEY_COLUMNS order."""
    settled_first = (f"CASE WHEN {row}.settled_at < {row}.finished_at THEN {_month(f'{row}.settled_at')} "
                     f"ELSE '' END")
    return [_month(f"{row}.received_at"), _month(f"{row}.finished_at"), settled_first,
            f"COALESCE({row}.channel, '')", f"COALESCE({row}.outcome, '')"]


def _counted(row: str) -> str:
    """services.statistics.COUNTED_HERE (form06_rules.in_scope): live, received by this desk, not forwarded."""
    not_received = ", ".join(str(int(s)) for s in sorted(NOT_RECEIVED))
    return f"{row}.deleted_at IS NULL AND {row}.status NOT IN ({not_received}) AND {row}.forwarded_to = ''"


def _add(row: str) -> str:
    return (f"INSERT INTO {TABLE} ({', '.join(KEY_COLUMNS)}, n) VALUES ({', '.join(_key(row))}, 1) "
            f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) DO UPDATE SET n = n + 1;")


def _remove(row: str) -> str:
    match = " AND ".join(f"{c} = {k}" for c, k in zip(KEY_COLUMNS, _key(row), strict=True))
    return f"UPDATE {TABLE} SET n = n - 1 WHERE {match};"


def trigger_statements() -> list[str]:
    return [
        f"CREATE TRIGGER dossier_month_ai AFTER INSERT ON dossiers WHEN {_counted('new')} BEGIN {_add('new')} END",
        f"CREATE TRIGGER dossier_month_ad AFTER DELETE ON dossiers WHEN {_counted('old')} BEGIN {_remove('old')} END",
        # An update takes the old tally away, then adds the new one (SQLite runs both for the same row).
        f"CREATE TRIGGER dossier_month_uo AFTER UPDATE OF {_WATCHED} ON dossiers WHEN {_counted('old')} "
        f"BEGIN {_remove('old')} END",
        f"CREATE TRIGGER dossier_month_un AFTER UPDATE OF {_WATCHED} ON dossiers WHEN {_counted('new')} "
        f"BEGIN {_add('new')} END",
    ]


def drop_trigger_statements() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS]


def refill_statements() -> list[str]:
    """Recount every tally from the dossiers (the migration's backfill; also repairs a hand-edited file)."""
    key = _key("d")
    return [
        f"DELETE FROM {TABLE}",
        f"INSERT INTO {TABLE} ({', '.join(KEY_COLUMNS)}, n) SELECT {', '.join(key)}, COUNT(*) FROM dossiers d "
        f"WHERE {_counted('d')} GROUP BY {', '.join(str(i + 1) for i in range(len(key)))}",
    ]
