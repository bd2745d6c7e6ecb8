"""Random dossiers for holding every fast version of the Biểu 06a rules equal to `desktop.domain.form06_rules`.

Instants cluster on the edges that decide a column: the period's UTC bounds and a microsecond either side, local
midnights (17:00 UTC), and the due date around the day open dossiers are judged on; NULLs wherever a column allows.
The period is November 2026 (local), judged on one of a few days before, at and after its end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from desktop.domain.form06_rules import DossierFacts, Window
from desktop.domain.lifecycle import Status
from desktop.domain.localtime import local_day_start
from desktop.domain.periods import utc_bounds

START, END = date(2026, 11, 1), date(2026, 11, 30)
LO, HI = utc_bounds(START, END)  # 2026-10-31 17:00 and 2026-11-30 17:00 UTC
TODAYS = (date(2026, 11, 15), date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 5))
_US = timedelta(microseconds=1)
# Every month's local first midnight from September 2026 to February 2027 (the series' bounds too), a microsecond
# either side, and a mid-month local midnight.
_MIDNIGHTS = [local_day_start(date(2026 + (m > 12), (m - 1) % 12 + 1, 1)) for m in range(9, 15)]
EDGES = tuple(sorted({t + k * _US for t in _MIDNIGHTS for k in (-1, 0, 1)}
                     | {datetime(2026, 11, 14, 17, 0), datetime(2026, 11, 15, 16, 59, 59, 999999)}))
# Decree 09's month bounds: every local 15th's midnight of the same months, a microsecond either side.
OFFICIAL_EDGES = tuple(sorted(local_day_start(date(2026 + (m > 12), (m - 1) % 12 + 1, 15)) + k * _US
                              for m in range(9, 15) for k in (-1, 0, 1)))
DUE_EDGES = sorted({d + timedelta(days=k) for d in TODAYS for k in (-1, 0, 1)})  # around every judging day
FIELDS = {"full": ("HT", "Hộ tịch"), "partial": ("XD", "Xây dựng")}  # procedure online level → its field


def instants() -> st.SearchStrategy[datetime]:
    edge = st.sampled_from(EDGES)
    return st.one_of(edge, edge, st.datetimes(min_value=datetime(2026, 9, 20), max_value=datetime(2027, 1, 10)))


def maybe_instant() -> st.SearchStrategy[datetime | None]:
    return st.one_of(st.none(), instants())


@dataclass(frozen=True)
class Case:
    """One generated dossier: its facts and the online level of its procedure (`FIELDS` gives the field)."""

    facts: DossierFacts
    level: str


@st.composite
def cases(draw: st.DrawFn, nullable: bool = False) -> Case:
    """A dossier; `nullable` also leaves the columns the desktop declares NOT NULL empty (the server's rows)."""
    def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
        return st.one_of(st.none(), strategy) if nullable else strategy
    level = draw(st.sampled_from(sorted(FIELDS)))
    due = draw(st.one_of(st.none(), st.sampled_from(DUE_EDGES), st.sampled_from(DUE_EDGES),
                         st.dates(min_value=date(2026, 9, 1), max_value=date(2027, 1, 31))))
    facts = DossierFacts(
        received_at=draw(maybe(instants())), channel=draw(maybe(st.sampled_from(["online", "direct", "postal"]))),
        status=draw(maybe(st.sampled_from([int(s) for s in Status]))), due_date=due,
        finished_at=draw(maybe_instant()), closed_at=draw(maybe_instant()), settled_at=draw(maybe_instant()),
        paused_at=draw(maybe_instant()), outcome=draw(st.sampled_from([None, "early", "on_time", "late", "other"])),
        boundary_free=draw(st.booleans()), online_full=level == "full", deleted=draw(st.integers(0, 4)) == 0,
        payment_paused_on=draw(st.one_of(st.none(), st.none(), st.sampled_from(DUE_EDGES),
                                          st.dates(min_value=date(2026, 9, 1), max_value=date(2027, 1, 31)))),
        forwarded=draw(st.integers(0, 5)) == 0)
    return Case(facts, level)


def windows() -> st.SearchStrategy[Window]:
    return st.sampled_from(TODAYS).map(lambda today: Window.of(START, END, today))


def edge_grid(today: date) -> list[Case]:
    """Every combination of the deciding edges, deterministic: receipt and settling a microsecond either side of
    each bound, by a finish or a closing, paused or not at the end, due the day before, on or after the judging day."""
    as_of = min(END, today)
    around = (LO - _US, LO, HI - _US, HI)
    out = []
    for got in around:
        for settled in (None, *around):
            for how in ("finished", "closed"):
                for paused in (None, HI - _US, HI):
                    for due in (None, as_of - timedelta(days=1), as_of, as_of + timedelta(days=1)):
                        for status in (3, 4, 5, 6, 9):
                            done = {f"{how}_at": settled} if settled else {}
                            level = ("full", "partial")[status % 2]
                            # Payment pauses on the day before, of and after the due date, or none.
                            pay = (None, due and due - timedelta(days=1), due, due and due + timedelta(days=1)
                                   )[len(out) % 4] if status == 6 else None
                            out.append(Case(DossierFacts(
                                received_at=got, channel=("online", "postal")[len(out) % 2], status=status,
                                due_date=due, settled_at=settled, paused_at=paused, online_full=level == "full",
                                outcome=("early", None, "late")[len(out) % 3], payment_paused_on=pay,
                                forwarded=len(out) % 7 == 0, **done), level))
    return out


def series_grid(edges: tuple[datetime, ...] = EDGES) -> list[Case]:
    """Receipts and finishes at every month bound of the series (a microsecond either side), settled or not;
    Decree 09's bounds with `edges=OFFICIAL_EDGES`."""
    out = []
    for got in edges:
        for finished in (None, *edges):
            for settled in ("same", None):
                out.append(Case(DossierFacts(
                    received_at=got, channel=("online", "direct")[len(out) % 2], status=9, finished_at=finished,
                    settled_at=finished if settled == "same" else None, outcome=("on_time", None)[len(out) % 2],
                    online_full=True), "full"))
    return out
