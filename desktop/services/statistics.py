"""The one query module behind every figure on the dashboard and in the printed reports.

Dossier figures follow the one-stop statistics form (Biểu 06/VPCP/KSTT, DOMAIN.md §3) for a period of local dates:
received = new online + new direct/postal + carried over; resolved = early + on time + late;
in progress at the end = within + overdue; and received = resolved + in progress + closed without a result.
The rules are `desktop.domain.form06_rules`; the statements here are their fast SQL versions, tested equal to them
on random dossiers (tests/services/test_statistics_rules.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.orm import Session

from desktop.domain.form06 import COUNTS, Form06Row, form06_row, on_time_rate, online_rate
from desktop.domain.form06_rules import Window
from desktop.domain.periods import Period, current, shifted
from desktop.domain.text import vi_sort_key
from desktop.services.context import ServiceContext
from desktop.services.dto import Record
from desktop.store import month_counts

COUNTED_HERE = month_counts.counted_here("s")


def past_due(row: str) -> str:
    """SQL on the alias `row`: past due on the judging day `:as_of`, a clock stopped for payment judged on the day it
    stopped (form06_rules.past_due)."""
    return (f"({row}.due_date < :as_of AND ({row}.payment_paused_on IS NULL "
            f"OR {row}.due_date < {row}.payment_paused_on))")


_PAST_DUE = past_due("s")

# The columns the figures read: SQLite materialises the scope, and a copy of whole rows (search text, applicant,
# sync columns) cost more than the counting.
SCOPE_COLUMNS = ("received_at, channel, boundary_free, finished_at, outcome, closed_at, settled_at, paused_at, "
                 "due_date, payment_paused_on, procedure_id, deleted_at, status, forwarded_to")
_PER_PROCEDURE = ("received_online", "received_direct_postal", "received_postal", "received_boundary_free",
                  "carried_over", "resolved_early", "resolved_on_time", "resolved_late", "resolved_unrated",
                  "closed_without_result", "in_progress_within", "in_progress_overdue", "form_early", "form_late",
                  "form_on_time", "form_within", "form_overdue")
_FIELD_SUMS = ", ".join(f"SUM(x.{c}) AS {c}" for c in _PER_PROCEDURE)
# Candidate rows: received in the period, or received earlier and still on the desk when it began.
# Three index-friendly branches instead of one OR, so a month stays fast on a million dossiers.
_STATS_SQL = f"""
WITH scope AS (
    SELECT {SCOPE_COLUMNS} FROM dossiers WHERE received_at >= :start AND received_at < :stop
    UNION ALL
    SELECT {SCOPE_COLUMNS} FROM dossiers WHERE settled_at >= :start AND received_at < :start
    UNION ALL
    SELECT {SCOPE_COLUMNS} FROM dossiers WHERE settled_at IS NULL AND received_at < :start
),
-- Counted per procedure first, then per field: joining ~100 procedures, not a procedure and a field per dossier.
per_procedure AS (
    SELECT s.procedure_id,
        SUM(s.received_at >= :start AND s.channel = 'online') AS received_online,
        SUM(s.received_at >= :start AND COALESCE(s.channel, '') <> 'online') AS received_direct_postal,
        SUM(s.received_at >= :start AND s.channel = 'postal') AS received_postal,
        SUM(s.received_at >= :start AND s.boundary_free) AS received_boundary_free,
        SUM(s.received_at < :start) AS carried_over,
        SUM(s.finished_at >= :start AND s.finished_at < :stop AND s.outcome = 'early') AS resolved_early,
        SUM(s.finished_at >= :start AND s.finished_at < :stop AND s.outcome = 'on_time') AS resolved_on_time,
        SUM(s.finished_at >= :start AND s.finished_at < :stop AND s.outcome = 'late') AS resolved_late,
        SUM(s.finished_at >= :start AND s.finished_at < :stop AND s.outcome IS NULL) AS resolved_unrated,
        SUM(s.closed_at >= :start AND s.closed_at < :stop) AS closed_without_result,
        SUM((s.settled_at IS NULL OR s.settled_at >= :stop)
            AND NOT ({_PAST_DUE} AND (s.paused_at IS NULL OR s.paused_at >= :stop))) AS in_progress_within,
        SUM((s.settled_at IS NULL OR s.settled_at >= :stop)
            AND ({_PAST_DUE} AND (s.paused_at IS NULL OR s.paused_at >= :stop))) AS in_progress_overdue,
        SUM(s.settled_at < :stop AND s.finished_at < :stop AND s.outcome = 'early') AS form_early,
        SUM(s.settled_at < :stop AND s.finished_at < :stop AND s.outcome = 'late') AS form_late,
        SUM(CASE WHEN s.settled_at < :stop
                 THEN NOT COALESCE(s.finished_at < :stop AND s.outcome IN ('early', 'late'), 0)
                 ELSE COALESCE(s.paused_at < :stop, 0) END) AS form_on_time,
        SUM(NOT COALESCE(s.settled_at < :stop, 0) AND NOT COALESCE(s.paused_at < :stop, 0)
            AND NOT COALESCE({_PAST_DUE}, 0)) AS form_within,
        SUM(NOT COALESCE(s.settled_at < :stop, 0) AND NOT COALESCE(s.paused_at < :stop, 0)
            AND COALESCE({_PAST_DUE}, 0)) AS form_overdue
    FROM scope s
    WHERE {COUNTED_HERE}
    GROUP BY s.procedure_id
)
SELECT f.code AS field_code, f.name AS field_name,
    {_FIELD_SUMS},
    SUM(CASE WHEN p.online_level = 'full' THEN x.received_online ELSE 0 END) AS received_online_full
