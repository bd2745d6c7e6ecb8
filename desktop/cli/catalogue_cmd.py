"""`commune-desk catalogue add|edit|list|seed`: the procedure catalogue from a terminal."""

from __future__ import annotations

import argparse

from desktop.cli.common import BadArgument, emit, open_context
from desktop.services import catalogue

DOCUMENTS_HELP = ("thành phần hồ sơ, cách nhau bởi “;”, vd. \"Tờ khai; Giấy chứng sinh (bản sao)\" / the papers it "
                  "asks for, separated by ';'")


def working_days(value: str) -> float:
    """An argparse type: working days, halves allowed ("2.5" or "2,5" as Vietnamese write it)."""
    try:
        return float(value.strip().replace(",", "."))
    except ValueError:
        raise BadArgument("usage.not_days", value=value) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalogue", help="danh mục thủ tục / procedure catalogue")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,edit,list,seed}")
    add = verbs.add_parser("add", help="thêm thủ tục / add a procedure")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--field", required=True, help="mã hoặc tên lĩnh vực / field code or name")
    add.add_argument("--days", required=True, type=working_days,
                     help="số ngày làm việc, lẻ nửa ngày (2.5), 0 = trong ngày / working days, halves allowed")
    add.add_argument("--fee", type=int, default=0, help="lệ phí (đồng) / fee in VND")
    add.add_argument("--online", choices=catalogue.ONLINE_LEVELS, default="partial")
    add.add_argument("--boundary-free", action="store_true")
    add.add_argument("--pause-for-payment", action=argparse.BooleanOptionalAction, default=None,
                     help="tạm dừng thời hạn khi chờ nghĩa vụ tài chính (mặc định: có với lĩnh vực Đất đai) / "
                          "pause the clock while the citizen pays (default: on for land)")
    add.add_argument("--extension-days", type=int, default=None,
                     help="số ngày làm việc được gia hạn tối đa (mặc định: 2 với Chứng thực) / "
                          "extension allowance in working days (default: 2 for certification)")
    add.add_argument("--documents", default="", help=DOCUMENTS_HELP)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    edit = verbs.add_parser("edit", help="sửa thủ tục / change a procedure")
    edit.add_argument("--code", required=True)
    edit.add_argument("--name")
    edit.add_argument("--documents", help=DOCUMENTS_HELP)
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)
    ls = verbs.add_parser("list", help="liệt kê / list")
    ls.add_argument("--search", default="")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)
    seed = verbs.add_parser("seed", help="nạp danh mục mẫu kèm theo / load the shipped catalogue")
    seed.set_defaults(handler=_seed)


def _days(n: float) -> str:
    return "trong ngày" if n == 0 else f"{n:g} ngày".replace(".", ",")


def _add(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        p = catalogue.add_procedure(ctx, args.code, args.name, args.field, args.days, fee=args.fee,
                                    online_level=args.online, boundary_free=args.boundary_free,
                                    pause_for_payment=args.pause_for_payment,
                                    extension_max_days=args.extension_days, documents=args.documents)
    emit(args, p.to_dict(), [f"{p.code}  {p.name}  ({p.field_name}, {_days(p.statutory_days)})"])
    return 0


def _edit(args: argparse.Namespace) -> int:
    changes = {k: v for k, v in (("name", args.name), ("documents", args.documents)) if v is not None}
    with open_context(args) as ctx:
        p = catalogue.edit_procedure(ctx, args.code, **changes)
    papers = p.documents.split("\n") if p.documents else []
    emit(args, p.to_dict(), [f"{p.code}  {p.name}  ({p.field_name}, {_days(p.statutory_days)})",
                             *[f"  {i}. {name}" for i, name in enumerate(papers, 1)]])
    return 0


def _level(level: str) -> str:
    """A province procedure is marked: the commune only receives it boundary-free and forwards it."""
    return "  [cấp tỉnh, tiếp nhận hộ / province's, forwarded]" if level == "province" else ""


def _list(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        rows = catalogue.list_procedures(ctx, search=args.search)
    emit(args, [r.to_dict() for r in rows],
         [f"{p.code:<12} {_days(p.statutory_days):<11} {p.field_name:<28} {p.name}{_level(p.level)}" for p in rows]
         or ["(danh mục trống / the catalogue is empty)"])
    return 0


def _seed(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        added = catalogue.seed_catalogue(ctx)
    print(f"Đã thêm {added} thủ tục / added {added} procedures")
    return 0
