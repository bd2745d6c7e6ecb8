"""Reconciling our Biểu 06a of a period with the province's own II.06a export, field by field and column by column,
naming the dossiers behind each difference.

The province's file is read as the form is laid out (DOMAIN.md §3): title rows, a header of two or three rows found
by its “Lĩnh vực” cell, then one row per field with the eleven counts (3)–(13) right of the field's name, a total row,
signatures. Our side is the statistics service's 06a of the same period. For each differing cell the dossiers we
count in it are listed; with the province's dossier list as well, each responsible dossier is “only there”, “only
here”, or counted in another column on the other side, with the values that put it there (due date, status, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.form06 import Form06Row
from desktop.domain.messages import Term
from desktop.domain.periods import parse_period
from desktop.imports import dossiers as dossier_import
from desktop.imports.cells import key_of
from desktop.imports.header import find_header, header_keys
from desktop.imports.preview import ImportKind, parse_rows
from desktop.imports.profiles import ImportProfile
from desktop.imports.reader import Cell, RawTable, read_table
from desktop.services.catalogue import list_procedures
from desktop.services.context import ServiceContext
from desktop.services.reconcile_data import PeriodDossier, columns_of, facts_of, period_dossiers
from desktop.services.statistics import dossier_stats

# Form II.06a columns (3)–(13) and what a reader calls them.
COLUMNS = tuple(range(3, 14))
LABELS = {3: ("Tiếp nhận – tổng số", "received, total"), 4: ("Trực tuyến", "online"),
          5: ("Trực tiếp, bưu chính", "direct or postal"), 6: ("Kỳ trước chuyển qua", "carried over"),
          7: ("Đã giải quyết – tổng số", "resolved, total"), 8: ("Trước hạn", "early"), 9: ("Đúng hạn", "on time"),
          10: ("Quá hạn", "late"), 11: ("Đang giải quyết – tổng số", "in progress, total"),
          12: ("Trong hạn", "within time"), 13: ("Quá hạn", "overdue")}
PARTS = {3: (4, 5, 6), 7: (8, 9, 10), 11: (12, 13)}  # a total column's dossiers are its parts'
TOTAL = "Tổng cộng"
_TOTAL_KEYS = ("tong cong", "tong so", "cong", "tong")
_SPAN = re.compile(r"từ ngày\s*(\d{1,2}/\d{1,2}/\d{4})\s*đến ngày\s*(\d{1,2}/\d{1,2}/\d{4})", re.IGNORECASE)


class Form06FileError(DomainError):
    """The file does not read as a II.06a table (no “Lĩnh vực” header, or no field row under it)."""


class DossierListError(DomainError):
    """The province's dossier list lacks columns the comparison needs: they are named, nothing is compared."""


@dataclass(frozen=True)
class Province06a:
    rows: dict[str, tuple[int, ...]]  # field name as written → counts (3)–(13)
    total: tuple[int, ...] | None
    span: tuple[date, date] | None  # “Từ ngày … đến ngày …” of its title, when it has one


@dataclass(frozen=True)
class Responsible:
    code: str
    where: str  # only_there | only_here | other_column | counted (no dossier list to compare with)
    ours: tuple[int, ...] = ()  # the columns each side counts it in
    theirs: tuple[int, ...] = ()
    why: tuple[str, ...] = ()  # what differs: status, due_date, received_at, finished_at, channel, field


@dataclass(frozen=True)
class Difference:
    field: str
    column: int
    ours: int
    theirs: int
    dossiers: tuple[Responsible, ...] = ()


@dataclass(frozen=True)
class Reconciliation:
    start: date
    end: date
    differences: tuple[Difference, ...]
    fields_only_there: tuple[str, ...] = ()
    fields_only_here: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.differences

    def to_json(self) -> dict[str, object]:
        return {"period": {"from": self.start.isoformat(), "to": self.end.isoformat()}, "ok": self.ok,
                "differences": [{"field": d.field, "column": d.column, "label": LABELS[d.column][0],
                                 "label_en": LABELS[d.column][1], "ours": d.ours, "theirs": d.theirs,
                                 "dossiers": [{"code": r.code, "where": r.where, "ours": list(r.ours),
                                               "theirs": list(r.theirs), "why": list(r.why)} for r in d.dossiers]}
                                for d in self.differences],
                "fields_only_there": list(self.fields_only_there), "fields_only_here": list(self.fields_only_here),
                "notes": list(self.notes)}


def period_of_month(value: str, *, calendar: bool = False) -> tuple[date, date]:
    """The first and last day of the reporting month typed as YYYY-MM, by the domain's period rule (Decree 09: the
    15th of the month before to the 14th; `calendar` for the calendar month; PeriodError otherwise): the command
    and the app reconcile the very period the statistics report and the province counts."""
    period = parse_period("month", value, calendar=calendar)
    return period.start, period.end


# --- the province's form -----------------------------------------------------------------------------------------

