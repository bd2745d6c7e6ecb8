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


def test_an_official_code_dated_another_day_is_kept_with_a_warning(tmp_path: Path) -> None:
    assert run(tmp_path, "setup", "--province", "22", "--commune", "07090")[0] == 0
    base = ("dossier", "add", "--procedure", "1.001193", "--channel", "direct", "--received", "2026-11-20 09:00",
            "--json")
    code, out, err = run(tmp_path, *base, "--applicant", "Nguyễn Văn Đức", "--code", "000.00.22.H40-251120-0007")
    assert code == 0, err
    assert "Cảnh báo [code]" in err and "Warning [code]" in err
    assert "20/11/2025" in err and "20/11/2026" in err
    assert json.loads(out)["code"] == "000.00.22.H40-251120-0007"
    assert json.loads(out)["warnings"] == ["code.date_differs"]
    code, out, err = run(tmp_path, *base, "--applicant", "Trần Thị Bình", "--code", "000.00.22.H40-261120-0008")
    assert code == 0 and err == "" and json.loads(out)["warnings"] == []


def test_an_applicant_name_over_200_characters_is_refused_at_the_field(tmp_path: Path) -> None:
    assert run(tmp_path, "setup", "--province", "22", "--commune", "07090")[0] == 0
    pasted = "Nguyễn Văn Đức " * 36  # 540 characters pasted from a document
    code, out, err = run(tmp_path, "dossier", "add", "--procedure", "1.001193", "--channel", "direct",
                         "--applicant", pasted)
    assert code == 2 and out == ""
    assert "applicant_name" in err and "200" in err and "539" in err
    assert "tối đa" in err or "giới hạn" in err
    assert run(tmp_path, "dossier", "add", "--procedure", "1.001193", "--channel", "direct",
               "--applicant", "Đ" * 200)[0] == 0
