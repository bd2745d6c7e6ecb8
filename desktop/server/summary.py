"""Province-wide monthly figures per commune: Biểu 06 dossier counts, training and equipment, from the row store.

The dossier rules are the domain's (`desktop.domain.form06_rules`, which the desktop's statistics SQL is tested
equal to), applied here in Python to the rows the desktops pushed; the equipment rules are `desktop.domain.equipment`.
A dossier whose procedure or field has not reached the server yet is counted under "field not known" instead of
being dropped, so the province total never loses a dossier. tests/server/test_server_report.py checks the equality.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop.config import units
from desktop.domain import periods
from desktop.domain.equipment import is_old_in_service, needs_care
from desktop.domain.form06 import COUNTS, Form06Row, form06_row
from desktop.domain.form06_rules import Window, form06_columns
from desktop.domain.text import vi_sort_key
from desktop.server import report_data as rd
from desktop.server.errors import bad_request


@dataclass(frozen=True)
class TrainingCounts:
    courses: int = 0
    participants: int = 0  # present (every result but "absent")
    person_hours: float = 0.0
    certificates: int = 0


@dataclass(frozen=True)
class EquipmentCounts:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    needs_care: int = 0  # broken, degraded, in repair, or older than five years and not retired
    old: int = 0  # older than five years and not retired
    outages: int = 0  # outages overlapping the period
    outage_hours: float = 0.0


@dataclass(frozen=True)
class CommuneSummary:
    code: str
    name: str
    province_code: str
    last_sync_at: datetime | None
    dossiers: Form06Row
    by_field: tuple[Form06Row, ...]
    training: TrainingCounts
    equipment: EquipmentCounts
    closed: bool = False  # its dossier figures are the ones it closed for the period, not recounted

    @property
    def has_data(self) -> bool:
        return self.last_sync_at is not None

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "province_code": self.province_code,
                "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None,
                "dossiers": self.dossiers.to_dict(), "by_field": [r.to_dict() for r in self.by_field],
                "training": asdict(self.training),
                "equipment": asdict(self.equipment), "closed": self.closed}


@dataclass(frozen=True)
class ProvinceSummary:
    month: str
    period_from: date
    period_to: date
    as_of: date
    province_name: str
    communes: tuple[CommuneSummary, ...]
    total: Form06Row
    by_field: tuple[Form06Row, ...]
    training: TrainingCounts
    equipment: EquipmentCounts

    def to_json(self) -> dict[str, object]:
        return {"month": self.month, "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
                "as_of": self.as_of.isoformat(), "province_name": self.province_name,
                "communes": [c.to_json() for c in self.communes],
                "total": {"dossiers": self.total.to_dict(), "by_field": [r.to_dict() for r in self.by_field],
                          "training": asdict(self.training), "equipment": asdict(self.equipment)}}


def parse_month(value: str, *, calendar: bool = False) -> tuple[date, date]:
    """'2026-11' → Decree 09's month (2026-10-15, 2026-11-14), or the calendar month with `calendar`, by the
    domain's rule; a 422 `month.invalid` otherwise."""
    try:
        period = periods.parse_period("month", value, calendar=calendar)
    except periods.PeriodError as exc:
        raise bad_request(exc.key, **exc.params) from None
    return period.start, period.end


def _closed(session: Session, start: date, end: date) -> dict[str, rd.ClosedFigures]:
    """The communes' closed figures when [start, end] is an official period (calendar ones are never closed)."""
    period = periods.period_of(start, end)
    if period.kind == "range" or period.calendar:
        return {}
    return rd.closed_figures(session, period.kind, period.key)


def _sum_counts(rows: Iterable[Form06Row]) -> dict[str, int]:
    rows = list(rows)
    return {k: sum(getattr(r, k) for r in rows) for k in COUNTS}


def _training(session: Session, start: date, end: date) -> dict[str, TrainingCounts]:
    found = rd.courses(session, start, end)
    owner = {c.id: c.commune_code for c in found}
    per: dict[str, Counter] = defaultdict(Counter)
    hours: dict[str, float] = defaultdict(float)
    for c in found:
        per[c.commune_code]["courses"] += 1
    for p in rd.participations(session, list(owner)):
        code = owner[p.course_id]
        per[code]["participants"] += p.present
        per[code]["certificates"] += p.certificate
        hours[code] += p.hours
    return {code: TrainingCounts(c["courses"], c["participants"], round(hours[code], 1), c["certificates"])
            for code, c in per.items()}


