"""A province bundle answers only what the PC may still wait for (issue 11 item 9: it carried all 1,092 results a
device ever had to answer 2 ops), on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from server_harness import Harness

from desktop.protocol import bundle_format as fmt
from desktop.protocol import bundle_keys as keys
from desktop.server import bundles
from desktop.server.push import DeviceRef


def _results(path: Path, folder: Path) -> list[str]:
    province = keys.load_or_create_key(folder / bundles.KEY_NAME).public_key()
    bundle = fmt.open_bundle(path, fmt.DOWN, lambda _m: province)
    return [r["op_id"] for r in fmt.from_ndjson(bundle.files[fmt.RESULTS], fmt.RESULTS)]


def test_a_province_bundle_carries_only_the_answers_from_the_pcs_cursor_on(srv: Harness, tmp_path: Path) -> None:
    dev = srv.enrol(srv.commune())
    online = [srv.op(dev, "equipment", str(uuid.uuid4()), "insert", {"asset_tag": f"ON-{i}", "kind": "pc"})
              for i in range(40)]
    srv.push(dev, *online)
    cursor = dev.client.get("/v1/pull", params={"cursor": 0, "limit": 1000}).json()["cursor"]
    assert cursor == 40  # the PC pulled after its push: it has had those 40 answers
    key = Ed25519PrivateKey.generate()
    cert = bundles.issue_certificate(tmp_path, DeviceRef(dev.id, dev.commune), keys.public_b64(key),
                                     srv.clock())["certificate"]
    offline = [srv.op(dev, "equipment", str(uuid.uuid4()), "insert", {"asset_tag": f"USB-{i}", "kind": "pc"})
               for i in range(2)]
    up = fmt.write_bundle(tmp_path / "up.zip", {"direction": fmt.UP, "commune_code": dev.commune, "device_id": dev.id,
                                                "seq": 1, "after_op_id": None, "pull_cursor": cursor,
                                                "certificate": cert}, {fmt.OPS: fmt.to_ndjson(offline)}, key)
    bundles.import_bundle(srv.engine, tmp_path, up, srv.clock())
    out = bundles.export_bundle(srv.engine, tmp_path, dev.commune, dev.id, tmp_path / "down.zip", srv.clock(),
                                since=cursor)
    assert out["results"] == 2 and out["changes"] == 2
    assert sorted(_results(tmp_path / "down.zip", tmp_path)) == sorted(op["op_id"] for op in offline)
    everything = bundles.export_bundle(srv.engine, tmp_path, dev.commune, dev.id, tmp_path / "all.zip", srv.clock())
    assert everything["results"] == 42  # --since 0: a PC starting over hears every answer again
