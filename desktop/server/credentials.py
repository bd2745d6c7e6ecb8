"""Device secrets and one-time enrolment codes: how they are made, hashed and checked."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading

# scrypt cost: ~16 MiB and a few tens of milliseconds per check; the secret is random, this is defence in depth.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
# Crockford base32 without I, L, O, U: nothing an officer could misread when typing the code from a phone call.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS, _CODE_GROUP_LEN = 4, 4  # 16 symbols = 80 bits
_LOOK_ALIKE = str.maketrans("OIL", "011")
# Each scrypt holds 16 MiB while it runs; a burst of enrolments or session starts on the server's whole thread pool
# would hold that many times over (and the allocator keeps it afterwards). Two at a time use both cores.
_SCRYPT_SLOTS = threading.BoundedSemaphore(2)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    with _SCRYPT_SLOTS:
        return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(secret, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    salt_b64, digest_b64 = base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt_b64}${digest_b64}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = _scrypt(secret, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def new_enrol_code() -> str:
    symbols = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUPS * _CODE_GROUP_LEN))
    return "-".join(symbols[i:i + _CODE_GROUP_LEN] for i in range(0, len(symbols), _CODE_GROUP_LEN))


def normalise_code(code: str) -> str:
    """What the officer typed → the canonical code: case, spaces, dashes and look-alike letters forgiven."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.translate(_LOOK_ALIKE)
    return "-".join(text[i:i + _CODE_GROUP_LEN] for i in range(0, len(text), _CODE_GROUP_LEN))


def hash_code(code: str) -> str:
    # A plain SHA-256 is enough here: 80 random bits, single use and a short expiry; it also lets us look the code up.
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()