FROM per_procedure x
JOIN procedures p ON p.id = x.procedure_id
JOIN fields f ON f.id = p.field_id
GROUP BY f.code, f.name
ORDER BY f.name
"""

STATS_SQL = _STATS_SQL  # the benchmark runs the very same statement through raw sqlite3


# Biểu 06's row lives in the domain, so the province server counts into the very same columns.
DossierRow = Form06Row
_COUNTS = list(COUNTS)
_finish = form06_row


@dataclass(frozen=True)
class DossierStats(Record):
    period_from: date
    period_to: date
    as_of: date
    by_field: tuple[DossierRow, ...]
    total: DossierRow

    def to_json(self) -> dict[str, object]:
        return {"period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
                "as_of": self.as_of.isoformat(), "total": row_json(self.total),
                "by_field": [row_json(r) for r in self.by_field]}


def row_json(row: DossierRow) -> dict[str, object]:
    """A row's counts, plus form II.06a's columns (3)–(13) and its on-time rate [(8) + (9)] / (7): the figures the
    paper, the dashboard and the Báo cáo page print (`on_time_rate`; `form_on_time_rate` is the same, the name
    earlier versions wrote it under)."""
    return {**row.to_dict(), "form06a": list(row.form06a()), "form_on_time_rate": row.form_on_time_rate}


def stats_params(start: date, end: date, today: date) -> dict[str, object]:
    """The bind parameters of the period's statements: the rules' `Window` of the same dates."""
    w = Window.of(start, end, today)
    return {"start": w.lo, "stop": w.hi, "as_of": w.as_of}


def dossier_stats_in(session: Session, start: date, end: date, today: date) -> DossierStats:
    stmt = text(_STATS_SQL).bindparams(bindparam("start", type_=DateTime), bindparam("stop", type_=DateTime))
    rows = [_finish(r.field_name, r.field_code, r._asdict())
            for r in session.execute(stmt, stats_params(start, end, today))]
    # Fields in Vietnamese dictionary order (DOMAIN §8): SQL's byte order puts “Bưu chính” before “Bảo trợ”.
    rows.sort(key=lambda r: vi_sort_key(r.field))
    total = _finish("Tổng cộng", "", {k: sum(getattr(r, k) for r in rows) for k in _COUNTS})
    return DossierStats(start, end, min(end, today), tuple(rows), total)


def dossier_stats(ctx: ServiceContext, start: date, end: date) -> DossierStats:
    with ctx.db.session() as session:
        return dossier_stats_in(session, start, end, ctx.today())


@dataclass(frozen=True)
class MonthFigures(Record):
    """A month's headline figures, read from the tallies: the new dossiers (online, direct or postal,
    boundary-free), those carried over, and form II.06a's columns (8)–(10), as the month's statistics count them
    (the dashboard's tiles, the trend's points, a report's comparison with the month before and a year before)."""

    received_online: int
    received_direct_postal: int
    received_boundary_free: int
    carried_over: int
    form_early: int
    form_on_time: int
    form_late: int

    @property
    def received_new(self) -> int:
        return self.received_online + self.received_direct_postal

    @property
    def received_total(self) -> int:
        return self.received_new + self.carried_over

    @property
    def form_resolved(self) -> int:
        """Column (7) = (8) + (9) + (10)."""
        return self.form_early + self.form_on_time + self.form_late

    @property
    def form_on_time_rate(self) -> float | None:
        return on_time_rate(self.form_early, self.form_on_time, self.form_late)

    @property
    def online_rate(self) -> float | None:
        return online_rate(self.received_online, self.received_new)

    @classmethod
    def of(cls, counts: Counter[str] | dict[str, int]) -> MonthFigures:
        return cls(**{name: int(counts.get(name) or 0) for name in _FIGURES})

    def point(self, month: Period) -> MonthPoint:
        return MonthPoint(month.key, self.received_new, self.form_resolved, self.form_on_time_rate, self.online_rate)


_FIGURES = ("received_online", "received_direct_postal", "received_boundary_free", "carried_over", "form_early",
            "form_on_time", "form_late")


@dataclass(frozen=True)
class MonthPoint(Record):
    month: str  # YYYY-MM: the month's key, Decree 09's month (15th to 14th) unless the series is in calendar months
    received: int  # new in the month: (4) + (5)
    resolved: int  # column (7) of form II.06a, as the dashboard's tile
    on_time_rate: float | None  # form II.06a's, [(8) + (9)] / (7) (form06.on_time_rate), as the dashboard's tile
    online_rate: float | None


def trend_months(last: Period, months: int) -> list[Period]:
    """The `months` months that end with the month `last`, oldest first (its kind of month: Decree 09's or
    calendar)."""
    if months < 1:
        raise ValueError("months must be at least 1")
    if last.kind != "month":
        raise ValueError("a trend counts months")
    return [shifted(last, k - months + 1) for k in range(months)]


def trend_month(day: date, *, calendar: bool = False) -> Period:
    """The month a trend ending on `day` ends with: the one `day` falls in."""
    return current("month", day, calendar=calendar)


def monthly_series_by_month(ctx: ServiceContext, last: Period, months: int = 12) -> list[MonthPoint]:
    """The trend computed month by month with the report's own query: the reference the tallied version is
    tested against (twelve passes over the table, so too slow for screens on a large database)."""
    with ctx.db.session() as session:
        return _series_by_month(session, trend_months(last, months), ctx.today())


def _counts_by_month(session: Session, months: list[Period], today: date) -> list[dict[str, int]]:
    totals = (dossier_stats_in(session, month.start, month.end, today).total for month in months)
    return [{k: getattr(s, k) for k in _COUNTS} for s in totals]


def _series_by_month(session: Session, months: list[Period], today: date) -> list[MonthPoint]:
    counts = _counts_by_month(session, months, today)
    return [MonthFigures.of(c).point(month) for month, c in zip(months, counts, strict=True)]


# The tallies of every dossier received by the series' end and received in the series or not settled before it.
_TALLIES_SQL = text(f"""
SELECT {', '.join(month_counts.KEY_COLUMNS)}, n FROM {month_counts.TABLE}
WHERE n > 0 AND received_half <= :last AND (received_half >= :first OR settled_half = '' OR settled_half >= :first)
""")


def _tally(counts: list[Counter[str]], first: int, keys: tuple[str, ...], calendar: bool, n: int) -> None:
    """Add one tally to the months of the series (`counts[i]` is month `first + i`) whose form it counts in, as the
    statistics query does: in scope while received by the month's end and not settled before it began; carried
    over, new (columns (4) and (5)), boundary-free and columns (8)–(10): what MonthFigures holds."""
    got, done, settled, paused = (month_counts.half_ordinal(k, calendar=calendar) for k in keys[:4])
    channel, outcome, boundary_free = keys[4], keys[5] or None, keys[6]  # the tallies write "no outcome" as ''
    if got is None:
        return
    for i in range(max(got - first, 0), len(counts)):
        month, c = first + i, counts[i]
        if got < month and settled is not None and settled < month:
            break  # settled before this month began: out of scope from here on
        if got < month:  # received before the month, not settled before it began
            c["carried_over"] += n
        if got == month:
            c["received_online" if channel == "online" else "received_direct_postal"] += n
            if boundary_free:
                c["received_boundary_free"] += n
        if settled is not None and settled <= month:  # columns (8)–(10), settled by the month's end
            early_late = done is not None and done <= month and outcome in ("early", "late")
            c[f"form_{outcome}" if early_late else "form_on_time"] += n
        elif paused is not None and paused <= month:  # waiting for a supplement at its end: column (9)
            c["form_on_time"] += n


def _tallied_counts(session: Session, series: list[Period]) -> list[Counter[str]] | list[dict[str, int]]:
    """The counts a point and the dashboard's month draw, per month of `series`, from the store's half-month
    tallies (store.month_counts): a few thousand rows however many dossiers there are."""
    if series[0].start < month_counts.FIXED_OFFSET_SINCE:  # local days the tallies' fixed offset does not hold for
        # (these figures never depend on the "as of" day, which only splits what is still in progress)
        return _counts_by_month(session, series, series[-1].end)
    first = month_counts.half_ordinal(month_counts.half_key(series[0].end), calendar=True)
    assert first is not None
    counts: list[Counter[str]] = [Counter() for _ in series]
    rows = session.execute(_TALLIES_SQL, {"first": month_counts.half_key(series[0].start),
                                          "last": month_counts.half_key(series[-1].end)})
    for *keys, n in rows:
        _tally(counts, first, tuple(keys), series[-1].calendar, n)
    return counts


def tallied_months_in(session: Session, last: Period, months: int = 12) -> list[MonthFigures]:
    """The figures of the `months` months ending with `last`, oldest first, from one read of the tallies; tested
    equal to the month-by-month statistics."""
    return [MonthFigures.of(c) for c in _tallied_counts(session, trend_months(last, months))]


def points(figures: list[MonthFigures], last: Period) -> list[MonthPoint]:
    """The trend's points of `tallied_months_in(…, last, len(figures))`."""
    return [f.point(month) for f, month in zip(figures, trend_months(last, len(figures)), strict=True)]


def monthly_series_in(session: Session, last: Period, months: int = 12) -> list[MonthPoint]:
    """The same points as `monthly_series_by_month`, from the store's half-month tallies."""
    return points(tallied_months_in(session, last, months), last)


def monthly_series(ctx: ServiceContext, last: Period, months: int = 12) -> list[MonthPoint]:
    """The trend the dashboard chart and the report's chart draw: one point per month (Decree 09's, or calendar
    months when `last` is one), oldest first, read from the store's half-month tallies."""
    with ctx.db.session() as session:
        return monthly_series_in(session, last, months)
