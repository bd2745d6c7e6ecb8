"""Correcting the unit picked at setup: every record and waiting operation moves to the new code, the change is in
the audit log, and it is refused for non-administrators and once the PC has exchanged data with the province."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services import setup
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, get_dossier, register_dossier
from desktop.store import local_state
from desktop.store.models import AuditEntry, Dossier, OutboxOp


def test_correction_moves_every_record_and_is_audited(ctx: ServiceContext) -> None:
    dossier = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct"))
    info = setup.correct_commune(ctx, "22", "06733")
    assert (info.code, info.name, info.province_name, info.place_name) == ("06733", "Xã Hải Ninh", "Quảng Ninh",
                                                                           "Hải Ninh")
    assert setup.get_commune(ctx).code == "06733"
    assert get_dossier(ctx, dossier.code).dossier.applicant_name == "Nguyễn Văn Đức"
    with ctx.db.session() as session:
        assert local_state.get(session, local_state.COMMUNE_CODE) == "06733"
        assert set(session.scalars(select(Dossier.commune_code))) == {"06733"}
        payload_units = {op.payload.get("commune_code") for op in session.scalars(select(OutboxOp))}
        assert payload_units == {"06733"}
        change = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "communes",
                                                          AuditEntry.action == "update")).one()
        assert change.changes["old"]["code"] == "07090" and change.changes["new"]["code"] == "06733"
        assert change.actor == "admin"
    after = register_dossier(ctx, DossierInput("1.001193", "Trần Thị Bình", "direct"))
    with ctx.db.session() as session:
        assert session.scalar(select(Dossier.commune_code).where(Dossier.code == after.code)) == "06733"


def test_correction_is_refused_after_a_sync_and_for_officers(ctx: ServiceContext) -> None:
    officer = ServiceContext(ctx.db, actor="canbo", role="officer", clock=ctx.clock)
    with pytest.raises(DomainError) as refused:
        setup.correct_commune(officer, "22", "06733")
    assert refused.value.code == "permission.denied"
    with ctx.db.session() as session:
        local_state.put(session, local_state.LAST_SYNC_AT, ctx.now().isoformat())
        session.commit()
    with pytest.raises(DomainError) as synced:
        setup.check_unit_correctable(ctx)
    assert synced.value.code == "commune.synced" and "đã đồng bộ" in synced.value.message_vi
    with pytest.raises(DomainError):
        setup.correct_commune(ctx, "22", "06733")
    assert setup.get_commune(ctx).code == "07090"


def test_a_unit_of_another_province_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as wrong:
        setup.correct_commune(ctx, "22", "23020")  # Xã Hải Ninh of province 68
    assert wrong.value.field == "commune_code"
    assert setup.get_commune(ctx).code == "07090"
