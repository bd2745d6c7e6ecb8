"""The one-stop desk's forms 01–06 (Circular 01/2018/TT-VPCP; DOMAIN §2, §5): slips of one dossier on A5 (or A4)
and the tracking book on A4 landscape, laid out from the plain records of `forms.data`."""

from __future__ import annotations

from pathlib import Path

from desktop.reports.forms.control import build_control
from desktop.reports.forms.data import FILE_NAMES, KINDS, DeskSlip
from desktop.reports.forms.letters import build_letter
from desktop.reports.forms.receipt import build_receipt

__all__ = ["FILE_NAMES", "KINDS", "build_form"]


def build_form(kind: str, slip: DeskSlip, out: Path | str, *, paper: str = "a5") -> int:
    """Write form `kind` (one of KINDS) of one dossier to `out`; returns the number of pages."""
    if kind == "receipt":
        return build_receipt(slip, out, paper=paper)
    if kind == "control":
        return build_control(slip, out, paper=paper)
    if kind in ("supplement", "refusal", "apology"):
        return build_letter(kind, slip, out, paper=paper)
    raise ValueError(f"unknown form {kind!r}")
