"""What PC A registers, PC B finds by folded search once it arrived: through a real server (pull) and through USB
bundles, with the server on SQLite and on PostgreSQL. The search text never travels; PC B's store derives it for
every row the pull writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness, running_server
from sqlalchemy import select
from sync_support import Pc, enrolled_pc, new_commune

from desktop.server import bundles
from desktop.server.models import SyncedRow
from desktop.services import catalogue, equipment, officers, training
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.sync import bundle, credentials

NAME = "Nguyễn Văn Đức"
QUERY = "nguyen van duc"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("province-keys")


@pytest.fixture(scope="module")
def server(database_url: str, keys: Path) -> Iterator[Harness]:  # noqa: F811 - the backend matrix above
    """A real server on 127.0.0.1 whose bundle routes sign with the province key kept in `keys`."""
    with running_server(database_url, bundle_keys=keys) as harness:
        yield harness


def _write_everything(pc: Pc) -> dict[str, str]:
    """One of each searchable row, all carrying the same name: a dossier, a device, a trainee, an officer."""
    dossier = register_dossier(pc.ctx, DossierInput("1.001193", NAME, "direct"))
    equipment.add_equipment(pc.ctx, "MT-0042", "laptop", model="ThinkPad E14", assigned_to=NAME)
    course = training.add_course(pc.ctx, "Kỹ năng số cơ bản", start_date=date(2026, 11, 2), hours=8)
    training.add_participation(pc.ctx, course.id, person_name=NAME, unit="Văn phòng", hours_attended=8)
    officer = officers.add_officer(pc.ctx, NAME, "Công chức Tư pháp - Hộ tịch", unit="UBND")
    return {"dossier": dossier.code, "course": course.id, "officer": officer.id}


def _found(pc: Pc, query: str = QUERY) -> dict[str, list[str]]:
    return {
        "dossiers": [d.code for d in list_dossiers(pc.ctx, DossierQuery(search=query))],
        "equipment": [e.asset_tag for e in equipment.list_equipment(pc.ctx, search=query)],
        "participants": [p.person_name for p in training.list_participations(pc.ctx, search=query)],
        "officers": [o.full_name for o in officers.list_officers(pc.ctx, search=query)],
    }


def _expected(made: dict[str, str]) -> dict[str, list[str]]:
    return {"dossiers": [made["dossier"]], "equipment": ["MT-0042"], "participants": [NAME], "officers": [NAME]}


def test_rows_pulled_onto_another_pc_are_found_by_folded_search(srv: Harness, tmp_path: Path) -> None:
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        made = _write_everything(a)
        assert _found(a) == _expected(made)
        a.sync(srv)
        with srv.engine.connect() as conn:  # the search text is this PC's business: it never reached the server
            stored = [r.data for r in conn.execute(select(SyncedRow).where(SyncedRow.commune_code == commune))]
        assert stored and not any("search_text" in data or "receipt_seq" in data for data in stored)
        assert _found(b) == {k: [] for k in _expected(made)}
        b.sync(srv)
        assert _found(b) == _expected(made)
        assert _found(b, "duc thinkpad")["equipment"] == ["MT-0042"]
        # A procedure only A had, renamed on A: the new name reaches B's dossiers' search text with the pull.
        catalogue.add_procedure(a.ctx, "2.000001", "Chứng thực bản sao", "Chứng thực", 0)
        copy = register_dossier(a.ctx, DossierInput("2.000001", "Lê Thị Hà", "direct"))
        a.sync(srv)
        b.sync(srv)
        catalogue.edit_procedure(a.ctx, "2.000001", name="Chứng thực bản sao từ bản chính")
        a.sync(srv)
        b.sync(srv)
        assert [d.code for d in list_dossiers(b.ctx, DossierQuery(search="sao tu ban chinh"))] == [copy.code]
    finally:
        a.db.close()
        b.db.close()


def test_rows_carried_by_usb_bundles_are_found_by_folded_search(srv: Harness, keys: Path, tmp_path: Path) -> None:
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        made = _write_everything(a)
        up = bundle.export_bundle(a.ctx, tmp_path / "up.zip")
        assert bundles.import_bundle(srv.engine, keys, up.path, srv.clock())["new"] > 0
        down = tmp_path / "down.zip"
        device = credentials.load(b.db.paths.root).device_id
        bundles.export_bundle(srv.engine, keys, commune, device, down, srv.clock(), since=0)
        assert _found(b) == {k: [] for k in _expected(made)}
        bundle.ensure_key(b.db.paths.root, credentials.load(b.db.paths.root), transport=b.transport)
        bundle.import_bundle(b.ctx, down)
        assert _found(b) == _expected(made)
    finally:
        a.db.close()
        b.db.close()
