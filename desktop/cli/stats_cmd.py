"""`commune-desk stats --month YYYY-MM`: the one-stop statistics form for a month, as text or JSON."""

from __future__ import annotations

import argparse

from desktop.cli.common import emit, month_arg, open_context
from desktop.services.statistics import DossierRow, dossier_stats


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="thống kê tháng / month statistics (Biểu 06/VPCP/KSTT)")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_stats)


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _row(r: DossierRow) -> str:
    return (f"{r.field[:30]:<30} {r.received_total:>6} {r.received_online:>6} {r.received_direct_postal:>6} "
            f"{r.carried_over:>6} | {r.resolved_total:>6} {r.resolved_early:>6} {r.resolved_on_time:>6} "
            f"{r.resolved_late:>6} | {r.in_progress_total:>6} {r.in_progress_within:>6} {r.in_progress_overdue:>6}"
            f" | {_pct(r.on_time_rate):>6} {_pct(r.online_rate):>6}")


def _stats(args: argparse.Namespace) -> int:
    start, end = month_arg(args.month)
    with open_context(args) as ctx:
        stats = dossier_stats(ctx, start, end)
    head = (f"{'Lĩnh vực':<30} {'Nhận':>6} {'TT':>6} {'TrTiếp':>6} {'Kỳ tr':>6} | {'Đã GQ':>6} {'Trước':>6} "
            f"{'Đúng':>6} {'Quá':>6} | {'Đang':>6} {'Trong':>6} {'Quá':>6} | {'ĐúngH':>6} {'TrTuy':>6}")
    lines = [f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}", head]
    lines += [_row(r) for r in stats.by_field] + [_row(stats.total)]
    emit(args, stats.to_json(), lines)
    return 0
