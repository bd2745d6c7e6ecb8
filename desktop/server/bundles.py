"""The province's side of offline USB bundles (format: desktop/protocol/bundle_format.py).

- Key: the province signs with an Ed25519 key kept in the server's data folder (`bundle-keys/province-ed25519.pem`,
  0600, made on first use); every app process behind a load balancer must be given the same file.
- Device keys: a PC sends its public key once over its authenticated channel (`POST /v1/bundle-key`) and gets back a
  certificate signed by the province key plus the province's public key. Each bundle carries that certificate, so the
  server stores nothing new: no table, no migration. Revoking the device refuses its bundles too.
- Import (commune → province): the ops go through `push_batch`, in one transaction, idempotent by op id. A bundle
  that names the last op of the one before it (`after_op_id`) is refused as a gap until that op is on the server.
- Export (province → commune): the commune's change pages from a cursor, plus the stored results of the device's
  ops the PC may not have had yet (those that went in at or after its cursor: the answer a push would have had),
  signed by the province.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import ValidationError
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desktop.domain.messages import Phrase
from desktop.protocol import bundle_format as fmt
from desktop.protocol import bundle_keys as keys
from desktop.protocol import revisions
from desktop.server.config import data_dir
from desktop.server.errors import ServerError
from desktop.server.migrate import head_revision
from desktop.server.models import AppliedOp, Device, utcnow
from desktop.server.pages import pull_page
from desktop.server.push import DeviceRef, push_batch
from desktop.server.schemas import OpIn

KEY_NAME = "province-ed25519.pem"
ENV_KEYS = "COMMUNE_DESK_SERVER_BUNDLE_KEYS"
PAGE = 1000


def key_dir() -> Path:
    env = os.environ.get(ENV_KEYS)
    return Path(env).expanduser() if env else data_dir() / "bundle-keys"


def province_key(folder: Path) -> Ed25519PrivateKey:
    return keys.load_or_create_key(folder / KEY_NAME)


def refused(exc: keys.BundleError) -> ServerError:
    status = {"bundle.foreign": 403, "bundle.gap": 409, "bundle.unknown_device": 403}.get(exc.code, 422)
    return ServerError(exc.key, status=status, details=exc.details, **exc.params)


def issue_certificate(folder: Path, device: DeviceRef, public_key: str, now: datetime) -> dict[str, Any]:
    key = province_key(folder)
    try:
        cert = keys.sign_certificate(key, device.id, device.commune_code, public_key, now.isoformat())
    except keys.BundleError as exc:
        raise refused(exc) from None
    return {"certificate": cert, "province_public_key": keys.public_b64(key)}


def _device(session: Session, device_id: str, commune: str) -> Device:
    dev = session.get(Device, device_id)
    if dev is None:
        raise refused(keys.BundleError("bundle.unknown_device", details={"device_id": device_id}, device_id=device_id))
    if dev.revoked_at is not None:
        raise ServerError("device.revoked", status=403)
    if dev.commune_code != commune:
        raise refused(fmt.foreign(Phrase("why.device_belongs_to_commune_not", commune_code=dev.commune_code,
                                         commune=commune),
                                  {"device_id": device_id, "commune_code": commune}))
    return dev


def import_bundle(engine: Engine, folder: Path, path: Path, now: datetime,
                  schemas: Callable[[], AbstractSet[str]] = revisions.known) -> dict[str, Any]:
    """Verify a commune's bundle and apply its ops exactly as a push; a second import changes nothing."""
    ours = province_key(folder).public_key()

    def device_key(manifest: dict[str, Any]) -> Ed25519PublicKey:
        cert = manifest.get("certificate")
        dev_key = keys.check_certificate(cert, ours)
        assert isinstance(cert, dict)
        if (cert.get("device_id"), cert.get("commune_code")) != (manifest.get("device_id"),
                                                                  manifest.get("commune_code")):
            raise fmt.foreign(Phrase("why.certificate_device_s_commune", device_id=cert.get("device_id"),
                                     commune_code=cert.get("commune_code")))
        return dev_key

    try:
        bundle = fmt.open_bundle(path, fmt.UP, device_key)
        raw_ops = fmt.from_ndjson(bundle.files.get(fmt.OPS, b""), fmt.OPS)
    except keys.BundleError as exc:
        raise refused(exc) from None
    m = bundle.manifest
    device = DeviceRef(str(m["device_id"]), str(m["commune_code"]))
    try:
        ops = [OpIn.model_validate(op) for op in raw_ops]
    except ValidationError as exc:
        raise ServerError("bundle.invalid", status=422, msg=exc.errors()[0]['msg']) from None
    with Session(engine) as session:
        _device(session, device.id, device.commune_code)
        after = m.get("after_op_id")
        if after and session.scalar(select(AppliedOp.device_id).where(AppliedOp.op_id == after)) != device.id:
            raise refused(fmt.gap(Phrase("why.bundle_follows_operation_which_server_does", seq=m.get("seq"),
                                         after=after),
                                  {"seq": m.get("seq"), "after_op_id": after}))
        ids = [op.op_id for op in ops]
        known = session.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.op_id.in_(ids))) \
            if ids else 0
    answer = push_batch(engine, device, ops, now, schemas)
    results = answer["results"]
    assert isinstance(results, list)
    statuses = [str(r.get("status")) for r in results]
    return {"device_id": device.id, "commune_code": device.commune_code, "seq": m.get("seq"), "ops": len(ops),
            "already": known, "new": len(ops) - int(known or 0), "pull_cursor": m.get("pull_cursor"),
            "statuses": {s: statuses.count(s) for s in sorted(set(statuses))}, "last_seq": answer["last_seq"]}


