"""This PC's device credentials (id + secret from enrolment), kept in a user-only file in the data folder.

Why a file and not the database: the database is copied into backups and bundles and its tables travel to the
server; the secret must do neither. Why not the OS keyring: it is not available on every commune PC (nor here).
The file is written atomically with mode 0600 (on Windows the per-user data folder's ACL does that job).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.domain.errors import Explained

FILENAME = "sync-credentials.json"


class CredentialsError(Explained):
    """This PC's sync credentials are missing or damaged."""


@dataclass(frozen=True)
class Credentials:
    server_url: str
    device_id: str
    secret: str
    commune_code: str

    def __repr__(self) -> str:  # never let the secret reach a log line or a traceback
        return f"Credentials(server_url={self.server_url!r}, device_id={self.device_id!r}, secret=***, " \
               f"commune_code={self.commune_code!r})"


def path_in(root: Path) -> Path:
    return root / FILENAME


def save(root: Path, creds: Credentials) -> Path:
    """Write to a fresh 0600 temp file, then rename over the old one: a power cut leaves old or new, never half."""
    target = path_in(root)
    tmp = target.with_suffix(".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(creds), fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    os.chmod(target, 0o600)
    return target


def load(root: Path) -> Credentials:
    target = path_in(root)
    if not target.exists():
        raise CredentialsError("sync.not_enrolled")
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
        return Credentials(str(raw["server_url"]), str(raw["device_id"]), str(raw["secret"]),
                           str(raw["commune_code"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise CredentialsError("sync.bad_credentials") from exc


def exists(root: Path) -> bool:
    return path_in(root).exists()
