"""A dossier changed after a period it counts in was closed carries a mark (the period, the day it was closed and
the day it changed) when, and only when, the change moves its figures in that period; `dossier show` says so."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime

import pytest

from desktop.cli import dossier_cmd
from desktop.config.clock import ENV_FIXED_NOW
from desktop.domain.periods import parse_period
from desktop.services import closed_periods, dossiers
from desktop.services.closed_marks import closed_changes_in
from desktop.services.dossier_queries import DossierQuery, read_page
from desktop.services.dossiers import DossierInput
from desktop.services.dto import ClosedChange

HT, XD = "1.001193", "1.009994"
NOV = parse_period("month", "2026-11")  # 15/10/2026 – 14/11/2026
MARK = ClosedChange("month", "2026-11", "tháng 11 năm 2026", date(2026, 10, 15), date(2026, 11, 14),
                    closed_on=date(2026, 12, 4), changed_on=date(2026, 12, 9))


def _dossier(ctx, proc: str, received: datetime, channel: str = "direct", steps=()) -> str:  # noqa: ANN001
    code = dossiers.register_dossier(ctx, DossierInput(proc, "Phạm Thị Hoa", channel, received_at=received)).code
    for action, at in steps:
        dossiers.change_status(ctx, code, action, at=at)
    return code


@pytest.fixture
def codes(ctx, clock, tmp_path) -> dict[str, str]:  # noqa: ANN001
    clock.now = datetime(2026, 11, 6, 3)
    made = {"open": _dossier(ctx, XD, datetime(2026, 10, 20, 9)),
            "done": _dossier(ctx, HT, datetime(2026, 11, 5, 9), "online", [("finish", datetime(2026, 11, 5, 14))]),
            "removed": _dossier(ctx, XD, datetime(2026, 11, 2, 9))}
    clock.now = datetime(2026, 12, 4, 3)
    made["december"] = _dossier(ctx, HT, datetime(2026, 11, 20, 9))  # Decree 09's December: not closed
    closed_periods.close_period(ctx, NOV, tmp_path / "closed.pdf")
    clock.now = datetime(2026, 12, 9, 3)  # five days later, the edits
    return made


def _id(ctx, code: str) -> str:  # noqa: ANN001
    return dossiers.get_dossier(ctx, code).dossier.id


def test_only_changes_that_move_the_closed_month_are_marked(ctx, clock, codes) -> None:  # noqa: ANN001
    ids = {name: _id(ctx, code) for name, code in codes.items()}
    late = _dossier(ctx, HT, datetime(2026, 11, 10, 9))  # entered late: November's column (5) grows
    dossiers.edit_dossier(ctx, codes["done"], DossierInput(HT, "Phạm Thị Hoa", "direct"))  # (4) → (5)
    dossiers.remove_dossier(ctx, codes["removed"])  # leaves November's (5) and (12)
    dossiers.change_status(ctx, codes["open"], "finish", at=datetime(2026, 12, 9, 9, 30))  # December's figures only
    dossiers.change_status(ctx, codes["december"], "finish", at=datetime(2026, 12, 9, 9, 30))

    assert dossiers.get_dossier(ctx, late).closed_changes == (MARK,)
    assert dossiers.get_dossier(ctx, codes["done"]).closed_changes == (MARK,)
    assert dossiers.get_dossier(ctx, codes["open"]).closed_changes == ()
    assert dossiers.get_dossier(ctx, codes["december"]).closed_changes == ()
    with ctx.db.session() as session:
        assert closed_changes_in(session, ids.values()) == {ids["done"]: (MARK,), ids["removed"]: (MARK,)}
    page = read_page(ctx, DossierQuery(limit=100))  # the list's page carries the marks of its rows
    assert page.closed_changes == {_id(ctx, late): (MARK,), ids["done"]: (MARK,)}
    assert read_page(ctx, DossierQuery(limit=100), marks=False).closed_changes == {}

    # An edit made back again leaves the closed figures as they were: no mark.
    dossiers.edit_dossier(ctx, codes["done"], DossierInput(HT, "Phạm Thị Hoa", "online"))
    assert dossiers.get_dossier(ctx, codes["done"]).closed_changes == ()
    # Reopened, the month is no longer closed: the marks go with it.
    closed_periods.reopen_period(ctx, NOV, "Nhập bổ sung hồ sơ")
    assert dossiers.get_dossier(ctx, late).closed_changes == ()


def test_dossier_show_tells_of_the_mark(ctx, codes, db, monkeypatch, capsys) -> None:  # noqa: ANN001
    late = _dossier(ctx, HT, datetime(2026, 11, 10, 9))
    db.close()  # the command opens the data folder itself
    monkeypatch.setenv(ENV_FIXED_NOW, "2026-12-09T03:00:00+00:00")
    parser = argparse.ArgumentParser(prog="commune-desk")
    parser.add_argument("--data-dir")
    dossier_cmd.register(parser.add_subparsers(dest="command"))
    for extra in ([], ["--json"]):
        args = parser.parse_args(["--data-dir", str(db.paths.root), "dossier", "show", late, *extra])
        assert args.handler(args) == 0
    text, shown = capsys.readouterr().out.split("\n{", 1)
    assert "sửa ngày 09/12/2026 sau khi khóa số liệu tháng 11 năm 2026 (khóa ngày 04/12/2026)" in text
    assert json.loads("{" + shown)["closed_changes"] == [{
        "kind": "month", "period_key": "2026-11", "label": "tháng 11 năm 2026", "period_from": "2026-10-15",
        "period_to": "2026-11-14", "closed_on": "2026-12-04", "changed_on": "2026-12-09"}]
