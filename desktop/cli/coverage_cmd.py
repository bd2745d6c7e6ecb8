"""`commune-desk outage add|end|list` and `coverage --month M`: villages' network outages and a month's coverage."""

from __future__ import annotations

import argparse

from desktop.cli.common import emit, month_arg, open_context, parse_local_datetime
from desktop.cli.options import reported_as_options
from desktop.services import coverage
from desktop.services.coverage import OutageInfo

OPTIONS = {"started_at": "--from", "ended_at": "--to"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("outage", help="mất sóng, mất mạng theo thôn / village network outages")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,end,list}")
    add = verbs.add_parser("add", help="ghi sự cố / log an outage")
    add.add_argument("--village", required=True)
    add.add_argument("--from", dest="start", required=True, help="bắt đầu, giờ địa phương / local ISO start")
    add.add_argument("--to", dest="end", help="kết thúc (bỏ trống nếu còn đang mất) / local ISO end, if over")
    add.add_argument("--cause", default="", help="nguyên nhân / cause")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    end = verbs.add_parser("end", help="ghi kết thúc sự cố / close an ongoing outage")
    end.add_argument("outage_id", metavar="ID")
    end.add_argument("--to", dest="end", required=True, help="kết thúc, giờ địa phương / local ISO end")
    end.add_argument("--json", action="store_true")
    end.set_defaults(handler=_end)
    ls = verbs.add_parser("list", help="sự cố trong tháng / outages of a month")
    ls.add_argument("--month", required=True, help="YYYY-MM")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)
    cov = sub.add_parser("coverage", help="vùng lõm sóng và sự cố trong tháng / a month's coverage and outages")
    cov.add_argument("--month", required=True, help="YYYY-MM")
    cov.add_argument("--json", action="store_true")
    cov.set_defaults(handler=_coverage)


def _hours(h: float) -> str:
    return f"{h:g} h"


def _line(o: OutageInfo) -> str:
    end = f"{o.ended_at:%d/%m/%Y %H:%M}" if o.ended_at else "đang mất / ongoing"
    return f"{o.village:<24} {o.started_at:%d/%m/%Y %H:%M} – {end}  {_hours(o.hours):>8}  {o.cause}  [{o.id}]"


def _add(args: argparse.Namespace) -> int:
    start = parse_local_datetime(args.start, "--from")
    end = parse_local_datetime(args.end, "--to")
    with open_context(args) as ctx, reported_as_options(**OPTIONS):
        info = coverage.add_outage(ctx, args.village, start, end, cause=args.cause)  # type: ignore[arg-type]
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _end(args: argparse.Namespace) -> int:
    end = parse_local_datetime(args.end, "--to")
    with open_context(args) as ctx, reported_as_options(**OPTIONS, outage="ID"):
        info = coverage.end_outage(ctx, args.outage_id, end)  # type: ignore[arg-type]
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _list(args: argparse.Namespace) -> int:
    start, end = month_arg(args.month)
    with open_context(args) as ctx:
        rows = coverage.list_outages(ctx, start, end)
    emit(args, [o.to_dict() for o in rows], [_line(o) for o in rows] or ["(không có sự cố / no outages)"])
    return 0


def _coverage(args: argparse.Namespace) -> int:
    start, end = month_arg(args.month)
    with open_context(args) as ctx:
        info = coverage.coverage(ctx, start, end)
    affected = "; ".join(f"{a.village} ({a.households} hộ)" for a in info.affected) or "—"
    poor = "; ".join(f"{p.village} ({p.households} hộ)" for p in info.poor_coverage) or "—"
    lines = [f"Tháng {args.month}: {info.outages} sự cố, {_hours(info.hours)}; ảnh hưởng / affected: {affected}",
             f"Vùng sóng yếu, không sóng hoặc chưa có cáp quang / poorly covered: {poor}"]
    data = {"month": args.month, "outages": info.outages, "hours": info.hours,
            "affected": [a.to_dict() for a in info.affected],
            "poor_coverage": [p.to_dict() for p in info.poor_coverage]}
    emit(args, data, lines)
    return 0
