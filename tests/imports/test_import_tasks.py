"""Importing the province's plan-task list: title rows above the header, the province's own headings, dd/mm/yyyy
dates; matched by code (a second import updates and marks done), the task service's rules per row, nothing written
when a row is wrong; and through `commune-desk import tasks FILE`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from import_files import write_xlsx

from desktop.imports import ImportRejected, apply_tasks, preview_tasks
from desktop.services import tasks
from desktop.services.context import ServiceContext

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from test_workbook_cli import _set_up, run  # noqa: E402

TITLE = ("UBND TỈNH QUẢNG NINH", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026 GIAO CẤP XÃ")
# The province's headings, not the template's: "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Kết quả".
HEAD = ["Mã", "Nội dung nhiệm vụ", "Căn cứ", "Cơ quan chủ trì", "Thời hạn", "Ngày hoàn thành", "Kết quả"]
ROWS = [
    HEAD,
    ["T1", "Số hóa sổ hộ tịch", "Kế hoạch 02-KH/BCĐTW", "Tư pháp - Hộ tịch", "30/09/2026", "25/09/2026",
     "Báo cáo 45/BC-UBND"],
    ["T2", "Lắp camera Bộ phận một cửa", "Kế hoạch của tỉnh", "Văn phòng", "31/10/2026", None, None],
    ["T3", "Tập huấn AI cho công chức", "Nghị quyết 57-NQ/TW", "Văn phòng", date(2026, 12, 31), None, None],
]


def _states(ctx: ServiceContext) -> dict[str, str]:
    return {t.code: t.state for t in tasks.list_tasks(ctx, date(2026, 12, 4)).tasks}


def test_the_province_list_imports_and_a_second_import_updates(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "nhiem-vu.xlsx", ROWS, title_rows=TITLE)
    preview = preview_tasks(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert preview.new == 3
    apply_tasks(ctx, path)
    # The example: seen on 04/12, "1 done on time, 1 overdue, 1 in progress".
    assert _states(ctx) == {"T1": "done_on_time", "T2": "overdue", "T3": "in_progress"}
    assert tasks.list_tasks(ctx).tasks[0].evidence == "Báo cáo 45/BC-UBND"
    again = [HEAD, ["t2", "Lắp camera Bộ phận một cửa", "Kế hoạch của tỉnh", "Văn phòng", "31/10/2026", "15/11/2026",
                    "Biên bản nghiệm thu"]]
    second = write_xlsx(tmp_path / "lan-2.xlsx", again)
    preview = preview_tasks(ctx, second)
    assert (preview.new, preview.updated) == (0, 1)
    apply_tasks(ctx, second)
    assert _states(ctx)["T2"] == "done_late" and len(tasks.list_tasks(ctx).tasks) == 3


@pytest.mark.parametrize(("row", "column"), [
    (["T9", "", "KH", "VP", "31/12/2026", None, None], "Nội dung nhiệm vụ"),
    (["T9", "Việc", "KH", "VP", "31/13/2026", None, None], "Thời hạn"),
    (["T9", "Việc", "KH", "VP", "31/12/2026", "01/01/2027", None], "Ngày hoàn thành"),  # after today
    (["T1", "Trùng", "KH", "VP", "31/12/2026", None, None], "Mã"),  # repeats row 2
])
def test_a_wrong_row_is_named_and_nothing_is_written(ctx: ServiceContext, tmp_path: Path, row: list,
                                                     column: str) -> None:
    path = write_xlsx(tmp_path / "sai.xlsx", [*ROWS[:2], row])
    preview = preview_tasks(ctx, path)
    assert not preview.ok and [e.column for e in preview.errors] == [column]
    with pytest.raises(ImportRejected):
        apply_tasks(ctx, path)
    assert tasks.list_tasks(ctx).tasks == ()


def test_import_tasks_through_the_cli(tmp_path: Path) -> None:
    data = _set_up(tmp_path / "data")
    path = write_xlsx(tmp_path / "nhiem-vu.xlsx", ROWS, title_rows=TITLE)
    assert "3" in run(data, "import", "tasks", str(path), "--dry-run").stdout
    run(data, "import", "tasks", str(path))
    listed = run(data, "task", "list", "--as-of", "2026-12-04", "--json").stdout
    assert '"done_on_time": 1' in listed and '"overdue": 1' in listed and '"in_progress": 1' in listed
