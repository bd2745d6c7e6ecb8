"""Which columns of Biểu 06a one dossier counts in for a period, and whether an open dossier is overdue or due soon.

The one statement of these rules. The desktop's statistics, monthly series and list filters run faster SQL versions
of them, and the province server counts with these very functions; tests hold every SQL version equal to them on
random dossiers (tests/domain/test_form06_rules.py and the tests of each fast path).

A dossier counts for the period [lo, hi) (naive UTC, see `periods.utc_bounds`), judged overdue on `as_of`:
- scope: received before the period ends, and received in it or still on the desk when it began (not settled
  before `lo`); a dossier registered online but never accepted, refused at the reception check (never received,
  DOMAIN.md §2), forwarded to the competent agency elsewhere (counted where it is resolved), or without a receipt
  time or status, is not counted;
- received: online, or direct/postal, when received in the period; carried over when received before it;
- resolved: finished in the period, early / on time / late by its outcome (no outcome: "unrated");
- closed without a result: refused, withdrawn or stopped in the period;
- in progress at the end: not settled before `hi`; overdue when its due date is before `as_of` and its clock was
  running at the end (not paused before `hi`), else within time. A dossier awaiting taxes and fees has its clock
  stopped since `payment_paused_on`: it is overdue only if it already was that day (`due_date < payment_paused_on`),
  since paying pushes its due date by the days waited. Missing values behave as SQL's NULLs do: an open dossier
  with a running clock and no due date is neither within nor overdue.
- form II.06a (`form_column`): every dossier in scope lands in exactly one of (8) early, (9) on time, (10) late,
  (12) within, (13) overdue. Settled before the end: by its outcome when it was finished then early or late, else
  (9) (on time, no outcome, withdrawn, refused, stopped); still on the desk: (9) while waiting for a supplement,
  (13) when its due date has passed, else (12) (no due date included).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.deadlines import OpenTimeliness
from desktop.domain.lifecycle import OPEN_STATUSES, Status
from desktop.domain.periods import utc_bounds

# On the desk with the clock running: not yet accepted online, or awaiting a supplement, has no running deadline.
CLOCK_RUNNING = frozenset(s for s in OPEN_STATUSES if s not in (Status.REGISTERED, Status.AWAITING_SUPPLEMENT))
# Never received by this desk: waiting online to be accepted, or refused at the reception check.
NOT_RECEIVED = frozenset({Status.REGISTERED, Status.REFUSED})
OUTCOME_COLUMN = {"early": "resolved_early", "on_time": "resolved_on_time", "late": "resolved_late",
                  None: "resolved_unrated"}


@dataclass(frozen=True)
class DossierFacts:
    """What the rules read of one dossier: its stored columns (instants naive UTC) and its procedure's online level."""

    received_at: datetime | None
    channel: str | None  # online | direct | postal
    status: int | None
    due_date: date | None = None
    finished_at: datetime | None = None
    closed_at: datetime | None = None
    settled_at: datetime | None = None  # finished or closed: when it left "in progress"
    paused_at: datetime | None = None  # awaiting a supplement since
    outcome: str | None = None  # early | on_time | late
    boundary_free: bool = False
    online_full: bool = False  # its procedure is fully online
    deleted: bool = False
    payment_paused_on: date | None = None  # awaiting taxes and fees since (local day): the clock stands still
    forwarded: bool = False  # received here for another agency and sent on: counted there


@dataclass(frozen=True)
class Window:
    """A period as the rules use it: UTC bounds [lo, hi) and the day open dossiers are judged on."""

    lo: datetime
    hi: datetime
    as_of: date

    @classmethod
    def of(cls, start: date, end: date, today: date) -> Window:
        """Local dates [start, end]; open dossiers are judged on the period's last day, or today if earlier."""
        lo, hi = utc_bounds(start, end)
        return cls(lo, hi, min(end, today))


def in_scope(d: DossierFacts, w: Window) -> bool:
    got = d.received_at
    if d.deleted or got is None or d.status is None or d.status in NOT_RECEIVED or d.forwarded or got >= w.hi:
        return False
    return got >= w.lo or d.settled_at is None or d.settled_at >= w.lo


