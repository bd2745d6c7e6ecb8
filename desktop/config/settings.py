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
    # Reports: Decree 09 periods (15th to 14th) unless this PC's officer asked for calendar months (internal use).
    calendar_months: bool = False
    # The province sets the day reports are due: this many working days after the period's cut-off.
    report_due_working_days: int = 3
    # The paper's "Nơi nhận" lines, one per line; empty means the standard list for the commune.
    report_recipients: str = ""

    @classmethod
    def load(cls, path: Path) -> UiSettings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        defaults = cls()
        # A value of another type than the default's (a hand-edited file) is dropped, not trusted.
        values = {k: v for k, v in raw.items()
                  if k in known and type(v) is type(getattr(defaults, k))}
        settings = cls(**values)
        if settings.language not in LANGUAGES:
            settings.language = "vi"
        if not 0 <= settings.report_due_working_days <= 60:
            settings.report_due_working_days = defaults.report_due_working_days
        return settings

    def save(self, path: Path) -> None:
        """Write via a temporary file so a crash mid-write leaves the old settings, not half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
