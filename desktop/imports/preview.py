"""What every import kind shares: columns and header matching, row errors, the preview and the one-transaction apply.

An import runs in two steps that share one code path. `run_preview` reads the file, parses every cell, and asks the
kind to plan its changes against the database, writing nothing. `run_apply` does the same inside one unit of work
and writes the plan only when no row has an error; otherwise it raises `ImportRejected` and the transaction rolls
back, so a file is either imported whole or not at all. Blank cells mean “not given”: a new record takes the
default, an existing one keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Explained
from desktop.imports.cells import CellError, Parser, key_of
from desktop.imports.reader import Cell, RawTable, read_table
from desktop.services.context import ServiceContext, UnitOfWork, unit_of_work
from desktop.services.dto import Record

HEADER_SCAN = 20  # a title or a note may sit above the header row


@dataclass(frozen=True)
class Column:
    key: str
    vi: str  # the header the template writes
    en: str  # its English name, used in messages
    parse: Parser
    required: bool = False  # the column must be there and its cells filled
    aliases: tuple[str, ...] = ()  # other headers seen in provincial lists
    width: int = 18  # template column width (characters)
    as_text: bool = False  # template formats the column as text (codes, phone numbers keep their zeros)
    choices: tuple[str, ...] = ()  # template drop-down list
    fill_down: bool = False  # blank in a continuation row: take the row above (merged cells)

    def names(self) -> set[str]:
        return {key_of(n) for n in (self.vi, self.en, self.key.replace("_", " "), *self.aliases)}


@dataclass(frozen=True)
class RowError(Record):
    row: int
    column: str | None  # the header as written in the file
    column_en: str | None
    message_vi: str
    message_en: str

    def text_vi(self) -> str:
        where = f"Dòng {self.row}, cột «{self.column}»" if self.column else f"Dòng {self.row}"
        return f"{where}: {self.message_vi}"

    def text_en(self) -> str:
        where = f"Row {self.row}, column “{self.column_en}”" if self.column else f"Row {self.row}"
        return f"{where}: {self.message_en}"

    def text(self) -> str:
        return f"{self.text_vi()} / {self.text_en()}"


@dataclass(frozen=True)
class RowChange(Record):
    row: int
    key: str  # what the officer recognises the record by (code, tag, name)
    action: str  # new | updated | unchanged
    fields: tuple[str, ...] = ()  # changed columns of an update


@dataclass(frozen=True)
class ImportPreview(Record):
    kind: str
    file: str
    rows: int
    new: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    changes: tuple[RowChange, ...]
    notes: tuple[str, ...]  # “vi / en” lines: fields to be created, columns ignored, ...

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportResult(Record):
    kind: str
    file: str
    rows: int
    new: int
    updated: int
    unchanged: int
    notes: tuple[str, ...]


class ImportRejected(DomainError):
    """Apply found row errors (the file changed since the preview, or no preview was made): nothing was written."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__("import.rejected", field="file", count=len(preview.errors))
        self.preview = preview

    def message(self, lang: str) -> str:
        """The count, then the first row's error as the row report words it."""
        first = self.preview.errors[0] if self.preview.errors else None
        if first is None:
            return super().message(lang)
        return f"{super().message(lang)} {first.text_en() if lang == 'en' else first.text_vi()}"


@dataclass(frozen=True)
class ParsedRow:
    number: int
    values: dict[str, object]  # only the cells that are filled and parsed


class Issues:
    """The errors of one file, pointing at rows and at the columns as the file names them."""

    def __init__(self, columns: Mapping[str, Column]) -> None:
        self.columns = dict(columns)
        self.headers: dict[str, str] = {}
        self.errors: list[RowError] = []

    def row_error(self, row: int, column: str | None, key: str, /, **params: object) -> None:
        """A row error worded by the catalogue entry `key`, on the column whose key is `column` (None: the row)."""
        self.explained(row, column, Explained(key, **params))

    def explained(self, row: int, column: str | None, exc: Explained) -> None:
        """An error that already carries its words (a cell's parse error, a service's rule), on that column."""
        col = self.columns.get(column) if column else None
        header = self.headers.get(column, col.vi) if col and column else None
        self.errors.append(RowError(row, header, col.en if col else None, exc.message("vi"), exc.message("en")))

    def rule(self, row: int, exc: DomainError, fields: Mapping[str, str] | None = None) -> None:
        """A service's validation error, put on the column holding the field it names."""
        key = (fields or {}).get(exc.field or "", exc.field)
        self.explained(row, key if key in self.columns else None, exc)

    def bad_rows(self) -> set[int]:
        return {e.row for e in self.errors}


@dataclass
class Plan:
    changes: list[RowChange] = field(default_factory=list)
    ops: list[object] = field(default_factory=list)  # the kind's own write steps
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportKind:
    name: str
    label_vi: str
    label_en: str
    columns: tuple[Column, ...]
    plan: Callable[[Session, ServiceContext, list[ParsedRow], Issues], Plan]
    write: Callable[[UnitOfWork, Plan], None]
    template: str  # file name under resources/templates
    examples: tuple[tuple[object, ...], ...] = ()  # template rows, in column order


