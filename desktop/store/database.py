"""Opens an installation's database: single-instance lock, migrations after a backup, sessions, restore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.config.paths import DataPaths
from desktop.store import backup as backups
from desktop.store import search_index
from desktop.store.engine import make_engine
from desktop.store.errors import AlreadyOpenError
from desktop.store.migrate import check_revision, upgrade_to_head


def _local_now() -> datetime:
    return datetime.now()


class Database:
    """One open installation. Holds the folder lock for as long as it is open."""

    def __init__(self, paths: DataPaths, engine: Engine, lock: FileLock) -> None:
        self.paths = paths
        self.engine = engine
        self._lock = lock
        self.session: sessionmaker[Session] = sessionmaker(engine, class_=search_index.IndexedSession,
                                                           expire_on_commit=False)

    @classmethod
    def open(cls, paths: DataPaths, now: Callable[[], datetime] = _local_now) -> Database:
        paths.ensure()
        lock = FileLock(paths.lock)
        try:
            lock.acquire(timeout=0)
        except Timeout as exc:
            raise AlreadyOpenError(str(paths.root)) from exc
        try:
            engine = make_engine(paths.database)
            upgrade_to_head(
                engine, str(paths.database),
                backup=lambda: backups.make_backup(paths.database, paths.backups, "pre-migration", now()),
            )
        except BaseException:
            lock.release()
            raise
        return cls(paths, engine, lock)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar_one())

    def backup_now(self, reason: str = "manual", folder: Path | None = None, now: datetime | None = None) -> Path:
        return backups.make_backup(self.paths.database, folder or self.paths.backups, reason, now or _local_now())

    def restore_in_place(self, backup_file: Path, now: datetime | None = None) -> tuple[Path, Path | None]:
        """Replace this open installation's data with a verified backup, keeping the folder lock throughout.

        The backup is checked first (a bad file changes nothing); then the current data is backed up ("pre-restore",
        the way back if the wrong file was chosen), the file swapped and the engine reopened, migrating an older
        backup up to this version. Returns (the pre-restore backup, where the replaced file was put aside)."""
        backup_file = backup_file.resolve()
        verify_backup(backup_file)
        when = now or _local_now()
        before = backups.make_backup(self.paths.database, self.paths.backups, "pre-restore", when)
        self.engine.dispose()
        aside = backups.replace_database(self.paths.database, backup_file, self.paths.replaced, when)
        self.engine = make_engine(self.paths.database)
        upgrade_to_head(self.engine, str(self.paths.database),
                        backup=lambda: backups.make_backup(self.paths.database, self.paths.backups, "pre-migration",
                                                           when))
        self.session.configure(bind=self.engine)
        return before, aside

    def daily_backup(self, now: datetime | None = None) -> Path | None:
        return backups.daily_backup_if_due(self.paths.database, self.paths.backups, now or _local_now())


def verify_backup(path: Path) -> str | None:
    """Integrity check and schema revision of a backup file; refuses newer or foreign files."""
    backups.check_file(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return check_revision(conn, str(path))
    finally:
        engine.dispose()


def restore(paths: DataPaths, backup_file: Path, now: datetime | None = None) -> Path | None:
    """Replace the installation's database with a verified backup; returns where the old one was kept."""
    backup_file = backup_file.resolve()
    verify_backup(backup_file)
    paths.ensure()
    lock = FileLock(paths.lock)
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise AlreadyOpenError(str(paths.root)) from exc
    try:
        return backups.replace_database(paths.database, backup_file, paths.replaced, now or _local_now())
    finally:
        lock.release()
