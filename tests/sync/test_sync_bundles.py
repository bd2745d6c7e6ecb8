"""USB bundles end to end: a PC exports its outbox, the province imports it exactly once, answers with a bundle of
its changes, and the PC applies that exactly once; tampered, foreign and gapped bundles are refused."""

from __future__ import annotations

import argparse
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from server_harness import Harness, running_server
from sqlalchemy import func, select
from sync_support import enrolled_pc, new_commune

from desktop.cli import sync_cmd
from desktop.config.paths import DataPaths
from desktop.server import bundles
from desktop.server.errors import ServerError
from desktop.server.models import AppliedOp, SyncedRow
from desktop.server.models import Commune as ServerCommune
from desktop.services import catalogue
from desktop.services.dossiers import DossierInput, edit_dossier, register_dossier
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Dossier, OutboxOp, Procedure, SyncParked
from desktop.sync import bundle, credentials, state


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("province-keys")


@pytest.fixture(scope="module")
def server(database_url: str, keys: Path) -> Iterator[Harness]:
    """The conftest's server; its bundle-key route certifies with the province key kept in `keys`."""
    with running_server(database_url, bundle_keys=keys) as harness:
        yield harness


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    sync_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def _pc(srv: Harness, tmp_path: Path, commune: str, slot: int = 1):  # noqa: ANN202
    return enrolled_pc(srv, tmp_path / f"pc{slot}", commune, slot)


def _dossiers(pc, n: int, start: int = 0) -> None:  # noqa: ANN001
    for i in range(start, start + n):
        register_dossier(pc.ctx, DossierInput("1.001193", f"Trần Thị {i}", "direct"))


def _pending(pc) -> int:  # noqa: ANN001
    with pc.db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))


def _server_facts(srv: Harness, commune: str) -> tuple[int, int, int]:
    with srv.engine.connect() as c:
        return (c.scalar(select(func.count()).select_from(SyncedRow).where(SyncedRow.commune_code == commune)),
                c.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.commune_code == commune)),
                c.scalar(select(ServerCommune.last_seq).where(ServerCommune.code == commune)))


def _pc_facts(pc) -> tuple[object, ...]:  # noqa: ANN001
    with pc.db.session() as s:
        return (sorted((d.code, d.status, d.server_version) for d in s.scalars(select(Dossier))),
                s.scalar(select(func.count()).select_from(AuditEntry)), state.cursor(s), _pending(pc))


def _closed_facts(root: Path) -> tuple[object, ...]:
    """The CLI opens the data folder itself; look at it between its runs."""
    db = Database.open(DataPaths(root))
    try:
        return _pc_facts(SimpleNamespace(db=db))
    finally:
        db.close()


