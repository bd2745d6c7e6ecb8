"""A pulled page is written in one go (no savepoint per row); when the database refuses anything in it, the page is
applied again row by row with the same outcome as before: the refused row parked, a child before its parent in the
page applied once the parent is in, every other row applied, the cursor moved on."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sync_support import make_pc, statements_run

from desktop.store.models import AuditEntry, Equipment, EquipmentEvent, SyncParked
from desktop.sync import state
from desktop.sync.pull import PullStats, apply_page

COMMUNE = "XONEGO0001"
HLC = "001763607600000-00001-remotepc0001"


def _equipment(tag: str, seq: int) -> dict:
    row_id = str(uuid.uuid4())
    data = {"id": row_id, "commune_code": COMMUNE, "asset_tag": tag, "kind": "computer", "model": "Dell",
            "location": "Một cửa", "status": "in_use", "note": "", "created_at": "2026-11-20T03:00:00",
            "updated_at": "2026-11-20T03:00:00", "updated_by": "pc9", "deleted_at": None, "hlc": HLC,
            "server_version": seq}
    return {"seq": seq, "kind": "row", "table_name": "equipment", "row_id": row_id, "server_version": seq,
            "data": data}


def _event(equipment_id: str, seq: int) -> dict:
    row_id = str(uuid.uuid4())
    data = {"id": row_id, "commune_code": COMMUNE, "equipment_id": equipment_id, "kind": "maintenance",
            "at": "2026-11-20T03:00:00", "cost": 150000, "actor": "pc9", "note": "Bảo dưỡng",
            "created_at": "2026-11-20T03:00:00", "updated_at": "2026-11-20T03:00:00", "updated_by": "pc9",
            "deleted_at": None, "hlc": HLC, "server_version": seq}
    return {"seq": seq, "kind": "row", "table_name": "equipment_events", "row_id": row_id, "server_version": seq,
            "data": data}


def test_a_clean_page_goes_in_one_go(tmp_path) -> None:  # noqa: ANN001
    pc = make_pc(tmp_path / "pc", COMMUNE, 1)
    try:
        page = [_equipment(f"GO-{n}", n + 1) for n in range(40)]
        with pc.db.session() as s, statements_run(pc.db.engine, "SAVEPOINT") as savepoints:
            stats = PullStats()
            apply_page(s, {"changes": page, "cursor": 40}, COMMUNE, pc.clock(), stats)
            s.commit()
        assert len(savepoints) <= 2, savepoints  # the page's own, not one per row
        with pc.db.session() as s:
            assert stats.rows == 40 and stats.parked == 0 and state.cursor(s) == 40
            assert s.scalar(select(func.count()).select_from(Equipment)) == 40
            assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.actor == "sync")) == 40
    finally:
        pc.db.close()


def test_a_refused_row_parks_alone_and_a_child_before_its_parent_still_lands(tmp_path) -> None:  # noqa: ANN001
    pc = make_pc(tmp_path / "pc", COMMUNE, 1)
    try:
        held = _equipment("TAKEN-1", 1)
        with pc.db.session() as s:
            apply_page(s, {"changes": [held], "cursor": 1}, COMMUNE, pc.clock(), PullStats())
            s.commit()
        parent = _equipment("NEW-1", 4)
        twin = _equipment("TAKEN-1", 3)  # another row with a tag this PC holds: the unique index refuses it
        page = [_event(parent["row_id"], 2), twin, parent, _equipment("NEW-2", 5)]
        with pc.db.session() as s:
            stats = PullStats()
            apply_page(s, {"changes": page, "cursor": 5}, COMMUNE, pc.clock(), stats)
            s.commit()
        with pc.db.session() as s:
            parked = [(p.row_id, p.reason.split()[0]) for p in s.scalars(select(SyncParked))]
            assert parked == [(twin["row_id"], "duplicate")]
            assert {e.asset_tag for e in s.scalars(select(Equipment))} == {"TAKEN-1", "NEW-1", "NEW-2"}
            assert s.get(EquipmentEvent, page[0]["row_id"]) is not None
            assert state.cursor(s) == 5
            assert stats.rows == 3, stats  # NEW-1, NEW-2 and the event (parked a moment, then applied)
    finally:
        pc.db.close()
