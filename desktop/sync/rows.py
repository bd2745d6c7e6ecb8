"""Turning pulled JSON rows into local column values: which model a table is, typed values, references, codes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, inspect
from sqlalchemy.orm import Mapper

from desktop.services.context import LOCAL_ONLY
from desktop.store.models import Base

# Catalogue-like tables where two PCs may each have made "the same" row (same code) before they ever synced:
# the other PC's row becomes an alias of ours instead of a duplicate the unique index would refuse.
NATURAL_KEYS: dict[str, str] = {"communes": "code", "fields": "code", "procedures": "code", "officers": "username"}
# Rows the pull never writes from the feed: the server owns nothing here that this PC does not.
NOT_SYNCED = frozenset({"audit_log", "sync_outbox", "local_state", "sync_conflicts", "sync_aliases", "sync_parked"})


@lru_cache(maxsize=1)
def _mappers() -> dict[str, Mapper[Any]]:
    return {m.local_table.name: m for m in Base.registry.mappers if m.local_table.name not in NOT_SYNCED}


def model_for(table: str) -> type[Base] | None:
    mapper = _mappers().get(table)
    return mapper.class_ if mapper is not None else None


def _parse(value: object, column_type: object) -> object:
    if value is None:
        return None
    if isinstance(column_type, DateTime) and isinstance(value, str):
        moment = datetime.fromisoformat(value)
        # Stored naive UTC; a zone on the wire is converted, not dropped.
        return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)
    if isinstance(column_type, Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(column_type, Boolean):
        return bool(value)
    return value


def local_values(table: str, data: dict[str, object]) -> dict[str, object]:
    """Known, synced columns only: a newer desktop's extra fields are ignored, local-only columns never touched."""
    model = model_for(table)
    assert model is not None
    out: dict[str, object] = {}
    for col in inspect(model).columns:
        if col.key in data and col.key not in LOCAL_ONLY:
            out[col.key] = _parse(data[col.key], col.type)
    return out


def references(table: str) -> list[tuple[str, str]]:
    """(column, referred table) for each foreign key of the table."""
    model = model_for(table)
    assert model is not None
    return [(col.key, fk.column.table.name) for col in inspect(model).columns for fk in col.foreign_keys]
