"""`commune-desk report monthly|quarterly|yearly|close|reopen|receipt|form|book|inventory|attendance|dx`: the
printed papers as PDF files (the desk's forms 01–06 in forms_cmd, the digital-transformation report in report_dx)."""

from __future__ import annotations

import argparse
import hashlib
from datetime import date
from pathlib import Path

from desktop.cli import forms_cmd
from desktop.cli.common import BadArgument, emit, local_today, open_context, out_path
from desktop.cli.period_args import add_period_options, closed_pdf, period_from_args, require_started
from desktop.cli.report_dx import register_dx
from desktop.config.paths import resolve_data_paths
from desktop.config.settings import UiSettings
from desktop.domain.periods import Period
from desktop.services import closed_periods, report_data

VERBS = ("monthly", "quarterly", "yearly", "close", "reopen", "receipt", "form", "book", "inventory", "attendance",
         "dx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="in báo cáo, phiếu, danh sách ra PDF / printed papers as PDF files")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{" + ",".join(VERBS) + "}")

    def verb(name: str, help_text: str, handler, required_out: bool = True  # noqa: ANN001 - a handler function
             ) -> argparse.ArgumentParser:
        v = verbs.add_parser(name, help=help_text)
        v.add_argument("--out", required=required_out, metavar="FILE.pdf",
                       help="tệp PDF cần ghi / the PDF file to write")
        v.add_argument("--json", action="store_true")
        v.set_defaults(handler=handler)
        return v

    def period_options(v: argparse.ArgumentParser) -> None:
        add_period_options(v)
        paper_options(v)
        v.add_argument("--xlsx", metavar="FILE.xlsx", help="cũng xuất các bảng ra Excel / the same tables as .xlsx")

    # `monthly` takes any period (--month, --quarter, --half, --year, --from/--to); the other two are its aliases.
    period_options(verb("monthly", "báo cáo kỳ (tháng, quý, 6 tháng, năm) / period report", _report))
    period_options(verb("quarterly", "báo cáo quý / quarterly report (= monthly --quarter)", _report))
    period_options(verb("yearly", "báo cáo năm / yearly report (= monthly --year)", _report))
    c = verb("close", "ký duyệt, khóa số liệu kỳ báo cáo (lãnh đạo) / sign off and close a period (leaders)", _close,
             required_out=False)
    add_period_options(c, ranges=False)
    paper_options(c)
    o = verbs.add_parser("reopen", help="mở lại kỳ báo cáo đã khóa (lãnh đạo) / reopen a closed period (leaders)")
    add_period_options(o, ranges=False)
    o.add_argument("--reason", required=True, help="lý do mở lại / why it is reopened")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=_reopen)
    forms_cmd.register_receipt(verb)
    forms_cmd.register(verb)
    i = verb("inventory", "danh sách kiểm kê thiết bị / equipment inventory list", _inventory)
    i.add_argument("--include-retired", action="store_true", help="kể cả thiết bị đã thanh lý / retired ones too")
    a = verb("attendance", "danh sách học viên một khóa / a course's attendance list", _attendance)
    a.add_argument("--course", required=True, metavar="ID", help="mã khóa học / course id")
    register_dx(verbs, out_path)


def _iso_day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadArgument("usage.not_date_in_form", value=value) from None


def paper_options(v: argparse.ArgumentParser) -> None:
    """What the officer may set on a period paper: comments, number, document date and recipients."""
    v.add_argument("--comments", default="", help="nhận xét, đề xuất, kiến nghị (mục 4) / comments and proposals")
    v.add_argument("--number", default="", help="số văn bản khi đã có, vd. 05 / document number, once issued")
    v.add_argument("--date", dest="document_date", type=_iso_day, metavar="YYYY-MM-DD",
                   help="ngày ban hành văn bản (mặc định: hôm nay) / the document's date (default: today)")
    v.add_argument("--recipient", dest="recipients", action="append", default=None, metavar="TEXT",
                   help="một dòng “Nơi nhận” (lặp lại cho từng nơi) / one “Nơi nhận” line, repeat for each")


