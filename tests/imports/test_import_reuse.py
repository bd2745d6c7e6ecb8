"""The apply that follows a preview of the same, unchanged file takes the preview's parsed rows instead of parsing
every cell again; a changed file is parsed anew, and one plan's row errors never reach the next one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from import_files import write_xlsx
from test_import_equipment import GOOD

from desktop.imports import ImportRejected
from desktop.imports.equipment import KIND
from desktop.imports.preview import ImportKind, run_apply, run_preview
from desktop.services import equipment
from desktop.services.context import ServiceContext


def _counting(seen: list[object]) -> ImportKind:
    """The equipment import, its Model column noting each cell it parses."""
    def parse(value: object) -> object:
        seen.append(value)
        return model.parse(value)
    model = next(c for c in KIND.columns if c.key == "model")
    return replace(KIND, columns=tuple(replace(c, parse=parse) if c is model else c for c in KIND.columns))


def test_the_apply_after_a_preview_parses_nothing_again(ctx: ServiceContext, tmp_path: Path) -> None:
    seen: list[object] = []
    kind = _counting(seen)
    path = write_xlsx(tmp_path / "tb.xlsx", GOOD)
    assert run_preview(ctx, path, kind).new == 3 and len(seen) == 3
    assert run_apply(ctx, path, kind).new == 3 and len(seen) == 3
    assert {d.model for d in equipment.list_equipment(ctx)} == {"Dell OptiPlex 3070", "Canon LBP 2900", "VNPT-CA"}
    changed = [list(r) for r in GOOD]
    changed[2][2] = "Canon LBP 6030"
    write_xlsx(path, changed)  # the officer fixed the file between preview and import
    assert run_apply(ctx, path, kind).updated == 1 and len(seen) == 6
    assert {d.model for d in equipment.list_equipment(ctx)} == {"Dell OptiPlex 3070", "Canon LBP 6030", "VNPT-CA"}


def test_a_plans_errors_stay_its_own(ctx: ServiceContext, tmp_path: Path) -> None:
    twice = [*GOOD, ["MI-02", "Máy in", "HP 107a", None, "Văn phòng", 2020, None, "Tốt", None, None]]
    path = write_xlsx(tmp_path / "tb.xlsx", twice)
    first = run_preview(ctx, path, KIND)
    second = run_preview(ctx, path, KIND)
    assert [(e.row, e.column) for e in first.errors] == [(5, "Mã tài sản")] and second.errors == first.errors
    with pytest.raises(ImportRejected) as rejected:
        run_apply(ctx, path, KIND)
    assert rejected.value.preview.errors == first.errors and equipment.list_equipment(ctx) == []
