"""What the dashboard shows, read in one call: this month's figures, dossiers overdue or due, devices needing
attention, training hours and the 12-month trend — every dossier figure from the statistics module the reports use.
"This month" is the reporting month as the paper counts it (Decree 09: the 15th of the month before to the 14th),
or the calendar month when this PC's setting asks for them; its on-time rate is form II.06a's [(8) + (9)] / (7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from desktop.domain.equipment import NEEDS_CARE
from desktop.domain.form06_rules import CLOCK_RUNNING, due_soon_by
from desktop.domain.periods import Period
from desktop.services.calendar import working_calendar
from desktop.services.context import ServiceContext
from desktop.services.dossier_views import build_info, past_due_on
from desktop.services.dto import DossierInfo, Record
from desktop.services.equipment import EquipmentInfo, list_equipment
from desktop.services.statistics import MonthFigures, MonthPoint, points, tallied_months_in, trend_month
from desktop.services.training import list_courses
from desktop.store.models import Dossier, Field, Procedure

DOSSIERS_SHOWN = 20  # per list; the dossier page has the rest
DEVICES_SHOWN = 8
TREND_MONTHS = 12
# Devices that need someone's attention, worst first (the domain's care rule, old age aside).
ATTENTION = NEEDS_CARE
# On the desk with the clock running (`form06_rules.CLOCK_RUNNING`, as the dossier list's filters).
_CLOCK_RUNNING = tuple(sorted(int(s) for s in CLOCK_RUNNING))


@dataclass(frozen=True)
class DashboardSummary(Record):
    today: date
    period: Period  # this month: Decree 09's (15th to 14th) unless this PC counts calendar months
    month: MonthFigures  # this month's new dossiers and resolved ones, as the "Tổng cộng" row of Biểu 06 counts them
    overdue_count: int  # open, clock running, due date before today
    overdue: tuple[DossierInfo, ...]  # the longest overdue first
    due_by: date  # the next working day
    due_soon_count: int  # open, clock running, due today or by the next working day
    due_soon: tuple[DossierInfo, ...]  # the earliest due first
    devices_broken: int
    devices_in_repair: int
    devices_degraded: int
    devices: tuple[EquipmentInfo, ...]  # the first few needing attention, worst first
    courses_month: int  # courses starting in `period`, the dossiers' month
    person_hours_month: float
    courses_year: int  # courses starting this year
    person_hours_year: float
    trend: tuple[MonthPoint, ...]  # the last TREND_MONTHS months, this one last

    @property
    def month_from(self) -> date:
        return self.period.start

    @property
    def month_to(self) -> date:
        return self.period.end

    @property
    def on_time_rate(self) -> float | None:
        """This month's on-time rate as the paper prints it, [(8) + (9)] / (7) of form II.06a."""
        return self.month.form_on_time_rate

    @property
    def received_new(self) -> int:
        """Received this month (online + direct or postal), as the trend's last bar counts it."""
        return self.month.received_new


def _dossiers(session: Session, due: ColumnElement[bool], today: date) -> tuple[int, tuple[DossierInfo, ...]]:
    """How many live dossiers with a running clock match `due`, and the first few by due date."""
    def matching(*columns: Any) -> Select:
        return (select(*columns)
                .join(Procedure, Dossier.procedure_id == Procedure.id).join(Field, Procedure.field_id == Field.id)
                .where(Dossier.deleted_at.is_(None), Dossier.status.in_(_CLOCK_RUNNING), due))
    count = int(session.execute(matching(func.count(Dossier.id))).scalar_one())
    rows = session.execute(matching(Dossier, Procedure.code, Procedure.name, Field.name, Procedure.statutory_days,
                                    Procedure.extension_max_days)
                           .order_by(Dossier.due_date, Dossier.received_at, Dossier.id).limit(DOSSIERS_SHOWN))
    return count, tuple(build_info(d, pc, pn, fn, today, days, allowance) for d, pc, pn, fn, days, allowance in rows)


def dashboard_summary(ctx: ServiceContext, today: date, *, calendar: bool = False) -> DashboardSummary:
    """The dashboard's figures as of `today` (local date; the page passes ctx.today()), for the month `today` falls
    in: Decree 09's, as the paper counts it, or the calendar month when this PC's setting asks for them."""
    period = trend_month(today, calendar=calendar)
    with ctx.db.session() as session:  # one read transaction: the dossier figures agree with each other
        due_by = due_soon_by(today, working_calendar(session, around=today.year))
        overdue_count, overdue = _dossiers(session, past_due_on(today), today)
        due_count, due = _dossiers(session, Dossier.due_date.between(today, due_by), today)
        figures = tallied_months_in(session, period, TREND_MONTHS)
        trend, month = points(figures, period), figures[-1]
    devices = [e for e in list_equipment(ctx) if e.status in ATTENTION]
    devices.sort(key=lambda e: (ATTENTION.index(e.status), e.asset_tag))
    per_status = {s: sum(e.status == s for e in devices) for s in ATTENTION}
    # Training's "this month" is the dossiers' month (Decree 09's may start in December of the year before or end in
    # January of the next); the year tile stays the calendar year.
    by_year = {y: list_courses(ctx, year=y) for y in {today.year, period.start.year, period.end.year}}
    courses = by_year[today.year]
    this_month = [c for year in by_year.values() for c in year if period.start <= c.start_date <= period.end]
    return DashboardSummary(
        today=today, period=period, month=month,
        overdue_count=overdue_count, overdue=overdue, due_by=due_by, due_soon_count=due_count, due_soon=due,
        devices_broken=per_status["broken"], devices_in_repair=per_status["in_repair"],
        devices_degraded=per_status["degraded"], devices=tuple(devices[:DEVICES_SHOWN]),
        courses_month=len(this_month), person_hours_month=round(float(sum(c.person_hours for c in this_month)), 2),
        courses_year=len(courses), person_hours_year=round(float(sum(c.person_hours for c in courses)), 2),
        trend=tuple(trend),
    )
