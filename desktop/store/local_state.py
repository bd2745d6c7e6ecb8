"""Reads and writes this PC's own facts (device id, slot, clock, commune) in the `local_state` table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import LocalState, new_id

COMMUNE_CODE = "commune_code"
DEVICE_ID = "device_id"
DEVICE_SLOT = "device_slot"  # 0–9: which block of daily dossier numbers this PC may use
HLC = "hlc"
# What sync leaves behind for the status bar and the Đồng bộ page (written by desktop.sync, read by services).
LAST_SYNC_AT = "last_sync_at"  # ISO, UTC, of the last run that finished
SERVER_URL = "server_url"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


def device_id(session: Session) -> str:
    """Made once per installation, on first use."""
    value = get(session, DEVICE_ID)
    if value is None:
        value = new_id()
        put(session, DEVICE_ID, value)
    return value


def all_values(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(LocalState))}
