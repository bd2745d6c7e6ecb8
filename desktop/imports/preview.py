"""What every import kind shares: columns and header matching, row errors, the preview and the one-transaction apply.

An import runs in two steps that share one code path. `run_preview` reads the file, parses every cell, and asks the
kind to plan its changes against the database, writing nothing. `run_apply` does the same inside one unit of work
and writes the plan only when no row has an error; otherwise it raises `ImportRejected` and the transaction rolls
back, so a file is either imported whole or not at all. Blank cells mean “not given”: a new record takes the
default, an existing one keeps its value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Explained
from desktop.imports import skips
from desktop.imports.cells import CellError, Parser, key_of
from desktop.imports.header import HEADER_SCAN, Header, find_header, header_keys
from desktop.imports.progress import NO_PROGRESS, PLAN, READ, WRITE, Progress
from desktop.imports.reader import Cell, RawTable, read_table
from desktop.services.context import ServiceContext, UnitOfWork, unit_of_work
from desktop.services.dto import Record

RowCheck = Callable[[dict[str, object]], "tuple[str, str] | None"]  # values → (column key, message key) or None

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
    notes: tuple[str, ...]  # “vi / en” lines: fields to be created, columns ignored, rows skipped, ...
    sheet: str | None = None  # the sheet read, for a workbook
    sheets: tuple[str, ...] = ()  # every sheet of the workbook: the officer may choose another
    skipped_rows: tuple[int, ...] = ()  # totals, signatures, numbering and example rows, named in the notes

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
        self.skipped: tuple[int, ...] = ()
        self.no_header = False  # no row names every required column

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

    def copy(self) -> Issues:
        """The same findings in a new object, so a plan's own errors do not reach another plan's."""
        other = Issues(self.columns)
        other.headers, other.errors = dict(self.headers), list(self.errors)
        other.skipped, other.no_header = self.skipped, self.no_header
        return other


@dataclass
class Plan:
    changes: list[RowChange] = field(default_factory=list)
    ops: list[object] = field(default_factory=list)  # the kind's own write steps
    notes: list[str] = field(default_factory=list)
    progress: Progress = NO_PROGRESS  # a long write ticks it (and stops there if the officer cancels)


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
    row_checks: tuple[RowCheck, ...] = ()  # rules across a row's cells, checked with the cells themselves


def _cell(cells: tuple[Cell, ...], i: int) -> Cell:
    return cells[i] if i < len(cells) else None


def _header_found(table: RawTable, kind: ImportKind, issues: Issues, notes: list[str]) -> Header | None:
    """The header, or None with the reason in `issues` (no header row, a required column missing)."""
    required = [c for c in kind.columns if c.required]
    h = find_header(table, kind.columns)
    issues.no_header = h is None or any(c.key not in h.index for c in required)
    if h is None:
        wanted = ", ".join(f"«{c.vi}»" for c in required)
        issues.row_error(table.rows[0][0] if table.rows else 1, None, "row.no_header_row_with", wanted=wanted)
        return None
    # Headers seen in a row that was not the header row must not rename columns.
    issues.headers = dict(h.names)
    for c in required:
        if c.key not in h.index:
            issues.row_error(table.rows[h.pos][0], c.key, "row.this_required_column_missing")
    if h.extra:
        notes.append("Bỏ qua các cột không dùng: " + ", ".join(f"«{e}»" for e in h.extra) +
                     " / Unused columns ignored: " + ", ".join(f"“{e}”" for e in h.extra))
    return None if issues.errors else h


def _stray_header(kind: ImportKind, h: Header, row: tuple[int, tuple[Cell, ...]], issues: Issues) -> None:
    """A column name in the row under a one-row header that was not read: an error, never a silent drop."""
    number, cells = row
    keys = {n: c for c in kind.columns for n in c.names()}
    stray = [str(v) for v in cells if v is not None and (c := keys.get(key_of(str(v)))) is not None
             and c.key not in h.index]
    if stray:
        listed = ", ".join(f"«{t}»" for t in stray)
        issues.row_error(number, None, "row.this_row_holds_column", listed=listed, row_number=h.row_number)


def _skip(k: int, cells: tuple[Cell, ...], raw: dict[str, Cell], h: Header) -> str | None:
    if h.example is not None and skips.is_example_mark(_cell(cells, h.example)):
        return skips.EXAMPLE
    if k == 0 and skips.is_numbering(cells):
        return skips.NUMBERING
    if skips.is_signature(cells):
        return skips.SIGNATURE
    if skips.is_total(cells):
        return skips.TOTAL
    if all(v is None for v in raw.values()):
        return skips.EMPTY
    return None


def parse_rows(table: RawTable, kind: ImportKind,
               progress: Progress = NO_PROGRESS) -> tuple[list[ParsedRow], Issues, list[str]]:
    """Every data row's cells parsed by its column, rows that are no data skipped; the errors collected, not raised.

    The notes name the rows skipped; `Issues.skipped` keeps their numbers.
    """
    issues = Issues({c.key: c for c in kind.columns})
    notes: list[str] = []
    h = _header_found(table, kind, issues, notes)
    if h is None:
        return [], issues, notes
    h.row_number = table.rows[h.pos][0]
    columns = [c for c in kind.columns if c.key in h.index]
    data = table.rows[h.pos + 1:]
    if h.height == 1 and data:
        _stray_header(kind, h, data[0], issues)
    anchor = next((c.key for c in columns if c.fill_down and c.required), None)
    above: dict[str, Cell] = {}
    rows: list[ParsedRow] = []
    skipped: dict[int, str] = {}
    footer: int | None = None  # the row the signature block starts at
    for k, (number, cells) in enumerate(data):
        if k % 1000 == 0:
            progress.tick(k, len(data))
        raw = {c.key: _cell(cells, h.index[c.key]) for c in columns}
        if footer is not None:
            # The signers' names sit in a cell or two; a row filling most columns is data someone put too low.
            if not skips.is_signature(cells) and sum(v is not None for v in raw.values()) >= max(3, len(columns) // 2):
                issues.row_error(number, None, "row.this_row_below_signature", footer=footer)
            else:
                skipped[number] = skips.FOOTER
            continue
        reason = _skip(k, cells, raw, h)
        if reason is not None:
            skipped[number] = reason
            footer = number if reason == skips.SIGNATURE else None
            continue
        if anchor is not None:
            if raw[anchor] is None and above:  # a continuation row: blank course cells are those above
                raw |= {c.key: above.get(c.key) for c in columns if c.fill_down and raw[c.key] is None}
            above = {c.key: raw[c.key] for c in columns if c.fill_down}
        values: dict[str, object] = {}
        failed: set[str] = set()
        for c in columns:
            cell = raw[c.key]
            if cell is None:
                if c.required:
                    issues.row_error(number, c.key, "row.this_cell_must_not")
                    failed.add(c.key)
                continue
            try:
                values[c.key] = c.parse(cell)
            except CellError as exc:
                issues.explained(number, c.key, exc)
                failed.add(c.key)
        for check in kind.row_checks:  # cross-field rules, reported with the cell errors, not after them
            found = check(values)
            if found is not None and found[0] not in failed:
                issues.row_error(number, *found)
        rows.append(ParsedRow(number, values))
    issues.skipped = tuple(sorted(skipped))
    notes += skips.note(skipped)
    if not rows and not issues.errors:
        issues.row_error(table.rows[h.pos][0], None, "row.file_has_no_data")
    return rows, issues, notes


def _preview(kind: ImportKind, table: RawTable, rows: list[ParsedRow], issues: Issues, plan: Plan,
             notes: list[str]) -> ImportPreview:
    count = {a: sum(1 for c in plan.changes if c.action == a) for a in ("new", "updated", "unchanged")}
    errors = tuple(sorted(issues.errors, key=lambda e: e.row))
    return ImportPreview(kind.name, table.source, len(rows), count["new"], count["updated"], count["unchanged"],
                         errors, tuple(plan.changes), tuple(notes + plan.notes), table.sheet, table.sheets,
                         issues.skipped)


def _other_sheets(path: Path | str, table: RawTable, kind: ImportKind, issues: Issues) -> None:
    """The first sheet has no header: say which sheets the workbook has and which of them hold the header."""
    names = header_keys(kind.columns)
    holding = [name for name in table.sheets if name != table.sheet and
               find_header(read_table(path, name, names, HEADER_SCAN + 1), kind.columns) is not None]
    listed = ", ".join(f"«{s}»" for s in table.sheets)
    vi = f"Trang tính «{table.sheet}» không có dòng tiêu đề. Tệp có các trang: {listed}"
    en = f"The sheet “{table.sheet}” has no header row. The file's sheets are: " + \
        ", ".join(f"“{s}”" for s in table.sheets)
    if holding:
        vi += "; dữ liệu có ở trang " + ", ".join(f"«{s}»" for s in holding)
        en += "; the data is on " + ", ".join(f"“{s}”" for s in holding)
    issues.errors.insert(0, RowError(1, None, None, vi + ". Hãy chọn trang tính cần nhập (dòng lệnh: --sheet TÊN).",
                                     en + ". Choose the sheet to import (command line: --sheet NAME)."))


_last_parsed: list[tuple[RawTable, tuple[object, ...], list[ParsedRow], Issues, list[str]]] = []
_parsed_lock = threading.Lock()


def _parsed(table: RawTable, kind: ImportKind,
            progress: Progress) -> tuple[list[ParsedRow], Issues, list[str]]:
    """`parse_rows`, given again to the apply that follows a preview: the reader hands back the very table it read
    for the preview when the file is unchanged, and the same columns parse it the same way. The rows are only read
    after this (each plan makes its own values); the issues are copied, as each plan adds its own."""
    key = (kind.columns, kind.row_checks)
    with _parsed_lock:
        last = _last_parsed[0] if _last_parsed else None
    if last is not None and last[0] is table and last[1] == key:
        return last[2], last[3].copy(), list(last[4])
    rows, issues, notes = parse_rows(table, kind, progress)
    with _parsed_lock:
        _last_parsed[:] = [(table, key, rows, issues.copy(), list(notes))]
    return rows, issues, notes


def _read(path: Path | str, kind: ImportKind, sheet: str | None,
          progress: Progress = NO_PROGRESS) -> tuple[RawTable, list[ParsedRow], Issues, list[str]]:
    table = read_table(path, sheet, header_keys(kind.columns))
    rows, issues, notes = _parsed(table, kind, progress)
    if sheet is None and len(table.sheets) > 1 and issues.no_header:
        _other_sheets(path, table, kind, issues)
    return table, rows, issues, notes


def run_preview(ctx: ServiceContext, path: Path | str, kind: ImportKind, sheet: str | None = None) -> ImportPreview:
    """What importing `path` (its `sheet`, else its first) would do; reads the database, writes nothing."""
    table, rows, issues, notes = _read(path, kind, sheet)
    with ctx.db.session() as session:
        plan = kind.plan(session, ctx, rows, issues) if rows else Plan()
    return _preview(kind, table, rows, issues, plan, notes)


def run_apply(ctx: ServiceContext, path: Path | str, kind: ImportKind, sheet: str | None = None,
              progress: Progress = NO_PROGRESS) -> ImportResult:
    """Re-validate `path` and write all of it in one transaction, or nothing (ImportRejected) if any row is bad.

    `progress` hears how far it got and may stop it (ImportCancelled) before the commit: nothing is written then.
    """
    progress.stage(READ)
    table, rows, issues, notes = _read(path, kind, sheet, progress)
    with unit_of_work(ctx) as uow:
        progress.stage(PLAN)
        plan = kind.plan(uow.session, ctx, rows, issues) if rows else Plan()
        preview = _preview(kind, table, rows, issues, plan, notes)
        if not preview.ok:
            raise ImportRejected(preview)
        progress.stage(WRITE)
        plan.progress = progress
        kind.write(uow, plan)
        progress.tick(1, 1)  # the last chance to stop: after this the transaction commits
    return ImportResult(kind.name, preview.file, preview.rows, preview.new, preview.updated, preview.unchanged,
                        preview.notes)
