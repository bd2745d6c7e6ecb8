"""Province-wide monthly figures per commune: Biểu 06 dossier counts, training and equipment, from the row store.

The dossier rules are those of `desktop.services.statistics` (docs/decisions.md, "Statistics"), evaluated here in
Python over the rows the desktops pushed, including SQL's three-valued logic where a NULL decides (a dossier still on
the desk without a due date is neither within nor overdue while its clock runs, exactly as the desktop counts it).
A dossier whose procedure or field has not reached the server yet is counted under "field not known" instead of
being dropped, so the province total never loses a dossier. tests/server/test_server_report.py checks the equality.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session
from vietnam_provinces import Province, ProvinceCode

from desktop.domain.form06 import COUNTS, Form06Row, form06_row
from desktop.domain.lifecycle import Status
from desktop.domain.text import vi_sort_key
from desktop.server import report_data as rd
from desktop.server.errors import bad_request

UNKNOWN_FIELD = ("", "Chưa xác định lĩnh vực")
# As desktop.services.equipment / desktop.reports.sections (pinned by the tests).
OLD_AFTER_YEARS = 5
NEEDS_CARE = ("broken", "in_repair", "degraded")
_OUTCOME_COUNT = {"early": "resolved_early", "on_time": "resolved_on_time", "late": "resolved_late",
                  None: "resolved_unrated"}


def dossier_keys(d: rd.DossierFacts, online_level: str | None, lo: datetime, hi: datetime, as_of: date) -> list[str]:
    """The Biểu 06 counts one dossier adds to, for the period [lo, hi) (UTC) judged overdue on `as_of`."""
    got = d.received_at
    if got is None or d.status is None or d.status == Status.REGISTERED or got >= hi:
        return []
    if got < lo and d.settled_at is not None and d.settled_at < lo:
        return []  # settled before the period began: out of its scope
    keys: list[str] = []
    if got >= lo:
        if d.channel == "online":
            keys.append("received_online")
            if online_level == "full":
                keys.append("received_online_full")
        elif d.channel is not None:
            keys.append("received_direct_postal")
            if d.channel == "postal":
                keys.append("received_postal")
        if d.boundary_free:
            keys.append("received_boundary_free")
    else:
        keys.append("carried_over")
    if d.finished_at is not None and lo <= d.finished_at < hi and d.outcome in _OUTCOME_COUNT:
        keys.append(_OUTCOME_COUNT[d.outcome])
    if d.closed_at is not None and lo <= d.closed_at < hi:
        keys.append("closed_without_result")
    if d.settled_at is None or d.settled_at >= hi:
        clock_runs = d.paused_at is None or d.paused_at >= hi
        # `due_date < as_of AND clock_runs` in SQL: NULL (neither count) when the due date is missing and it runs.
        overdue = (None if clock_runs else False) if d.due_date is None else (d.due_date < as_of and clock_runs)
        if overdue is True:
            keys.append("in_progress_overdue")
        elif overdue is False:
            keys.append("in_progress_within")
    return keys


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

    @property
    def has_data(self) -> bool:
        return self.last_sync_at is not None

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "province_code": self.province_code,
                "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None,
                "dossiers": self.dossiers.to_dict(), "by_field": [r.to_dict() for r in self.by_field],
                "training": asdict(self.training),
                "equipment": asdict(self.equipment)}


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


def parse_month(value: str) -> tuple[date, date]:
    """'2026-11' → (2026-11-01, 2026-11-30); a 422 `month.invalid` otherwise (years 2000–2999)."""
    text = (value or "").strip()
    year_s, _, month_s = text.partition("-")
    if len(year_s) == 4 and year_s.isdigit() and len(month_s) == 2 and month_s.isdigit() \
            and 2000 <= int(year_s) <= 2999 and 1 <= int(month_s) <= 12:
        year, month = int(year_s), int(month_s)
        return date(year, month, 1), date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    raise bad_request("month.invalid", value=value)


def _sum_counts(rows: Iterable[Form06Row]) -> dict[str, int]:
    rows = list(rows)
    return {k: sum(getattr(r, k) for r in rows) for k in COUNTS}


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


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
    old_before = _years_before(today, OLD_AFTER_YEARS)
    status: dict[str, Counter] = defaultdict(Counter)
    care: Counter = Counter()
    old: Counter = Counter()
    for e in rd.equipment(session):
        status[e.commune_code][e.status] += 1
        is_old = e.acquired_on is not None and e.acquired_on < old_before and e.status != "retired"
        old[e.commune_code] += is_old
        care[e.commune_code] += e.status in NEEDS_CARE or is_old
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
    try:  # the official 2025 list the desktops use too
        return Province.from_code(ProvinceCode(int(code))).name
    except ValueError:
        return f"Tỉnh {code}"


def province_summary(engine: Engine, start: date, end: date, today: date, now: datetime) -> ProvinceSummary:
    """Every commune's figures for the local dates [start, end], overdue judged on min(end, today)."""
    lo, hi = rd.utc_bounds(start, end)
    as_of = min(end, today)
    with Session(engine) as session:
        refs = rd.communes(session)
        field_of, procs = rd.fields(session), rd.procedures(session)
        counts: dict[tuple[str, tuple[str, str]], Counter] = defaultdict(Counter)
        for d in rd.dossiers(session, lo, hi):
            field_id, level = procs.get(d.procedure_id or "", (None, None))
            keys = dossier_keys(d, level, lo, hi, as_of)
            if keys:
                counts[(d.commune_code, field_of.get(field_id or "", UNKNOWN_FIELD))].update(keys)
        training = _training(session, start, end)
        devices = _equipment(session, lo, hi, today, now)
        province = _province_name(session, refs)
    per_commune: dict[str, list[Form06Row]] = defaultdict(list)
    field_names: dict[str, Counter] = defaultdict(Counter)
    field_counts: dict[str, Counter] = defaultdict(Counter)
    for (code, (fcode, fname)), c in counts.items():
        per_commune[code].append(form06_row(fname, fcode, c))
        field_names[fcode][fname] += 1
        field_counts[fcode].update(c)
    summaries = []
    for ref in sorted(refs, key=lambda r: (vi_sort_key(r.name), r.code)):
        rows = tuple(sorted(per_commune.get(ref.code, []), key=lambda r: vi_sort_key(r.field)))
        summaries.append(CommuneSummary(ref.code, ref.name, ref.province_code, ref.last_sync_at,
                                        form06_row(ref.name, ref.code, _sum_counts(rows)), rows,
                                        training.get(ref.code, TrainingCounts()),
                                        devices.get(ref.code, EquipmentCounts())))
    by_field = tuple(sorted((form06_row(field_names[f].most_common(1)[0][0], f, c) for f, c in field_counts.items()),
                            key=lambda r: vi_sort_key(r.field)))
    return ProvinceSummary(f"{start:%Y-%m}", start, end, as_of, province, tuple(summaries),
                           form06_row("Toàn tỉnh", "", _sum_counts(s.dossiers for s in summaries)), by_field,
                           _add_training(s.training for s in summaries),
                           _add_equipment(s.equipment for s in summaries))
