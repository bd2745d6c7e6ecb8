"""`commune-desk dossier add|status|list|show`: the one-stop desk from a terminal or a script."""

from __future__ import annotations

import argparse
import sys
from datetime import time

from desktop.cli.common import BadArgument, UsageError, emit, explain, month_arg, open_context, parse_local_datetime
from desktop.cli.dossier_marks import add_marks_options, marks_for_new, register_edit
from desktop.cli.options import iso_date
from desktop.domain import desk_decisions, lifecycle
from desktop.domain.desk_decisions import DeskFacts
from desktop.domain.dossier_code import code_date_notice
from desktop.services import audit, desk_rules, dossier_queries, dossiers
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
    add.add_argument("--pending", action="store_true",
                     help="hồ sơ trực tuyến chờ tiếp nhận (Mới đăng ký) / online, waiting to be accepted")
    add.add_argument("--forward-to", default="", metavar="AGENCY",
                     help="tiếp nhận hộ, chuyển đến cơ quan có thẩm quyền / received here for AGENCY and sent on")
    add.add_argument("--received-from", default="", metavar="AGENCY",
                     help="do nơi khác tiếp nhận chuyển đến / received by AGENCY's desk for us")
    add_marks_options(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    register_edit(verbs)

    every = [*lifecycle.TRANSITIONS, *lifecycle.DESK_DECISIONS]
    actions = ", ".join(f"{a} ({lifecycle.ACTION_LABELS[a][0]})" for a in every)
    st = verbs.add_parser("status", help="chuyển trạng thái / move a dossier through its lifecycle",
                          description=f"ACTION: {actions}")
    st.add_argument("code")
    st.add_argument("action", choices=every, metavar="ACTION", help=actions)
    st.add_argument("--at", help="thời điểm, giờ địa phương / local ISO date-time (default: now)")
    st.add_argument("--note", default="")
    st.add_argument("--late-reason", default="", help="lý do trễ hạn / reason for lateness")
    st.add_argument("--reason", default="",
                    help="lý do (refuse, extend, apologise, finish --result refused) / the reason")
    st.add_argument("--days", type=int, default=0, help="extend: số ngày làm việc gia hạn / working days")
    st.add_argument("--new-date", type=iso_date, help="apologise: ngày hẹn mới / new appointment, YYYY-MM-DD")
    st.add_argument("--result", choices=lifecycle.RESULTS, default=lifecycle.RESULT_GRANTED,
                    help="finish: granted (giải quyết) | refused (từ chối giải quyết bằng văn bản)")
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

    hours = verbs.add_parser("office-hours", help="giờ làm việc của bộ phận một cửa / the desk's office hours "
                             "(online dossiers filed outside them count from the next opening)")
    hours.add_argument("--opens", type=_hhmm, help="giờ mở cửa / opening time, HH:MM")
    hours.add_argument("--closes", type=_hhmm, help="giờ đóng cửa / closing time, HH:MM")
    hours.set_defaults(handler=_office_hours)


def _hhmm(value: str) -> time:
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        raise BadArgument("usage.not_time", value=value) from None


def _office_hours(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        hours = desk_rules.get_office_hours(ctx)
        if args.opens or args.closes:
            hours = desk_rules.set_office_hours(ctx, args.opens or hours.opens, args.closes or hours.closes)
    print(f"{hours.opens:%H:%M}–{hours.closes:%H:%M}")
    return 0


def _line(d: DossierInfo) -> str:
    due = d.due_date.strftime("%d/%m/%Y") if d.due_date else "—"
    return (f"{d.code}  {d.received_at:%d/%m/%Y %H:%M}  hẹn {due}  {d.status_label:<16}  "
            f"{d.applicant_name}  · {d.procedure_name}")


def _decisions(d: DossierInfo) -> list[str]:
    """What the desk decided about the time and the result, one line each, as the history shows them."""
    return [f"  {x.text('vi')} / {x.text('en')}" for x in desk_decisions.decisions(DeskFacts.of(d))]


def _add(args: argparse.Namespace) -> int:
    data = dossiers.DossierInput(
        procedure_code=args.procedure, applicant_name=args.applicant, channel=args.channel,
        id_number=args.id_number, phone=args.phone, address=args.address, boundary_free=args.boundary_free,
        received_at=parse_local_datetime(args.received, "--received"), code=args.code, pending=args.pending,
        forwarded_to=args.forward_to, received_from=args.received_from, marks=marks_for_new(args))
    with open_context(args) as ctx:
        info = dossiers.register_dossier(ctx, data)
    notice = code_date_notice(info.code, info.received_at.date())
    if notice is not None:  # kept as typed; the officer is told, in both languages, before the line
        print(explain(notice, "Cảnh báo", "Warning", f" [{notice.field}]"), file=sys.stderr)
    emit(args, {**info.to_dict(), "warnings": [notice.code] if notice else []}, [_line(info)])
    return 0


def _status(args: argparse.Namespace) -> int:
    at = parse_local_datetime(args.at, "--at")
    with open_context(args) as ctx:
        info = dossiers.change_status(ctx, args.code, args.action, at=at, note=args.note,
                                      late_reason=args.late_reason,
                                      decision=dossiers.Decision(reason=args.reason, days=args.days,
                                                                 new_date=args.new_date, result=args.result))
    emit(args, info.to_dict(), [_line(info), *_decisions(info)])
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
        if args.json and (detail.applicant_id_number or detail.applicant_phone):
            # The JSON carries the full ID number and phone (the lines do not): written down like a paper (DOMAIN §6).
            audit.record_shown(ctx, "export", "detail", dossier_id=detail.dossier.id)
    lines = [_line(detail.dossier), *_decisions(detail.dossier)] + [
        f"  {e.at:%d/%m/%Y %H:%M}  {e.action:<20} → {lifecycle.STATUS_LABELS[lifecycle.Status(e.to_status)][0]}"
        + (f"  hẹn {e.due_date:%d/%m/%Y}" if e.due_date else "")
        for e in detail.events] + [
        f"  tạm dừng / paused {p.requested_on:%d/%m/%Y} → "
        + (f"{p.paid_on:%d/%m/%Y}: +{p.working_days} ngày làm việc" if p.paid_on else "…")
        for p in detail.pauses] + [
        f"  sửa ngày {c.changed_on:%d/%m/%Y} sau khi khóa số liệu {c.label} (khóa ngày {c.closed_on:%d/%m/%Y}) / "
        f"changed after {c.period_key} was closed" for c in detail.closed_changes]
    emit(args, detail.to_dict(), lines)
    return 0
