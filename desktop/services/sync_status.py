"""What the status bar and the Đồng bộ page say about sync before and between runs: pending changes, last success.

The sync client records `last_sync_at` in local_state (its keys live in the store); until a first sync the PC is
simply "not synced yet".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.services.context import ServiceContext, to_local
from desktop.services.dto import Record
from desktop.store import local_state
from desktop.store.local_state import LAST_SYNC_AT, SERVER_URL
from desktop.store.models import OutboxOp, SyncConflict, SyncParked


@dataclass(frozen=True)
class SyncStatus(Record):
    device_id: str
    pending: int  # operations written here and not yet accepted by the province server
    rejected: int  # operations the server refused for good (their reason is kept on the outbox row)
    last_sync_at: datetime | None  # local time of the last successful sync
    server_url: str
    conflicts: int = 0  # open conflicts waiting for a person (edits that collided, two dossiers with one number)
    parked: int = 0  # pulled rows kept aside (a parent not here yet, a number another dossier holds, unreadable)


def sync_status(ctx: ServiceContext) -> SyncStatus:
    with ctx.db.session() as session:
        counts = dict(session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all())
        last = local_state.get(session, LAST_SYNC_AT)
        device = local_state.device_id(session)
        url = local_state.get(session, SERVER_URL, "") or ""
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                   .where(SyncConflict.state == "open")) or 0
        parked = session.scalar(select(func.count()).select_from(SyncParked)) or 0
        session.commit()  # device_id() may have made the id just now
    last_local = to_local(datetime.fromisoformat(last)) if last else None
    return SyncStatus(device, int(counts.get("pending", 0)), int(counts.get("rejected", 0)), last_local, url,
                      conflicts, parked)