def _count(value: Cell) -> int | None:
    """A count cell: a whole number, a number typed as text (“1.234”), or blank (0); None when it is no count."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip().replace(".", "").replace(",", "").replace(" ", "")
    return int(text) if text.isdigit() else (0 if text in ("", "-", "–") else None)


def _field_column(table: RawTable) -> tuple[int, int] | None:
    """(position in table.rows, cell index) of the header's “Lĩnh vực …” cell."""
    for pos, (_number, cells) in enumerate(table.rows[:30]):
        for i, value in enumerate(cells):
            if isinstance(value, str) and key_of(value).startswith("linh vuc"):
                return pos, i
    return None


def _span(table: RawTable, until: int) -> tuple[date, date] | None:
    for _number, cells in table.rows[:until]:
        for value in cells:
            m = _SPAN.search(str(value)) if value is not None else None
            if m:
                first, last = (datetime.strptime(x, "%d/%m/%Y").date() for x in m.groups())
                return first, last
    return None


def read_form06(path: Path | str, sheet: str | None = None) -> Province06a:
    """The province's II.06a table: a row per field, the counts (3)–(13) in the eleven cells right of its name."""
    table = read_table(path, sheet)
    found = _field_column(table)
    if found is None:
        raise Form06FileError("reconcile.no_field_header", field="form06", name=Path(path).name)
    pos, col = found
    rows: dict[str, tuple[int, ...]] = {}
    total: tuple[int, ...] | None = None
    for _number, cells in table.rows[pos + 1:]:
        name = cells[col] if col < len(cells) else None
        counts = [_count(cells[col + k] if col + k < len(cells) else None) for k in range(1, 12)]
        if not isinstance(name, str) or key_of(name).isdigit() or any(c is None for c in counts) \
                or all(c == 0 for c in counts) and not any(cells[col + 1:col + 12]):
            continue  # header rows below “Lĩnh vực”, the (1)…(13) numbering row, group titles, signatures
        values = tuple(int(c or 0) for c in counts)
        if key_of(name) in _TOTAL_KEYS or key_of(name).startswith("tong cong"):
            total = values
        else:
            rows[name] = values
    if not rows and total is None:
        raise Form06FileError("reconcile.no_field_rows", field="form06", name=Path(path).name)
    return Province06a(rows, total, _span(table, pos))


# --- the comparison ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ListedDossier:
    """A row of the province's dossier list, as the same rule counts it."""

    code: str
    field: str  # folded field name ("" when its procedure is not in our catalogue)
    columns: tuple[int, ...]
    status: int
    received_at: datetime
    due_date: date | None
    finished_at: datetime | None
    channel: str


def _why(ours: PeriodDossier, theirs: ListedDossier) -> tuple[str, ...]:
    why = []
    if ours.status != theirs.status:
        why.append("status")
    if ours.due_date != theirs.due_date:
        why.append("due_date")
    if ours.received_at is not None and ours.received_at.replace(second=0, microsecond=0) != theirs.received_at:
        why.append("received_at")
    if (ours.finished_at and ours.finished_at.replace(second=0, microsecond=0)) != theirs.finished_at:
        why.append("finished_at")
    if ours.channel != theirs.channel:
        why.append("channel")
    if key_of(ours.field) != theirs.field:
        why.append("field")
    return tuple(why)


def _cell(counts: Iterable[int], column: int) -> set[int]:
    wanted = set(PARTS.get(column, (column,)))
    return wanted & set(counts)


def _responsible(field_key: str, column: int, ours: list[PeriodDossier],
                 listed: dict[str, ListedDossier] | None) -> tuple[Responsible, ...]:
    here = {d.code: d for d in ours if key_of(d.field) == field_key or field_key == TOTAL}
    mine = {c for c, d in here.items() if _cell(d.columns, column)}
    if listed is None:
        return tuple(Responsible(c, "counted", here[c].columns) for c in sorted(mine))
    every = {d.code: d for d in ours}
    there = {c for c, d in listed.items() if (d.field == field_key or field_key == TOTAL) and _cell(d.columns, column)}
    found: list[Responsible] = []
    for code in sorted(mine ^ there):
        a, b = every.get(code), listed.get(code)
        if a is None and b is not None:
            found.append(Responsible(code, "only_there", (), b.columns))
        elif b is None and a is not None:
            found.append(Responsible(code, "only_here", a.columns))
        elif a is not None and b is not None:
            found.append(Responsible(code, "other_column", a.columns, b.columns, _why(a, b)))
    return tuple(found)


def compare(ours: tuple[Form06Row, ...], total: Form06Row, theirs: Province06a, dossiers: list[PeriodDossier],
            listed: dict[str, ListedDossier] | None) -> tuple[list[Difference], list[str], list[str]]:
    """The differing cells (every field of either side, and the total row), with the dossiers behind each."""
    by_key = {key_of(r.field): r for r in ours}
    their_keys = {key_of(name): name for name in theirs.rows}
    diffs: list[Difference] = []
    pairs: list[tuple[str, str, tuple[int, ...], tuple[int, ...]]] = []
    for key in sorted(set(by_key) | set(their_keys)):
        mine = by_key[key].form06a() if key in by_key else (0,) * 11
        name = by_key[key].field if key in by_key else their_keys[key]
        pairs.append((key, name, mine, theirs.rows.get(their_keys.get(key, ""), (0,) * 11)))
    if theirs.total is not None:
        pairs.append((TOTAL, TOTAL, total.form06a(), theirs.total))
    for key, name, mine, their in pairs:
        for column, a, b in zip(COLUMNS, mine, their, strict=True):
            if a != b:
                diffs.append(Difference(name, column, a, b, _responsible(key, column, dossiers, listed)))
    only_there = sorted(n for k, n in their_keys.items() if k not in by_key)
    only_here = sorted(r.field for k, r in by_key.items() if k not in their_keys and any(r.form06a()))
    return diffs, only_there, only_here


