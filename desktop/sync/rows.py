"""Turning pulled JSON rows into local column values: which model a table is, and the protocol's typed values.

Catalogue-like tables where two PCs may each have made "the same" row (same code) before they ever synced have a
natural key (desktop.protocol.tables.NATURAL_KEYS): the other PC's row becomes an alias of ours instead of a
duplicate the unique index would refuse.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Mapper, Session

from desktop.domain.text import fold
from desktop.protocol.tables import FOLDED_KEYS, NATURAL_KEYS, TABLES, from_json, references
from desktop.store.models import Base, SyncedBase

__all__ = ["LIVE_ONLY_TWINS", "NATURAL_KEYS", "local_values", "model_for", "references", "twin_of"]


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


# No unique index holds these keys (the services check live rows only): a removed row must not swallow a new one.
_LIVE_TWINS = frozenset({"plan_tasks"})
# Tables whose twins are found among live rows only: a PC that joins later cannot tell a removed copy's twin by its
# key, so the province's copies of such a thing must agree (desktop.sync.pull tells it what ours became).
LIVE_ONLY_TWINS = FOLDED_KEYS | _LIVE_TWINS


def twin_of(session: Session, table: str, value: object, row_id: str) -> Any | None:
    """Our row that another PC's row `row_id` with natural-key value `value` is the same thing as, if any: by
    equal value, or for a typed name (FOLDED_KEYS) by folded value among our live rows."""
    key, model = NATURAL_KEYS.get(table), model_for(table)
    if key is None or model is None or not isinstance(value, str):
        return None
    column = getattr(model, key)
    live = select(model).where(model.deleted_at.is_(None), model.id != row_id)
    if table in FOLDED_KEYS:
        wanted = fold(value)
        return next((r for r in session.scalars(live) if fold(getattr(r, key)) == wanted), None)
    if table in _LIVE_TWINS:
        return session.scalar(live.where(column == value).limit(1))
    twin = session.scalar(select(model).where(column == value))
    return twin if twin is not None and twin.id != row_id else None