def received_columns(d: DossierFacts, w: Window) -> list[str]:
    """Columns (4)–(6) and the finer receipt splits."""
    assert d.received_at is not None
    if d.received_at < w.lo:
        return ["carried_over"]
    keys: list[str] = []
    if d.channel == "online":
        keys.append("received_online")
        if d.online_full:
            keys.append("received_online_full")
    else:  # direct, postal, or not known: the form has no other column
        keys.append("received_direct_postal")
        if d.channel == "postal":
            keys.append("received_postal")
    if d.boundary_free:
        keys.append("received_boundary_free")
    return keys


def past_due(due: date, judged_on: date, payment_paused_on: date | None) -> bool:
    """Past its due date on `judged_on`, a clock stopped for payment standing still since `payment_paused_on`."""
    return due < judged_on and (payment_paused_on is None or due < payment_paused_on)


def overdue_at_end(d: DossierFacts, w: Window) -> bool | None:
    """For a dossier still in progress at the end: overdue (True), within time (False), or undecided (None)."""
    clock_runs = d.paused_at is None or d.paused_at >= w.hi
    if d.due_date is None:
        return None if clock_runs else False
    return past_due(d.due_date, w.as_of, d.payment_paused_on) and clock_runs


def form_column(d: DossierFacts, w: Window) -> str:
    """The one column of (8), (9), (10), (12), (13) of form II.06a a dossier in scope counts in."""
    if d.settled_at is not None and d.settled_at < w.hi:
        if d.finished_at is not None and d.finished_at < w.hi and d.outcome in ("early", "late"):
            return "form_early" if d.outcome == "early" else "form_late"
        return "form_on_time"
    if d.paused_at is not None and d.paused_at < w.hi:
        return "form_on_time"
    overdue = d.due_date is not None and past_due(d.due_date, w.as_of, d.payment_paused_on)
    return "form_overdue" if overdue else "form_within"


def form06_columns(d: DossierFacts, w: Window) -> list[str]:
    """The Biểu 06a counts (names of `form06.COUNTS`) this dossier adds one to, for the period `w`."""
    if not in_scope(d, w):
        return []
    keys = received_columns(d, w)
    if d.finished_at is not None and w.lo <= d.finished_at < w.hi and d.outcome in OUTCOME_COLUMN:
        keys.append(OUTCOME_COLUMN[d.outcome])
    if d.closed_at is not None and w.lo <= d.closed_at < w.hi:
        keys.append("closed_without_result")
    if d.settled_at is None or d.settled_at >= w.hi:
        overdue = overdue_at_end(d, w)
        if overdue is not None:
            keys.append("in_progress_overdue" if overdue else "in_progress_within")
    keys.append(form_column(d, w))
    return keys


def count_form06(dossiers: Iterable[DossierFacts], w: Window) -> Counter[str]:
    """Every count of the period over `dossiers` (feed it to `form06.form06_row`)."""
    counts: Counter[str] = Counter()
    for d in dossiers:
        counts.update(form06_columns(d, w))
    return counts


# --- A dossier on the desk today: the list's "overdue" and "due soon", the dashboard's warnings --------------------

def clock_running(status: int) -> bool:
    return status in CLOCK_RUNNING


def open_timeliness(status: int, due: date | None, today: date,
                    payment_paused_on: date | None = None) -> OpenTimeliness | None:
    """Within/overdue for a dossier on the desk with its clock running; None otherwise (settled, paused for a
    supplement, no date). Awaiting payment, it stays as it was the day the clock stopped."""
    if not clock_running(status) or due is None:
        return None
    return OpenTimeliness.OVERDUE if past_due(due, today, payment_paused_on) else OpenTimeliness.WITHIN


def is_overdue(status: int, due: date | None, today: date, payment_paused_on: date | None = None) -> bool:
    """Overdue today: the clock runs and the appointment date has passed (on the day itself it is still in time)."""
    return open_timeliness(status, due, today, payment_paused_on) == OpenTimeliness.OVERDUE


def due_soon_by(today: date, cal: WorkingCalendar) -> date:
    """The last due date still "due soon" today: the next working day, so Friday's warning already covers Monday."""
    return cal.next_working_day(today)


def is_due_soon(status: int, due: date | None, today: date, soon_by: date) -> bool:
    """Not overdue, but due today or by `soon_by` (see `due_soon_by`): the officer's warning."""
    return clock_running(status) and due is not None and today <= due <= soon_by
