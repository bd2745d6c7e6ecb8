"""Two PCs of one commune enrol, work offline, sync twice each and end with the same rows (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sqlalchemy import func, select
from sync_support import two_pcs

from desktop.services import equipment
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store.models import AuditEntry, OutboxOp, SyncAlias


def test_two_pcs_converge(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune, a, b = two_pcs(srv, tmp_path)
    try:
        for i in range(3):
            register_dossier(a.ctx, DossierInput("1.001193", f"Nguyễn Văn A{i}", "direct"))
            register_dossier(b.ctx, DossierInput("1.009994", f"Trần Thị B{i}", "online"))
        equipment.add_equipment(a.ctx, "MT-01", "pc", location="Bộ phận một cửa", acquired_on=date(2024, 1, 2))
        equipment.add_equipment(b.ctx, "MI-01", "printer", location="Văn phòng")
        for _ in range(2):
            a.sync(srv)
            b.sync(srv)
        assert a.dossiers() == b.dossiers() and len(a.dossiers()) == 6
        assert a.equipment() == b.equipment() and set(a.equipment()) == {"MT-01", "MI-01"}
        for pc in (a, b):
            with pc.db.session() as s:
                assert s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state != "sent")) == 0
                # The other PC's copies of the same procedures, fields and commune are aliases, not duplicates.
                assert s.scalar(select(func.count()).select_from(SyncAlias)) >= 5
                assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.actor == "sync")) > 0
    finally:
        a.db.close()
        b.db.close()
