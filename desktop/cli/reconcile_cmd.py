"""`commune-desk reconcile --form06 FILE.xlsx --month YYYY-MM [--dossiers LIST.xlsx] [--profile NAME] [--json]`:
our Biểu 06a of the month against the province's own II.06a export, cell by cell, with the dossiers behind each
difference (and, given the province's dossier list, whether each is only there, only here, or in another column and
why). Exit code 0 when the two agree, 1 when they differ, 2 on bad input.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.common import UsageError, emit, open_context
from desktop.imports.profiles import get_profile
from desktop.imports.reconcile import LABELS, Difference, Reconciliation, Responsible, period_of_month, reconcile

EXIT_DIFFERENT = 1
_WHERE = {"only_there": ("chỉ có ở tỉnh", "only in the province's list"),
          "only_here": ("chỉ có ở xã", "only here"),
          "other_column": ("khác cột", "in another column"), "counted": ("xã đếm ở ô này", "counted here")}
_WHY = {"status": ("trạng thái", "status"), "due_date": ("ngày hẹn trả", "due date"),
        "received_at": ("ngày tiếp nhận", "receipt time"), "finished_at": ("ngày có kết quả", "finish time"),
        "channel": ("hình thức nộp", "channel"), "field": ("lĩnh vực", "field")}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reconcile", help="đối soát Biểu II.06a với số liệu của tỉnh / reconcile form II.06a with "
                                         "the province's figures")
    p.add_argument("--form06", required=True, metavar="FILE.xlsx",
                   help="Biểu II.06a do hệ thống của tỉnh xuất / the province system's II.06a export")
    p.add_argument("--month", required=True, help="YYYY-MM (Nghị định 09: 15 tháng trước – 14 tháng này / Decree 09: "
                                                  "15th of the month before to the 14th)")
    p.add_argument("--calendar", action="store_true", help="tháng dương lịch / the calendar month")
    p.add_argument("--dossiers", metavar="LIST.xlsx",
                   help="danh sách hồ sơ của tỉnh cùng kỳ, để chỉ ra hồ sơ gây chênh lệch / the province's dossier "
                        "list of the period, to tell which dossiers make each difference")
    p.add_argument("--profile", metavar="NAME", help="hồ sơ ánh xạ để đọc danh sách hồ sơ / the import profile to "
                                                     "read the dossier list with")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_reconcile)


def _month(value: str, calendar: bool) -> tuple[date, date]:
    try:
        return period_of_month(value, calendar=calendar)
    except ValueError as exc:
        raise UsageError("usage.option", option="--month", problem=exc) from None


def _file(value: str | None) -> Path | None:
    if value is None:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise UsageError("usage.not_existing_file", value=value)
    return path


def _dossier_text(r: Responsible) -> str:
    vi, en = _WHERE[r.where]
    cols = ""
    if r.where == "other_column":
        cols = f": xã/here {', '.join(f'({c})' for c in r.ours)}, tỉnh/province {', '.join(f'({c})' for c in r.theirs)}"
        if r.why:
            cols += " — " + ", ".join(f"{_WHY[w][0]} / {_WHY[w][1]}" for w in r.why)
    return f"{r.code} ({vi} / {en}{cols})"


def _line(d: Difference) -> list[str]:
    vi, en = LABELS[d.column]
    lines = [f"«{d.field}», cột ({d.column}) {vi} / column ({d.column}) {en}: xã/here {d.ours}, tỉnh/province "
             f"{d.theirs}"]
    lines += [f"    {_dossier_text(r)}" for r in d.dossiers]
    return lines


def report_lines(r: Reconciliation) -> list[str]:
    lines = [f"Đối soát Biểu II.06a từ ngày {r.start:%d/%m/%Y} đến ngày {r.end:%d/%m/%Y} / reconciling form II.06a "
             f"{r.start:%d/%m/%Y}–{r.end:%d/%m/%Y}"]
    lines += list(r.notes)
    if r.fields_only_there:
        lines.append("Lĩnh vực chỉ có ở tỉnh / fields only in the province's file: " + ", ".join(r.fields_only_there))
    if r.fields_only_here:
        lines.append("Lĩnh vực chỉ có ở xã / fields only here: " + ", ".join(r.fields_only_here))
    for d in r.differences:
        lines += _line(d)
    lines.append("Khớp: 0 chênh lệch / they agree: 0 differences" if r.ok else
                 f"{len(r.differences)} ô chênh lệch / cell(s) differ")
    return lines


def _reconcile(args: argparse.Namespace) -> int:
    start, end = _month(args.month, args.calendar)
    form06, listed = _file(args.form06), _file(args.dossiers)
    assert form06 is not None
    with open_context(args) as ctx:
        profile = get_profile(ctx.db.paths.root, args.profile) if args.profile else None
        result = reconcile(ctx, form06, start, end, listed, profile)
    emit(args, result.to_json(), report_lines(result))
    return 0 if result.ok else EXIT_DIFFERENT
