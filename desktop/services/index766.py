"""Decision 766 index for a period: the commune's rates against its targets, the targets themselves, and the marks
a dossier carries (set with the dossier, in the same transaction as the rest of what was typed).

The rules are `desktop.domain.index766`; this module only reads the period's dossiers into the rules' facts. A
commune has a few thousand dossiers a year, so reading one period's rows and counting them in Python stays far below
a report's time budget, and there is no second (SQL) statement of the rules to keep equal.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain import index766 as rules
from desktop.domain.form06_rules import DossierFacts, Window
from desktop.domain.index766 import IndexFacts, Marks, Rate
from desktop.domain.text import number_text
from desktop.services import commune_settings
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError
from desktop.store.models import Dossier, Procedure


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
    # dossier counts in no rate, so it need not be read). Plain columns, not ORM objects: a year of a commune's
    # dossiers reads in a fraction of the time.
    d = Dossier
    stmt = (select(d.received_at, d.channel, d.status, d.due_date, d.finished_at, d.closed_at, d.settled_at,
                   d.paused_at, d.outcome, d.boundary_free, d.payment_paused_on, d.forwarded_to, d.digitised,
                   d.e_result, d.reused_data, d.paid_online, d.rating, Procedure.online_level, Procedure.fee)
            .join(Procedure, Procedure.id == d.procedure_id)
            .where(d.deleted_at.is_(None),
                   or_(d.received_at.between(w.lo, w.hi), d.settled_at.between(w.lo, w.hi))))
    for r in session.execute(stmt):
        facts = DossierFacts(received_at=r.received_at, channel=r.channel, status=r.status, due_date=r.due_date,
                             finished_at=r.finished_at, closed_at=r.closed_at, settled_at=r.settled_at,
                             paused_at=r.paused_at, outcome=r.outcome, boundary_free=r.boundary_free,
                             online_full=r.online_level == "full", payment_paused_on=r.payment_paused_on,
                             forwarded=bool(r.forwarded_to))
        marks = Marks(bool(r.digitised), bool(r.e_result), bool(r.reused_data), bool(r.paid_online), r.rating)
        yield IndexFacts(facts, marks, fee_paying=(r.fee or 0) > 0)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:  # a damaged value falls back to the default rather than stopping the index
        return None


def _targets(session: Session) -> dict[str, float]:
    """The commune's targets (a commune setting, the same on all its PCs), the defaults where none was set."""
    stored = {key.removeprefix(commune_settings.INDEX766): _number(value)
              for key, value in commune_settings.read(session, commune_settings.INDEX766).items()}
    return {**rules.DEFAULT_TARGETS,
            **{k: v for k, v in stored.items() if k in rules.DEFAULT_TARGETS and v is not None}}


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
    """Set some of the commune's targets (fractions, or percentages above 1): commune settings, so every PC of the
    commune counts against them once synced; audited like any record."""
    commune_settings.require_editor(ctx)
    checked = {k: rules.check_target(k, v) for k, v in changes.items()}
    with unit_of_work(ctx) as uow:
        commune_settings.write(uow, {f"{commune_settings.INDEX766}{k}": number_text(v) for k, v in checked.items()})
        return _targets(uow.session)


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
