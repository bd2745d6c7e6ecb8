"""This PC's interface preferences, declared once with type and default, kept in the data folder's settings.json.

Preferences are per installation and never synced; an unreadable or foreign file falls back to the defaults rather
than stopping the app (the officer loses a window size, never data).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

LANGUAGES = ("vi", "en")


@dataclass
class UiSettings:
    language: str = "vi"  # the UI language: Vietnamese by default, English as second language
    geometry: str = ""  # the main window's saved geometry (base64 of QWidget.saveGeometry)
    last_username: str = ""  # pre-filled at login
    last_page: str = "dashboard"

    @classmethod
    def load(cls, path: Path) -> UiSettings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known and isinstance(v, str)}
        settings = cls(**values)
        if settings.language not in LANGUAGES:
            settings.language = "vi"
        return settings

    def save(self, path: Path) -> None:
        """Write via a temporary file so a crash mid-write leaves the old settings, not half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
