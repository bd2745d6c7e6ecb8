"""The sync status counts what waits in the outbox and reports the last success in local time."""

from __future__ import annotations

from datetime import datetime

from desktop.services import sync_status
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store import local_state


def test_pending_and_last_sync(ctx) -> None:  # noqa: ANN001
    before = sync_status.sync_status(ctx)
    assert before.last_sync_at is None and before.server_url == ""
    register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct", received_at=datetime(2026, 11, 20, 9)))
    after = sync_status.sync_status(ctx)
    assert after.pending > before.pending  # the dossier (and its event) wait for the province
    assert after.device_id == before.device_id
    with ctx.db.session() as session:
        local_state.put(session, sync_status.LAST_SYNC_AT, "2026-11-20T02:30:00")
        session.commit()
    assert sync_status.sync_status(ctx).last_sync_at == datetime(2026, 11, 20, 9, 30)
