"""`commune-desk report dx --month M --out F.pdf [--xlsx F.xlsx]`: the monthly digital-transformation report to the
Department of Science and Technology, for the same reporting period the II.06a report of that month covers
(Decree 09 months unless --calendar). `report dx close --month M [--number N]` closes the period with what its paper
printed (leaders), `report dx reopen --month M --reason TEXT` reopens it, as `report close|reopen` do for II.06a;
a closed period's paper is reprinted as it was closed, byte for byte."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common import UsageError, emit, local_today, open_context
from desktop.cli.period_args import add_period_options, closed_pdf, period_from_args, require_started
from desktop.domain.periods import Period
from desktop.services import dx_closing


def register_dx(verbs: argparse._SubParsersAction, out_path: Callable[..., Path]) -> None:
    """Add the `dx` verb, with the II.06a report's own period options, so both papers of a month cover one period;
    and its `close` / `reopen` steps."""
    v = verbs.add_parser("dx", help="báo cáo chuyển đổi số gửi Sở KH&CN / digital-transformation report")
    add_period_options(v)
    v.add_argument("--out", metavar="FILE.pdf", help="tệp PDF cần ghi (bắt buộc) / the PDF file to write (required)")
    v.add_argument("--xlsx", metavar="FILE.xlsx", help="cũng xuất các bảng ra Excel / the same tables as .xlsx")
    _paper_options(v)
    v.set_defaults(handler=lambda args: _dx(args, out_path))
    steps = v.add_subparsers(dest="dx_step", metavar="{close,reopen}")
    c = steps.add_parser("close", help="ký duyệt, khóa số liệu báo cáo CĐS của kỳ (lãnh đạo) / close the period "
                                       "(leaders)")
    add_period_options(c, ranges=False)
    c.add_argument("--out", metavar="FILE.pdf",
                   help="nơi lưu bản đã khóa (mặc định: thư mục dữ liệu/reports) / where the closed paper goes")
    _paper_options(c)
    c.set_defaults(handler=lambda args: _close(args, out_path))
    o = steps.add_parser("reopen", help="mở lại kỳ báo cáo CĐS đã khóa (lãnh đạo) / reopen a closed period (leaders)")
    add_period_options(o, ranges=False)
    o.add_argument("--reason", required=True, help="lý do mở lại / why it is reopened")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=_reopen)


def _paper_options(v: argparse.ArgumentParser) -> None:
    v.add_argument("--comments", default="", help="đề xuất (mục 8) / proposals")
    v.add_argument("--number", default="", help="số văn bản khi đã có / document number, once issued")
    v.add_argument("--json", action="store_true")


def _period(args: argparse.Namespace) -> Period:
    period = period_from_args(args)
    require_started(period, local_today())  # a future period: exit 2, nothing written
    return period


def _dx(args: argparse.Namespace, out_path: Callable[..., Path]) -> int:
    from desktop.reports.dx_report import build_dx_report  # ReportLab loads only when a paper is wanted

    if not args.out:
        raise UsageError("usage.option_required", option="--out")
    period = _period(args)
    out = out_path(args.out)
    sheet = out_path(args.xlsx, ".xlsx", "--xlsx") if args.xlsx else None
    with open_context(args) as ctx:
        made = dx_closing.paper(ctx, period, comments=args.comments, number=args.number)
    data = made.data
    # A closed period prints what was closed, byte for byte: the same SHA-256 as at closing.
    result = build_dx_report(data, out, comments=made.comments, number=made.number,
                             invariant=made.closed is not None)
    if sheet is not None:
        from desktop.reports.dx_xlsx import export_dx_xlsx

        export_dx_xlsx(data, sheet)
    index = {r.key: r.rate for r in data.index}
    closed = made.closed is not None
    emit(args, {"path": str(out), "pages": result.pages, "xlsx": str(sheet) if sheet else None,
                "period": {"from": period.start.isoformat(), "to": period.end.isoformat()}, "index": index,
                "tasks": data.task_summary, "outages": len(data.outages), "outage_hours": data.outage_hours,
                "closed": closed, "sha256": hashlib.sha256(out.read_bytes()).hexdigest()},
         [f"Đã ghi {out} ({result.pages} trang) / wrote {out} ({result.pages} pages)"]
         + ([f"Đã ghi {sheet} / wrote {sheet}"] if sheet else [])
         + (["Kỳ đã khóa số liệu: in lại đúng bản đã ký / a closed period: reprinted as it was signed"]
            if closed else []))
    return 0


def _close(args: argparse.Namespace, out_path: Callable[..., Path]) -> int:
    period = _period(args)
    out = out_path(args.out) if args.out else closed_pdf(args, period, dx_closing.PDF_STEM)
    with open_context(args) as ctx:
        closed = dx_closing.close(ctx, period, out, comments=args.comments, number=args.number)
    emit(args, {"path": str(out), "period": period.to_json(local_today()), "number": closed.number,
                "document_date": closed.document_date, "sha256": closed.pdf_sha256},
         [f"Đã khóa số liệu báo cáo chuyển đổi số {period.label} / closed the digital-transformation report "
          f"{period.key}: {out}", f"SHA-256: {closed.pdf_sha256}"])
    return 0


def _reopen(args: argparse.Namespace) -> int:
    period = _period(args)
    with open_context(args) as ctx:
        dx_closing.reopen(ctx, period, args.reason)
    emit(args, {"period": period.to_json(local_today()), "reopened": True},
         [f"Đã mở lại báo cáo chuyển đổi số {period.label} / reopened the digital-transformation report "
          f"{period.key}"])
    return 0
