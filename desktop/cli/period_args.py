"""The reporting-period options every report-like verb shares (`stats`, `report monthly|close|reopen`, and the
other papers' verbs): `--month | --quarter | --half | --year | --from --to`, and `--calendar`.

Decree 09 periods by default (15th to 14th); `--calendar`, or the PC's setting, switches to calendar months.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.common import BadArgument, UsageError
from desktop.config.paths import resolve_data_paths
from desktop.config.settings import UiSettings
from desktop.domain import periods
from desktop.domain.periods import Period, PeriodError

KIND_OPTIONS = {"month": "--month", "quarter": "--quarter", "half": "--half", "year": "--year"}


def _iso(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadArgument("usage.not_date_in_form", value=value) from None


def add_period_options(p: argparse.ArgumentParser, *, ranges: bool = True) -> None:
    """The options naming one period; exactly one must be given (checked by `period_from_args`)."""
    p.add_argument("--month", metavar="YYYY-MM", help="tháng / month (Nghị định 09: 15 tháng trước – 14 tháng này)")
    p.add_argument("--quarter", metavar="YYYY-Qn", help="quý / quarter, vd. 2026-Q4")
    p.add_argument("--half", metavar="YYYY-H1|H2", help="6 tháng / half-year, vd. 2026-H1")
    p.add_argument("--year", metavar="YYYY", help="năm / year")
    if ranges:
        p.add_argument("--from", dest="date_from", type=_iso, metavar="YYYY-MM-DD", help="từ ngày / first day")
        p.add_argument("--to", dest="date_to", type=_iso, metavar="YYYY-MM-DD", help="đến ngày / last day")
    p.add_argument("--calendar", action="store_true",
                   help="theo tháng dương lịch (dùng nội bộ) / calendar months (internal use)")


def calendar_wanted(args: argparse.Namespace) -> bool:
    """`--calendar`, or the setting of this PC (settings.json in the data folder)."""
    if getattr(args, "calendar", False):
        return True
    return UiSettings.load(resolve_data_paths(getattr(args, "data_dir", None)).settings).calendar_months


def period_from_args(args: argparse.Namespace) -> Period:
    """The one period the options name; a usage error (exit 2) when none, several or a malformed one."""
    given = [(kind, getattr(args, kind, None)) for kind in KIND_OPTIONS if getattr(args, kind, None) is not None]
    start, end = getattr(args, "date_from", None), getattr(args, "date_to", None)
    ranged = start is not None or end is not None
    if len(given) + ranged != 1 or (ranged and (start is None or end is None)):
        raise UsageError("period.choose_one")
    try:
        if ranged:
            assert start is not None and end is not None
            return periods.range_period(start, end)
        kind, value = given[0]
        return periods.parse_period(kind, value, calendar=calendar_wanted(args))
    except PeriodError as exc:
        option = "--to" if ranged else KIND_OPTIONS[given[0][0]]
        raise UsageError("usage.option", option=option, problem=exc) from None


def require_started(period: Period, today: date) -> None:
    """Refuse a period that has not begun: no figures exist for it, and a paper would only mislead."""
    if period.state(today) == periods.FUTURE:
        raise UsageError("period.not_started", label=period.label, start=f"{period.start:%d/%m/%Y}",
                         end=f"{period.end:%d/%m/%Y}", today=f"{today:%d/%m/%Y}")


def closed_pdf(args: argparse.Namespace, period: Period, stem: str) -> Path:
    """Without --out, a closed paper is kept in the data folder's reports/ (one file per paper and period)."""
    folder = resolve_data_paths(getattr(args, "data_dir", None)).root / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}-{period.kind}-{period.key}.pdf"
