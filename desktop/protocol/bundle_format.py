"""The offline (USB) bundle file: a zip of `manifest.json` (format, direction, commune, device, sequence or cursor
range, creation time, schema, SHA-256 of every other file), the data as NDJSON and `signature.sig`, a raw 64-byte
Ed25519 signature over the exact bytes of `manifest.json` (keys and certificates: bundle_keys.py).

Reading checks before unpacking: the file's size, the member names and their declared sizes come from the zip's
directory; then only the small manifest and signature are read and the signature verified; only then are the data
members streamed, each bounded (a member that inflates past its declared size stops there) and hashed against the
signed manifest. A zip bomb, signed or not, never expands in memory.
"""

from __future__ import annotations

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
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.messages import Phrase
from desktop.protocol.bundle_keys import BundleError, bad_signature, canonical

FORMAT, FORMAT_VERSION = "commune-desk-bundle", 1
UP, DOWN = "commune_to_province", "province_to_commune"
MANIFEST, SIGNATURE = "manifest.json", "signature.sig"
OPS, CHANGES, RESULTS = "ops.ndjson", "changes.ndjson", "results.ndjson"
DATA_MEMBERS = frozenset({OPS, CHANGES, RESULTS})
KEY_FILE, TRUST_FILE = "sync-bundle-key.pem", "sync-bundle-trust.json"  # next to sync-credentials.json
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a bundle may be: a whole commune's history (--since 0) fits with room; a bomb does not."""

    file: int = 256 * 1024 * 1024  # the zip on disk
    manifest: int = 1024 * 1024
    member: int = 256 * 1024 * 1024  # one data file, unpacked
    total: int = 512 * 1024 * 1024  # all data files, unpacked


def to_ndjson(items: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical(item) + b"\n" for item in items)


def from_ndjson(data: bytes, name: str) -> list[dict[str, Any]]:
    try:
        items = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise damaged(f"{name}: {str(exc)[:200]}") from None
    if not all(isinstance(i, dict) for i in items):
        raise damaged(f"{name}: not one JSON object per line")
    return items


def damaged(why: str) -> BundleError:
    return BundleError("bundle.damaged", details={"reason": why}, why=why)


def too_large(what: str) -> BundleError:
    return BundleError("bundle.too_large", details={"reason": what}, what=what)


def foreign(why: Phrase, details: object = None) -> BundleError:
    return BundleError("bundle.foreign", details=details, why=why)


def gap(why: Phrase, details: object = None) -> BundleError:
    return BundleError("bundle.gap", details=details, why=why)


def tampered(name: str | None = None) -> BundleError:
    if name is None:
        return BundleError("bundle.tampered")
    return BundleError("bundle.tampered#open_bundle", details={"file": name}, name=name)


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


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, digest: Any = None) -> bytes:
    """One member, streamed: never more than `limit` bytes, whatever the member claims or inflates to."""
    if info.file_size > limit:
        raise too_large(f"{info.filename}: {info.file_size} bytes")
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            out += chunk
            if len(out) > limit:
                raise too_large(info.filename)
            if digest is not None:
                digest.update(chunk)
    return bytes(out)


def _directory(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Names and declared sizes, from the zip's directory alone: nothing is unpacked yet."""
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if len(set(names)) != len(names) or not set(names) <= DATA_MEMBERS | {MANIFEST, SIGNATURE}:
        raise damaged("unexpected files")
    if MANIFEST not in names or SIGNATURE not in names:
        raise damaged("manifest or signature missing")
    data = [i for i in infos if i.filename in DATA_MEMBERS]
    if any(i.file_size > limits.member for i in data) or sum(i.file_size for i in data) > limits.total:
        raise too_large("declared sizes")
    return {i.filename: i for i in infos}


def _check_manifest(raw: bytes, direction: str) -> dict[str, Any]:
    try:
        manifest = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
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
    return manifest


def open_bundle(path: Path, direction: str, key_for: Callable[[dict[str, Any]], Ed25519PublicKey],
                limits: Limits = Limits()) -> Bundle:
    """Read and check a bundle: sizes, format, direction, signature (key chosen by `key_for`), then each file,
    streamed against its hash. Refusals come in that order (PROTOCOL.md "Offline bundles")."""
    try:
        if os.path.getsize(path) > limits.file:
            raise too_large(f"{os.path.getsize(path)} bytes")
        with zipfile.ZipFile(path) as zf:
            infos = _directory(zf, limits)
            raw = _read(zf, infos[MANIFEST], limits.manifest)
            sig = _read(zf, infos[SIGNATURE], 64)
            manifest = _check_manifest(raw, direction)
            try:
                key_for(manifest).verify(sig, raw)
            except InvalidSignature:
                raise bad_signature("manifest changed or signed by another key") from None
            hashes = manifest.get("files")
            data = {n for n in infos if n in DATA_MEMBERS}
            if not isinstance(hashes, dict) or set(hashes) != data:
                raise tampered()
            files: dict[str, bytes] = {}
            for name in sorted(data):
                digest = hashlib.sha256()
                files[name] = _read(zf, infos[name], limits.member, digest)
                if digest.hexdigest() != hashes[name]:
                    raise tampered(name)
    except OSError as exc:
        raise BundleError("bundle.unreadable", path=path, strerror=exc.strerror) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, UnicodeError,
            NotImplementedError) as exc:
        raise damaged(str(exc)[:200]) from None
    return Bundle(manifest, files)
