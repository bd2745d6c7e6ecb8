"""Backups a person asks for in the app: to the usual folder or one they choose (a USB stick), and restoring one.

A backup is read back (SQLite's integrity check) before it is reported as made: a stick pulled out half-way or a
full disk shows as an error, not as a backup that will fail on the day it is needed. A restore is an
administrator's act (it replaces everyone's work on this PC) and backs up the
current data first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.messages import Phrase
from desktop.services.context import ServiceContext
from desktop.services.errors import PermissionDenied
from desktop.store.backup import check_file


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size_bytes: int
    taken_at: datetime  # local wall time


@dataclass(frozen=True)
class RestoreDone:
    restored_from: Path
    safety_copy: Path  # the data as it was just before, in the backups folder
    taken_at: datetime


def back_up(ctx: ServiceContext, folder: Path | None = None) -> BackupMade:
    """Copy the data now into `folder` (the installation's backups folder when None), checked."""
    when = ctx.local_now()
    path = ctx.db.backup_now("manual", folder=folder, now=when)
    check_file(path)
    return BackupMade(path, path.stat().st_size, when)


def restore_backup(ctx: ServiceContext, backup_file: Path) -> RestoreDone:
    """Put `backup_file` in place of the current data (administrators only); the current data is backed up first."""
    if ctx.role != "admin":
        raise PermissionDenied(Phrase("action.restore_backup"))
    when = ctx.local_now()
    before, _aside = ctx.db.restore_in_place(Path(backup_file), now=when)
    return RestoreDone(Path(backup_file), before, when)
