"""Decision 766 through the command line: marks set by `dossier add` / `dossier edit`, the rates of `index`, targets
and the below-target warning, and bad input refused with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_workbook_cli import _set_up, counts, run


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return _set_up(tmp_path / "data")

FEE = "1.004859"  # 15,000 VND, 3 working days, fully online in the shipped catalogue
FREE = "1.001193"  # birth registration: no fee, within the day


@pytest.fixture
def settled(data: Path) -> list[str]:
    """The issue's month: 10 dossiers settled in November, 8 digitised, 6 with electronic results, 4 of the 5
    fee-paying paid online; received and finished between the 2nd and the 12th, inside either month rule."""
    codes = []
    for i in range(10):
        options = ["--digitised"] if i < 8 else []
        options += ["--e-result"] if i < 6 else []
        options += ["--paid-online"] if i in (0, 1, 2, 3, 7) else []  # 7 is a free procedure: not counted
        procedure = FEE if i % 2 == 0 else FREE
        info = json.loads(run(data, "dossier", "add", "--procedure", procedure, "--applicant", f"Người nộp {i}",
                              "--channel", "online" if i < 7 else "direct", "--received",
                              f"2026-11-{2 + i:02d}T09:00", *options, "--json").stdout)
        codes.append(info["code"])
        run(data, "dossier", "status", info["code"], "finish", "--at", f"2026-11-{3 + i:02d}T10:00")
    return codes


def test_issue_example_80_60_80(data: Path, settled: list[str]) -> None:
    # The fee-paying dossiers are 0, 2, 4, 6, 8: paid online 0, 2 — and 4, 6 set afterwards by `dossier edit`.
    for code in (settled[4], settled[6]):
        run(data, "dossier", "edit", code, "--paid-online", "--rating", "5")
    run(data, "dossier", "edit", settled[8], "--no-paid-online", "--rating", "2")
    out = json.loads(run(data, "index", "--month", "2026-11", "--json").stdout)
    assert out["digitisation_rate"] == 0.8
    assert out["e_result_rate"] == 0.6
    assert out["online_payment_rate"] == 0.8
    assert out["detail"]["online_payment_rate"]["of"] == 5
    assert out["online_rate"] == 0.7  # 7 of 10 received online
    assert out["satisfaction_rate"] == round(2 / 3, 4)  # rated 5, 5 and 2
    assert set(out) >= {"online_rate", "full_online_rate", "on_time_rate", "digitisation_rate", "e_result_rate",
                        "online_payment_rate", "satisfaction_rate"}


def test_on_time_rate_is_the_form06a_rate_of_stats(data: Path, settled: list[str]) -> None:
    # The ten finished: the five fee-paying ones in time, the within-the-day ones finished the next day late but for
    # the one received on Saturday 7/11 (due Monday) — 6 in time, 4 late. Add one more late (received 12/11,
    # finished 13/11) and one withdrawn. Form II.06a: (8) + (9) = 6 + the withdrawn = 7, (7) = 12 → 7/12, where
    # counting only the finished ((early + on time) / resolved) gave 6/11.
    late = json.loads(run(data, "dossier", "add", "--procedure", FREE, "--applicant", "Trễ hạn", "--channel",
                          "direct", "--received", "2026-11-12T09:00", "--json").stdout)["code"]
    run(data, "dossier", "status", late, "finish", "--at", "2026-11-13T10:00")
    withdrawn = json.loads(run(data, "dossier", "add", "--procedure", FEE, "--applicant", "Rút hồ sơ", "--channel",
                               "direct", "--received", "2026-11-12T10:00", "--json").stdout)["code"]
    run(data, "dossier", "status", withdrawn, "withdraw", "--at", "2026-11-13T09:00")
    out = json.loads(run(data, "index", "--month", "2026-11", "--json").stdout)
    assert (out["detail"]["on_time_rate"]["counted"], out["detail"]["on_time_rate"]["of"]) == (7, 12)
    assert out["on_time_rate"] == round(7 / 12, 4)
    stats = json.loads(run(data, "stats", "--month", "2026-11", "--json").stdout)
    assert stats["total"]["form_on_time_rate"] == out["on_time_rate"]


def test_nothing_to_count_is_null_and_text_marks_below_target(data: Path, settled: list[str]) -> None:
    empty = json.loads(run(data, "index", "--month", "2026-09", "--json").stdout)
    assert empty["digitisation_rate"] is None and empty["online_rate"] is None
    run(data, "index", "--set-target", "digitisation_rate=85", "--set-target", "e_result_rate=0.5")
    text = run(data, "index", "--month", "2026-11").stdout
    digitised = next(line for line in text.splitlines() if line.startswith("Tỷ lệ số hóa"))
    e_result = next(line for line in text.splitlines() if line.startswith("Tỷ lệ cấp kết quả điện tử"))
    assert "80 %" in digitised and "85 %" in digitised and "below target" in digitised
    assert "60 %" in e_result and "below target" not in e_result
    detail = json.loads(run(data, "index", "--month", "2026-11", "--json").stdout)["detail"]
    assert detail["digitisation_rate"]["below_target"] is True and detail["digitisation_rate"]["target"] == 0.85


@pytest.mark.parametrize("args", [
    ["dossier", "edit", "NOPE", "--digitised"],
    ["index", "--set-target", "speed_rate=0.5"],
    ["index", "--set-target", "online_rate=150"],
    ["index", "--set-target", "online_rate"],
    ["index"],
    ["index", "--month", "2026-13"],
])
def test_bad_input_is_refused_and_writes_nothing(data: Path, args: list[str]) -> None:
    before = counts(data)
    result = run(data, *args, expect=2)
    assert result.stderr.strip()
    assert counts(data) == before


def test_rating_outside_one_to_five_is_refused(data: Path) -> None:
    before = counts(data)
    result = run(data, "dossier", "add", "--procedure", FREE, "--applicant", "A", "--channel", "direct",
                 "--rating", "6", expect=2)
    assert "1" in result.stderr and "5" in result.stderr
    assert counts(data) == before
