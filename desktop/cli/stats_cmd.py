"""`commune-desk stats --month YYYY-MM | --quarter | --half | --year | --from --to`: form II.06a for a reporting
period (Decree 09 by default, `--calendar` for calendar months), as text or JSON."""

from __future__ import annotations

import argparse

from desktop.cli.common import emit, local_today, open_context
from desktop.cli.period_args import add_period_options, period_from_args, require_started
from desktop.services.statistics import DossierRow, dossier_stats


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="thống kê kỳ báo cáo / period statistics (Biểu II.06a/VPCP/KSTT)")
    add_period_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_stats)


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _row(r: DossierRow) -> str:
    # Columns (3)–(13) of form II.06a, then its two rates: the same figures the paper prints.
    return (f"{r.field[:30]:<30} {r.received_total:>6} {r.received_online:>6} {r.received_direct_postal:>6} "
            f"{r.carried_over:>6} | {r.form_resolved:>6} {r.form_early:>6} {r.form_on_time:>6} "
            f"{r.form_late:>6} | {r.form_in_progress:>6} {r.form_within:>9} {r.form_overdue:>6}"
            f" | {_pct(r.form_on_time_rate):>6} {_pct(r.online_rate):>6}")


def _stats(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    today = local_today()
    require_started(period, today)
    with open_context(args) as ctx:
        stats = dossier_stats(ctx, period.start, period.end)
    head = (f"{'Lĩnh vực':<30} {'Nhận':>6} {'TT':>6} {'TrTiếp':>6} {'Kỳ tr':>6} | {'Đã GQ':>6} {'Trước':>6} "
            f"{'Đúng':>6} {'Quá':>6} | {'Đang':>6} {'Trong hạn':>9} {'Quá':>6} | {'ĐúngH':>6} {'TrTuy':>6}")
    lines = [f"Kỳ báo cáo {period.label}: {period.span.lower()}"]
    if not period.complete(today):
        lines.append(f"Số liệu tính đến ngày {period.as_of(today):%d/%m/%Y}")
    lines += [head, *(_row(r) for r in stats.by_field), _row(stats.total)]
    emit(args, {**stats.to_json(), "period": period.to_json(today)}, lines)
    return 0
