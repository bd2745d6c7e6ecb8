"""The plan and the write every “match by key, create or update” import shares (equipment by asset tag, plan tasks by
code): a repeated key is an error naming the first row, a new record starts from the kind's defaults, a stored one
from its own values, blank cells keep what is stored, and only the columns that differ are written."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.imports.preview import Issues, ParsedRow, Plan, RowChange
from desktop.services.context import UnitOfWork
from desktop.store.models import SyncedBase


@dataclass(frozen=True)
class Upsert:
    target: str | None  # the stored record's id, None for a new one
    values: dict[str, object]  # every column of a new record; the changed ones of a stored record


@dataclass(frozen=True)
class UpsertRules:
    fields: tuple[str, ...]  # the columns a row may set, compared with the stored record
    new: Mapping[str, object]  # the values a new record starts from (as the service's add does)
    # The row's matching key, or None after reporting why it has none.
    key: Callable[[ParsedRow, Issues], str | None]
    # Report the key already seen at row `seen` (row, key, seen).
    repeated: Callable[[ParsedRow, Issues, str, int], None]
    # The full values checked by the service's rules (stored record or None): the values to keep, or None after
    # reporting the problem.
    check: Callable[[ParsedRow, Issues, dict[str, object], Any], dict[str, object] | None]
    shown: Callable[[dict[str, object]], str] = lambda values: str(values.get("code", ""))  # the key the officer sees


def plan_upserts(rows: Sequence[ParsedRow], issues: Issues, stored: Mapping[str, Any], rules: UpsertRules) -> Plan:
    """The plan of new, updated and unchanged records; rows with an error are reported in `issues`, not planned."""
    plan = Plan()
    bad = issues.bad_rows()
    seen: dict[str, int] = {}
    for r in rows:
        if r.number in bad:
            continue
        key = rules.key(r, issues)
        if key is None:
            continue
        if key in seen:
            rules.repeated(r, issues, key, seen[key])
            continue
        seen[key] = r.number
        record = stored.get(key)
        base = dict(rules.new) if record is None else {k: getattr(record, k) for k in rules.fields}
        full = rules.check(r, issues, {**base, **{k: r.values[k] for k in rules.fields if k in r.values}}, record)
        if full is None:
            continue
        if record is None:
            plan.ops.append(Upsert(None, full))
            plan.changes.append(RowChange(r.number, rules.shown(full), "new"))
            continue
        diff = {k: v for k, v in full.items() if getattr(record, k) != v}
        plan.changes.append(RowChange(r.number, rules.shown(full), "updated" if diff else "unchanged", tuple(diff)))
        if diff:
            plan.ops.append(Upsert(record.id, diff))
    return plan


def write_upserts(uow: UnitOfWork, model: type[SyncedBase], plan: Plan,
                  before_update: Callable[[UnitOfWork, Any, dict[str, object]], None] | None = None) -> None:
    """New records in one batch (store, audit and outbox), then each update; `before_update` may record what an
    update means besides its columns (a device's status change event)."""
    ops = [op for op in plan.ops if isinstance(op, Upsert)]
    uow.insert_rows(model, [op.values for op in ops if op.target is None])
    for op in ops:
        if op.target is None:
            continue
        record = uow.session.get(model, op.target)
        if before_update is not None:
            before_update(uow, record, op.values)
        uow.update(record, op.values)
