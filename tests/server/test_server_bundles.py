"""The province's side of USB bundles, without a desktop: bundles built from harness ops and a device key the
province certified; applied exactly once, and refused when foreign, off-scope, backwards or of an unknown format."""

from __future__ import annotations

import argparse
import uuid
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from server_harness import Device, Harness
from sqlalchemy import func, select

from desktop.protocol import bundle_format as fmt
from desktop.protocol import bundle_keys as keys
from desktop.server import admin, bundles
from desktop.server.config import make_engine
from desktop.server.errors import ServerError
from desktop.server.models import AppliedOp, SyncedRow
from desktop.server.push import DeviceRef


def _key(srv: Harness, folder: Path, dev: Device) -> tuple[Ed25519PrivateKey, dict]:
    key = Ed25519PrivateKey.generate()
    trust = bundles.issue_certificate(folder, DeviceRef(dev.id, dev.commune), keys.public_b64(key), srv.clock())
    return key, trust["certificate"]


def _write(path: Path, dev: Device, key: Ed25519PrivateKey, cert: dict, ops: list[dict], **extra: object) -> Path:
    manifest = {"direction": fmt.UP, "commune_code": dev.commune, "device_id": dev.id, "seq": 1,
                "after_op_id": None, "certificate": cert, **extra}
    return fmt.write_bundle(path, manifest, {fmt.OPS: fmt.to_ndjson(ops)}, key)


def _equipment(srv: Harness, dev: Device, n: int) -> list[dict]:
    return [srv.op(dev, "equipment", str(uuid.uuid4()), "insert", {"asset_tag": f"TS-{i}", "location": "Kho"})
            for i in range(n)]


def _counts(srv: Harness, commune: str) -> tuple[int, int]:
    with srv.engine.connect() as c:
        return (c.scalar(select(func.count()).select_from(SyncedRow).where(SyncedRow.commune_code == commune)),
                c.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.commune_code == commune)))


def test_applied_once_then_unchanged_and_answered(srv: Harness, tmp_path: Path) -> None:
    dev = srv.enrol(srv.commune())
    key, cert = _key(srv, tmp_path, dev)
    path = _write(tmp_path / "b.zip", dev, key, cert, _equipment(srv, dev, 3))
    assert bundles.import_bundle(srv.engine, tmp_path, path, srv.clock())["statuses"] == {"applied": 3}
    assert _counts(srv, dev.commune) == (3, 3)
    assert bundles.import_bundle(srv.engine, tmp_path, path, srv.clock())["new"] == 0
    assert _counts(srv, dev.commune) == (3, 3)
    out = bundles.export_bundle(srv.engine, tmp_path, dev.commune, dev.id, tmp_path / "down.zip", srv.clock())
    assert (out["changes"], out["results"]) == (3, 3)
    down = fmt.open_bundle(tmp_path / "down.zip", fmt.DOWN, lambda _m: bundles.province_key(tmp_path).public_key())
    assert down.manifest["to_cursor"] == out["to_cursor"]


def test_refusals(srv: Harness, tmp_path: Path) -> None:
    dev, other = srv.enrol(srv.commune()), srv.enrol(srv.commune())
    key, cert = _key(srv, tmp_path, dev)
    their_key, their_cert = _key(srv, tmp_path, other)
    ops = _equipment(srv, dev, 1)

    def code(path: Path) -> str:
        with pytest.raises(ServerError) as refused:
            bundles.import_bundle(srv.engine, tmp_path, path, srv.clock())
        return refused.value.code

    # another commune's device claiming this commune, then a bundle touching the other commune's rows
    claimed = _write(tmp_path / "c.zip", other, their_key, their_cert, ops, commune_code=dev.commune)
    assert code(claimed) == "bundle.foreign"
    bundles.import_bundle(srv.engine, tmp_path, _write(tmp_path / "o.zip", other, their_key, their_cert,
                                                       _equipment(srv, other, 1)), srv.clock())
    theirs = srv.op(dev, "equipment", _equipment(srv, other, 1)[0]["row_id"], "update", {"location": "X"})
    with srv.engine.connect() as c:
        theirs["row_id"] = c.scalar(select(SyncedRow.row_id).where(SyncedRow.commune_code == other.commune))
    assert code(_write(tmp_path / "s.zip", dev, key, cert, [*ops, theirs])) == "commune.forbidden"
    assert code(_write(tmp_path / "g.zip", dev, key, cert, ops, after_op_id=str(uuid.uuid4()))) == "bundle.gap"
    assert code(_write(tmp_path / "d.zip", dev, key, cert, ops, direction=fmt.DOWN)) == "bundle.wrong_direction"
    stranger = Ed25519PrivateKey.generate()  # a key the province never certified
    assert code(_write(tmp_path / "k.zip", dev, stranger, cert, ops)) == "bundle.bad_signature"
    foreign_cert = keys.sign_certificate(stranger, dev.id, dev.commune, keys.public_b64(stranger), "now")
    assert code(_write(tmp_path / "p.zip", dev, stranger, foreign_cert, ops)) == "bundle.bad_signature"
    future = tmp_path / "v.zip"
    raw = keys.canonical({"format": fmt.FORMAT, "format_version": 9, "direction": fmt.UP, "files": {}})
    with zipfile.ZipFile(future, "w") as zf:
        zf.writestr(fmt.MANIFEST, raw)
        zf.writestr(fmt.SIGNATURE, key.sign(raw))
    assert code(future) == "bundle.unknown_version"
    assert _counts(srv, dev.commune) == (0, 0)


def test_server_cli_verbs(srv: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(bundles.ENV_KEYS, str(tmp_path))
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = make_engine(db)
    from desktop.server.migrate import upgrade_to_head

    upgrade_to_head(engine)
    admin.add_commune(engine, "00009", "Xã Chín", "01", srv.clock())
    enrolled = admin.enrol(engine, admin.new_enrol_code(engine, "00009", srv.clock()), "PC", srv.clock())
    dev = Device(enrolled["device_id"], enrolled["secret"], "00009", None, enrolled["device_id"][-12:])  # type: ignore[arg-type]
    key, cert = _key(srv, tmp_path, dev)
    up = _write(tmp_path / "up.zip", dev, key, cert, _equipment(srv, dev, 2), pull_cursor=0)

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    bundles.register_bundle_verbs(sub, lambda p: p.add_argument("--db"), lambda _a: engine)
    for argv in (["import-bundle", str(up)], ["import-bundle", str(up)],
                 ["export-bundle", "--commune", "00009", "--device", dev.id, str(tmp_path / "down.zip")]):
        args = parser.parse_args([*argv, "--db", db])
        assert args.handler(args) == 0
    out = capsys.readouterr().out
    assert "2 thao tác mới / new ops" in out and "0 thao tác mới / new ops, 2 đã có" in out
    assert (tmp_path / "down.zip").exists()
    engine.dispose()
