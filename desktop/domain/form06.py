"""One line of Biểu 06/VPCP/KSTT: the counted columns and the totals and rates derived from them.

The commune's statistics and the province server both count into this row, so the two can never drift apart.
Two views of the same dossiers: the finer counts (kept in the JSON and the workbook) and the columns of form II.06a
(`form_*`, DOMAIN.md §3), where every dossier in scope is counted once on each side, so 3 = 7 + 11 always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Form06Row:
    field: str
    field_code: str
    received_total: int = 0
    received_online: int = 0
    received_direct_postal: int = 0
    received_postal: int = 0
    received_online_full: int = 0
    received_boundary_free: int = 0
    carried_over: int = 0
    resolved_total: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    resolved_unrated: int = 0
    closed_without_result: int = 0
    in_progress_total: int = 0
    in_progress_within: int = 0
    in_progress_overdue: int = 0
    # Form II.06a columns (8), (9), (10), (12), (13): (9) also holds the dossiers withdrawn, refused or stopped in the
    # period and those waiting for a supplement at its end, as the form's note says.
    form_early: int = 0
    form_on_time: int = 0
    form_late: int = 0
    form_within: int = 0
    form_overdue: int = 0
    online_rate: float | None = None  # online / (online + direct or postal)

    def to_dict(self) -> dict[str, object]:
        """The row as JSON carries it (`stats --json`, the province's summaries, closed figures), with its on-time
        rate: the form's, as on the paper."""
        return {**asdict(self), "on_time_rate": self.form_on_time_rate}

    @property
    def form_resolved(self) -> int:
        """Column (7) = (8) + (9) + (10)."""
        return self.form_early + self.form_on_time + self.form_late

    @property
    def form_in_progress(self) -> int:
        """Column (11) = (12) + (13)."""
        return self.form_within + self.form_overdue

    def form06a(self) -> tuple[int, ...]:
        """Columns (3) to (13) of form II.06a."""
        return (self.received_total, self.received_online, self.received_direct_postal, self.carried_over,
                self.form_resolved, self.form_early, self.form_on_time, self.form_late, self.form_in_progress,
                self.form_within, self.form_overdue)

    @property
    def form_on_time_rate(self) -> float | None:
        """The form's on-time rate, [(8) + (9)] / (7) (`on_time_rate`)."""
        return on_time_rate(self.form_early, self.form_on_time, self.form_late)


def on_time_counts(early: int, on_time: int, late: int) -> tuple[int, int]:
    """The on-time rate's numerator and denominator: (8) + (9), and (7) = (8) + (9) + (10)."""
    return early + on_time, early + on_time + late


def on_time_rate(early: int, on_time: int, late: int) -> float | None:
    """The on-time rate of form II.06a, [(8) + (9)] / (7) where (7) = (8) + (9) + (10) (DOMAIN.md §3): the one rate
    the dashboard, `stats --json`, the Báo cáo page, the trend, the papers and the Decision 766 index show. None when
    nothing was resolved."""
    counted, done = on_time_counts(early, on_time, late)
    return round(counted / done, 4) if done else None


# The columns that are counted; the three totals and the rates follow from them.
COUNTS = tuple(f.name for f in fields(Form06Row)
               if f.type == "int" and f.name not in ("received_total", "resolved_total", "in_progress_total"))


def form06_row(name: str, code: str, counts: dict[str, int]) -> Form06Row:
    c = {k: int(counts.get(k) or 0) for k in COUNTS}
    resolved = c["resolved_early"] + c["resolved_on_time"] + c["resolved_late"] + c["resolved_unrated"]
    new = c["received_online"] + c["received_direct_postal"]
    return Form06Row(
        field=name, field_code=code, **c, received_total=new + c["carried_over"], resolved_total=resolved,
        in_progress_total=c["in_progress_within"] + c["in_progress_overdue"],
        online_rate=online_rate(c["received_online"], new))


def online_rate(online: int, new: int) -> float | None:
    """The share of a period's new dossiers received online; None when nothing new was received."""
    return round(online / new, 4) if new else None


_FIELDS = frozenset(f.name for f in fields(Form06Row))


def row_from_dict(raw: dict[str, object]) -> Form06Row:
    """A row kept as JSON (closed figures, snapshots), keys this version no longer has left out (an older row's
    `on_time_rate`, whose rate the form's columns now give)."""
    return Form06Row(**{k: v for k, v in raw.items() if k in _FIELDS})  # type: ignore[arg-type]
