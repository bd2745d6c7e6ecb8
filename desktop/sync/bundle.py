"""Offline USB bundles: the same ops a push sends (commune → province) and the same change pages a pull returns
(province → commune), in a signed zip for communes with no signal at all.

A bundle is a zip of `manifest.json` (format, direction, commune, device, sequence or cursor range, creation time,
schema, SHA-256 of every other file), the data as NDJSON and `signature.sig`: a raw 64-byte Ed25519 signature over
the exact bytes of `manifest.json`. The PC signs with its own key, which the province vouches for with a certificate
(issued online once, over the device's authenticated channel, and carried inside each manifest); the province signs
with its server key, whose public half the PC stored with that certificate. The format part here is shared with the
server (desktop/server/bundles.py); the PC part goes through the same outbox and pull code as an online sync.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.errors import Explained
from desktop.domain.messages import Phrase

FORMAT, FORMAT_VERSION = "commune-desk-bundle", 1
UP, DOWN = "commune_to_province", "province_to_commune"
MANIFEST, SIGNATURE = "manifest.json", "signature.sig"
OPS, CHANGES, RESULTS = "ops.ndjson", "changes.ndjson", "results.ndjson"
MAX_MEMBER = 512 * 1024 * 1024  # a zip bomb stops here, not in memory
KEY_FILE, TRUST_FILE = "sync-bundle-key.pem", "sync-bundle-trust.json"  # next to sync-credentials.json


class BundleError(Explained):
    """A bundle refused for a reason the officer must hear; nothing of it was applied. `details` go on the wire."""

    def __init__(self, key: str, /, *, details: object = None, **params: object) -> None:
        super().__init__(key, **params)
        self.details = details


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def to_ndjson(items: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical(item) + b"\n" for item in items)


def from_ndjson(data: bytes, name: str) -> list[dict[str, Any]]:
    try:
        items = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged(f"{name}: {exc}") from None
    if not all(isinstance(i, dict) for i in items):
        raise damaged(f"{name}: not one JSON object per line")
    return items


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def public_b64(key: Ed25519PrivateKey) -> str:
    return b64(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def load_public(text: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (ValueError, TypeError):
        raise BundleError("bundle.bad_key") from None


def write_private(path: Path, data: bytes) -> None:
    """Atomic and user-only (0600): a power cut leaves the old file or the new one, never half of one."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    os.chmod(path, 0o600)


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise BundleError("bundle.bad_key#load_or_create_key", path=path)
        return key
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return key


def sign_certificate(province: Ed25519PrivateKey, device_id: str, commune_code: str, public_key: str,
                     issued_at: str) -> dict[str, str]:
    """The province's word that this device key belongs to this device of this commune."""
    load_public(public_key)
    cert = {"device_id": device_id, "commune_code": commune_code, "public_key": public_key, "issued_at": issued_at}
    return {**cert, "signature": b64(province.sign(canonical(cert)))}


def check_certificate(cert: object, province: Ed25519PublicKey) -> Ed25519PublicKey:
    if not isinstance(cert, dict) or not isinstance(cert.get("signature"), str):
        raise bad_signature("certificate missing")
    body = {k: v for k, v in cert.items() if k != "signature"}
    try:
        province.verify(base64.b64decode(cert["signature"]), canonical(body))
    except (InvalidSignature, ValueError):
        raise bad_signature("certificate not signed by this province") from None
    return load_public(str(cert.get("public_key")))


def damaged(why: str) -> BundleError:
    return BundleError("bundle.damaged", details={"reason": why}, why=why)


def bad_signature(why: str) -> BundleError:
    return BundleError("bundle.bad_signature", details={"reason": why}, why=why)


def foreign(why: Phrase, details: object = None) -> BundleError:
    return BundleError("bundle.foreign", details=details, why=why)


def gap(why: Phrase, details: object = None) -> BundleError:
    return BundleError("bundle.gap", details=details, why=why)


def write_bundle(path: Path, manifest: dict[str, Any], files: dict[str, bytes], key: Ed25519PrivateKey) -> Path:
    """Hash every file into the manifest, sign the manifest's bytes, write the zip beside the target and rename."""
    manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
                "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}}
    raw = canonical(manifest)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, raw)
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr(SIGNATURE, key.sign(raw))
    os.replace(tmp, path)
    return path


