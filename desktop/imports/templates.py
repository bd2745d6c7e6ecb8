"""The import templates: one workbook per kind, built from the kind's own columns and example rows.

The shipped files under resources/templates are made by `python -m desktop.imports.templates`, so a column added to
a kind reaches its template; a test checks the shipped files still match the columns and import cleanly.
"""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.config.resources import resource_path, resources_dir
from desktop.imports import KINDS, cells
from desktop.imports.header import EXAMPLE_HEADER
from desktop.imports.preview import Column, ImportKind

DATA_SHEET = "Dữ liệu"
GUIDE_SHEET = "Hướng dẫn"
TEMPLATE_ROWS = 2000  # rows that get the text formats and the drop-down lists
EXAMPLE_MARK = "Ví dụ"  # in the EXAMPLE_HEADER column of every example row: such rows are never imported
_HINTS = {
    cells.days: "Số ngày làm việc từ 0 đến 365; 0 hoặc “Trong ngày” = giải quyết trong ngày",
    cells.money: "Số đồng, vd. 50.000; “Không” hoặc “Miễn phí” = 0",
    cells.hours: "Số giờ, vd. 4 hoặc 2,5",
    cells.yes_no: "“Có” hoặc “Không” (cũng nhận x, 1, 0)",
    cells.day: "Ngày/tháng/năm, vd. 20/11/2026",
    cells.year_or_day: "Ngày/tháng/năm, hoặc chỉ năm (vd. 2019 = 01/01/2019)",
    cells.phone: "9–12 chữ số, giữ số 0 ở đầu (định dạng ô là Văn bản)",
}


def template_path(kind: str) -> Path:
    """The shipped template of `kind` (a key of KINDS)."""
    return resource_path("templates", KINDS[kind].template)


def _hint(c: Column) -> str:
    if c.choices:
        return "Một trong: " + "; ".join(c.choices)
    return _HINTS.get(c.parse, "Chữ")


def build_template(kind: ImportKind, path: Path) -> None:
    """Write the template workbook of `kind` to `path` (atomically: a half-written template is never left)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    bold, red = Font(bold=True), Font(bold=True, color="C00000")
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, c in enumerate(kind.columns, 1):
        letter = get_column_letter(i)
        head = ws.cell(row=1, column=i, value=c.vi)
        head.font, head.fill = (red if c.required else bold), fill
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[letter].width = c.width
        if c.as_text:
            ws.column_dimensions[letter].number_format = "@"
        if c.choices:
            # Officers pick from the list; other spellings (“toàn trình”, “4”) still import, so no hard stop.
            dv = DataValidation(type="list", formula1='"' + ",".join(c.choices) + '"', allow_blank=True,
                                showErrorMessage=False)
            dv.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
            ws.add_data_validation(dv)
    # The examples stay in the template to show the way; the mark beside them keeps them out of any import, so a
    # template sent back with them left in cannot rename a real procedure or add a device nobody owns.
    mark = len(kind.columns) + 1
    head = ws.cell(row=1, column=mark, value=EXAMPLE_HEADER)
    head.font, head.fill = Font(italic=True, color="808080"), fill
    ws.column_dimensions[get_column_letter(mark)].width = 12
    grey = Font(italic=True, color="808080")
    for r, example in enumerate(kind.examples, 2):
        for i, (c, value) in enumerate(zip(kind.columns, example, strict=True), 1):
            cell = ws.cell(row=r, column=i, value=None if value in ("", None) else value)
            cell.font = grey
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            elif c.as_text:
                cell.number_format = "@"
        ws.cell(row=r, column=mark, value=EXAMPLE_MARK).font = grey
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    guide = wb.create_sheet(GUIDE_SHEET)
    guide.append([f"Mẫu nhập {kind.label_vi} / {kind.label_en} import template"])
    guide.append(["Cột chữ đỏ là bắt buộc. Ô để trống: thêm mới thì lấy giá trị mặc định, đã có thì giữ nguyên. "
                  "Xem thêm resources/templates/README.md."])
    guide.append([f"Các dòng có chữ “{EXAMPLE_MARK}” ở cột «{EXAMPLE_HEADER}» là dòng ví dụ và không được nhập; "
                  "hãy xóa chúng, hoặc ghi đè dữ liệu thật và xóa chữ đó."])
    guide.append([])
    guide.append(["Cột", "Column", "Bắt buộc", "Giá trị chấp nhận", "Ví dụ"])
    for i, c in enumerate(kind.columns):
        example = next((e[i] for e in kind.examples if e[i] not in ("", None)), "")
        guide.append([c.vi, c.en, "Có" if c.required else "", _hint(c), cells.shown(example) if example else ""])
    for row in (1, 5):
        for cell in guide[row]:
            cell.font = bold
    for letter, width in zip("ABCDE", (34, 22, 10, 60, 30), strict=True):
        guide.column_dimensions[letter].width = width
    _atomic(path, wb.save)


def _atomic(path: Path, save: Callable[[Path], object]) -> None:
    """Save to a hidden file beside `path`, then swap it in, so a failed write never leaves half a workbook."""
    tmp = path.with_name(f".~{path.stem}.{uuid.uuid4().hex[:8]}{path.suffix}")
    try:
        save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def copy_template(kind: str, out: Path) -> Path:
    """Copy the shipped template of `kind` to `out` (an .xlsx path in a folder that exists), replacing it whole."""
    _atomic(out, lambda tmp: shutil.copyfile(template_path(kind), tmp))
    return out


def main() -> int:
    folder = resources_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    for kind in KINDS.values():
        build_template(kind, folder / kind.template)
        print(folder / kind.template)
    return 0


if __name__ == "__main__":
    sys.exit(main())
