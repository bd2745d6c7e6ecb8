"""Which third-party distributions ship with the app: its own requirements, followed to the end.

The About window lists each with its licence and the PyInstaller spec copies their metadata into the bundle, so both
read this one list instead of a hand-kept one that forgets the dependencies of dependencies (pydantic under FastAPI,
pillow under ReportLab…). Requirements are followed with `packaging` when it is importable (a source install, the
build); inside a frozen bundle, where it may be absent, the bundle's own metadata is the list (the spec put exactly
these there).
"""

from __future__ import annotations

import re
import sys
from importlib import metadata

APP_DISTRIBUTION = "commune-desk"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_distributions(root: str = APP_DISTRIBUTION) -> list[str]:
    """Names (as their metadata spells them) of `root`'s runtime requirements, recursively, without `root`."""
    try:
        from packaging.requirements import Requirement  # noqa: PLC0415 - optional: absent in a frozen bundle
    except ImportError:
        Requirement = None  # noqa: N806
    if Requirement is None or getattr(sys, "frozen", False):
        return sorted((d.metadata["Name"] for d in metadata.distributions()
                       if d.metadata["Name"] and canonical(d.metadata["Name"]) != canonical(root)), key=canonical)
    found: dict[str, str] = {}

    def walk(name: str, extras: tuple[str, ...]) -> None:
        key = canonical(name)
        if key in found:
            return
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return  # a requirement for another platform (pywin32 on Linux…): not installed, not shipped
        found[key] = dist.metadata["Name"]
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": extra}) for extra in extras or ("",)):
                walk(req.name, tuple(sorted(req.extras)))

    walk(root, ())
    found.pop(canonical(root), None)
    return sorted(found.values(), key=canonical)


# Data shipped under resources/ that is no library, an official list free to copy (Vietnamese IP law, art. 15):
# (file, source, version). The About window names it next to the fonts; tests/config/test_units.py holds the file's
# header to this source and version.
UNITS_DATA = ("resources/units/units.csv", "Tổng cục Thống kê (GSO), danhmuchanhchinh.gso.gov.vn", "18/10/2025")
