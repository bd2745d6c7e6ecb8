"""Four PCs of one commune through a real server (SQLite and PostgreSQL): one PC edits its copy of a procedure and
registers a dossier with it; every other PC keeps receiving (issue: the others failed every pull on a foreign key)."""

from __future__ import annotations

from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sqlalchemy import func, select
from sync_support import enrolled_pc, new_commune

from desktop.services import catalogue
from desktop.services.dossiers import DossierInput, edit_dossier, register_dossier
from desktop.store import local_state
from desktop.store.models import Dossier, Procedure, SyncParked
from desktop.sync import state


def _procedure_code_of(pc, dossier_code: str) -> str:  # noqa: ANN001
    with pc.db.session() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == dossier_code))
        assert d is not None
        proc = s.get(Procedure, d.procedure_id)
        assert proc is not None, "the dossier points at a procedure this PC does not have"
        return proc.code


def test_an_edited_procedure_and_its_dossier_reach_every_other_pc(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    pcs = [enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in range(1, 5)]
    a1, a2 = pcs[0], pcs[1]
    try:
        register_dossier(a1.ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct"))
        info = register_dossier(a2.ctx, DossierInput("1.001193", "Trần Thị Bình", "online"))
        for _ in range(2):
            for pc in pcs:
                pc.sync(srv)
        # A2 edits its own copy of a procedure every PC also has, and moves its dossier onto that procedure.
        catalogue.edit_procedure(a2.ctx, "1.009994", fee=50000)
        edit_dossier(a2.ctx, info.code, DossierInput("1.009994", "Trần Thị Bình", "online"))
        a2.sync(srv)
        for pc in pcs:
            before = _cursor(pc)
            report = pc.sync(srv)
            with pc.db.session() as s:
                parked = [(r.table_name, r.reason) for r in s.scalars(select(SyncParked))]
            assert not report.cancelled and parked == [], (report, parked)
            assert _cursor(pc) >= before
        for pc in pcs:
            assert info.code in pc.dossiers(), "the dossier did not arrive"
            assert _procedure_code_of(pc, info.code) == "1.009994"
            with pc.db.session() as s:
                assert s.scalar(select(func.count()).select_from(SyncParked)) == 0
        # Later work keeps flowing: a dossier from A1 reaches the others after the edit.
        later = register_dossier(a1.ctx, DossierInput("1.009994", "Lê Văn Cường", "direct"))
        a1.sync(srv)
        for pc in pcs[1:]:
            pc.sync(srv)
            assert later.code in pc.dossiers()
    finally:
        for pc in pcs:
            pc.db.close()


def _cursor(pc) -> int:  # noqa: ANN001
    with pc.db.session() as s:
        return int(local_state.get(s, state.CURSOR) or 0)
