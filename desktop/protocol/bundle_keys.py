"""The signature envelope of offline bundles: Ed25519 keys, the province's certificate for a device's key, and
writing a key file so a power cut never leaves half of one (see bundle_format.py for the file itself)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.errors import Explained


class BundleError(Explained):
    """A bundle refused for a reason the officer must hear; nothing of it was applied. `details` go on the wire."""

    def __init__(self, key: str, /, *, details: object = None, **params: object) -> None:
        super().__init__(key, **params)
        self.details = details


def bad_signature(why: str) -> BundleError:
    return BundleError("bundle.bad_signature", details={"reason": why}, why=why)


def canonical(obj: object) -> bytes:
    """The one byte form of a JSON object that is signed and hashed."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


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
