"""The shipped templates: headers as the code defines them, example rows that import cleanly, a README for each."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_files import counts
from openpyxl import load_workbook

from desktop.config.resources import resource_path
from desktop.imports import KINDS
from desktop.imports.header import EXAMPLE_HEADER
from desktop.imports.preview import run_preview
from desktop.imports.templates import DATA_SHEET, EXAMPLE_MARK, GUIDE_SHEET, build_template, template_path


@pytest.mark.parametrize("kind", list(KINDS))
def test_shipped_template_matches_its_columns(kind: str) -> None:
    wb = load_workbook(template_path(kind))
    assert wb.sheetnames == [DATA_SHEET, GUIDE_SHEET]
    ws = wb[DATA_SHEET]
    assert [c.value for c in ws[1]] == [c.vi for c in KINDS[kind].columns] + [EXAMPLE_HEADER]
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 1 + len(KINDS[kind].examples)


@pytest.mark.parametrize("kind", list(KINDS))
def test_template_examples_are_never_imported_but_would_import_cleanly(ctx, tmp_path: Path, kind: str) -> None:  # noqa: ANN001
    before = counts(ctx.db)
    examples = len(KINDS[kind].examples)
    left_in = run_preview(ctx, template_path(kind), KINDS[kind])
    assert left_in.skipped_rows == tuple(range(2, 2 + examples)) and left_in.rows == 0
    assert any("dòng ví dụ" in n and "example" in n for n in left_in.notes)
    wb = load_workbook(template_path(kind))
    marks = [row[-1] for row in wb[DATA_SHEET].iter_rows(min_row=2)]
    assert [c.value for c in marks] == [EXAMPLE_MARK] * examples
    for cell in marks:
        cell.value = None  # the officer keeps the examples as real rows
    wb.save(tmp_path / "mau.xlsx")
    preview = run_preview(ctx, tmp_path / "mau.xlsx", KINDS[kind])
    assert preview.ok, [e.text() for e in preview.errors]
    assert preview.rows == examples and preview.new + preview.updated >= 1
    assert counts(ctx.db) == before


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_rebuilt_template_reads_the_same(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "mau.xlsx"
    build_template(KINDS[kind], out)
    rebuilt = [[c.value for c in row] for row in load_workbook(out)[DATA_SHEET].iter_rows()]
    shipped = [[c.value for c in row] for row in load_workbook(template_path(kind))[DATA_SHEET].iter_rows()]
    assert rebuilt == shipped
    assert [p.name for p in tmp_path.iterdir()] == ["mau.xlsx"]  # no temporary file left behind


def test_readme_documents_every_column_of_every_kind() -> None:
    readme = resource_path("templates", "README.md").read_text(encoding="utf-8")
    for kind in KINDS.values():
        assert f"`{kind.template}`" in readme and f"`{kind.name}`" in readme
        missing = [c.vi for c in kind.columns if f"| {c.vi} |" not in readme]
        assert missing == [], kind.name
