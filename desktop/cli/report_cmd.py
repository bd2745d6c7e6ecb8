"""`commune-desk report monthly|quarterly|yearly|receipt|form|book|inventory|attendance`: the printed papers as PDF
files (the desk's forms live in forms_cmd)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import forms_cmd
from desktop.cli.common import UsageError, emit, month_arg, open_context, out_path
from desktop.domain.periods import Period, month_period, parse_quarter, parse_year
from desktop.services import report_data

VERBS = ("monthly", "quarterly", "yearly", "receipt", "form", "book", "inventory", "attendance")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="in báo cáo, phiếu, danh sách ra PDF / printed papers as PDF files")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{" + ",".join(VERBS) + "}")

    def verb(name: str, help_text: str, handler) -> argparse.ArgumentParser:  # noqa: ANN001 - a handler function
        v = verbs.add_parser(name, help=help_text)
        v.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF cần ghi / the PDF file to write")
        v.add_argument("--json", action="store_true")
        v.set_defaults(handler=handler)
        return v

    def period_options(v: argparse.ArgumentParser) -> None:
        v.add_argument("--comments", default="", help="nhận xét, đề xuất, kiến nghị (mục 4) / comments and proposals")
        v.add_argument("--number", default="", help="số văn bản khi đã có, vd. 05 / document number, once issued")
        v.add_argument("--xlsx", metavar="FILE.xlsx", help="cũng xuất các bảng ra Excel / the same tables as .xlsx")

    m = verb("monthly", "báo cáo tháng / monthly report", _monthly)
    m.add_argument("--month", required=True, help="YYYY-MM")
    period_options(m)
    q = verb("quarterly", "báo cáo quý / quarterly report", _quarterly)
    q.add_argument("--quarter", required=True, help="YYYY-Qn, vd. 2026-Q4")
    period_options(q)
    y = verb("yearly", "báo cáo năm / yearly report", _yearly)
    y.add_argument("--year", required=True, help="YYYY")
    period_options(y)
    forms_cmd.register_receipt(verb)
    forms_cmd.register(verb)
    i = verb("inventory", "danh sách kiểm kê thiết bị / equipment inventory list", _inventory)
    i.add_argument("--include-retired", action="store_true", help="kể cả thiết bị đã thanh lý / retired ones too")
    a = verb("attendance", "danh sách học viên một khóa / a course's attendance list", _attendance)
    a.add_argument("--course", required=True, metavar="ID", help="mã khóa học / course id")


def _period(parse, value: str, option: str) -> Period:  # noqa: ANN001 - a parser function
    try:
        return parse(value)
    except ValueError as exc:
        raise UsageError("usage.option", option=option, problem=exc) from None


def _done(args: argparse.Namespace, path: Path, pages: int, extra: dict[str, object] | None = None) -> int:
    emit(args, {"path": str(path), "pages": pages, **(extra or {})},
         [f"Đã ghi {path} ({pages} trang) / wrote {path} ({pages} pages)"])
    return 0


def _report(args: argparse.Namespace, period: Period) -> int:
    from desktop.reports.monthly import build_period_report  # ReportLab loads only when a paper is wanted

    out = out_path(args.out)
    sheet = out_path(args.xlsx, ".xlsx", "--xlsx") if args.xlsx else None
    with open_context(args) as ctx:
        data = report_data.period_report(ctx, period)
    result = build_period_report(data, out, comments=args.comments, number=args.number)
    if sheet is not None:
        from desktop.reports.xlsx_export import export_period_xlsx

        export_period_xlsx(data, sheet)
        if not args.json:
            print(f"Đã ghi {sheet} / wrote {sheet}")
    return _done(args, out, result.pages, {"period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
                                           "late_dossiers": result.late_count, "xlsx": str(sheet) if sheet else None,
                                           "total": result.stats.total.to_dict()})


def _monthly(args: argparse.Namespace) -> int:
    return _report(args, month_period(month_arg(args.month)[0]))


def _quarterly(args: argparse.Namespace) -> int:
    return _report(args, _period(parse_quarter, args.quarter, "--quarter"))


def _yearly(args: argparse.Namespace) -> int:
    return _report(args, _period(parse_year, args.year, "--year"))


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
