"""Closing the digital-transformation report's period, as form II.06a's is closed (`closed_periods`, report kind
"dx"): a leader closes an ended period, its paper is printed once with invariant bytes, and the figures (JSON, they
travel), the PDF's SHA-256 and a snapshot of everything the paper showed (this PC) are kept. A reprint of a closed
period lays out the snapshot, so it is the same file whatever was edited since; reopening takes a reason."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.periods import Period
from desktop.reports.dx_model import DxReportData
from desktop.services import closed_periods, dx_report_data, report_snapshot
from desktop.services.closed_periods import ClosedPeriod, Printed
from desktop.services.context import ServiceContext

DX = "dx"  # the report kind: sign-off rows "dx-month", "dx-quarter", …
PDF_STEM = "bao-cao-cds"  # the closed paper kept in the data folder: reports/bao-cao-cds-month-2026-11.pdf


@dataclass(frozen=True)
class DxPaper:
    """What to print for a period: the closed snapshot, comments and number once closed, else today's figures."""

    data: DxReportData
    comments: str
    number: str
    closed: ClosedPeriod | None


def figures(data: DxReportData) -> dict[str, object]:
    """The closed figures that travel to the province: each rate with its count, the task states, the villages
    without a team or signal, the outages."""
    return {"index": {r.key: {"counted": r.counted, "of": r.of, "rate": r.rate, "target": r.target}
                      for r in data.index},
            "tasks": dict(data.task_summary),
            "villages": len(data.villages),
            "villages_without_team": [v.name for v in data.villages if not v.team_decision],
            "villages_poor_signal": [v.name for v in data.villages if v.poor],
            "outages": len(data.outages), "outage_hours": data.outage_hours,
            "recommendations_waiting": sum(1 for r in data.recommendations if r.answered_on is None)}


def closed(ctx: ServiceContext, period: Period) -> ClosedPeriod | None:
    return closed_periods.closed_period(ctx, period, DX)


def paper(ctx: ServiceContext, period: Period, *, comments: str = "", number: str = "") -> DxPaper:
    """A closed period's paper is what was closed (its snapshot; read afresh, with the closed comments and number,
    when closed by a version that kept none); an open one's is today's."""
    done = closed(ctx, period)
    if done is None:
        return DxPaper(dx_report_data.dx_report(ctx, period), comments, number, None)
    kept = report_snapshot.loads(closed_periods.closed_snapshot(ctx, period, DX), DxReportData)
    return DxPaper(kept or dx_report_data.dx_report(ctx, period), done.comments, done.number, done)


def close(ctx: ServiceContext, period: Period, out: Path | str, *, comments: str = "",
          number: str = "") -> ClosedPeriod:
    """Print the period's report to `out` and close it with what it printed (leaders and administrators)."""
    def print_paper(text: str, num: str) -> Printed:
        from desktop.reports.dx_report import build_dx_report  # ReportLab loads only when a paper is printed

        data = dx_report_data.dx_report(ctx, period)
        build_dx_report(data, out, comments=text, number=num, invariant=True)
        return Printed(json.dumps(figures(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                       report_snapshot.dumps(data), data.today)

    return closed_periods.close_report(ctx, period, out, DX, comments=comments, number=number,
                                       print_paper=print_paper)


def reopen(ctx: ServiceContext, period: Period, reason: str) -> None:
    """A leader reopens the closed period, saying why (audited)."""
    closed_periods.reopen_period(ctx, period, reason, DX)