def _equipment(session: Session, lo: datetime, hi: datetime, today: date, now: datetime
               ) -> dict[str, EquipmentCounts]:
    status: dict[str, Counter] = defaultdict(Counter)
    care: Counter = Counter()
    old: Counter = Counter()
    for e in rd.equipment(session):
        status[e.commune_code][e.status] += 1
        old[e.commune_code] += is_old_in_service(e.acquired_on, e.status, today)
        care[e.commune_code] += needs_care(e.acquired_on, e.status, today)
    outages: Counter = Counter()
    hours: dict[str, float] = defaultdict(float)
    for o in rd.outages(session, lo, hi):
        until = o.ended or min(hi, now)  # still down: up to the end of the period, or now
        outages[o.commune_code] += 1
        hours[o.commune_code] += round(max(0.0, (until - o.started).total_seconds() / 3600), 1)
    codes = set(status) | set(outages)
    return {code: EquipmentCounts(sum(status[code].values()), dict(sorted(status[code].items())), care[code],
                                  old[code], outages[code], round(hours[code], 1)) for code in codes}


def _add_training(items: Iterable[TrainingCounts]) -> TrainingCounts:
    items = list(items)
    return TrainingCounts(sum(t.courses for t in items), sum(t.participants for t in items),
                          round(sum(t.person_hours for t in items), 1), sum(t.certificates for t in items))


def _add_equipment(items: Iterable[EquipmentCounts]) -> EquipmentCounts:
    items = list(items)
    status: Counter = Counter()
    for e in items:
        status.update(e.by_status)
    return EquipmentCounts(sum(e.total for e in items), dict(sorted(status.items())),
                           sum(e.needs_care for e in items), sum(e.old for e in items),
                           sum(e.outages for e in items), round(sum(e.outage_hours for e in items), 1))


def _province_name(session: Session, communes: list[rd.CommuneRef]) -> str:
    names = Counter(rd.province_names(session))
    if names:
        return names.most_common(1)[0][0]
    codes = Counter(c.province_code for c in communes)
    if not codes:
        return ""
    code = codes.most_common(1)[0][0]
    official = units.province(code) if code.isdigit() else None  # the official 2025 list the desktops use too
    return official.name if official is not None else f"Tỉnh {code}"


def province_summary(engine: Engine, start: date, end: date, today: date, now: datetime) -> ProvinceSummary:
    """Every commune's figures for the local dates [start, end], overdue judged on min(end, today).

    A commune that closed the period counts with the figures it closed (what its leader signed), so the province's
    total is the sum of its communes' closed reports; the others are counted from their dossiers."""
    window = Window.of(start, end, today)
    lo, hi, as_of = window.lo, window.hi, window.as_of
    with Session(engine) as session:
        refs = rd.communes(session)
        counts: dict[tuple[str, tuple[str, str]], Counter] = defaultdict(Counter)
        for d in rd.dossiers(session, lo, hi, rd.Catalogue(session)):
            keys = form06_columns(d.facts, window)
            if keys:
                counts[(d.commune_code, d.procedure.field)].update(keys)
        training = _training(session, start, end)
        devices = _equipment(session, lo, hi, today, now)
        province = _province_name(session, refs)
        closed = _closed(session, start, end)
    per_commune: dict[str, list[Form06Row]] = defaultdict(list)
    for (code, (fcode, fname)), c in counts.items():
        per_commune[code].append(form06_row(fname, fcode, c))
    for code, figures in closed.items():
        per_commune[code] = list(figures.rows)
    field_names: dict[str, Counter] = defaultdict(Counter)
    field_counts: dict[str, Counter] = defaultdict(Counter)
    for rows_of in per_commune.values():
        for r in rows_of:
            field_names[r.field_code][r.field] += 1
            field_counts[r.field_code].update({k: getattr(r, k) for k in COUNTS})
    summaries = []
    for ref in sorted(refs, key=lambda r: (vi_sort_key(r.name), r.code)):
        rows = tuple(sorted(per_commune.get(ref.code, []), key=lambda r: vi_sort_key(r.field)))
        summaries.append(CommuneSummary(ref.code, ref.name, ref.province_code, ref.last_sync_at,
                                        form06_row(ref.name, ref.code, _sum_counts(rows)), rows,
                                        training.get(ref.code, TrainingCounts()),
                                        devices.get(ref.code, EquipmentCounts()), ref.code in closed))
    by_field = tuple(sorted((form06_row(field_names[f].most_common(1)[0][0], f, c) for f, c in field_counts.items()),
                            key=lambda r: vi_sort_key(r.field)))
    return ProvinceSummary(periods.period_of(start, end).key or f"{start:%Y-%m}", start, end, as_of, province,
                           tuple(summaries),
                           form06_row("Toàn tỉnh", "", _sum_counts(s.dossiers for s in summaries)), by_field,
                           _add_training(s.training for s in summaries),
                           _add_equipment(s.equipment for s in summaries))
