"""Which dossiers changed after a period they count in was closed, in a way that moves that period's figures.

A change to a closed period is allowed: it is audited as any edit is, the next period's paper lists the moved
figures as adjustments (`closed_periods.adjustments`), and the dossier itself carries a mark — the period and the
day it was changed — in its window, in the list and in `dossier show`.

The mark is read from what every PC already keeps: the closed period (it travels) and the dossier's audit trail
(edits made here, and changes pulled from the other PCs). The dossier as it stood when the period was closed is
today's row with every change audited since then undone; it is marked when its columns of form II.06a for that
period then and now differ (`form06_rules`). Nothing is stored, so a reopened period's marks go with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import form06_rules as rules
from desktop.domain.periods import parse_period
from desktop.protocol.tables import value_from_json
from desktop.services.context import to_local
from desktop.services.dto import ClosedChange
from desktop.store.models import AuditEntry, Dossier, ReportSignoff

SIGNED = "signed"
_CHUNK = 500  # dossier ids per read
# The dossier's columns of form II.06a: (4)–(6) received, (8)–(10) and (12)–(13) result.
FORM06A = frozenset({"received_online", "received_direct_postal", "carried_over", "form_early", "form_on_time",
                     "form_late", "form_within", "form_overdue"})
# The stored facts the rules read (DossierFacts), as the audit names them.
FACTS = ("received_at", "channel", "status", "due_date", "finished_at", "closed_at", "settled_at", "paused_at",
         "outcome", "payment_paused_on", "forwarded_to", "deleted_at")


@dataclass(frozen=True)
class _Closed:
    kind: str
    key: str
    label: str
    start: date
    end: date
    signed_at: datetime  # UTC


def _closed_periods(session: Session) -> list[_Closed]:
    rows = session.execute(select(ReportSignoff.kind, ReportSignoff.period_key, ReportSignoff.period_from,
                                  ReportSignoff.period_to, ReportSignoff.signed_at)
                           .where(ReportSignoff.state == SIGNED, ReportSignoff.deleted_at.is_(None)))
    out = []
    for kind, key, start, end, signed_at in rows:
        if start is None or end is None or signed_at is None:  # a sign-off of the first release: no bounds
            continue
        try:
            label = parse_period(kind, key).label
        except ValueError:  # a row of a kind this version does not know: its key names it well enough
            label = key
        out.append(_Closed(kind, key, label, start, end, signed_at))
    return sorted(out, key=lambda c: c.signed_at, reverse=True)  # newest first: the undoing walks back in time


def _facts(values: Mapping[str, Any]) -> rules.DossierFacts:
    return rules.DossierFacts(
        received_at=values["received_at"], channel=values["channel"], status=values["status"],
        due_date=values["due_date"], finished_at=values["finished_at"], closed_at=values["closed_at"],
        settled_at=values["settled_at"], paused_at=values["paused_at"], outcome=values["outcome"],
        payment_paused_on=values["payment_paused_on"], forwarded=bool(values["forwarded_to"]),
        deleted=values["deleted_at"] is not None)


def _cells(values: Mapping[str, Any] | None, period: _Closed) -> frozenset[str]:
    """The dossier's columns of form II.06a for the closed period (none when it did not exist)."""
    if values is None:
        return frozenset()
    window = rules.Window.of(period.start, period.end, period.end)  # judged on its last day, as when it was closed
    return frozenset(rules.form06_columns(_facts(values), window)) & FORM06A


def _undo(values: dict[str, Any] | None, entry: AuditEntry) -> dict[str, Any] | None:
    """The dossier's facts before the audited change `entry` (None: it did not exist yet)."""
    if entry.action in ("insert", "sync_insert"):
        return None
    if values is None:
        return None
    before = dict(values)
    if entry.action == "delete":
        before["deleted_at"] = None
        return before
    old = (entry.changes or {}).get("old") or {}
    for key in FACTS:
        if key in old:
            before[key] = value_from_json("dossiers", key, old[key])
    return before


def _marks(now: dict[str, Any], entries: Sequence[AuditEntry], closed: Sequence[_Closed]) -> tuple[ClosedChange, ...]:
    """`entries` oldest first; `closed` newest first."""
    found: list[ClosedChange] = []
    state: dict[str, Any] | None = now
    pending = list(entries)
    for period in closed:
        while pending and pending[-1].at > period.signed_at:  # undo what came after this period was closed
            state = _undo(state, pending.pop())
        after = entries[len(pending):]
        if after and _cells(state, period) != _cells(now, period):
            found.append(ClosedChange(period.kind, period.key, period.label, period.start, period.end,
                                      to_local(period.signed_at).date(), to_local(after[0].at).date()))
    return tuple(sorted(found, key=lambda c: (c.period_from, c.period_to)))


def closed_changes_in(session: Session, dossier_ids: Iterable[str]) -> dict[str, tuple[ClosedChange, ...]]:
    """The marks of those of `dossier_ids` changed after a closed period they count in (or now count in) was
    closed, by dossier id; dossiers without one are left out. Two short reads when nothing was closed or changed."""
    ids = list(dict.fromkeys(dossier_ids))
    closed = _closed_periods(session) if ids else []
    if not closed:
        return {}
    since = min(c.signed_at for c in closed)
    out: dict[str, tuple[ClosedChange, ...]] = {}
    for chunk in (ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)):  # an exported list may be long
        entries: dict[str, list[AuditEntry]] = defaultdict(list)
        for entry in session.scalars(select(AuditEntry).where(
                AuditEntry.table_name == "dossiers", AuditEntry.row_id.in_(chunk), AuditEntry.at > since)
                .order_by(AuditEntry.at, AuditEntry.id)):
            entries[entry.row_id].append(entry)
        if not entries:
            continue
        for d in session.scalars(select(Dossier).where(Dossier.id.in_(list(entries)))):
            marks = _marks({key: getattr(d, key) for key in FACTS}, entries[d.id], closed)
            if marks:
                out[d.id] = marks
    return out
