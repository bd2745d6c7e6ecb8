"""Pull pages of a commune's change feed, written straight to JSON text.

Every PC of a commune pulls the same rows soon after one of them pushed them, so a row is turned into its JSON
item once per version and that text is reused (`ItemCache`, per server: a row's table, id and server version
name one content for good). A page is read with plain SQL: the feed entries joined to their rows' versions in one
query, then only the rows whose item is not cached yet, one query per table.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, select
from sqlalchemy.orm import Session

from desktop.protocol.errors import ProtocolError
from desktop.protocol.tables import validate
from desktop.server.changes import KIND_CATALOGUE, KIND_CONFLICT, KIND_ROW
from desktop.server.models import CHANGES, SYNCED_ROWS, Catalogue, Conflict, PlainRow
from desktop.server.sql_lists import among, id_list

CACHE_ITEMS = 16_384  # about 10 MiB: the rows of the last several seconds of a busy province
_changes, _rows = CHANGES, SYNCED_ROWS


def dumps(value: object) -> str:
    """JSON as the API answers it (FastAPI's JSONResponse: UTF-8, compact, no NaN)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class ItemCache:
    """(table, row id, server version) → the row's pull item as JSON text, all but its `seq` and braces; the
    oldest go first."""

    def __init__(self, size: int = CACHE_ITEMS) -> None:
        # An OrderedDict drops its oldest in constant time; a plain dict's first key is found by walking past the
        # slots its earlier deletions left, which grew with every eviction until the dict was next resized.
        self.size, self._items, self._lock = size, OrderedDict[tuple[str, str, int], str](), threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple[str, str, int]) -> str | None:
        found = self._items.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, key: tuple[str, str, int], text: str) -> None:
        with self._lock:
            self._items[key] = text
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def row_item(table: str, data: dict[str, Any], hlc: str, version: int, deleted_at: str | None) -> dict[str, object]:
    """A row as it travels in a pull: `data` as the protocol says a row travels, or `refused` (code and field) for
    a row stored before pushes were checked that the protocol would not let through: the PC shows it as refused
    and its pulls go on."""
    item: dict[str, object] = {"server_version": version, "deleted": deleted_at is not None}
    full = {**data, "hlc": hlc, "server_version": version}
    try:
        validate(table, full)
    except ProtocolError as exc:
        item["refused"] = {"code": exc.code, "field": exc.field}
    else:
        item["data"] = full
    return item


