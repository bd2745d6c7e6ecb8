"""What the Báo cáo page prints: a paper is its kind, its period (or course) and the officer's words; two equal
papers print the same PDF. Built on the worker; ReportLab loads only when a paper is wanted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.periods import Period, parse_period
from desktop.services import closed_periods, report_data
from desktop.services.context import ServiceContext
from desktop.ui.pages.reports_view import ATTENDANCE, HALF, INVENTORY, MONTH, PERIOD_KINDS, QUARTER, YEAR

_STEMS = {MONTH: "bao-cao-thang-", QUARTER: "bao-cao-quy-", HALF: "bao-cao-6-thang-", YEAR: "bao-cao-nam-",
          ATTENDANCE: "diem-danh-khoa-"}


@dataclass(frozen=True)
class Paper:
    """Everything a printed paper depends on: two equal Papers print the same PDF."""

    kind: str
    key: str  # the period key (2026-11, 2026-Q4, 2026), the course id, or "" for the inventory
    period: Period | None = None
    include_retired: bool = False
    comments: str = ""
    number: str = ""

    @property
    def selection(self) -> tuple[str, str, bool]:
        return self.kind, self.key, self.include_retired

    def file_name(self, today: date, suffix: str = ".pdf") -> str:
        stem = f"kiem-ke-thiet-bi-{today:%Y-%m-%d}" if self.kind == INVENTORY else _STEMS[self.kind] + self.key[:12]
        return stem + suffix


def period_of(kind: str, key: str, calendar: bool = False) -> Period:
    """Decree 09 periods unless this PC's settings ask for calendar months (internal use)."""
    return parse_period(kind, key, calendar=calendar)


def build_paper(ctx: ServiceContext, paper: Paper, out: Path, recipients: tuple[str, ...] = ()) -> int:
    """Write `paper` to `out` (on the worker; ReportLab loads only when a paper is wanted); returns the page count.
    A closed period prints what was closed, whatever the boxes hold."""
    if paper.kind in PERIOD_KINDS:
        from desktop.reports.monthly import build_period_report

        assert paper.period is not None
        made = closed_periods.paper(ctx, paper.period, comments=paper.comments, number=paper.number,
                                    recipients=recipients)
        return build_period_report(made.data, out, comments=made.comments, number=made.number,
                                   invariant=made.closed is not None).pages
    if paper.kind == INVENTORY:
        from desktop.reports.inventory import build_inventory

        return build_inventory(report_data.inventory(ctx, include_retired=paper.include_retired), out)
    from desktop.reports.attendance import build_attendance

    return build_attendance(report_data.attendance(ctx, paper.key), out)
