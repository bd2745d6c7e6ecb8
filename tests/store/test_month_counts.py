"""The per-half-month tallies behind the trend (store.month_counts) stay equal to a recount of the dossiers whatever is
written to them, by the services or straight into the file, and the fixed offset they use is the zone's."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.lifecycle import FINISH, REQUEST_SUPPLEMENT, START, STOP, Status
from desktop.domain.localtime import LOCAL_TZ
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, change_status, register_dossier, remove_dossier
from desktop.store import month_counts
from desktop.store.database import Database


def _tallies(conn: sqlite3.Connection) -> list[tuple]:
    return sorted(conn.execute(f"SELECT * FROM {month_counts.TABLE} WHERE n <> 0").fetchall())


def _recount(conn: sqlite3.Connection) -> list[tuple]:
    conn.execute("SAVEPOINT recount")
    for statement in month_counts.refill_statements():
        conn.execute(statement)
    fresh = _tallies(conn)
    conn.execute("ROLLBACK TO recount")
    conn.execute("RELEASE recount")
    return fresh


def test_the_fixed_offset_is_the_zones_since_1975() -> None:
    moment = datetime.combine(month_counts.FIXED_OFFSET_SINCE, datetime.min.time(), UTC)
    while moment.year < 2100:
        assert moment.astimezone(LOCAL_TZ).utcoffset() == timedelta(hours=month_counts.UTC_OFFSET_HOURS)
        moment += timedelta(days=97)


def test_half_month_keys_split_on_decree_09s_cut_off() -> None:
    assert [month_counts.half_key(date(2026, 11, d)) for d in (1, 14, 15, 30)] == [
        "2026-11-1", "2026-11-1", "2026-11-2", "2026-11-2"]
    # 15/11 belongs to Decree 09's December, to the calendar's November; '' is no fact at all.
    assert month_counts.half_ordinal("2026-11-2", calendar=False) == 2026 * 12 + 11
    assert month_counts.half_ordinal("2026-11-2", calendar=True) == month_counts.half_ordinal(
        "2026-11-1", calendar=False) == 2026 * 12 + 10
    assert month_counts.half_ordinal("", calendar=False) is None


def test_services_keep_the_tallies(ctx: ServiceContext, db: Database) -> None:
    codes = [register_dossier(ctx, DossierInput("1.009994", f"Trần Thị Bình {i}", channel)).code
             for i, channel in enumerate(("direct", "online", "postal", "direct"))]
    change_status(ctx, codes[0], START)
    change_status(ctx, codes[0], FINISH)
    change_status(ctx, codes[1], START)
    change_status(ctx, codes[1], STOP, note="công dân xin dừng")
    change_status(ctx, codes[3], REQUEST_SUPPLEMENT, note="thiếu bản vẽ")
    remove_dossier(ctx, codes[2])
    with sqlite3.connect(db.paths.database) as conn:
        got = _tallies(conn)
        assert got == _recount(conn)
        assert sum(row[-1] for row in got) == 3  # the removed one no longer counts


_INSTANTS = st.datetimes(min_value=datetime(2025, 12, 31, 16), max_value=datetime(2026, 3, 1, 17))
# Local month and half-month bounds (the 15th's midnight), and a microsecond before them.
_MONTH_EDGES = st.sampled_from([datetime(2026, 1, 31, 16, 59, 59, 999999), datetime(2026, 1, 31, 17),
                                datetime(2026, 2, 28, 16, 59, 59, 999999), datetime(2026, 2, 13, 16, 59, 59, 999999),
                                datetime(2026, 2, 13, 17)])
_maybe_instant = st.none() | _INSTANTS | _MONTH_EDGES
_writes = st.lists(st.tuples(st.sampled_from(["insert", "update", "delete"]), st.integers(0, 5),
                             st.one_of(_INSTANTS, _MONTH_EDGES), _maybe_instant, _maybe_instant, _maybe_instant,
                             st.sampled_from(["online", "direct", "postal"]),
                             st.sampled_from([None, "early", "on_time", "late"]),
                             st.sampled_from([int(s) for s in Status]), st.booleans(),
                             st.sampled_from(["", "UBND phường Hồng Gai"])),
                   min_size=1, max_size=25)


@given(writes=_writes)
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_writes_keep_the_tallies(ctx: ServiceContext, db: Database, writes: list[tuple]) -> None:
    """Raw inserts, updates and deletes (as sync, bundles or a repair tool write) of any combination of facts."""
    register_dossier(ctx, DossierInput("1.001193", "Lê Văn Cường", "direct"))  # a row the writes leave alone
    with sqlite3.connect(db.paths.database) as conn:
        template = conn.execute("SELECT * FROM dossiers LIMIT 1").fetchone()
        names = [c[1] for c in conn.execute("PRAGMA table_info(dossiers)")]
        for action, slot, received, finished, settled, paused, channel, outcome, status, deleted, forwarded in writes:
            code = f"HS-{slot}"
            facts = {"received_at": received, "finished_at": finished, "settled_at": settled, "paused_at": paused,
                     "channel": channel,
                     "outcome": outcome, "status": status, "deleted_at": received if deleted else None,
                     "forwarded_to": forwarded}
            facts = {k: v.isoformat(sep=" ", timespec="microseconds") if isinstance(v, datetime) else v
                     for k, v in facts.items()}
            if action == "delete":
                conn.execute("DELETE FROM dossiers WHERE code = ?", (code,))
            elif conn.execute("SELECT 1 FROM dossiers WHERE code = ?", (code,)).fetchone():
                conn.execute(f"UPDATE dossiers SET {', '.join(f'{k} = ?' for k in facts)} WHERE code = ?",
                             (*facts.values(), code))
            else:
                row = dict(zip(names, template, strict=True), id=f"id-{slot}", code=code, receipt_seq=None, **facts)
                conn.execute(f"INSERT INTO dossiers ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                             tuple(row.values()))
        assert _tallies(conn) == _recount(conn)
        conn.execute("DELETE FROM dossiers WHERE code LIKE 'HS-%'")
        conn.commit()
