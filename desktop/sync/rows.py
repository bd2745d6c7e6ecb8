"""Turning pulled JSON rows into local column values: which model a table is, and the protocol's typed values.

Catalogue-like tables where two PCs may each have made "the same" row (same code) before they ever synced have a
natural key (desktop.protocol.tables.NATURAL_KEYS): the other PC's row becomes an alias of ours instead of a
duplicate the unique index would refuse.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Mapper

from desktop.protocol.tables import NATURAL_KEYS, TABLES, from_json, references
from desktop.store.models import Base, SyncedBase

__all__ = ["NATURAL_KEYS", "local_values", "model_for", "references"]


@lru_cache(maxsize=1)
def _mappers() -> dict[str, Mapper[Any]]:
    """The models of the synced tables; the pull never writes anything else (audit, outbox, local state...)."""
    return {str(m.persist_selectable.description): m for m in Base.registry.mappers
            if m.persist_selectable.description in TABLES}


def model_for(table: str) -> type[SyncedBase] | None:
    mapper = _mappers().get(table)
    return mapper.class_ if mapper is not None else None


def local_values(table: str, data: dict[str, object]) -> dict[str, object]:
    """Known, synced columns only, typed and checked by the protocol (a ProtocolError names the field): a newer
    desktop's extra fields are ignored, local-only columns never touched."""
    return from_json(table, data, ignore_unknown=True)
