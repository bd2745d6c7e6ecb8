"""Named import profiles for the province's dossier list: which header of the file feeds each of our columns, and
the table turning the province's status words into our states.

A profile is made once (the officer adjusts the mapping in the import dialog and names it) and reused on every later
export of the same system (`commune-desk import dossiers FILE --profile NAME`). Profiles are this PC's settings, kept
beside settings.json in the data folder (`import_profiles.json`), never synced: each province system writes its own
words. An unreadable file counts as no profiles (the officer loses a mapping, never data); a profile named but not
found is an error naming the profiles there are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.lifecycle import STATUS_LABELS, Status
from desktop.imports.cells import key_of
from desktop.imports.preview import Column, ImportKind

FILE_NAME = "import_profiles.json"

# The province's words as the issue lists them (DOMAIN.md §2 numbering), and the spellings systems use beside them.
DEFAULT_STATUSES: dict[str, int] = {
    "Mới đăng ký": 1, "Chờ tiếp nhận": 1, "Đã tiếp nhận": 2, "Tiếp nhận": 2, "Từ chối": 3, "Từ chối tiếp nhận": 3,
    "Đang xử lý": 4, "Đang giải quyết": 4, "Chờ bổ sung": 5, "Yêu cầu bổ sung": 5,
    "Chờ thực hiện nghĩa vụ tài chính": 6, "Rút hồ sơ": 7, "Công dân rút hồ sơ": 7, "Dừng xử lý": 8,
    "Đã có kết quả": 9, "Đã xử lý xong": 9, "Hoàn thành": 9, "Đã giải quyết": 9, "Đã trả kết quả": 10, "Đã trả": 10,
}


class ProfileError(DomainError):
    """A profile that cannot be used or saved as given."""


@dataclass(frozen=True)
class ImportProfile:
    name: str
    kind: str = "dossiers"
    columns: Mapping[str, str] = field(default_factory=dict)  # our column key → the header as the file writes it
    statuses: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_STATUSES))  # province word → state

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "columns": dict(self.columns), "statuses": dict(self.statuses)}


def _path(root: Path) -> Path:
    return root / FILE_NAME


def load_profiles(root: Path) -> dict[str, ImportProfile]:
    """Every profile saved on this PC (none when the file is missing or unreadable)."""
    try:
        raw = json.loads(_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, ImportProfile] = {}
    for name, body in (raw.get("profiles", {}) if isinstance(raw, dict) else {}).items():
        if not isinstance(body, dict):
            continue
        columns = {str(k): str(v) for k, v in dict(body.get("columns") or {}).items()}
        statuses = {str(k): int(v) for k, v in dict(body.get("statuses") or {}).items()
                    if isinstance(v, int) and v in iter(Status)}
        found[str(name)] = ImportProfile(str(name), str(body.get("kind", "dossiers")), columns, statuses)
    return found


def get_profile(root: Path, name: str) -> ImportProfile:
    profiles = load_profiles(root)
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "—"
        raise ProfileError("profile.not_found", field="profile", name=name, known=known)
    return profiles[name]


def check_profile(profile: ImportProfile, kind: ImportKind) -> None:
    """A profile names only columns the kind has and states there are; one header feeds one column."""
    if not profile.name.strip():
        raise ProfileError("profile.name_required", field="profile")
    keys = {c.key for c in kind.columns}
    for key in profile.columns:
        if key not in keys:
            raise ProfileError("profile.unknown_column", field="columns", column=key)
    headers = [key_of(h) for h in profile.columns.values()]
    for h in profile.columns.values():
        if not key_of(h) or headers.count(key_of(h)) > 1:
            raise ProfileError("profile.header_twice", field="columns", header=h)
    for word, state in profile.statuses.items():
        if not key_of(word):
            raise ProfileError("profile.status_word_empty", field="statuses")
        if state not in iter(Status):
            raise ProfileError("profile.unknown_state", field="statuses", word=word, state=state)


def save_profile(root: Path, profile: ImportProfile, kind: ImportKind) -> ImportProfile:
    """Check and store `profile` under its name (replacing one of that name); via a temporary file, so a crash
    leaves the old profiles, not half a file."""
    profile = replace(profile, name=profile.name.strip())
    check_profile(profile, kind)
    profiles = load_profiles(root) | {profile.name: profile}
    root.mkdir(parents=True, exist_ok=True)
    tmp = _path(root).with_suffix(".tmp")
    body = {"profiles": {n: p.to_json() for n, p in sorted(profiles.items())}}
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, _path(root))
    return profile


def status_labels() -> dict[int, str]:
    """Our states as the table offers them: number → Vietnamese name."""
    return {int(s): vi for s, (vi, _en) in STATUS_LABELS.items()}


def with_profile(kind: ImportKind, profile: ImportProfile, status_column: Column) -> ImportKind:
    """`kind` reading the file as `profile` says: each mapped header names its column first (and no other column),
    and the status column knows the profile's words only (with our own state names)."""
    taken = {key_of(h) for h in profile.columns.values()}
    columns: list[Column] = []
    for c in kind.columns:
        header = profile.columns.get(c.key)
        aliases = tuple(a for a in c.aliases if key_of(a) not in taken)
        if c.key == status_column.key:
            c = status_column
        columns.append(replace(c, aliases=((header,) if header else ()) + aliases))
    mapped = [c for c in columns if c.key in profile.columns]  # matched before any column that might share a name
    return replace(kind, columns=tuple(mapped + [c for c in columns if c.key not in profile.columns]))
