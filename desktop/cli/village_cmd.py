"""`commune-desk village add|edit|remove|list` and `team add|member|session|list`: villages, their coverage and
their community digital technology teams from a terminal."""

from __future__ import annotations

import argparse

from desktop.cli.common import emit, month_arg, open_context
from desktop.cli.options import iso_date, reported_as_options, yes_no
from desktop.domain.villages import SIGNALS
from desktop.services import teams, villages
from desktop.services.villages import VillageInfo

TEAM_OPTIONS = {"held_on": "--date", "people_helped": "--people", "dossiers_assisted": "--dossiers",
                "phone": "--phone"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("village", help="thôn, tổ dân phố / villages and residential groups")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,edit,remove,list}")
    add = verbs.add_parser("add", help="thêm thôn / add a village")
    add.add_argument("--name", required=True)
    add.add_argument("--households", type=int, default=0, help="số hộ / households")
    add.add_argument("--signal", choices=list(SIGNALS), default="good", help="sóng 4G/5G / 4G/5G signal")
    add.add_argument("--broadband", type=yes_no, default=True, metavar="yes|no", help="cáp quang / fixed broadband")
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    edit = verbs.add_parser("edit", help="sửa thôn / edit a village")
    edit.add_argument("village", metavar="NAME")
    edit.add_argument("--name", help="tên mới / new name")
    edit.add_argument("--households", type=int)
    edit.add_argument("--signal", choices=list(SIGNALS))
    edit.add_argument("--broadband", type=yes_no, metavar="yes|no")
    edit.add_argument("--note")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)
    remove = verbs.add_parser("remove", help="xóa thôn / remove a village")
    remove.add_argument("village", metavar="NAME")
    remove.set_defaults(handler=_remove)
    ls = verbs.add_parser("list", help="danh sách, tổ công nghệ số / villages and their teams")
    ls.add_argument("--search", default="", help="không cần dấu / accents optional")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)
    _register_team(sub)


def _register_team(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("team", help="tổ công nghệ số cộng đồng / community digital technology teams")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,member,session,list}")
    add = verbs.add_parser("add", help="thành lập tổ / set up a village's team")
    add.add_argument("--village", required=True)
    add.add_argument("--decision", required=True, help="số quyết định / decision number, e.g. 45/QĐ-UBND")
    add.add_argument("--decision-date", type=iso_date, help="ngày quyết định / its date, YYYY-MM-DD")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_team_add)
    member = verbs.add_parser("member", help="thêm thành viên / add a member")
    member.add_argument("--village", required=True)
    member.add_argument("--name", required=True)
    member.add_argument("--role", default="", help="vd. Tổ trưởng, Thành viên / e.g. leader, member")
    member.add_argument("--phone", default="")
    member.set_defaults(handler=_team_member)
    session = verbs.add_parser("session", help="ghi buổi hỗ trợ / log a session")
    session.add_argument("--village", required=True)
    session.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    session.add_argument("--place", default="")
    session.add_argument("--people", type=int, default=0, help="số người được hỗ trợ / people helped")
    session.add_argument("--dossiers", type=int, default=0, help="hồ sơ trực tuyến đã hỗ trợ / online dossiers")
    session.add_argument("--topic", default="")
    session.add_argument("--json", action="store_true")
    session.set_defaults(handler=_team_session)
    ls = verbs.add_parser("list", help="các tổ và kết quả / teams and what they did")
    ls.add_argument("--month", help="YYYY-MM (mặc định: mọi lúc / default: all time)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_team_list)


def _line(v: VillageInfo) -> str:
    team = f"tổ: {v.team.decision_number}" if v.team else "CHƯA CÓ TỔ / no team"
    cover = f"{v.signal_label}, {'có' if v.broadband else 'không có'} cáp quang"
    return f"{v.name:<24} {v.households:>5} hộ  {cover:<42} {team}"


def _add(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options():
        info = villages.add_village(ctx, args.name, households=args.households, signal=args.signal,
                                    broadband=args.broadband, note=args.note)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _edit(args: argparse.Namespace) -> int:
    given = {"name": args.name, "households": args.households, "signal": args.signal, "broadband": args.broadband,
             "note": args.note}
    with open_context(args) as ctx, reported_as_options(village="NAME"):
        info = villages.edit_village(ctx, args.village, **{k: v for k, v in given.items() if v is not None})
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(village="NAME"):
        villages.remove_village(ctx, args.village)
    print(f"Đã xóa / removed {args.village}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        rows = villages.list_villages(ctx, search=args.search)
    missing = [v.name for v in rows if v.team is None]
    lines = [_line(v) for v in rows] or ["(chưa có thôn / no villages)"]
    if missing:
        lines.append(f"Thôn chưa có tổ / villages without a team: {', '.join(missing)}")
    emit(args, [v.to_dict() for v in rows], lines)
    return 0


def _team_add(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**TEAM_OPTIONS):
        info = teams.add_team(ctx, args.village, args.decision, decision_date=args.decision_date)
    emit(args, info.to_dict(), [f"{info.village}: {info.decision_number}"])
    return 0


def _team_member(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**TEAM_OPTIONS):
        m = teams.add_member(ctx, args.village, args.name, role=args.role, phone_number=args.phone)
    print(f"{args.village}: {m.name} {m.role} {m.phone}".rstrip())
    return 0


def _team_session(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**TEAM_OPTIONS):
        s = teams.add_session(ctx, args.village, args.date, place=args.place, people_helped=args.people,
                              dossiers_assisted=args.dossiers, topic=args.topic)
    emit(args, s.to_dict(), [f"{s.village} {s.held_on:%d/%m/%Y}: {s.people_helped} người, "
                             f"{s.dossiers_assisted} hồ sơ trực tuyến"])
    return 0


def _team_list(args: argparse.Namespace) -> int:
    start = end = None
    if args.month:
        start, end = month_arg(args.month)
    with open_context(args) as ctx:
        rows = teams.list_teams(ctx, start, end)
    lines = [f"{t.village:<24} {t.decision_number:<16} {len(t.members):>3} thành viên  {t.sessions:>3} buổi  "
             f"{t.people_helped:>5} người  {t.dossiers_assisted:>5} hồ sơ" for t in rows] or ["(chưa có tổ / no teams)"]
    emit(args, [t.to_dict() for t in rows], lines)
    return 0
