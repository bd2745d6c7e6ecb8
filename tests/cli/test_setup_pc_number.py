"""`commune-desk setup --pc N`: a PC of a commune with several PCs numbers its dossiers N001–N999 from the start,
before it ever reaches the province; a number outside 1–9 is refused with exit 2 and nothing is set up."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from desktop.cli import main

FIXED_NOW = "2026-12-04T03:00:00+00:00"  # Friday 4 December 2026, 10:00 in Hà Nội


def run(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        mp.setenv("COMMUNE_DESK_FIXED_NOW", FIXED_NOW)
        mp.delenv("COMMUNE_DESK_HOME", raising=False)
        try:
            code = main(["--data-dir", str(data), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_the_pc_number_chosen_at_setup_numbers_the_dossiers(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "setup", "--province", "22", "--commune", "07090", "--pc", "2")
    assert code == 0, err
    code, out, err = run(tmp_path, "dossier", "add", "--procedure", "1.001193", "--applicant", "Nguyễn Văn Đức",
                         "--channel", "direct", "--json")
    assert code == 0, err
    assert json.loads(out)["code"] == "07090-261204-2001"


def test_a_pc_number_outside_one_to_nine_is_refused(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "setup", "--province", "22", "--commune", "07090", "--pc", "10")
    assert code == 2
    assert "từ 0 đến 9" in err and "between 0 and 9" in err
    code, _, _ = run(tmp_path, "setup", "--province", "22", "--commune", "07090")
    assert code == 0  # nothing was written by the refused attempt