def test_round_trip_through_the_cli_applies_each_way_exactly_once(srv: Harness, keys: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    commune = new_commune(srv)
    pc = _pc(srv, tmp_path, commune)
    _dossiers(pc, 3)
    pending, root = _pending(pc), pc.db.paths.root
    pc.db.close()
    home = ["--data-dir", str(root)]
    up = tmp_path / "up1.zip"
    assert _run([*home, "sync", "export-bundle", str(up)]) == 0
    assert "#1" in capsys.readouterr().out
    key = root / bundle.KEY_FILE
    assert key.stat().st_mode & 0o777 == 0o600 and _closed_facts(root)[3] == pending  # ops wait for an answer

    first = bundles.import_bundle(srv.engine, keys, up, srv.clock())
    assert first["new"] == pending and first["statuses"] == {"applied": pending}
    facts = _server_facts(srv, commune)
    assert facts[1] == pending and facts[0] > 0
    again = bundles.import_bundle(srv.engine, keys, up, srv.clock())
    assert again["new"] == 0 and again["already"] == pending and _server_facts(srv, commune) == facts

    creds = credentials.load(root)
    down = tmp_path / "down1.zip"
    bundles.export_bundle(srv.engine, keys, commune, creds.device_id, down, srv.clock(), since=0)
    assert _run([*home, "sync", "import-bundle", str(down)]) == 0
    after = _closed_facts(root)
    assert after[3] == 0 and after[2] == facts[2]  # every op confirmed; cursor at the commune's last sequence
    assert all(version for _, _, version in after[0])
    assert _run([*home, "sync", "import-bundle", str(down)]) == 0
    assert _closed_facts(root) == after


def test_gap_tamper_foreign_and_direction_are_refused(srv: Harness, keys: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    commune, other = new_commune(srv), new_commune(srv)
    pc, stranger = _pc(srv, tmp_path, commune, 1), _pc(srv, tmp_path, other, 2)
    _dossiers(pc, 2)
    one = bundle.export_bundle(pc.ctx, tmp_path / "b1.zip")
    _dossiers(pc, 2, start=10)
    two = bundle.export_bundle(pc.ctx, tmp_path / "b2.zip")
    assert (one.seq, two.seq) == (1, 2) and two.ops > 0 and one.ops + two.ops == _pending(pc)
    with pytest.raises(ServerError) as gap:
        bundles.import_bundle(srv.engine, keys, two.path, srv.clock())
    assert gap.value.code == "bundle.gap" and "Import the missing one first" in gap.value.message_en
    assert _server_facts(srv, commune)[1] == 0

    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(one.path) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, data.replace(b"Tr\xe1\xba\xa7n", b"Tran") if info.filename == bundle.OPS
                         else data)
    flipped = tmp_path / "f.zip"
    raw = bytearray(one.path.read_bytes())
    raw[len(raw) // 3] ^= 0x01
    flipped.write_bytes(bytes(raw))
    for bad, codes in ((tampered, {"bundle.tampered"}),
                       (flipped, {"bundle.tampered", "bundle.damaged", "bundle.bad_signature"})):
        with pytest.raises(ServerError) as refused:
            bundles.import_bundle(srv.engine, keys, bad, srv.clock())
        assert refused.value.code in codes
    assert _server_facts(srv, commune)[1] == 0

    bundles.import_bundle(srv.engine, keys, one.path, srv.clock())
    assert bundles.import_bundle(srv.engine, keys, two.path, srv.clock())["new"] == two.ops  # in order: through

    theirs = tmp_path / "theirs.zip"
    bundles.export_bundle(srv.engine, keys, other, credentials.load(stranger.db.paths.root).device_id, theirs,
                          srv.clock())
    home = ["--data-dir", str(pc.db.paths.root)]
    before = _pc_facts(pc)
    pc.db.close()
    assert _run([*home, "sync", "import-bundle", str(theirs)]) == 1
    assert "not for here" in capsys.readouterr().err
    pc.db = Database.open(DataPaths(Path(home[1])))
    pc.ctx.db = pc.db
    with pytest.raises(bundle.BundleError) as foreign:
        bundle.import_bundle(pc.ctx, theirs)
    assert foreign.value.code == "bundle.foreign"
    with pytest.raises(bundle.BundleError) as direction:
        bundle.import_bundle(pc.ctx, one.path)
    assert direction.value.code == "bundle.wrong_direction"
    late = tmp_path / "late.zip"
    bundles.export_bundle(srv.engine, keys, commune, credentials.load(pc.db.paths.root).device_id, late,
                          srv.clock(), since=10_000)
    with pytest.raises(bundle.BundleError) as pc_gap:
        bundle.import_bundle(pc.ctx, late)
    assert pc_gap.value.code == "bundle.gap" and _pc_facts(pc) == before
    pc.db.close()
    stranger.db.close()


def test_a_lost_bundle_is_recovered_by_resending_everything_pending(srv: Harness, keys: Path,
                                                                    tmp_path: Path) -> None:
    commune = new_commune(srv)
    pc = _pc(srv, tmp_path, commune)
    _dossiers(pc, 2)
    bundle.export_bundle(pc.ctx, tmp_path / "lost.zip")  # the stick is lost
    _dossiers(pc, 1, start=5)
    again = bundle.export_bundle(pc.ctx, tmp_path / "all.zip", resend_all=True)
    assert again.ops == _pending(pc)
    out = bundles.import_bundle(srv.engine, keys, again.path, srv.clock())
    assert out["new"] == again.ops
    pc.db.close()


def test_a_full_bundle_after_another_pc_moved_a_dossier_onto_its_own_procedure_copy(
        srv: Harness, keys: Path, tmp_path: Path) -> None:
    """`export-bundle --since 0` carries another PC's procedure copy and the dossier that now points at it: the
    importing PC maps it to its own copy instead of failing on the foreign key."""
    commune = new_commune(srv)
    one, two = _pc(srv, tmp_path, commune, 1), _pc(srv, tmp_path, commune, 2)
    try:
        bundle.export_bundle(one.ctx, tmp_path / "first.zip")  # the PC's bundle key, and the province's trust
        info = register_dossier(two.ctx, DossierInput("1.001193", "Trần Thị Bình", "online"))
        two.sync(srv)
        catalogue.edit_procedure(two.ctx, "1.009994", fee=50000)
        edit_dossier(two.ctx, info.code, DossierInput("1.009994", "Trần Thị Bình", "online"))
        two.sync(srv)
        down = tmp_path / "full.zip"
        bundles.export_bundle(srv.engine, keys, commune, credentials.load(one.db.paths.root).device_id, down,
                              srv.clock(), since=0)
        bundle.import_bundle(one.ctx, down)
        with one.db.session() as s:
            d = s.scalar(select(Dossier).where(Dossier.code == info.code))
            assert d is not None and s.get(Procedure, d.procedure_id).code == "1.009994"
            assert s.scalar(select(func.count()).select_from(SyncParked)) == 0
    finally:
        one.db.close()
        two.db.close()