def conflict_json(c: Conflict) -> dict[str, object]:
    return {"id": c.id, "table_name": c.table_name, "row_id": c.row_id, "kind": c.kind, "fields": c.fields,
            "server_data": c.server_data, "client_data": c.client_data, "client_op_id": c.client_op_id,
            "device_id": c.device_id, "state": c.state, "resolution": c.resolution,
            "created_at": c.created_at.isoformat(), "server_version": c.server_version,
            "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None}


def catalogue_json(cat: Catalogue) -> dict[str, object]:
    return {"id": cat.id, "snapshot": cat.snapshot, "sha256": cat.sha256, "published_at": cat.published_at.isoformat(),
            "data": cat.data}


def item_text(table: str, row_id: str, data: dict[str, Any], hlc: str, version: int, deleted_at: str | None) -> str:
    """A row's pull item as ItemCache keeps it: JSON text without its `seq` and braces."""
    item = {"kind": KIND_ROW, "table_name": table, "row_id": row_id, **row_item(table, data, hlc, version, deleted_at)}
    return dumps(item)[1:-1]


def remember(cache: ItemCache, rows: Iterable[PlainRow]) -> None:
    """Rows a push has just committed, made into their pull items now: the commune's PCs pull them next, and the
    push holds them already (no read, no JSON decoding when the first of them asks)."""
    for row in rows:
        cache.put((row.table_name, row.row_id, row.server_version),
                  item_text(row.table_name, row.row_id, row.data, row.hlc, row.server_version, row.deleted_at))


@cache
def _rows_of(dialect: str) -> Select[Any]:
    return select(_rows.c.row_id, _rows.c.data, _rows.c.hlc, _rows.c.server_version, _rows.c.deleted_at) \
        .where(_rows.c.table_name == bindparam("table"), among(dialect, _rows.c.row_id, "ids"))


@cache
def _page_of(dialect: str) -> Select[Any]:
    # The page's entries first (LIMIT inside), then their rows' versions: joined the other way round, a planner
    # with stale statistics joined every later entry of the commune before keeping the page (0.4 s at 80k rows).
    page = select(_changes.c.seq, _changes.c.kind, _changes.c.table_name, _changes.c.row_id) \
        .where(_changes.c.commune_code == bindparam("commune"), _changes.c.seq > bindparam("cursor")) \
        .order_by(_changes.c.seq).limit(bindparam("limit")).subquery()
    return select(page.c.seq, page.c.kind, page.c.table_name, page.c.row_id, _rows.c.server_version) \
        .select_from(page.outerjoin(_rows, and_(page.c.kind == KIND_ROW, _rows.c.table_name == page.c.table_name,
                                                _rows.c.row_id == page.c.row_id))) \
        .order_by(page.c.seq)


def _row_texts(conn: Connection, wanted: dict[str, list[str]], cache: ItemCache | None
               ) -> dict[tuple[str, str], str]:
    """Each wanted row's item text (ItemCache), read in one query per table (and kept in the cache)."""
    texts: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        for row_id, data, hlc, version, deleted_at in conn.execute(_rows_of(conn.dialect.name),
                                                                   {"table": table, "ids": id_list(ids)}):
            text = item_text(table, row_id, data, hlc, version, deleted_at)
            texts[(table, row_id)] = text
            if cache is not None:
                cache.put((table, row_id, version), text)
    return texts


def pull_json(session: Session, commune_code: str, cursor: int, limit: int, cache: ItemCache | None = None,
              extra: dict[str, object] | None = None) -> bytes:
    """The next page after `cursor` as the JSON body of a pull: `changes`, `cursor`, `has_more` (and `extra`)."""
    conn = session.connection()
    entries = conn.execute(_page_of(conn.dialect.name),
                           {"commune": commune_code, "cursor": cursor, "limit": limit + 1}).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    texts: dict[tuple[str, str], str] = {}
    wanted: dict[str, list[str]] = {}
    for _seq, kind, table, row_id, version in entries:
        if kind == KIND_ROW and version is not None:
            found = cache.get((table, row_id, version)) if cache is not None else None
            if found is None:
                wanted.setdefault(table, []).append(row_id)
            else:
                texts[(table, row_id)] = found
    texts.update(_row_texts(conn, wanted, cache))
    others = _others(session, entries)
    items: list[str] = []
    for seq, kind, table, row_id, _version in entries:
        if kind == KIND_ROW and (table, row_id) in texts:
            items.append(f'{{"seq":{seq},{texts[(table, row_id)]}}}')
        elif (kind, row_id) in others:
            head = {"seq": seq, "kind": kind, "table_name": table, "row_id": row_id}
            items.append(f"{dumps(head)[:-1]},{others[(kind, row_id)]}}}")
        # else: the object is gone from the store; nothing to hand out
    tail = {"cursor": entries[-1][0] if entries else cursor, "has_more": has_more, **(extra or {})}
    return f'{{"changes":[{",".join(items)}],{dumps(tail)[1:]}'.encode()


def _others(session: Session, entries: Sequence[Any]) -> dict[tuple[str, str], str]:
    """Conflicts and the catalogue in the page (rare), as the item text after the entry's own keys."""
    out: dict[tuple[str, str], str] = {}
    conflict_ids = [row_id for _seq, kind, _table, row_id, _v in entries if kind == KIND_CONFLICT]
    if conflict_ids:
        for c in session.scalars(select(Conflict).where(Conflict.id.in_(conflict_ids))):
            out[(KIND_CONFLICT, c.id)] = f'"conflict":{dumps(conflict_json(c))}'
    for _seq, kind, _table, row_id, _v in entries:
        if kind == KIND_CATALOGUE:
            cat = session.scalar(select(Catalogue).order_by(Catalogue.id.desc()).limit(1))
            if cat is not None:
                out[(KIND_CATALOGUE, row_id)] = f'"catalogue":{dumps(catalogue_json(cat))}'
            break
    return out


def pull_page(session: Session, commune_code: str, cursor: int, limit: int) -> dict[str, Any]:
    """The same page as plain data (USB bundles)."""
    page: dict[str, Any] = json.loads(pull_json(session, commune_code, cursor, limit))
    return page
