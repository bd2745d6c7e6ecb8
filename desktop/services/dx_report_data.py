"""What the monthly digital-transformation report to the Department of Science and Technology shows, read once
and handed to `desktop.reports.dx_report` as plain records: the Decision 766 rates, plan tasks, training, equipment,
villages and their teams, coverage and outages, recommendations. Every figure comes from the same service the
workbook page, the dashboard and the CLI use, so screen and paper agree."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop.domain.certificates import certificate_state
from desktop.domain.index766 import RATE_LABELS
from desktop.domain.outages import hours_within
from desktop.domain.periods import Period
from desktop.domain.tasks import IN_PROGRESS, OVERDUE
from desktop.reports.dx_model import (
    DxReportData,
    IndexLine,
    RecommendationLine,
    TaskLine,
    TokenLine,
    VillageLine,
    VillageOutageLine,
)
from desktop.services import coverage, equipment, index766, recommendations, tasks, teams, villages
from desktop.services.context import ServiceContext
from desktop.services.report_data import courses_in, devices, issuer


def _tasks(ctx: ServiceContext, period: Period, as_of_day: date) -> tuple[dict[str, int], tuple[TaskLine, ...]]:
    listed = tasks.list_tasks(ctx, as_of=as_of_day)
    shown = [t for t in listed.tasks if t.state in (IN_PROGRESS, OVERDUE)
             or (t.done_on is not None and period.start <= t.done_on <= period.end)]
    return listed.summary, tuple(TaskLine(t.code, t.title, t.owner, t.source_document, t.deadline, t.done_on,
                                          t.state, t.state_label) for t in shown)


def dx_report(ctx: ServiceContext, period: Period) -> DxReportData:
    today = ctx.today()
    as_of = min(period.end, today)
    index = index766.index_report(ctx, period.start, period.end)
    summary, task_lines = _tasks(ctx, period, as_of)
    tokens = tuple(TokenLine(e.asset_tag, e.assigned_to, e.certificate_expiry,
                             certificate_state(e.certificate_expiry, as_of, held=False) == "expired")
                   for e in equipment.list_equipment(ctx, kind="signature_token")
                   if e.status != "retired"
                   and certificate_state(e.certificate_expiry, as_of, held=False) in ("expiring", "expired"))
    team_totals = {t.village: t for t in teams.list_teams(ctx, period.start, period.end)}
    village_lines = []
    for v in villages.list_villages(ctx):
        t = team_totals.get(v.name)
        village_lines.append(VillageLine(
            v.name, v.households, v.signal, v.signal_label, v.broadband, v.poor_coverage,
            v.team.decision_number if v.team else "", len(t.members) if t else 0, t.sessions if t else 0,
            t.people_helped if t else 0, t.dossiers_assisted if t else 0))
    households = {v.name: v.households for v in village_lines}
    cov = coverage.coverage(ctx, period.start, period.end)
    outage_lines = tuple(sorted(
        (VillageOutageLine(o.village, households.get(o.village, 0), o.started_at, o.ended_at,
                           _hours_inside(o, period, ctx), o.cause)
         for o in coverage.list_outages(ctx, period.start, period.end)), key=lambda o: o.started))
    recs = tuple(sorted(
        (RecommendationLine(r.sent_on, r.number, r.recipient, r.subject, r.answer, r.answered_on, r.days_waiting,
                            r.overdue)
         for r in recommendations.list_recommendations(ctx, as_of=as_of)
         if r.sent_on <= period.end and (r.sent_on >= period.start or r.answered_on is None
                                         or r.answered_on >= period.start)), key=lambda r: r.sent_on))
    return DxReportData(
        issuer(ctx), period, today, as_of,
        tuple(IndexLine(r.key, RATE_LABELS[r.key][0], r.counted, r.of, r.rate, r.target, r.below)
              for r in index.rates),
        summary, task_lines, tuple(courses_in(ctx, period.start, period.end)), tuple(devices(ctx)), tokens,
        tuple(village_lines), outage_lines, cov.hours, recs)


def _hours_inside(o: coverage.OutageInfo, period: Period, ctx: ServiceContext) -> float:
    """The outage's hours inside the period, as `coverage` counts them, so the lines add up to the period's total
    (local wall times: the desk's zone keeps one offset all year)."""
    lo = datetime.combine(period.start, time.min)
    hi = datetime.combine(period.end + timedelta(days=1), time.min)
    return round(hours_within(o.started_at, o.ended_at or ctx.local_now(), lo, hi), coverage.HOURS_DECIMALS)
