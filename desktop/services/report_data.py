"""Everything a paper shows, read once and handed to `desktop.reports` as its plain records (`reports.model`).

Counts come from `desktop.services.statistics` (what the dashboard shows); the lists behind them are selected here
with the very same conditions (the late list of a period has exactly resolved-late + overdue rows).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, bindparam, select, text

from desktop.domain.equipment import is_old
from desktop.domain.equipment_kinds import STATUSES
from desktop.domain.form06 import Form06Row
from desktop.domain.periods import Period, previous, same_last_year
from desktop.domain.text import vi_sort_key
from desktop.reports.model import (
    AttendanceData,
    Attendee,
    Comparison,
    CourseLine,
    Device,
    Form06Table,
    InventoryData,
    Issuer,
    LateDossier,
    Outage,
    PeriodReportData,
    TrendPoint,
)
from desktop.services import equipment, training
from desktop.services.context import ServiceContext, to_local
from desktop.services.errors import NotFoundError
from desktop.services.setup import get_commune, place_name_of
from desktop.services.statistics import (
    MonthFigures,
    dossier_stats,
    monthly_series,
    past_due,
    points,
    stats_params,
    tallied_months_in,
    trend_month,
)
from desktop.store.models import Commune
from desktop.store.month_counts import counted_here

# Two index-friendly halves (like the statistics query): resolved late in the period, found through settled_at,
# which a finish sets to the same instant as finished_at; and still on the desk at the end of the period with the
# due date passed and the clock running, the statistics' “in progress, overdue”.
_LATE_COLUMNS = "d.code, d.received_at, d.due_date, d.finished_at, d.late_reason, d.procedure_id"  # what it prints
# Form II.06a's late dossiers, by its own rules (services.statistics): resolved late in the period, and still open at
# its end, past due and not waiting for a supplement; only dossiers the form counts here. Its length is the total
# the annex prints above it: resolved late + in progress, overdue.
_LATE_SQL = f"""
WITH late AS (
    SELECT {_LATE_COLUMNS}, 1 AS resolved FROM dossiers d
    WHERE d.settled_at >= :start AND d.settled_at < :stop AND d.finished_at >= :start AND d.finished_at < :stop
      AND d.outcome = 'late' AND {counted_here("d")}
    UNION ALL
    SELECT {_LATE_COLUMNS}, 0 FROM dossiers d
    WHERE d.settled_at >= :stop AND d.received_at < :stop
      AND {past_due("d")} AND (d.paused_at IS NULL OR d.paused_at >= :stop) AND {counted_here("d")}
    UNION ALL
    SELECT {_LATE_COLUMNS}, 0 FROM dossiers d
    WHERE d.settled_at IS NULL AND d.received_at < :stop
      AND {past_due("d")} AND (d.paused_at IS NULL OR d.paused_at >= :stop) AND {counted_here("d")}
)
SELECT l.code, l.received_at, l.due_date, l.finished_at, l.late_reason, l.resolved,
       p.name AS procedure_name, f.name AS field_name
