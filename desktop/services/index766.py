"""Decision 766 index for a period: the commune's rates against its targets, the targets themselves, and the marks
a dossier carries (set with the dossier, in the same transaction as the rest of what was typed).

The rules are `desktop.domain.index766`; this module only reads the period's dossiers into the rules' facts. A
commune has a few thousand dossiers a year, so reading one period's rows and counting them in Python stays far below
a report's time budget, and there is no second (SQL) statement of the rules to keep equal.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain import index766 as rules
from desktop.domain.form06_rules import DossierFacts, Window
from desktop.domain.index766 import IndexFacts, Marks, Rate
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError
from desktop.store import local_state
from desktop.store.models import AuditEntry, Dossier, Procedure

TARGETS_KEY = "index766_targets"  # local_state: {rate key: fraction}


@dataclass(frozen=True)
class IndexReport(Record):
    period_from: date
    period_to: date
    as_of: date
    rates: tuple[Rate, ...]

    def rate(self, key: str) -> Rate:
        return next(r for r in self.rates if r.key == key)

    def to_json(self) -> dict[str, object]:
        """The CLI contract: each rate key → fraction or null, plus the detail of every rate."""
        out: dict[str, object] = {"period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
                                  "as_of": self.as_of.isoformat()}
        out.update({r.key: r.rate for r in self.rates})
        out["detail"] = {r.key: {"counted": r.counted, "of": r.of, "rate": r.rate, "target": r.target,
                                 "below_target": r.below} for r in self.rates}
        return out


def marks_values(marks: Marks) -> dict[str, object]:
    """The dossier columns of `marks`, checked: what a dossier service writes with the rest of the dossier."""
    return {"digitised": bool(marks.digitised), "e_result": bool(marks.e_result),
            "reused_data": bool(marks.reused_data), "paid_online": bool(marks.paid_online),
            "rating": rules.check_rating(marks.rating)}


def marks_of(d: Dossier) -> Marks:
    return Marks(bool(d.digitised), bool(d.e_result), bool(d.reused_data), bool(d.paid_online), d.rating)


def _facts(session: Session, w: Window) -> Iterator[IndexFacts]:
    # Received in the period, or settled in it: every dossier a rate of the period can count (a carried-over
    # dossier counts in no rate, so it need not be read).
    stmt = (select(Dossier, Procedure.online_level, Procedure.fee)
            .join(Procedure, Procedure.id == Dossier.procedure_id)
            .where(Dossier.deleted_at.is_(None),
                   or_(Dossier.received_at.between(w.lo, w.hi), Dossier.settled_at.between(w.lo, w.hi))))
    for d, online_level, fee in session.execute(stmt):
        facts = DossierFacts(received_at=d.received_at, channel=d.channel, status=d.status, due_date=d.due_date,
                             finished_at=d.finished_at, closed_at=d.closed_at, settled_at=d.settled_at,
                             paused_at=d.paused_at, outcome=d.outcome, boundary_free=d.boundary_free,
                             online_full=online_level == "full")
        yield IndexFacts(facts, marks_of(d), fee_paying=(fee or 0) > 0)


def _targets(session: Session) -> dict[str, float]:
    try:
        stored = json.loads(local_state.get(session, TARGETS_KEY, "{}") or "{}")
    except ValueError:  # a damaged value falls back to the defaults rather than stopping the index
        stored = {}
    targets = dict(rules.DEFAULT_TARGETS)
    if isinstance(stored, dict):
        targets.update({k: float(v) for k, v in stored.items()
                        if k in rules.DEFAULT_TARGETS and isinstance(v, int | float)})
    return targets


def index_in(session: Session, start: date, end: date, today: date) -> IndexReport:
    w = Window.of(start, end, today)
    ratios = rules.count_index(_facts(session, w), w)
    return IndexReport(start, end, w.as_of, rules.rates(ratios, _targets(session)))


def index_report(ctx: ServiceContext, start: date, end: date) -> IndexReport:
    """The rates of the local dates [start, end] (a period of `domain.periods`)."""
    with ctx.db.session() as session:
        return index_in(session, start, end, ctx.today())


def targets(ctx: ServiceContext) -> dict[str, float]:
    with ctx.db.session() as session:
        return _targets(session)


def set_targets(ctx: ServiceContext, changes: Mapping[str, float]) -> dict[str, float]:
    """Set some of the commune's targets (fractions, or percentages above 1); audited like any setting."""
    checked = {k: rules.check_target(k, v) for k, v in changes.items()}
    with unit_of_work(ctx) as uow:
        old = _targets(uow.session)
        new = {**old, **checked}
        local_state.put(uow.session, TARGETS_KEY, json.dumps(new, sort_keys=True))
        uow.session.add(AuditEntry(commune_code=uow.commune_code, at=ctx.now(), actor=ctx.actor, action="update",
                                   table_name="local_state", row_id=TARGETS_KEY,
                                   changes={"old": {k: old[k] for k in checked}, "new": checked}))
        return new


def dossier_marks(ctx: ServiceContext, code: str) -> Marks:
    """The Decision 766 marks of one dossier (for its form)."""
    with ctx.db.session() as session:
        return marks_of(_dossier(session, code))


def mark_dossier(ctx: ServiceContext, code: str, changes: Mapping[str, object]) -> Marks:
    """Change some of a dossier's marks (`Marks` field → value), leaving the others as they are."""
    unknown = set(changes) - set(Marks.__dataclass_fields__)
    if unknown:
        raise ValueError(f"not a Decision 766 mark: {sorted(unknown)}")  # a programming error, not the officer's
    with unit_of_work(ctx) as uow:
        d = _dossier(uow.session, code)
        marks = Marks(**{**marks_of(d).__dict__, **changes})
        uow.update(d, marks_values(marks))
        return marks_of(d)


def _dossier(session: Session, code: str) -> Dossier:
    d = session.scalar(select(Dossier).where(Dossier.code == code.strip(), Dossier.deleted_at.is_(None)))
    if d is None:
        raise NotFoundError("code", code)
    return d