def _match(header: str, names: list[tuple[str, Column]]) -> Column | None:
    key = key_of(header)
    if not key:
        return None
    exact = [c for n, c in names if n == key]
    if exact:
        return exact[0]
    # “Thời hạn giải quyết (ngày làm việc, kể cả ...)” still means the days column: the longest name it starts with.
    starts = sorted(((n, c) for n, c in names if key.startswith(n + " ")), key=lambda nc: -len(nc[0]))
    return starts[0][1] if starts else None


def _header(table: RawTable, kind: ImportKind, issues: Issues, notes: list[str]) -> tuple[int, dict[str, int]]:
    """The header row's position in `table.rows` and the column index of every known column found in it."""
    names = [(n, c) for c in kind.columns for n in c.names()]
    required = [c for c in kind.columns if c.required]
    best: tuple[int, dict[str, int], list[str]] | None = None
    for pos, (_number, cells) in enumerate(table.rows[:HEADER_SCAN]):
        found: dict[str, int] = {}
        extra: list[str] = []
        for i, cell in enumerate(cells):
            if cell is None:
                continue
            col = _match(str(cell), names)
            if col is None:
                extra.append(str(cell))
            elif col.key in found:
                extra.append(str(cell))  # a second column of the same meaning: only the first is read
            else:
                found[col.key] = i
        if all(c.key in found for c in required):  # the first row naming every required column is the header
            best = (pos, found, extra)
            break
        if best is None or len(found) > len(best[1]):
            best = (pos, found, extra)
    if best is None or not best[1]:
        wanted = ", ".join(f"«{c.vi}»" for c in required)
        issues.row_error(table.rows[0][0] if table.rows else 1, None, "row.no_header_row_with", wanted=wanted)
        return len(table.rows), {}
    pos, found, extra = best
    # Headers seen in a row that was not the header row must not rename columns.
    issues.headers = {k: str(table.rows[pos][1][i]) for k, i in found.items()}
    for c in required:
        if c.key not in found:
            issues.row_error(table.rows[pos][0], c.key, "row.this_required_column_missing")
    if extra:
        notes.append("Bỏ qua các cột không dùng: " + ", ".join(f"«{e}»" for e in extra) +
                     " / Unused columns ignored: " + ", ".join(f"“{e}”" for e in extra))
    return pos, found


def parse_rows(table: RawTable, kind: ImportKind) -> tuple[list[ParsedRow], Issues, list[str]]:
    """Every data row's cells parsed by its column; the errors collected, not raised."""
    issues = Issues({c.key: c for c in kind.columns})
    notes: list[str] = []
    pos, index = _header(table, kind, issues, notes)
    if issues.errors:
        return [], issues, notes
    columns = [c for c in kind.columns if c.key in index]
    anchor = next((c.key for c in columns if c.fill_down and c.required), None)
    above: dict[str, Cell] = {}
    rows: list[ParsedRow] = []
    for number, cells in table.rows[pos + 1:]:
        raw = {c.key: cells[index[c.key]] if index[c.key] < len(cells) else None for c in columns}
        if anchor is not None:
            if raw[anchor] is None and above:  # a continuation row: blank course cells are those above
                raw |= {c.key: above.get(c.key) for c in columns if c.fill_down and raw[c.key] is None}
            above = {c.key: raw[c.key] for c in columns if c.fill_down}
        values: dict[str, object] = {}
        for c in columns:
            cell = raw[c.key]
            if cell is None:
                if c.required:
                    issues.row_error(number, c.key, "row.this_cell_must_not")
                continue
            try:
                values[c.key] = c.parse(cell)
            except CellError as exc:
                issues.explained(number, c.key, exc)
        rows.append(ParsedRow(number, values))
    if not rows:
        issues.row_error(table.rows[pos][0], None, "row.file_has_no_data")
    return rows, issues, notes


def _preview(kind: ImportKind, table: RawTable, rows: list[ParsedRow], issues: Issues, plan: Plan,
             notes: list[str]) -> ImportPreview:
    count = {a: sum(1 for c in plan.changes if c.action == a) for a in ("new", "updated", "unchanged")}
    errors = tuple(sorted(issues.errors, key=lambda e: e.row))
    return ImportPreview(kind.name, table.source, len(rows), count["new"], count["updated"], count["unchanged"],
                         errors, tuple(plan.changes), tuple(notes + plan.notes))


def run_preview(ctx: ServiceContext, path: Path | str, kind: ImportKind) -> ImportPreview:
    """What importing `path` would do; reads the database, writes nothing."""
    table = read_table(path)
    rows, issues, notes = parse_rows(table, kind)
    with ctx.db.session() as session:
        plan = kind.plan(session, ctx, rows, issues) if rows else Plan()
    return _preview(kind, table, rows, issues, plan, notes)


def run_apply(ctx: ServiceContext, path: Path | str, kind: ImportKind) -> ImportResult:
    """Re-validate `path` and write all of it in one transaction, or nothing (ImportRejected) if any row is bad."""
    table = read_table(path)
    rows, issues, notes = parse_rows(table, kind)
    with unit_of_work(ctx) as uow:
        plan = kind.plan(uow.session, ctx, rows, issues) if rows else Plan()
        preview = _preview(kind, table, rows, issues, plan, notes)
        if not preview.ok:
            raise ImportRejected(preview)
        kind.write(uow, plan)
    return ImportResult(kind.name, preview.file, preview.rows, preview.new, preview.updated, preview.unchanged,
                        preview.notes)