def recipients_of(args: argparse.Namespace) -> tuple[str, ...]:
    """`--recipient` lines, else this PC's setting (one per line), else () for the standard list."""
    if args.recipients:
        return tuple(args.recipients)
    saved = UiSettings.load(resolve_data_paths(getattr(args, "data_dir", None)).settings).report_recipients
    return tuple(line for line in saved.splitlines() if line.strip())


def started_period(args: argparse.Namespace) -> Period:
    """The period the options name, refused (exit 2, nothing written) when it has not begun."""
    period = period_from_args(args)
    require_started(period, local_today())
    return period


def _done(args: argparse.Namespace, path: Path, pages: int, extra: dict[str, object] | None = None) -> int:
    emit(args, {"path": str(path), "pages": pages, **(extra or {})},
         [f"Đã ghi {path} ({pages} trang) / wrote {path} ({pages} pages)"])
    return 0


def _report(args: argparse.Namespace) -> int:
    from desktop.reports.monthly import build_period_report  # ReportLab loads only when a paper is wanted

    period = started_period(args)
    out = out_path(args.out)
    sheet = out_path(args.xlsx, ".xlsx", "--xlsx") if args.xlsx else None
    with open_context(args) as ctx:
        made = closed_periods.paper(ctx, period, comments=args.comments, number=args.number,
                                    document_date=args.document_date, recipients=recipients_of(args))
    data = made.data
    # A closed period prints what was closed, byte for byte: the same SHA-256 as at closing.
    result = build_period_report(data, out, comments=made.comments, number=made.number,
                                 invariant=made.closed is not None)
    if sheet is not None:
        from desktop.reports.xlsx_export import export_period_xlsx

        export_period_xlsx(data, sheet)
        if not args.json:
            print(f"Đã ghi {sheet} / wrote {sheet}")
    closed = made.closed
    if closed is not None and not args.json:
        print("Kỳ đã khóa số liệu: in lại đúng bản đã ký / a closed period: reprinted as it was signed")
    return _done(args, out, result.pages, {"period": period.to_json(data.today), "as_of": data.as_of,
                                           "closed": closed is not None,
                                           "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
                                           "late_dossiers": result.late_count, "xlsx": str(sheet) if sheet else None,
                                           "total": result.stats.total.to_dict()})


def _close(args: argparse.Namespace) -> int:
    period = started_period(args)
    with open_context(args) as ctx:
        out = out_path(args.out) if args.out else closed_pdf(args, period, "bao-cao")
        closed = closed_periods.close_period(ctx, period, out, comments=args.comments, number=args.number,
                                             document_date=args.document_date, recipients=recipients_of(args))
    emit(args, {"path": str(out), "period": period.to_json(local_today()), "number": closed.number,
                "document_date": closed.document_date, "sha256": closed.pdf_sha256,
                "total": closed.total.to_dict() if closed.total else None},
         [f"Đã khóa số liệu {period.label} / closed {period.key}: {out}", f"SHA-256: {closed.pdf_sha256}"])
    return 0


def _reopen(args: argparse.Namespace) -> int:
    period = started_period(args)
    with open_context(args) as ctx:
        closed_periods.reopen_period(ctx, period, args.reason)
    emit(args, {"period": period.to_json(local_today()), "reopened": True},
         [f"Đã mở lại {period.label} / reopened {period.key}"])
    return 0


def _inventory(args: argparse.Namespace) -> int:
    from desktop.reports.inventory import build_inventory

    out = out_path(args.out)
    with open_context(args) as ctx:
        data = report_data.inventory(ctx, include_retired=args.include_retired)
    pages = build_inventory(data, out)
    return _done(args, out, pages)


def _attendance(args: argparse.Namespace) -> int:
    from desktop.reports.attendance import build_attendance

    out = out_path(args.out)
    with open_context(args) as ctx:
        course = report_data.attendance(ctx, args.course)
    pages = build_attendance(course, out)
    return _done(args, out, pages)
