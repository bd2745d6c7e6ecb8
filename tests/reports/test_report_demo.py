"""The monthly report of a generated commune: the printed totals and late list recounted from the raw rows."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from report_pdf import missing_glyphs, read, unembedded_fonts

from desktop.demo import build_demo
from desktop.domain.periods import month_period
from desktop.reports.formats import num, pct
from desktop.reports.monthly import build_period_report
from desktop.services import report_data
from desktop.services.context import ServiceContext


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _recount(path: Path, lo: datetime, hi: datetime, last_day: date) -> tuple[Counter, set[str]]:
    """Biểu 06 totals and the late codes for [lo, hi) (UTC), counted in plain Python."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT code, channel, received_at, finished_at, closed_at, settled_at, outcome, due_date, "
                        "paused_at, status, forwarded_to FROM dossiers WHERE deleted_at IS NULL").fetchall()
    conn.close()
    c: Counter = Counter()
    late: set[str] = set()
    for code, channel, rec, fin, closed, settled, outcome, due, paused, status, forwarded in rows:
        rec, fin, closed, settled, paused = map(_parse, (rec, fin, closed, settled, paused))
        # Registered online and not yet accepted, refused at reception, or forwarded on: not this desk's dossiers.
        if status in (1, 3) or forwarded:
            continue
        new = lo <= rec < hi
        if not (new or (rec < lo and (settled is None or settled >= lo))):
            continue
        c["online" if new and channel == "online" else "direct" if new else "carried"] += 1
        if fin is not None and lo <= fin < hi:
            c[outcome] += 1
            if outcome == "late":
                late.add(code)
        elif closed is not None and lo <= closed < hi:
            c["closed"] += 1
        elif settled is None or settled >= hi:
            waiting = paused is not None and paused < hi
            overdue = due is not None and date.fromisoformat(due) < last_day and not waiting
            c["overdue" if overdue else "waiting" if waiting else "within"] += 1
            if overdue:
                late.add(code)
    return c, late


def test_demo_month_on_paper(db, clock, tmp_path: Path) -> None:  # noqa: ANN001
    clock.now = datetime(2026, 11, 20, 3, 0)
    build_demo(db, seed=4, months=2, dossiers=600, today=date(2026, 11, 20))
    ctx = ServiceContext(db, clock=clock)
    out = tmp_path / "thang-10.pdf"
    result = build_period_report(report_data.period_report(ctx, month_period(date(2026, 10, 1))), out)
    # October in Hà Nội (UTC+7) as UTC instants, written by hand rather than through the code under test.
    c, late = _recount(db.paths.database, datetime(2026, 9, 30, 17), datetime(2026, 10, 31, 17), date(2026, 10, 31))
    received = c["online"] + c["direct"] + c["carried"]
    # Form II.06a: (9) holds the on-time ones, those closed without a result and those waiting for a supplement.
    on_time = c["on_time"] + c[None] + c["closed"] + c["waiting"]
    resolved = c["early"] + on_time + c["late"]
    expected = [received, c["online"], c["direct"], c["carried"], resolved, c["early"], on_time, c["late"],
                c["within"] + c["overdue"], c["within"], c["overdue"]]
    paper = read(out)
    annex = paper.find_page("Phụ lục I")
    # The form may run over more than one page (its header repeats); its lines end where annex II begins.
    form_lines = [line for page in range(annex, len(paper.pages)) for line in paper.lines(page)]
    form_lines = form_lines[:next((i for i, line in enumerate(form_lines) if line == "Phụ lục II"), None)]
    printed = next(line for line in form_lines if line.startswith("Tổng cộng")).split()[2:]
    assert printed == [num(v) for v in expected] and received == resolved + c["within"] + c["overdue"]
    assert f"tỷ lệ giải quyết đúng hạn {pct(round((c['early'] + on_time) / resolved, 4))}" in paper.text()
    assert received > 100 and resolved > 50
    # Every field row adds up to the total row, column by column.
    fields = [line for line in form_lines if line[:1].isdigit() and len(line.split()) >= 13]
    sums = [sum(int(r.split()[-11 + i].replace(".", "")) for r in fields) for i in range(11)]
    assert sums == expected
    listed = {code for code in late if code in paper.text()}
    assert listed == late and result.late_count == len(late)
    assert unembedded_fonts(paper) == [] and missing_glyphs(paper) == []
