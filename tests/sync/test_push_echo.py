"""A PC's own pushed rows come back in its pull: when the server says a row is exactly what the PC sent (`echo`),
the pull skips it, and a row another PC changed in between is still applied (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import httpx
from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sqlalchemy import select
from sync_support import CuttableTransport, Pc, enrolled_pc, new_commune, two_pcs

from desktop.server.models import SyncedRow
from desktop.services.equipment import add_equipment, edit_equipment
from desktop.store.models import Equipment
from desktop.sync.engine import SyncSettings

ONE_BATCH = SyncSettings(base_delay=0.0, max_delay=0.0, first_batch=100)


class Recording(CuttableTransport):
    """A real transport that keeps the push answers, and can run something just before the first pull goes out."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[dict[str, object]] = []
        self.before_pull: list[object] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/pull" and self.before_pull:
            self.before_pull.pop()()  # type: ignore[operator]
        response = super().handle_request(request)
        if request.url.path == "/v1/push":
            response.read()
            self.results += json.loads(response.content)["results"]
        return response


def _versions(pc: Pc) -> dict[str, int | None]:
    with pc.db.session() as s:
        return {e.asset_tag: e.server_version for e in s.scalars(select(Equipment))}


def _rows(pc: Pc) -> dict[str, tuple[object, ...]]:
    with pc.db.session() as s:
        return {e.asset_tag: (e.kind, e.model, e.serial, e.location, e.assigned_to, e.note, e.status, e.hlc,
                              e.server_version, e.updated_at, e.updated_by, e.deleted_at)
                for e in s.scalars(select(Equipment))}


def _server_versions(srv: Harness, commune: str) -> dict[str, int]:
    with srv.engine.connect() as conn:
        rows = conn.execute(select(SyncedRow.data, SyncedRow.server_version).where(
            SyncedRow.commune_code == commune, SyncedRow.table_name == "equipment"))
        return {data["asset_tag"]: version for data, version in rows}


def test_own_new_rows_come_back_as_echoes_and_keep_the_servers_version(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a = enrolled_pc(srv, tmp_path / "a", commune, slot=1)
    a.transport = Recording()
    try:
        for n in range(4):
            add_equipment(a.ctx, f"TB-{n}", "pc", location="Phòng 1")
        edit_equipment(a.ctx, "TB-3", location="Phòng 2")  # an edit of a row made in the same batch
        report = a.sync(srv, settings=ONE_BATCH)
        mine = [r for r in a.transport.results if r.get("status") == "applied"]
        assert mine and all(r["echo"] is True for r in mine), [r for r in mine if not r["echo"]]
        # Every pushed row came back in the pull and was skipped, not applied again.
        assert report.pull.rows == 0 and report.pull.unchanged >= 4, report.pull
        assert _versions(a) == _server_versions(srv, commune)
        assert a.equipment()["TB-3"][0] == "Phòng 2"
        # What A skipped is what another PC applies from the same pages, field for field.
        b = enrolled_pc(srv, tmp_path / "b", commune, slot=2)
        try:
            b.sync(srv)
            assert _rows(b) == _rows(a) and len(_rows(a)) == 4
        finally:
            b.db.close()
        # A later edit of a row pushed in an earlier run is not an echo: the server's row predates this batch.
        edit_equipment(a.ctx, "TB-0", note="Đã kiểm kê")
        a.transport.results.clear()
        a.sync(srv)
        assert [r["echo"] for r in a.transport.results] == [False]
        assert _versions(a) == _server_versions(srv, commune)
    finally:
        a.db.close()


def test_a_row_another_pc_changed_between_push_and_pull_is_applied(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune, a, b = two_pcs(srv, tmp_path)
    a.transport = Recording()
    try:
        add_equipment(a.ctx, "TB-9", "pc", location="Phòng 1")

        def b_edits() -> None:  # after A's push answered, before A's pull asks
            b.sync(srv)
            edit_equipment(b.ctx, "TB-9", location="Kho")
            b.sync(srv)

        a.transport.before_pull.append(b_edits)
        report = a.sync(srv)
        assert any(r.get("echo") is True for r in a.transport.results)
        assert not a.transport.before_pull, "B's edit did not run between A's push and pull"
        assert a.equipment()["TB-9"][0] == "Kho"
        assert report.pull.rows >= 1
        assert _versions(a)["TB-9"] == _server_versions(srv, commune)["TB-9"]
    finally:
        a.db.close()
        b.db.close()
