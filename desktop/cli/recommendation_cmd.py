"""`commune-desk recommendation add|answer|list`: recommendations sent up and their answers from a terminal."""

from __future__ import annotations

import argparse

from desktop.cli.common import UsageError, emit, open_context
from desktop.cli.options import iso_date, reported_as_options
from desktop.services import recommendations as recs
from desktop.services.recommendations import RecommendationInfo

OPTIONS = {"sent_on": "--date", "answered_on": "--date", "recommendation": "ID"}
MIN_ID_PREFIX = 6


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("recommendation", help="kiến nghị gửi cấp trên / recommendations sent up")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,answer,list}")
    add = verbs.add_parser("add", help="ghi kiến nghị đã gửi / log a recommendation sent")
    add.add_argument("--date", required=True, type=iso_date, help="ngày gửi / sent on, YYYY-MM-DD")
    add.add_argument("--to", required=True, help="nơi nhận / recipient")
    add.add_argument("--subject", required=True, help="nội dung / subject")
    add.add_argument("--number", default="", help="số văn bản / letter number")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    answer = verbs.add_parser("answer", help="ghi trả lời / record the answer")
    answer.add_argument("ref", metavar="ID", help="mã (ít nhất 6 ký tự đầu) hoặc số văn bản / id prefix or number")
    answer.add_argument("--date", required=True, type=iso_date, help="ngày trả lời / answered on, YYYY-MM-DD")
    answer.add_argument("--answer", required=True)
    answer.add_argument("--json", action="store_true")
    answer.set_defaults(handler=_answer)
    ls = verbs.add_parser("list", help="danh sách / list")
    ls.add_argument("--as-of", type=iso_date, help="tính đến ngày / as of (default: today)")
    ls.add_argument("--overdue", action="store_true", help="chỉ kiến nghị quá 30 ngày chưa trả lời / only overdue")
    ls.add_argument("--search", default="")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)


def _line(r: RecommendationInfo) -> str:
    flag = "QUÁ 30 NGÀY / OVERDUE " if r.overdue else ""
    answer = f" → {r.answered_on:%d/%m/%Y}: {r.answer}" if r.answered_on else f" ({r.days_waiting} ngày chờ)"
    return f"{r.sent_on:%d/%m/%Y} {r.number} → {r.recipient}: {r.subject}{answer} {flag}[{r.id}]"


def _add(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**OPTIONS):
        info = recs.add_recommendation(ctx, args.date, args.to, args.subject, number=args.number)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _resolve(rows: list[RecommendationInfo], ref: str) -> str:
    text = ref.strip()
    found = [r for r in rows if text and (r.number == text or (len(text) >= MIN_ID_PREFIX and r.id.startswith(text)))]
    if len(found) != 1:
        raise UsageError("usage.id_not_found" if not found else "usage.id_ambiguous", ref=ref)
    return found[0].id


def _answer(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**OPTIONS):
        rec_id = _resolve(recs.list_recommendations(ctx), args.ref)
        info = recs.record_answer(ctx, rec_id, args.answer, args.date)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        rows = recs.list_recommendations(ctx, as_of=args.as_of, search=args.search, overdue_only=args.overdue)
    emit(args, [r.to_dict() for r in rows], [_line(r) for r in rows] or ["(không có kiến nghị / none)"])
    return 0
