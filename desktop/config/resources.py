"""The one resolver for files shipped under `resources/` (source tree or a frozen bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "COMMUNE_DESK_RESOURCES"


def resources_dir() -> Path:
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen build
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Missing resource: {'/'.join(parts)} (looked in {resources_dir()})")
    return path
