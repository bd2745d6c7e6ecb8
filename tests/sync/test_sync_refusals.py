"""One bad op or row never stops a commune (issue 11 items 4, 7 and 8), through a real server on SQLite and
PostgreSQL: a refused op is set aside and counted while the others go through; a row the protocol refuses is
parked as unreadable while the cursor moves on; who edited a row, and when, survives the editor's next pull."""

from __future__ import annotations

import uuid
from datetime import datetime

from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sqlalchemy import select
from sqlalchemy.orm import Session
from sync_support import enrolled_pc, make_pc, new_commune, two_pcs

from desktop.server.changes import lock_feed, record_change, save_feed
from desktop.server.models import SyncedRow
from desktop.services import equipment
from desktop.services.sync_status import sync_status
from desktop.store.models import Equipment, OutboxOp, SyncParked
from desktop.sync import state
from desktop.sync.pull import PullStats, apply_page


def _server_tags(srv: Harness, commune: str) -> set[str]:
    with Session(srv.engine) as session:
        rows = session.scalars(select(SyncedRow).where(SyncedRow.commune_code == commune,
                                                       SyncedRow.table_name == "equipment"))
        return {r.data.get("asset_tag") for r in rows}


def test_a_refused_op_is_set_aside_counted_and_the_others_go_through(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    pc = enrolled_pc(srv, tmp_path / "pc", commune, slot=1)
    try:
        for tag in ("PC-01", "PC-02", "PC-03"):
            equipment.add_equipment(pc.ctx, tag, "pc")
        # An op written by an older build, before values were checked at the source: a NUL in the note.
        with pc.db.session() as s:
            bad = s.scalars(select(OutboxOp).where(OutboxOp.table_name == "equipment")).all()[1]
            bad.payload = {**bad.payload, "note": "hỏng\u0000màn hình"}
            bad_id = bad.op_id
            s.commit()
        report = pc.sync(srv)
        assert report.push.rejected == 1 and report.push.applied >= 2, report
        assert _server_tags(srv, commune) == {"PC-01", "PC-03"}
        with pc.db.session() as s:
            op = s.get(OutboxOp, bad_id)
            assert op.state == "rejected" and "protocol.nul_character (note)" in op.last_error
        assert sync_status(pc.ctx).rejected == report.push.rejected == 1  # `sync` and `sync status` agree
        assert sync_status(pc.ctx).pending == 0
    finally:
        pc.db.close()


def _bad_row_on_server(srv: Harness, commune: str, data: dict) -> str:
    """A row stored before pushes were checked (say, 300 levels of nesting in a note), in the commune's feed."""
    row_id = str(uuid.uuid4())
    with Session(srv.engine) as session, session.begin():
        feed = lock_feed(session, commune)
        assert feed is not None
        seq = record_change(session, feed, "row", "equipment", row_id)
        save_feed(session, feed, seq - 1)
        session.add(SyncedRow(table_name="equipment", row_id=row_id, commune_code=commune, server_version=seq,
                              fields={}, data={"id": row_id, "commune_code": commune, **data}, hlc="",
                              updated_at=srv.clock()))
    return row_id


def test_a_bad_row_on_the_server_is_parked_and_pulls_go_on(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune, a, b = two_pcs(srv, tmp_path)
    try:
        nested: object = "đáy"
        for _ in range(300):
            nested = [nested]
        bad_id = _bad_row_on_server(srv, commune, {"asset_tag": "BAD-1", "kind": "computer", "note": nested})
        equipment.add_equipment(a.ctx, "PC-01", "pc")
        a.sync(srv)
        report = b.sync(srv)
        assert report.pull.refused == 1 and "PC-01" in b.equipment()
        with b.db.session() as s:
            parked = s.get(SyncParked, ("equipment", bad_id))
            assert parked is not None and parked.reason == "unreadable protocol.type note"
            assert state.cursor(s) >= 2
        again = b.sync(srv)  # the cursor moved on: the bad row does not come back
        assert again.pull.refused == 0
    finally:
        a.db.close()
        b.db.close()


def test_an_unreadable_row_in_a_page_is_parked_and_a_readable_version_replaces_it(tmp_path) -> None:  # noqa: ANN001
    pc = make_pc(tmp_path / "pc", "XPARK00001", 1)
    try:
        row_id = str(uuid.uuid4())
        base = {"id": row_id, "commune_code": "XPARK00001", "asset_tag": "PC-7", "kind": "computer"}
        bad = {"seq": 1, "kind": "row", "table_name": "equipment", "row_id": row_id, "server_version": 1,
               "data": {**base, "cost": float("nan"), "note": "a\u0000b"}}
        with pc.db.session() as s:
            stats = PullStats()
            apply_page(s, {"changes": [bad], "cursor": 1}, "XPARK00001", pc.clock(), stats)
            s.commit()
            assert stats.refused == 1 and state.cursor(s) == 1
            assert s.get(SyncParked, ("equipment", row_id)).reason == "unreadable protocol.nul_character note"
            good = {**bad, "seq": 2, "server_version": 2, "data": base}
            apply_page(s, {"changes": [good], "cursor": 2}, "XPARK00001", pc.clock(), PullStats())
            s.commit()
            assert s.get(SyncParked, ("equipment", row_id)) is None and s.get(Equipment, row_id) is not None
    finally:
        pc.db.close()


def test_who_edited_and_when_survive_the_editors_next_pull(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune, a, b = two_pcs(srv, tmp_path)
    try:
        equipment.add_equipment(a.ctx, "PC-01", "pc")
        a.sync(srv)
        b.sync(srv)
        b.clock.advance(hours=2)
        equipment.edit_equipment(b.ctx, "PC-01", location="Phòng họp")
        b.sync(srv)
        b.sync(srv)  # the next pull brings the row back with the server's version
        a.sync(srv)
        for pc in (a, b):
            with pc.db.session() as s:
                row = s.scalar(select(Equipment).where(Equipment.asset_tag == "PC-01"))
                assert (row.location, row.updated_by, row.updated_at) == ("Phòng họp", "pc2", b.clock())
                assert isinstance(row.updated_at, datetime)
    finally:
        a.db.close()
        b.db.close()
