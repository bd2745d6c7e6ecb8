"""The province's catalogue of fields and procedures as a pull brings it: applied by code onto this PC's rows."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import documents as paper_list
from desktop.store import local_state
from desktop.store.models import Field, Procedure
from desktop.sync import page_writes, state

# Catalogue rows made from a province snapshot get the same id on every PC of a commune, so references to them agree,
# and another id in every other commune, so two communes' edits of one procedure are two rows at the province (the
# server refuses an edit of a row another commune holds). Migration 0009 re-keys rows made with the old, global id.
_CATALOGUE_NS = uuid.UUID("6f1c2a52-7d1e-4b8e-9a55-1c0de5ca7a10")
_PROCEDURE_KEYS = ("name", "level", "statutory_days", "fee", "online_level", "boundary_free", "pause_for_payment",
                   "extension_max_days")


def catalogue_id(commune: str, kind: str, code: str) -> str:
    return str(uuid.uuid5(_CATALOGUE_NS, f"{commune}:{kind}:{code}"))


def apply_catalogue(session: Session, cat: dict[str, Any], commune: str, now: datetime) -> int:
    """The province's catalogue, matched by code: a PC's own rows for the same code are updated, not duplicated.
    Returns how many procedures it added or changed."""
    if local_state.get(session, state.CATALOGUE_ID) == str(cat.get("id")):
        return 0
    changes = 0
    data = cat.get("data") or {}
    stamp = {"commune_code": commune, "created_at": now, "updated_at": now, "updated_by": "province", "hlc": ""}
    fields = {f.code: f for f in session.scalars(select(Field))}
    for item in data.get("fields", []):
        row = fields.get(item["code"])
        if row is None:
            row = fields[item["code"]] = Field(id=catalogue_id(commune, "field", item["code"]), code=item["code"],
                                               name=item["name"], **stamp)
            session.add(row)
        elif row.name != item["name"]:
            page_writes.audit(session, "sync_catalogue", "fields", row.id, {"old": {"name": row.name},
                                                                 "new": {"name": item["name"]}}, now, commune)
            row.name = item["name"]
    session.flush()
    procedures = {p.code: p for p in session.scalars(select(Procedure))}
    for item in data.get("procedures", []):
        values = {k: item[k] for k in _PROCEDURE_KEYS if k in item}
        if "documents" in item:  # the papers it asks for: a list, or "A; B" as the catalogue template takes them
            raw = item["documents"]
            values["documents"] = paper_list.normalise("\n".join(map(str, raw)) if isinstance(raw, list) else str(raw))
        values["field_id"] = fields[item["field"]].id if item.get("field") in fields else None
        proc = procedures.get(item["code"])
        if proc is None:
            if values["field_id"] is None:
                continue  # a procedure of a field the snapshot does not carry: nothing sensible to attach it to
            session.add(Procedure(id=catalogue_id(commune, "procedure", item["code"]), code=item["code"], **values,
                                  **stamp))
            changes += 1
            continue
        changed = {k: v for k, v in values.items() if v is not None and getattr(proc, k) != v}
        if changed:
            page_writes.audit(session, "sync_catalogue", "procedures", proc.id,
                   {"old": {k: getattr(proc, k) for k in changed}, "new": changed}, now, commune)
            for k, v in changed.items():
                setattr(proc, k, v)
            changes += 1
    local_state.put(session, state.CATALOGUE_ID, str(cat.get("id")))
    return changes
