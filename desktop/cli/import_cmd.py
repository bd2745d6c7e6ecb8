"""`commune-desk import procedures|officers|equipment|attendance FILE [--sheet NAME]`, `import dossiers FILE
[--profile NAME] [--create-procedures]` and `import template KIND --out FILE.xlsx`.

Every import previews first: with --dry-run only the preview is printed; without it the file is written (in one
transaction) only when no row has an error, else the errors are printed, nothing is written and the exit code is 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import UsageError, emit, open_context
from desktop.imports import KINDS, ImportPreview, dossiers
from desktop.imports.preview import run_apply, run_preview
from desktop.imports.profiles import get_profile

EXIT_ROW_ERRORS = 2
_LABELS = {"procedures": "thủ tục", "officers": "cán bộ", "equipment": "thiết bị", "attendance": "học viên",
           "dossiers": "hồ sơ"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="nhập dữ liệu từ tệp Excel/CSV / import data from an Excel or CSV file")
    verbs = p.add_subparsers(dest="verb", required=True,
                             metavar="{" + ",".join([*KINDS, "dossiers", "template"]) + "}")
    for name, kind in KINDS.items():
        v = verbs.add_parser(name, help=f"nhập {kind.label_vi} / import {kind.label_en}")
        v.add_argument("file", metavar="FILE", help="tệp .xlsx hoặc .csv (UTF-8) / an .xlsx or UTF-8 .csv file")
        v.add_argument("--dry-run", action="store_true",
                       help="chỉ xem trước, không ghi gì (mã thoát 2 nếu có lỗi) / preview only, write nothing "
                            "(exit code 2 when rows have errors)")
        v.add_argument("--sheet", metavar="NAME",
                       help="trang tính cần đọc (mặc định: trang đầu tiên) / the sheet to read (default: the first)")
        v.add_argument("--json", action="store_true")
        v.set_defaults(handler=_import, kind=name)
    d = verbs.add_parser("dossiers", help="nhập danh sách hồ sơ từ Hệ thống giải quyết TTHC tỉnh / import the "
                                          "province one-stop system's dossier list")
    d.add_argument("file", metavar="FILE", help="tệp .xlsx hoặc .csv / an .xlsx or .csv file")
    d.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì / preview only")
    d.add_argument("--create-procedures", action="store_true",
                   help="thêm thủ tục chưa có trong danh mục (cần mã và tên) / add procedures missing from the "
                        "catalogue (needs code and name)")
    d.add_argument("--sheet", metavar="NAME", help="trang tính cần đọc / the sheet to read")
    d.add_argument("--profile", metavar="NAME",
                   help="hồ sơ ánh xạ đã lưu (cột và bảng trạng thái) / a saved import profile (columns and status "
                        "table)")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=_import, kind="dossiers")
    t = verbs.add_parser("template", help="chép tệp mẫu để điền / copy a template to fill in")
    t.add_argument("template_kind", metavar="KIND", choices=list(KINDS), help=" | ".join(KINDS))
    t.add_argument("--out", required=True, metavar="FILE.xlsx", help="tệp cần ghi / the file to write")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=_template)


def _input(value: str) -> Path:
    path = Path(value).expanduser()
    if not path.is_file():
        raise UsageError("usage.not_existing_file", value=value)
    return path


def _out(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise UsageError("usage.out_must_be_xlsx", value=value)
    if path.is_dir():
        raise UsageError("usage.out_folder", value=value)
    if not path.parent.is_dir():
        raise UsageError("usage.out_folder_does_not", parent=path.parent)
    return path


def preview_lines(p: ImportPreview) -> list[str]:
    what = _LABELS.get(p.kind, p.kind)
    lines = [f"Tệp «{p.file}»: {p.rows} dòng {what}; thêm mới {p.new}, cập nhật {p.updated}, không đổi "
             f"{p.unchanged}; {len(p.errors)} lỗi.",
             f"File “{p.file}”: {p.rows} row(s) of {KINDS[p.kind].label_en if p.kind in KINDS else p.kind}; "
             f"{p.new} new, {p.updated} updated, "
             f"{p.unchanged} unchanged; {len(p.errors)} error(s)."]
    if len(p.sheets) > 1:
        lines.append(f"Đã đọc trang «{p.sheet}»; tệp có: " + ", ".join(f"«{s}»" for s in p.sheets) +
                     f" / read sheet “{p.sheet}” of: " + ", ".join(f"“{s}”" for s in p.sheets))
    lines += p.notes
    lines += [e.text() for e in p.errors]
    return lines


def _dossier_json(p: ImportPreview, applied: bool) -> dict[str, object]:
    return {"created": p.new, "updated": p.updated, "unchanged": p.unchanged, "skipped_rows": list(p.skipped_rows),
            "errors": [{"row": e.row, "column": e.column, "message": f"{e.message_vi} / {e.message_en}"}
                       for e in p.errors],
            "ok": p.ok, "applied": applied, "file": p.file, "sheet": p.sheet, "notes": list(p.notes)}


def _import(args: argparse.Namespace) -> int:
    path = _input(args.file)
    with open_context(args) as ctx:
        kind = KINDS.get(args.kind)
        if args.kind == "dossiers":
            profile = get_profile(ctx.db.paths.root, args.profile) if args.profile else None
            kind = dossiers.kind(args.create_procedures, path.name, profile)
        assert kind is not None
        preview = run_preview(ctx, path, kind, args.sheet)
        applied = False
        if preview.ok and not args.dry_run:
            # Apply re-reads and re-checks the file inside its one transaction: what was previewed is what lands.
            run_apply(ctx, path, kind, args.sheet)
            applied = True
    lines = preview_lines(preview)
    if applied:
        lines.append(f"Đã nhập xong / imported: {preview.new} mới / new, {preview.updated} cập nhật / updated.")
    elif preview.ok:
        lines.append("Chạy thử: chưa ghi gì / dry run: nothing written.")
    else:
        lines.append("Có lỗi nên chưa ghi gì; sửa tệp rồi nhập lại / the file has errors, nothing was written; "
                     "fix it and import again.")
    payload = _dossier_json(preview, applied) if args.kind == "dossiers" else \
        {**preview.to_dict(), "ok": preview.ok, "applied": applied}
    emit(args, payload, lines)
    return 0 if preview.ok else EXIT_ROW_ERRORS


def _template(args: argparse.Namespace) -> int:
    from desktop.imports.templates import copy_template

    out = copy_template(args.template_kind, _out(args.out))
    emit(args, {"kind": args.template_kind, "path": str(out)},
         [f"Đã chép tệp mẫu vào {out} / copied the template to {out}"])
    return 0