def unanswered(result: dict[str, Any], since: int) -> bool:
    """Whether a PC at cursor `since` may still wait for this op's answer: its cursor has not gone past the
    sequence the op was taken at (push.py keeps it in each result; a result stored before that is sent anyway)."""
    seq = result.get("at_seq")
    return not isinstance(seq, int) or seq >= since


def export_bundle(engine: Engine, folder: Path, commune: str, device_id: str, path: Path, now: datetime,
                  since: int = 0) -> dict[str, Any]:
    """The commune's changes after `since` and the device's op results, signed for one PC of that commune."""
    changes: list[dict[str, Any]] = []
    cursor = since
    with Session(engine) as session:
        _device(session, device_id, commune)
        while True:
            page = pull_page(session, commune, cursor, PAGE)
            found, after = page["changes"], page["cursor"]
            assert isinstance(found, list) and isinstance(after, int)
            changes, cursor = changes + found, after
            if not page["has_more"]:
                break
        results = [{"op_id": a.op_id, "result": a.result} for a in session.scalars(
            select(AppliedOp).where(AppliedOp.device_id == device_id).order_by(AppliedOp.applied_at))
            if unanswered(a.result, since)]
    manifest = {"direction": fmt.DOWN, "commune_code": commune, "device_id": device_id, "from_cursor": since,
                "to_cursor": cursor, "created_at": now.isoformat(), "schema_version": head_revision(),
                "change_count": len(changes), "result_count": len(results)}
    fmt.write_bundle(path, manifest, {fmt.CHANGES: fmt.to_ndjson(changes), fmt.RESULTS: fmt.to_ndjson(results)},
                     province_key(folder))
    return {"path": str(path), "from_cursor": since, "to_cursor": cursor, "changes": len(changes),
            "results": len(results)}


def register_bundle_verbs(sub: argparse._SubParsersAction, db_option: Callable[[argparse.ArgumentParser], None],
                          open_engine: Callable[[argparse.Namespace], Engine]) -> None:
    """`commune-desk-server import-bundle FILE` and `export-bundle --commune C --device D [--since N] FILE`."""
    imp = sub.add_parser("import-bundle", help="nhập gói dữ liệu của xã / import a commune's USB bundle")
    imp.add_argument("file")
    db_option(imp)
    imp.set_defaults(handler=lambda args: _import_cmd(args, open_engine))
    exp = sub.add_parser("export-bundle", help="xuất gói dữ liệu cho xã / export a USB bundle for a commune PC")
    exp.add_argument("--commune", required=True)
    exp.add_argument("--device", required=True)
    exp.add_argument("--since", type=int, default=0, help="mốc đã có ở xã / the PC's cursor (default 0: all)")
    exp.add_argument("file")
    db_option(exp)
    exp.set_defaults(handler=lambda args: _export_cmd(args, open_engine))


def _import_cmd(args: argparse.Namespace, open_engine: Callable[[argparse.Namespace], Engine]) -> int:
    out = import_bundle(open_engine(args), key_dir(), Path(args.file), utcnow())
    print(f"Đã nhập gói số {out['seq']} của xã {out['commune_code']} / imported bundle #{out['seq']}: "
          f"{out['new']} thao tác mới / new ops, {out['already']} đã có / already applied")
    print(f"Gửi lại cho xã / to answer: export-bundle --commune {out['commune_code']} --device {out['device_id']} "
          f"--since {out['pull_cursor'] or 0} FILE")
    return 0


def _export_cmd(args: argparse.Namespace, open_engine: Callable[[argparse.Namespace], Engine]) -> int:
    out = export_bundle(open_engine(args), key_dir(), args.commune, args.device, Path(args.file), utcnow(),
                        args.since)
    print(f"Đã xuất / wrote {out['path']}: {out['changes']} thay đổi / changes (mốc/cursor {out['from_cursor']}→"
          f"{out['to_cursor']}), {out['results']} kết quả / results")
    return 0
