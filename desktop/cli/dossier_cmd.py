"""`commune-desk dossier add|status|list|show`: the one-stop desk from a terminal or a script."""

from __future__ import annotations

import argparse

from desktop.cli.common import UsageError, emit, month_arg, open_context, parse_local_datetime
from desktop.cli.dossier_marks import add_marks_options, marks_for_new, register_edit
from desktop.domain import lifecycle
from desktop.services import dossier_queries, dossiers
from desktop.services.dto import DossierInfo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dossier", help="hồ sơ TTHC / administrative-procedure dossiers")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,edit,status,list,show}")

    add = verbs.add_parser("add", help="tiếp nhận hồ sơ / register a dossier")
    add.add_argument("--procedure", required=True, help="mã thủ tục / procedure code")
    add.add_argument("--applicant", required=True, help="họ tên người nộp / applicant's full name")
    add.add_argument("--id-number", default="", help="số CCCD (12 số) hoặc CMND (9 số) / ID number")
    add.add_argument("--phone", default="")
    add.add_argument("--address", default="")
    add.add_argument("--channel", required=True, choices=dossiers.CHANNELS)
    add.add_argument("--boundary-free", action="store_true", help="tiếp nhận phi địa giới / boundary-free")
    add.add_argument("--received", help="thời điểm tiếp nhận, giờ địa phương / local ISO date-time (default: now)")
    add.add_argument("--code", default="", help="mã hồ sơ chính thức nếu đã có / official code, if issued")
    add_marks_options(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    register_edit(verbs)

    actions = ", ".join(f"{a} ({lifecycle.ACTION_LABELS[a][0]})" for a in lifecycle.TRANSITIONS)
    st = verbs.add_parser("status", help="chuyển trạng thái / move a dossier through its lifecycle",
                          description=f"ACTION: {actions}")
    st.add_argument("code")
    st.add_argument("action", choices=list(lifecycle.TRANSITIONS), metavar="ACTION", help=actions)
    st.add_argument("--at", help="thời điểm, giờ địa phương / local ISO date-time (default: now)")
    st.add_argument("--note", default="")
    st.add_argument("--late-reason", default="", help="lý do trễ hạn / reason for lateness")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_status)

    ls = verbs.add_parser("list", help="danh sách, tìm kiếm / list and search")
    ls.add_argument("--search", default="", help="không cần dấu / accents optional")
    ls.add_argument("--month", help="YYYY-MM (theo ngày tiếp nhận / by receipt date)")
    ls.add_argument("--overdue", action="store_true", help="chỉ hồ sơ quá hạn / only overdue")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    show = verbs.add_parser("show", help="chi tiết và lịch sử / details and history")
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)


def _line(d: DossierInfo) -> str:
    due = d.due_date.strftime("%d/%m/%Y") if d.due_date else "—"
    return (f"{d.code}  {d.received_at:%d/%m/%Y %H:%M}  hẹn {due}  {d.status_label:<16}  "
            f"{d.applicant_name}  · {d.procedure_name}")


def _add(args: argparse.Namespace) -> int:
    data = dossiers.DossierInput(
        procedure_code=args.procedure, applicant_name=args.applicant, channel=args.channel,
        id_number=args.id_number, phone=args.phone, address=args.address, boundary_free=args.boundary_free,
        received_at=parse_local_datetime(args.received, "--received"), code=args.code,
        marks=marks_for_new(args))
    with open_context(args) as ctx:
        info = dossiers.register_dossier(ctx, data)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _status(args: argparse.Namespace) -> int:
    at = parse_local_datetime(args.at, "--at")
    with open_context(args) as ctx:
        info = dossiers.change_status(ctx, args.code, args.action, at=at, note=args.note,
                                      late_reason=args.late_reason)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("usage.limit_must_be_at")
    start = end = None
    if args.month:
        start, end = month_arg(args.month)
    q = dossier_queries.DossierQuery(search=args.search, received_from=start, received_to=end,
                                     overdue=args.overdue, limit=args.limit)
    with open_context(args) as ctx:
        rows = dossier_queries.list_dossiers(ctx, q)
    emit(args, [r.to_dict() for r in rows], [_line(r) for r in rows] or ["(không có hồ sơ / no dossiers)"])
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        detail = dossiers.get_dossier(ctx, args.code)
    lines = [_line(detail.dossier)] + [
        f"  {e.at:%d/%m/%Y %H:%M}  {e.action:<20} → {lifecycle.STATUS_LABELS[lifecycle.Status(e.to_status)][0]}"
        for e in detail.events]
    emit(args, detail.to_dict(), lines)
    return 0