FROM late l JOIN procedures p ON p.id = l.procedure_id JOIN fields f ON f.id = p.field_id
ORDER BY f.name, l.received_at, l.code
"""

_OUTAGE_SQL = """
SELECT e.at, e.ended_at, e.note, q.asset_tag, q.kind, q.location FROM equipment_events e
JOIN equipment q ON q.id = e.equipment_id
WHERE e.kind = 'outage' AND e.deleted_at IS NULL AND e.at < :stop AND (e.ended_at IS NULL OR e.ended_at >= :start)
ORDER BY e.at
"""


def _when(value: object) -> datetime | None:
    return None if value is None else _at(value)


def _at(value: object) -> datetime:
    """A stored UTC moment (a datetime, or its ISO text from a raw SQL row) as local time."""
    return to_local(value if isinstance(value, datetime) else datetime.fromisoformat(str(value)))


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def late_dossiers(ctx: ServiceContext, start: date, end: date) -> list[LateDossier]:
    """Dossiers resolved late in [start, end] and those still open and overdue at its end, by field."""
    stmt = text(_LATE_SQL).bindparams(bindparam("start", type_=DateTime), bindparam("stop", type_=DateTime),
                                      bindparam("as_of", type_=Date))
    with ctx.db.session() as session:
        rows = session.execute(stmt, stats_params(start, end, ctx.today())).all()
    return [LateDossier(r.code, r.field_name, r.procedure_name, _at(r.received_at), _day(r.due_date),
                        _when(r.finished_at) if r.resolved else None, bool(r.resolved), r.late_reason or "")
            for r in rows]


def outages(ctx: ServiceContext, start: date, end: date) -> list[Outage]:
    """Network and device outages that overlap [start, end], oldest first."""
    params = stats_params(start, end, ctx.today())
    stmt = text(_OUTAGE_SQL).bindparams(bindparam("start", type_=DateTime), bindparam("stop", type_=DateTime))
    with ctx.db.session() as session:
        rows = session.execute(stmt, {"start": params["start"], "stop": params["stop"]}).all()
    result = []
    for r in rows:
        began = r.at if isinstance(r.at, datetime) else datetime.fromisoformat(str(r.at))
        ended = None if r.ended_at is None else (
            r.ended_at if isinstance(r.ended_at, datetime) else datetime.fromisoformat(str(r.ended_at)))
        stop = params["stop"]
        until = ended or (min(stop, ctx.now()) if isinstance(stop, datetime) else ctx.now())
        hours = max(0.0, (until - began).total_seconds() / 3600)
        result.append(Outage(r.asset_tag, equipment.KINDS.get(r.kind, r.kind), r.location or "", to_local(began),
                             to_local(ended) if ended else None, round(hours, 1), r.note or ""))
    return result


def courses_in(ctx: ServiceContext, start: date, end: date) -> list[CourseLine]:
    """Courses that start in [start, end] (a course counts in the period it starts, as the yearly log does)."""
    found = [c for c in training.list_courses(ctx, year=start.year if start.year == end.year else None)
             if start <= c.start_date <= end]
    rows = []
    for c in sorted(found, key=lambda c: (c.start_date, c.topic)):
        people = training.list_participations(ctx, c.id)
        rows.append(CourseLine(c.topic, c.organiser, c.start_date, c.end_date, training.MODES.get(c.mode, c.mode),
                               c.hours, c.participants, c.person_hours,
                               sum(1 for p in people if p.certificate_state != "none"),
                               training.CATEGORIES.get(c.category, c.category)))
    return rows


def get_course(ctx: ServiceContext, course_id: str) -> training.CourseInfo:
    found = next((c for c in training.list_courses(ctx) if c.id == course_id.strip()), None)
    if found is None:
        raise NotFoundError("course", course_id)
    return found


def commune_address(ctx: ServiceContext) -> str:
    with ctx.db.session() as session:
        return session.scalar(select(Commune.address).where(Commune.deleted_at.is_(None))) or ""


def issuer(ctx: ServiceContext) -> Issuer:
    commune = get_commune(ctx)
    return Issuer(commune.name, commune.province_name, commune.place_name or place_name_of(commune.name),
                  commune.leader_name, commune.leader_title, commune_address(ctx), commune.code)


def devices(ctx: ServiceContext) -> list[Device]:
    return [Device(e.asset_tag, e.kind, e.kind_label, e.model, e.serial, e.location, e.assigned_to, e.acquired_on,
                   e.status, e.status_label, e.age_years, e.old, e.note) for e in equipment.list_equipment(ctx)]


# Status changes of devices, to tell each one's status on a past day (the report's equipment "as at its end").
_STATUS_EVENTS_SQL = """
SELECT q.asset_tag, e.at, e.from_status, e.to_status FROM equipment_events e
JOIN equipment q ON q.id = e.equipment_id
WHERE e.deleted_at IS NULL AND e.to_status IS NOT NULL AND e.at >= :stop
ORDER BY e.at DESC, e.id DESC
"""


def devices_at(ctx: ServiceContext, day: date) -> list[Device]:
    """Devices as they stood at the end of `day`: those acquired by then, each with the status it had (undoing the
    status changes made since) and its age on that day."""
    today = ctx.today()
    held = devices(ctx)
    if day >= today:
        return held
    stop = stats_params(day, day, today)["stop"]
    status = {d.asset_tag: d.status for d in held}
    with ctx.db.session() as session:
        stmt = text(_STATUS_EVENTS_SQL).bindparams(bindparam("stop", type_=DateTime))
        for r in session.execute(stmt, {"stop": stop}):  # newest first: each undo steps one change back
            if r.asset_tag in status and r.from_status:
                status[r.asset_tag] = r.from_status
    out = []
    for d in held:
        if d.acquired_on is not None and d.acquired_on > day:
            continue
        st = status[d.asset_tag]
        age = round((day - d.acquired_on).days / 365.25, 2) if d.acquired_on else None
        out.append(Device(d.asset_tag, d.kind, d.kind_label, d.model, d.serial, d.location, d.assigned_to,
                          d.acquired_on, st, STATUSES.get(st, st), age, is_old(d.acquired_on, day), d.note))
    return out


def comparison(label: str, row: Form06Row | MonthFigures) -> Comparison:
    """The headline figures of a period with the form's rates (the paper's, the JSON's and the screen's)."""
    return Comparison(label, row.received_total, row.form_resolved, row.form_on_time_rate, row.online_rate)


def period_report(ctx: ServiceContext, period: Period, *, document_date: date | None = None,
                  recipients: tuple[str, ...] = ()) -> PeriodReportData:
    """What the period report and its workbook show for `period`: its form II.06a, the previous period and the
    same period a year before, lists, and equipment as at the period's end (today while it runs)."""
    today = ctx.today()
    stats = dossier_stats(ctx, period.start, period.end)
    before, year_ago = previous(period), same_last_year(period)
    last = trend_month(period.end, calendar=period.calendar)
    if period.kind == "month":  # the month before and the same month a year before are the trend's own tallies
        # (a year and a month of them ending with this one), not two more passes over the dossiers
        with ctx.db.session() as session:
            figures = tallied_months_in(session, last, 13)
        months = points(figures[1:], last)
        compared: tuple[Form06Row | MonthFigures, Form06Row | MonthFigures] = (figures[-2], figures[0])
    else:
        months = monthly_series(ctx, last, 12)
        compared = (dossier_stats(ctx, before.start, before.end).total,
                    dossier_stats(ctx, year_ago.start, year_ago.end).total)
    trend = [TrendPoint(p.month, p.received, p.resolved) for p in months]
    return PeriodReportData(
        issuer(ctx), period, Form06Table(tuple(sorted(stats.by_field, key=lambda r: vi_sort_key(r.field))),
                                         stats.total),
        tuple(late_dossiers(ctx, period.start, period.end)), tuple(trend),
        tuple(courses_in(ctx, period.start, period.end)), tuple(devices_at(ctx, period.as_of(today))),
        tuple(outages(ctx, period.start, period.end)), today,
        previous=comparison(before.label, compared[0]), last_year=comparison(year_ago.label, compared[1]),
        document_date=document_date, recipients=recipients)


def attendance(ctx: ServiceContext, course_id: str) -> AttendanceData:
    """The attendance list of a course (NotFoundError when there is none), people as the training log sorts them."""
    c = get_course(ctx, course_id)
    people = tuple(Attendee(p.person_name, p.unit, p.hours_attended, p.result,
                            training.RESULTS.get(p.result, p.result), p.certificate_no)
                   for p in training.list_participations(ctx, c.id))
    return AttendanceData(issuer(ctx), ctx.today(), c.topic, c.organiser, c.location, c.start_date, c.end_date,
                          c.hours, training.MODES.get(c.mode, c.mode), c.participants, c.person_hours, people)


def inventory(ctx: ServiceContext, *, include_retired: bool = False) -> InventoryData:
    """Devices held today (retired ones only when asked)."""
    held = tuple(d for d in devices(ctx) if include_retired or d.status != "retired")
    return InventoryData(issuer(ctx), ctx.today(), held)
