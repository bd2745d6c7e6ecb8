"""Online backups of the SQLite file: make, list, thin (7 daily, 4 weekly, 12 monthly), verify and restore."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.store.errors import StoreError

_NAME = re.compile(r"^commune-desk-(\d{8}-\d{6})-([a-z-]+)(?:-\d+)?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local wall time of the PC
    reason: str


def make_backup(database: Path, folder: Path, reason: str, now: datetime) -> Path:
    """Copy a live database with SQLite's online-backup API (consistent even while the app writes)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = f"commune-desk-{now.strftime(_STAMP)}-{reason}"
    target = folder / f"{base}.sqlite3"
    n = 1
    while target.exists():
        target = folder / f"{base}-{n}.sqlite3"
        n += 1
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(database)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)  # a half-written copy never looks like a backup
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                found.append(BackupFile(path, datetime.strptime(match.group(1), _STAMP), match.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name))


def backups_to_keep(backups: list[BackupFile], now: datetime, daily: int = 7, weekly: int = 4,
                    monthly: int = 12) -> set[Path]:
    """Grandfather-father-son: newest per day / ISO week / month for the latest N of each; the last 24 h always."""
    keep = {b.path for b in backups if now - b.taken_at < timedelta(hours=24)}
    # Each key sorts as (year, n): the day's ordinal, the ISO week, the month.
    buckets: tuple[tuple[int, Callable[[BackupFile], tuple[int, int]]], ...] = (
        (daily, lambda b: (b.taken_at.year, b.taken_at.toordinal())),
        (weekly, lambda b: (b.taken_at.isocalendar()[0], b.taken_at.isocalendar()[1])),
        (monthly, lambda b: (b.taken_at.year, b.taken_at.month)),
    )
    for limit, key in buckets:
        newest: dict[tuple[int, int], BackupFile] = {}
        for b in backups:  # sorted oldest → newest, so the last one per bucket wins
            newest[key(b)] = b
        for bucket in sorted(newest, reverse=True)[:limit]:
            keep.add(newest[bucket].path)
    return keep


def thin_backups(folder: Path, now: datetime) -> list[Path]:
    backups = list_backups(folder)
    keep = backups_to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_if_due(database: Path, folder: Path, now: datetime) -> Path | None:
    """At most one automatic backup a day, made on start or exit."""
    if not database.exists() or any(b.taken_at.date() == now.date() for b in list_backups(folder)):
        return None
    made = make_backup(database, folder, "daily", now)
    thin_backups(folder, now)
    return made


def check_file(path: Path) -> None:
    """Refuse anything that is not a sound SQLite file."""
    if not path.is_file():
        raise StoreError("backup.missing", path=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError("backup.unreadable", name=path.name, exc=exc) from exc
    if result != "ok":
        raise StoreError("backup.corrupt", name=path.name, result=result)


def replace_database(database: Path, backup: Path, aside_folder: Path, now: datetime) -> Path | None:
    """Put the backup in place of the database; the current file (with its WAL folded in) is kept aside."""
    aside = None
    if database.exists():
        conn = sqlite3.connect(database)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        aside_folder.mkdir(parents=True, exist_ok=True)
        aside = aside_folder / f"commune-desk-replaced-{now.strftime(_STAMP)}.sqlite3"
        shutil.move(database, aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(database)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return aside
