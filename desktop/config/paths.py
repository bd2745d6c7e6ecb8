"""Resolves the data folder and the files inside it (one place for every path the app writes)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_HOME = "COMMUNE_DESK_HOME"
DB_FILENAME = "commune-desk.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """The files of one installation, all under one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def lock(self) -> Path:
        return self.root / "commune-desk.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def replaced(self) -> Path:
        """Where a restore puts the database it replaces, so nothing is ever thrown away."""
        return self.root / "replaced"

    def ensure(self) -> DataPaths:
        self.root.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(exist_ok=True)
        return self


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("CommuneDesk", appauthor=False, roaming=True))


def resolve_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """--data-dir wins over COMMUNE_DESK_HOME, which wins over the per-user default."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(default_data_dir())
