"""Dossier numbers that cannot collide: PCs of one commune register dossiers the same day offline, then sync through
a real server (SQLite and PostgreSQL); each PC numbers from its own slot, so every PC ends with every dossier once."""

from __future__ import annotations

import pytest
from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sqlalchemy import select, update
from sync_support import Pc, enrolled_pc, make_pc, new_commune

from desktop.domain.dossier_code import parse_code
from desktop.server.models import Device
from desktop.services import conflicts
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.services.sync_status import sync_status
from desktop.store import local_state
from desktop.store.models import SyncParked
from desktop.sync import state
from desktop.sync.engine import SyncError, enrol

NAMES = ("Nguyễn Văn Đức", "Trần Thị Bình", "Lê Văn Cường")


def _slot(pc: Pc) -> int:
    with pc.db.session() as s:
        return state.device_slot(s)


def _close(pcs: list[Pc]) -> None:
    for pc in pcs:
        pc.db.close()


@pytest.mark.parametrize("count", [2, 4])
def test_pcs_enrolled_without_a_number_get_their_own_slots(srv: Harness, tmp_path, count: int) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    # Set up without a number (slot 0, as `commune-desk setup` without --pc): the province gives each one its slot.
    pcs = [enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=0) for i in range(count)]
    try:
        assert sorted(_slot(pc) for pc in pcs) == list(range(1, count + 1))
        made: list[str] = []
        for pc in pcs:  # the same day, no sync in between: each PC only knows its own dossiers
            made += [register_dossier(pc.ctx, DossierInput("1.001193", name, "direct")).code for name in NAMES]
        assert len(set(made)) == len(made) == 3 * count
        assert {parse_code(c)[2] // 1000 for c in made} == set(range(1, count + 1))
        for _ in range(2):
            for pc in pcs:
                pc.sync(srv)
        for pc in pcs:
            assert sorted(pc.dossiers()) == sorted(made)
            with pc.db.session() as s:
                assert list(s.scalars(select(SyncParked))) == []
    finally:
        _close(pcs)


def test_the_number_chosen_at_setup_is_kept_when_free(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    first = enrolled_pc(srv, tmp_path / "a", commune, slot=3)
    second = make_pc(tmp_path / "b", commune, 3)  # the technician gave both PCs number 3
    try:
        from desktop.server import admin

        before = register_dossier(second.ctx, DossierInput("1.001193", NAMES[0], "direct")).code
        assert parse_code(before)[2] == 3001  # offline, before enrolment: the number chosen at setup
        enrol(second.ctx, srv.url, admin.new_enrol_code(srv.engine, commune, srv.clock()), "B",
              transport=second.transport)
        assert (_slot(first), _slot(second)) == (3, 1)  # taken: the lowest free slot instead
        after = register_dossier(second.ctx, DossierInput("1.001193", NAMES[1], "direct")).code
        assert parse_code(after)[2] == 1001
        assert before in second.dossiers()  # codes issued before enrolment stay as they were
    finally:
        _close([first, second])


def test_a_pc_enrolled_before_slots_gets_one_at_its_next_sync(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    pc = enrolled_pc(srv, tmp_path / "old", commune, slot=0)
    try:
        with srv.engine.begin() as conn:  # as a device enrolled by a server without slots left it
            conn.execute(update(Device).where(Device.commune_code == commune).values(slot=None))
        with pc.db.session() as s:
            local_state.put(s, local_state.DEVICE_SLOT, "0")
            s.commit()
        old = register_dossier(pc.ctx, DossierInput("1.001193", NAMES[0], "direct")).code
        assert parse_code(old)[2] == 1
        pc.sync(srv)
        assert _slot(pc) == 1
        new = register_dossier(pc.ctx, DossierInput("1.001193", NAMES[1], "direct")).code
        assert parse_code(new)[2] == 1001 and old in pc.dossiers()
    finally:
        pc.db.close()


def test_a_tenth_live_pc_is_refused_with_a_reason(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    from desktop.server import admin

    commune = new_commune(srv)
    with srv.engine.begin() as conn:  # nine live PCs hold every slot
        for slot in range(1, 10):
            conn.execute(Device.__table__.insert().values(
                id=f"00000000-0000-7000-8000-00000000000{slot}"[-36:], commune_code=commune, label="", slot=slot,
                secret_hash="x", created_at=srv.clock(), clock_warning=False, clock_skew_ms=0))
    pc = make_pc(tmp_path / "tenth", commune, 0)
    try:
        with pytest.raises(SyncError) as refused:
            enrol(pc.ctx, srv.url, admin.new_enrol_code(srv.engine, commune, srv.clock()), "X",
                  transport=pc.transport)
        assert refused.value.code == "enrol.no_slot"
        assert "thu hồi" in refused.value.message("vi") and "revoke" in refused.value.message("en")
        admin.revoke(srv.engine, "00000000-0000-7000-8000-000000000004", srv.clock())
        enrol(pc.ctx, srv.url, admin.new_enrol_code(srv.engine, commune, srv.clock()), "X", transport=pc.transport)
        assert _slot(pc) == 4  # a revoked PC's slot is free again
    finally:
        pc.db.close()


def test_a_duplicate_number_is_shown_to_a_person_and_renumbered(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    """Two PCs set up without a number work offline the same day (both issue 0001). After sync every PC shows one
    open duplicate-number conflict and counts it in `sync status`; a person gives the newcomer a new number, and
    then every PC holds both dossiers, each under its own code, nothing parked."""
    from desktop.server import admin

    commune = new_commune(srv)
    pcs = [make_pc(tmp_path / f"pc{i}", commune, 0) for i in range(3)]
    a, b, c = pcs
    try:
        first = register_dossier(a.ctx, DossierInput("1.001193", NAMES[0], "direct")).code
        second = register_dossier(b.ctx, DossierInput("1.001193", NAMES[1], "online")).code
        assert first == second  # the collision the slots now prevent once a PC has one
        for pc in pcs:
            enrol(pc.ctx, srv.url, admin.new_enrol_code(srv.engine, commune, srv.clock()), "", transport=pc.transport)
        for _ in range(2):
            for pc in pcs:
                pc.sync(srv)
        shown = [conflicts.list_conflicts(pc.ctx) for pc in pcs]
        for found in shown:
            assert [(x.kind, x.server_values["code"], x.client_values["code"]) for x in found] == [
                ("duplicate_code", first, first)]
            assert {found[0].server_values["applicant_name"], found[0].client_values["applicant_name"]} == {
                NAMES[0], NAMES[1]}
        for pc in pcs:
            assert sync_status(pc.ctx).conflicts == 1
        # The officer at C (which may hold either dossier) gives the newcomer a new number from C's own block.
        conflicts.resolve(c.ctx, shown[2][0].id, conflicts.RENUMBER)
        for _ in range(2):
            for pc in pcs:
                pc.sync(srv)
        expected = None
        for pc in pcs:
            held = pc.dossiers()
            assert len(held) == 2 and first in held, held
            names = {v[1] for v in held.values()}
            assert names == {NAMES[0], NAMES[1]}
            expected = expected or sorted(held)
            assert sorted(held) == expected  # every PC shows the same two codes
            assert conflicts.list_conflicts(pc.ctx) == []
            with pc.db.session() as s:
                assert list(s.scalars(select(SyncParked))) == []
        renumbered = next(code for code in expected if code != first)
        assert parse_code(renumbered)[2] // 1000 == _slot(c)
    finally:
        _close(pcs)
