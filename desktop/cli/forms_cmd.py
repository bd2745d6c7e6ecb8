"""`commune-desk report form|book` (and `report receipt`, kept as the receipt's alias): the one-stop desk's forms
01–06 as PDF files. Each paper written leaves an audit row: it shows full ID numbers and phones (DOMAIN §6)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop.cli.common import UsageError, emit, explain, open_context, out_path
from desktop.cli.options import iso_date
from desktop.domain.errors import Explained
from desktop.services import audit, form_data

KINDS = ("receipt", "supplement", "refusal", "apology", "control")  # reports.forms.KINDS, without loading ReportLab
PAPERS = ("a5", "a4")
SIGNED_BY_RECEIVER = ("receipt", "supplement", "refusal")  # the forms the receiving officer signs by name
BOOK_MAX_DAYS = 366

Verb = Callable[..., argparse.ArgumentParser]


def register(verb: Verb) -> None:
    """Add the verbs through report_cmd's `verb(name, help, handler)` (which adds --out and --json)."""
    f = verb("form", "mẫu phiếu 01–05 của một hồ sơ / a dossier's desk form 01–05", form)
    f.add_argument("--kind", required=True, choices=KINDS,
                   help="receipt = 01 tiếp nhận, supplement = 02 bổ sung, refusal = 03 từ chối, apology = 04 xin "
                        "lỗi, control = 05 kiểm soát")
    f.add_argument("--dossier", required=True, metavar="CODE", help="mã hồ sơ / dossier code")
    _paper(f)
    b = verb("book", "sổ theo dõi hồ sơ (mẫu 06) / the dossier tracking book (form 06)", book)
    b.add_argument("--from", dest="start", required=True, type=iso_date, metavar="YYYY-MM-DD",
                   help="từ ngày tiếp nhận / first day of receipt")
    b.add_argument("--to", dest="end", required=True, type=iso_date, metavar="YYYY-MM-DD",
                   help="đến ngày / last day of receipt")


def register_receipt(verb: Verb) -> None:
    r = verb("receipt", "giấy tiếp nhận hồ sơ và hẹn trả kết quả / receipt and appointment slip", receipt)
    r.add_argument("--dossier", required=True, metavar="CODE", help="mã hồ sơ / dossier code")
    _paper(r)


def _paper(v: argparse.ArgumentParser) -> None:
    v.add_argument("--paper", choices=PAPERS, default="a5", help="khổ giấy, mặc định A5 / paper size, A5 by default")
    v.add_argument("--officer", default="", metavar="NAME",
                   help="họ tên cán bộ tiếp nhận, khi hồ sơ không ghi / the receiving officer's full name, when the "
                        "dossier does not record one")


def _done(args: argparse.Namespace, path: object, pages: int, extra: dict[str, object]) -> int:
    emit(args, {"path": str(path), "pages": pages, **extra},
         [f"Đã ghi {path} ({pages} trang) / wrote {path} ({pages} pages)"])
    return 0


def form(args: argparse.Namespace) -> int:
    from desktop.reports.forms.build import build_form  # ReportLab loads only when a paper is wanted

    out = out_path(args.out)
    with open_context(args) as ctx:
        slip = form_data.desk_slip(ctx, args.dossier, officer=args.officer)
        pages = build_form(args.kind, slip, out, paper=args.paper)
        audit.record_shown(ctx, "export", args.kind, dossier_id=slip.dossier_id, file=out.name, paper_size=args.paper)
    if not slip.receiver and args.kind in SIGNED_BY_RECEIVER:  # written all the same: the name can be signed in
        print(explain(Explained("forms.no_receiver"), "Cảnh báo", "Warning"), file=sys.stderr)
    return _done(args, out, pages, {"kind": args.kind, "dossier": slip.code, "paper": args.paper})


def receipt(args: argparse.Namespace) -> int:
    args.kind = "receipt"
    return form(args)


def book(args: argparse.Namespace) -> int:
    from desktop.reports.forms.book import build_book

    if args.end < args.start:
        raise UsageError("usage.to_before_from", start=args.start.isoformat(), end=args.end.isoformat())
    if (args.end - args.start).days >= BOOK_MAX_DAYS:
        raise UsageError("usage.book_too_long", max_days=BOOK_MAX_DAYS)
    out = out_path(args.out)
    with open_context(args) as ctx:
        data = form_data.book(ctx, args.start, args.end)
        pages = build_book(data, out)
        audit.record_shown(ctx, "export", "book", codes=tuple(r.code for r in data.rows), file=out.name,
                           start=args.start.isoformat(), end=args.end.isoformat())
    return _done(args, out, pages, {"dossiers": len(data.rows), "from": args.start.isoformat(),
                                    "to": args.end.isoformat()})
