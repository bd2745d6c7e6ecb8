"""A pulled page with enough new dossiers is written by the store's bulk insert with the dossiers' insert triggers
deferred (store.bulk_insert, store.bulk_triggers): search and the per-period tallies come out exactly as when every
row runs its triggers, the triggers are back as they were, and a page the database refuses is undone (its dropped
triggers with it) and applied again row by row."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import Pc, make_pc, statements_run

from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store import bulk_insert, month_counts
from desktop.store.models import Dossier, Procedure, SyncParked
from desktop.sync import state
from desktop.sync.pull import PullStats, apply_page

COMMUNE = "XDEFER0001"
HLC = "001763607600000-00001-remotepc0001"
ROWS = bulk_insert.BULK_TRIGGERS_FROM + 50
STATUSES = (1, 2, 4, 5, 6)  # 1 (registered only) is not counted by the tallies
NAMES = ("Phạm Văn Đức", "Nguyễn Thị Hoa", "Lê Minh Tuấn")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _dossier(i: int, procedure_id: str, code: str | None = None) -> dict:
    """A dossier as another PC pushed it; it lacks Decision 766's marks, as an older desktop's row does."""
    received = datetime(2026, 9, 20, 1) + timedelta(hours=7 * i)
    finished = received + timedelta(hours=30) if i % 3 == 0 else None
    row_id, seq = str(uuid.uuid4()), i + 1
    data = {"id": row_id, "commune_code": COMMUNE, "code": code or f"PD-{i:04d}", "procedure_id": procedure_id,
            "applicant_name": f"{NAMES[i % len(NAMES)]} {i}", "channel": ("direct", "online")[i % 2],
            "boundary_free": i % 5 == 0, "received_at": _iso(received), "status": STATUSES[i % len(STATUSES)],
            "finished_at": _iso(finished), "settled_at": _iso(finished), "outcome": "on_time" if finished else None,
            "forwarded_to": "Xã bên" if i % 17 == 0 else "", "created_at": _iso(received),
            "updated_at": _iso(received), "updated_by": "pc9",
            "deleted_at": _iso(received + timedelta(days=1)) if i % 23 == 0 else None,
            "hlc": HLC, "server_version": seq}
    return {"seq": seq, "kind": "row", "table_name": "dossiers", "row_id": row_id, "server_version": seq,
            "data": data}


def _pc(root: Path) -> tuple[Pc, str]:
    pc = make_pc(root, COMMUNE, 1)
    register_dossier(pc.ctx, DossierInput("1.001193", "Phạm Văn Trước", "direct", received_at=datetime(2026, 9, 22, 8)))
    with pc.db.session() as s:
        proc_id = s.scalars(select(Procedure.id).where(Procedure.code == "1.001193")).one()
    return pc, proc_id


def _pull(pc: Pc, page: list[dict]) -> tuple[PullStats, list[str]]:
    stats = PullStats()
    with pc.db.session() as s, statements_run(pc.db.engine) as seen:
        apply_page(s, {"changes": page, "cursor": len(page)}, COMMUNE, pc.clock(), stats)
        s.commit()
    return stats, seen


def _state(pc: Pc) -> dict[str, object]:
    """What the triggers keep (the triggers themselves, the tallies, what search finds), checked against a recount."""
    with pc.db.engine.begin() as conn:
        triggers = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossiers' ORDER BY name")]
        tallies = [tuple(r) for r in conn.exec_driver_sql(
            f"SELECT * FROM {month_counts.TABLE} WHERE n != 0 ORDER BY 1, 2, 3, 4, 5, 6, 7")]
        conn.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
        for statement in month_counts.refill_statements():  # the tallies counted again from the dossiers
            conn.exec_driver_sql(statement)
        recounted = [tuple(r) for r in conn.exec_driver_sql(
            f"SELECT * FROM {month_counts.TABLE} WHERE n != 0 ORDER BY 1, 2, 3, 4, 5, 6, 7")]
        conn.rollback()
    assert tallies == recounted
    found = {q: sorted(d.code for d in list_dossiers(pc.ctx, DossierQuery(search=q, limit=1000)))
             for q in ("pham van duc", "nguyen thi hoa", "tuan 2", "truoc", "dang ky khai sinh")}
    return {"triggers": triggers, "tallies": tallies, "found": found}


def test_a_big_pulled_page_is_indexed_and_tallied_as_row_by_row(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    deferred_pc, proc_id = _pc(tmp_path / "deferred")
    per_row_pc, other_proc_id = _pc(tmp_path / "per-row")
    try:
        before = _state(deferred_pc)
        page = [_dossier(i, proc_id) for i in range(ROWS)]
        stats, seen = _pull(deferred_pc, page)
        assert sum(s.startswith("DROP TRIGGER") for s in seen) == 2  # the page did take the deferred way
        assert stats.rows == ROWS and stats.parked == 0
        after = _state(deferred_pc)
        assert after["triggers"] == before["triggers"] and len(before["triggers"]) >= 5
        assert after["found"]["truoc"] == before["found"]["truoc"]
        assert len(after["found"]["dang ky khai sinh"]) == 1 + sum(1 for i in range(ROWS) if i % 23)

        # The same page on a PC whose triggers run for every row: the same tallies, the same search results.
        monkeypatch.setattr(bulk_insert, "BULK_TRIGGERS_FROM", 10 * ROWS)
        for change in page:
            change["data"]["procedure_id"] = other_proc_id
        _stats, seen = _pull(per_row_pc, page)
        assert not any(s.startswith("DROP TRIGGER") for s in seen)
        assert _state(per_row_pc) == after
        with deferred_pc.db.session() as s:  # the marks an older desktop's row lacks take their defaults
            assert {(d.digitised, d.applicant_phone, d.extension_days) for d in s.scalars(select(Dossier))} == {
                (False, "", 0)}
        # The triggers made again work for the next dossier typed at the desk.
        register_dossier(deferred_pc.ctx, DossierInput("1.001193", "Phạm Văn Đức Sau", "direct"))
        assert len(_state(deferred_pc)["found"]["pham van duc"]) == len(after["found"]["pham van duc"]) + 1
    finally:
        deferred_pc.db.close()
        per_row_pc.db.close()


def test_a_refused_big_page_is_undone_and_applied_row_by_row(tmp_path: Path) -> None:
    pc, proc_id = _pc(tmp_path / "pc")
    try:
        with pc.db.session() as s:
            held = s.scalars(select(Dossier.code)).one()
        before = _state(pc)
        page = [_dossier(i, proc_id) for i in range(ROWS)]
        page[ROWS // 2] = _dossier(ROWS // 2, proc_id, code=held)  # the code's unique index refuses this one
        stats, seen = _pull(pc, page)
        assert sum(s.startswith("DROP TRIGGER") for s in seen) == 2  # refused inside the deferred batch
        assert stats.rows == ROWS - 1 and stats.parked == 1
        after = _state(pc)
        assert after["triggers"] == before["triggers"]
        assert len(after["found"]["dang ky khai sinh"]) == 1 + sum(1 for i in range(ROWS) if i % 23 and i != ROWS // 2)
        with pc.db.session() as s:
            assert [p.reason.split()[0] for p in s.scalars(select(SyncParked))] == ["duplicate"]
            assert state.cursor(s) == ROWS
    finally:
        pc.db.close()