@dataclass
class Bundle:
    manifest: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


def _members(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > MAX_MEMBER:
                raise damaged("too large")
            return {i.filename: zf.read(i) for i in infos}
    except OSError as exc:
        raise BundleError("bundle.unreadable", path=path, strerror=exc.strerror) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, UnicodeError) as exc:
        raise damaged(str(exc)) from None


def open_bundle(path: Path, direction: str, key_for: Callable[[dict[str, Any]], Ed25519PublicKey]) -> Bundle:
    """Read and check a bundle: format, direction, signature (key chosen by `key_for`), every file's hash."""
    members = _members(path)
    raw, sig = members.pop(MANIFEST, None), members.pop(SIGNATURE, None)
    if raw is None or sig is None:
        raise damaged("manifest or signature missing")
    try:
        manifest = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise damaged("manifest is not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise damaged("not a CommuneDesk bundle")
    if manifest.get("format_version") != FORMAT_VERSION:
        v = manifest.get("format_version")
        raise BundleError("bundle.unknown_version", details={"format_version": v}, v=v, format_version=FORMAT_VERSION)
    if manifest.get("direction") != direction:
        raise BundleError("bundle.wrong_direction",
                          details={"direction": manifest.get("direction"), "expected": direction},
                          direction=manifest.get('direction'))
    try:
        key_for(manifest).verify(sig, raw)
    except InvalidSignature:
        raise bad_signature("manifest changed or signed by another key") from None
    hashes = manifest.get("files")
    if not isinstance(hashes, dict) or set(hashes) != set(members):
        raise BundleError("bundle.tampered")
    for name, data in members.items():
        if hashlib.sha256(data).hexdigest() != hashes[name]:
            raise BundleError("bundle.tampered#open_bundle", details={"file": name}, name=name)
    return Bundle(manifest, members)


# ---- this PC's side: the same outbox ops and pull pages as an online sync -------------------------------------------
BUNDLE_SEQ, BUNDLE_ROWID, BUNDLE_LAST_OP = "sync_bundle_seq", "sync_bundle_rowid", "sync_bundle_last_op"


def load_trust(root: Path) -> dict[str, Any] | None:
    path = root / TRUST_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def ensure_key(root: Path, creds: Any, transport: Any = None) -> dict[str, Any]:
    """This PC's bundle key and the province's certificate for it; fetched once over the authenticated channel
    (`POST /v1/bundle-key`), so it needs signal once after enrolment, never again."""
    trust = load_trust(root)
    if trust is not None and trust.get("certificate", {}).get("device_id") == creds.device_id:
        return trust
    import httpx  # only the one online step needs the network stack

    key = load_or_create_key(root / KEY_FILE)
    try:
        with httpx.Client(base_url=creds.server_url, auth=(creds.device_id, creds.secret), transport=transport,
                          timeout=30) as http:
            resp = http.post("/v1/bundle-key", json={"public_key": public_b64(key)})
    except httpx.TransportError as exc:
        raise BundleError("bundle.no_key#ensure_key", exc=exc) from None
    if resp.status_code != 200:
        raise BundleError("bundle.no_key", status_code=resp.status_code)
    trust = resp.json()
    check_certificate(trust.get("certificate"), load_public(str(trust.get("province_public_key"))))
    write_private(root / TRUST_FILE, canonical(trust))
    return trust


@dataclass
class ExportReport:
    path: Path
    seq: int
    ops: int


def export_bundle(ctx: Any, path: Path, *, resend_all: bool = False, transport: Any = None) -> ExportReport:
    """Pending outbox ops not in an earlier bundle (all pending ones with `resend_all`), signed. The ops stay
    pending: only the province's answer (its bundle, or an online sync) marks them sent."""
    from sqlalchemy import literal_column, select

    from desktop.store import local_state
    from desktop.store.models import OutboxOp
    from desktop.sync import credentials, state
    from desktop.sync.push import wire

    root = ctx.db.paths.root
    creds = credentials.load(root)
    trust = ensure_key(root, creds, transport)
    rowid = literal_column("sync_outbox.rowid")
    with ctx.db.session() as session:
        ours = local_state.get(session, local_state.COMMUNE_CODE)
        if ours != creds.commune_code:
            raise foreign(Phrase("why.credentials_are_commune_s_this_pc", commune_code=creds.commune_code, ours=ours))
        seq = int(local_state.get(session, BUNDLE_SEQ, "0") or 0) + 1
        after = 0 if resend_all else int(local_state.get(session, BUNDLE_ROWID, "0") or 0)
        after_op = None if resend_all else local_state.get(session, BUNDLE_LAST_OP)
        rows = session.execute(select(rowid, OutboxOp).where(OutboxOp.state == "pending", rowid > after)
                               .order_by(rowid)).all()
        ops = [wire(op) for _, op in rows]
        last_rowid = int(rows[-1][0]) if rows else after
        manifest = {"direction": UP, "commune_code": ours, "device_id": creds.device_id, "seq": seq,
                    "after_op_id": after_op, "first_rowid": int(rows[0][0]) if rows else None,
                    "last_rowid": last_rowid, "op_count": len(ops), "first_op_id": ops[0]["op_id"] if ops else None,
                    "last_op_id": ops[-1]["op_id"] if ops else after_op, "pull_cursor": state.cursor(session),
                    "created_at": ctx.now().isoformat(), "schema_version": ops[-1]["schema_version"] if ops else None,
                    "certificate": trust["certificate"]}
        write_bundle(path, manifest, {OPS: to_ndjson(ops)}, load_or_create_key(root / KEY_FILE))
        local_state.put(session, BUNDLE_SEQ, str(seq))
        local_state.put(session, BUNDLE_ROWID, str(max(last_rowid, after)))
        if manifest["last_op_id"]:
            local_state.put(session, BUNDLE_LAST_OP, str(manifest["last_op_id"]))
        session.commit()
    return ExportReport(path, seq, len(ops))


@dataclass
class ImportReport:
    from_cursor: int
    to_cursor: int
    push: Any
    pull: Any


def import_bundle(ctx: Any, path: Path) -> ImportReport:
    """The province's bundle through the pull path: results of our ops first (as a push answer), then the pages."""
    from sqlalchemy import select

    from desktop.store import local_state
    from desktop.store.models import OutboxOp
    from desktop.sync import credentials, state
    from desktop.sync.pull import PullStats, apply_page  # pulls in the services layer: only the PC needs it
    from desktop.sync.push import PushStats, record_results

    root = ctx.db.paths.root
    creds = credentials.load(root)
    trust = load_trust(root)
    if trust is None:
        raise BundleError("bundle.no_key#import_bundle")
    bundle = open_bundle(path, DOWN, lambda _m: load_public(str(trust["province_public_key"])))
    m = bundle.manifest
    with ctx.db.session() as session:
        ours = local_state.get(session, local_state.COMMUNE_CODE)
        if m.get("commune_code") != ours or m.get("device_id") != creds.device_id:
            raise foreign(Phrase("why.it_for_commune_device", commune_code=m.get("commune_code"),
                                 device_id=m.get("device_id")),
                          {"commune_code": m.get("commune_code"), "device_id": m.get("device_id")})
        cursor, start, end = state.cursor(session), int(m["from_cursor"]), int(m["to_cursor"])
        if start > cursor:
            raise gap(Phrase("why.bundle_starts_at_cursor_but_this", start=start, cursor=cursor),
                      {"from_cursor": start, "local_cursor": cursor})
        results = {r["op_id"]: r["result"] for r in from_ndjson(bundle.files.get(RESULTS, b""), RESULTS)}
        pending = list(session.scalars(select(OutboxOp).where(OutboxOp.state == "pending",
                                                              OutboxOp.op_id.in_(list(results)))))
        pushed, pulled = PushStats(), PullStats()
        record_results(session, pending, [results[op.op_id] for op in pending], pushed)
        page = {"changes": from_ndjson(bundle.files.get(CHANGES, b""), CHANGES), "cursor": max(cursor, end)}
        apply_page(session, page, ours or "", ctx.now(), pulled)
        session.commit()
    return ImportReport(start, end, pushed, pulled)