def listed_dossiers(ctx: ServiceContext, path: Path | str, kind: ImportKind, start: date, end: date,
                    field_of: Callable[[dict[str, object]], str]) -> dict[str, ListedDossier]:
    """The province's dossier list read with the dossier import's own columns, each row counted by the rule; a list
    whose header lacks a needed column is refused, naming each one missing (DossierListError)."""
    table = read_table(path, None, header_keys(kind.columns))
    rows, issues, _notes = parse_rows(table, kind)
    if issues.no_header:
        _missing_columns(table, kind, Path(path).name)
    today = ctx.today()
    found: dict[str, ListedDossier] = {}
    for r in rows:
        v = r.values
        received = v.get("received_at")
        if "code" not in v or "status" not in v or not isinstance(received, datetime):
            continue
        status, channel = int(str(v["status"])), str(v.get("channel", "direct"))
        due = v.get("due_date")
        due = due if isinstance(due, date) and not isinstance(due, datetime) else None
        finished = v.get("finished_at") if isinstance(v.get("finished_at"), datetime) else None
        returned = v.get("returned_at") if isinstance(v.get("returned_at"), datetime) else None
        facts = facts_of(status, channel, received, due, finished, returned)  # type: ignore[arg-type]
        found[str(v["code"])] = ListedDossier(str(v["code"]), key_of(field_of(v)),
                                              columns_of(facts, start, end, today), status, received, due,
                                              finished, channel)  # type: ignore[arg-type]
    return found


def _missing_columns(table: RawTable, kind: ImportKind, name: str) -> None:
    """Raise DossierListError naming the needed columns the list's best header row does not have (all of them when
    no row looks like a header), with the other names each is also found by."""
    header = find_header(table, kind.columns)
    found = set(header.index) if header is not None else set()
    missing = [c for c in kind.columns if c.required and c.key not in found]

    def named(lang: str) -> str:
        quote, also = ("«{}»", "cũng gọi là") if lang == "vi" else ("“{}”", "also called")
        parts = []
        for c in missing:
            head = quote.format(c.vi) if lang == "vi" else f"{quote.format(c.vi)} ({c.en})"
            aliases = ", ".join(quote.format(a) for a in c.aliases[:3])
            parts.append(f"{head} ({also} {aliases})" if aliases else head)
        return "; ".join(parts)
    raise DossierListError("reconcile.list_columns_missing", field="dossiers", name=name,
                           missing=Term(named("vi"), named("en")))


def _field_finder(ctx: ServiceContext) -> Callable[[dict[str, object]], str]:
    """A list row's field, through its procedure in our catalogue: by code, else by folded name."""
    procedures = list_procedures(ctx, include_inactive=True)
    by_code = {p.code: p.field_name for p in procedures}
    by_name = {key_of(p.name): p.field_name for p in procedures}

    def field_of(v: dict[str, object]) -> str:
        return by_code.get(str(v.get("procedure_code", ""))) or by_name.get(key_of(str(v.get("procedure_name", ""))),
                                                                            "")
    return field_of


def reconcile(ctx: ServiceContext, form06: Path | str, start: date, end: date, dossier_list: Path | str | None = None,
              profile: ImportProfile | None = None) -> Reconciliation:
    """Our 06a of [start, end] against the province's file `form06`; with the province's `dossier_list` (read as the
    dossier import reads it, with `profile` if given) each difference names its dossiers and why."""
    theirs = read_form06(form06)
    listed = None
    if dossier_list is not None:
        kind = dossier_import.kind(profile=profile)
        listed = listed_dossiers(ctx, dossier_list, kind, start, end, _field_finder(ctx))
    stats = dossier_stats(ctx, start, end)
    dossiers = period_dossiers(ctx, start, end)
    diffs, only_there, only_here = compare(stats.by_field, stats.total, theirs, dossiers, listed)
    notes = []
    if theirs.span is not None and theirs.span != (start, end):
        a, b = theirs.span
        notes.append(f"Tệp của tỉnh ghi kỳ từ {a:%d/%m/%Y} đến {b:%d/%m/%Y}, kỳ đối soát từ {start:%d/%m/%Y} đến "
                     f"{end:%d/%m/%Y} / the province's file covers {a:%d/%m/%Y}–{b:%d/%m/%Y}, the reconciled "
                     f"period {start:%d/%m/%Y}–{end:%d/%m/%Y}")
    return Reconciliation(start, end, tuple(diffs), tuple(only_there), tuple(only_here), tuple(notes))
