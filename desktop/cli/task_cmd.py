"""`commune-desk task add|done|edit|reopen|remove|list`: the plan tasks (Resolution 57, Plan 02) from a terminal."""

from __future__ import annotations

import argparse

from desktop.cli.common import emit, open_context
from desktop.cli.options import iso_date, reported_as_options
from desktop.domain.tasks import STATE_LABELS, STATES
from desktop.services import tasks
from desktop.services.tasks import TaskInfo

# Service fields whose option has another name.
OPTIONS = {"source": "--source", "done_on": "--at", "as_of": "--as-of"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("task", help="nhiệm vụ chuyển đổi số (NQ 57, KH 02) / digital-transformation plan tasks")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{add,done,edit,reopen,remove,list}")

    add = verbs.add_parser("add", help="thêm nhiệm vụ / add a task")
    add.add_argument("--code", required=True, help="mã nhiệm vụ / task code")
    add.add_argument("--title", required=True, help="tên nhiệm vụ / what must be done")
    add.add_argument("--source", default="", help="văn bản giao (số, tên) / source document, e.g. 02-KH/BCĐTW")
    add.add_argument("--source-date", type=iso_date, help="ngày văn bản / its date, YYYY-MM-DD")
    add.add_argument("--deadline", required=True, type=iso_date, help="hạn hoàn thành / deadline, YYYY-MM-DD")
    add.add_argument("--owner", default="", help="người / bộ phận chủ trì / who answers for it")
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    done = verbs.add_parser("done", help="ghi hoàn thành / mark a task done")
    done.add_argument("code", metavar="CODE")
    done.add_argument("--at", required=True, type=iso_date, help="ngày hoàn thành / completion date, YYYY-MM-DD")
    done.add_argument("--evidence", help="minh chứng: nội dung, đường dẫn tệp hoặc số văn bản / evidence")
    done.add_argument("--json", action="store_true")
    done.set_defaults(handler=_done)

    edit = verbs.add_parser("edit", help="sửa nhiệm vụ / edit a task")
    edit.add_argument("code", metavar="CODE")
    edit.add_argument("--new-code", help="mã mới / new code")
    edit.add_argument("--title")
    edit.add_argument("--source")
    edit.add_argument("--source-date", type=iso_date)
    edit.add_argument("--deadline", type=iso_date)
    edit.add_argument("--owner")
    edit.add_argument("--evidence")
    edit.add_argument("--note")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)

    for verb, text, handler in (("reopen", "bỏ ghi hoàn thành / take back a completion", _reopen),
                                ("remove", "xóa nhiệm vụ / remove a task", _remove)):
        other = verbs.add_parser(verb, help=text)
        other.add_argument("code", metavar="CODE")
        other.set_defaults(handler=handler)

    ls = verbs.add_parser("list", help="danh sách và tình trạng / tasks and where they stand")
    ls.add_argument("--as-of", type=iso_date, help="tình trạng tại ngày / as of this day (default: today)")
    ls.add_argument("--state", choices=STATES)
    ls.add_argument("--search", default="", help="không cần dấu / accents optional")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)


def _line(t: TaskInfo) -> str:
    return f"{t.code:<10} hạn {t.deadline:%d/%m/%Y}  {t.state_label:<20} {t.title}" + (f"  ({t.owner})" if t.owner
                                                                                          else "")


def _add(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**OPTIONS):
        info = tasks.add_task(ctx, args.code, args.title, args.deadline, source_document=args.source,
                              source_date=args.source_date, owner=args.owner, note=args.note)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _done(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**OPTIONS, code="CODE"):
        info = tasks.complete_task(ctx, args.code, args.at, evidence=args.evidence)
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _edit(args: argparse.Namespace) -> int:
    given = {"code": args.new_code, "title": args.title, "source_document": args.source,
             "source_date": args.source_date, "deadline": args.deadline, "owner": args.owner,
             "evidence": args.evidence, "note": args.note}
    with open_context(args) as ctx, reported_as_options(**OPTIONS, code="CODE"):
        info = tasks.edit_task(ctx, args.code, **{k: v for k, v in given.items() if v is not None})
    emit(args, info.to_dict(), [_line(info)])
    return 0


def _reopen(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(code="CODE"):
        print(_line(tasks.reopen_task(ctx, args.code)))
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(code="CODE"):
        tasks.remove_task(ctx, args.code)
    print(f"Đã xóa / removed {args.code}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options(**OPTIONS):
        listed = tasks.list_tasks(ctx, as_of=args.as_of, search=args.search, state=args.state or "")
    counts = ", ".join(f"{STATE_LABELS[s][0].lower()}: {n}" for s, n in listed.summary.items())
    lines = [f"Tại ngày {listed.as_of:%d/%m/%Y} — {counts}"] + [_line(t) for t in listed.tasks]
    emit(args, listed.to_dict(), lines)
    return 0
