"""`commune-desk report dx --month M --out F.pdf [--xlsx F.xlsx]`: the monthly digital-transformation report to the
Department of Science and Technology, for the same reporting period the II.06a report of that month covers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common import emit, open_context
from desktop.domain.periods import Period
from desktop.services import dx_report_data


def register_dx(verbs: argparse._SubParsersAction, monthly_period: Callable[[str], Period],
                out_path: Callable[..., Path]) -> None:
    """Add the `dx` verb; `monthly_period` is the II.06a report's own month rule, so both papers cover one period."""
    v = verbs.add_parser("dx", help="báo cáo chuyển đổi số gửi Sở KH&CN / digital-transformation report")
    v.add_argument("--month", required=True, help="YYYY-MM")
    v.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF cần ghi / the PDF file to write")
    v.add_argument("--xlsx", metavar="FILE.xlsx", help="cũng xuất các bảng ra Excel / the same tables as .xlsx")
    v.add_argument("--comments", default="", help="đề xuất (mục 8) / proposals")
    v.add_argument("--number", default="", help="số văn bản khi đã có / document number, once issued")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=lambda args: _dx(args, monthly_period, out_path))


def _dx(args: argparse.Namespace, monthly_period: Callable[[str], Period], out_path: Callable[..., Path]) -> int:
    from desktop.reports.dx_report import build_dx_report  # ReportLab loads only when a paper is wanted

    period = monthly_period(args.month)
    out = out_path(args.out)
    sheet = out_path(args.xlsx, ".xlsx", "--xlsx") if args.xlsx else None
    with open_context(args) as ctx:
        data = dx_report_data.dx_report(ctx, period)
    result = build_dx_report(data, out, comments=args.comments, number=args.number)
    if sheet is not None:
        from desktop.reports.dx_xlsx import export_dx_xlsx

        export_dx_xlsx(data, sheet)
    index = {r.key: r.rate for r in data.index}
    emit(args, {"path": str(out), "pages": result.pages, "xlsx": str(sheet) if sheet else None,
                "period": {"from": period.start.isoformat(), "to": period.end.isoformat()}, "index": index,
                "tasks": data.task_summary, "outages": len(data.outages), "outage_hours": data.outage_hours},
         [f"Đã ghi {out} ({result.pages} trang) / wrote {out} ({result.pages} pages)"]
         + ([f"Đã ghi {sheet} / wrote {sheet}"] if sheet else []))
    return 0
