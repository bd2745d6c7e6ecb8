"""The period workbook of a generated commune, read back with openpyxl and recounted from the raw rows."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.demo import build_demo
from desktop.domain.periods import period_of
from desktop.reports import xlsx_export
from desktop.reports.xlsx_export import SHEETS, XlsxExport, export_period_xlsx
from desktop.services import equipment, report_data
from desktop.services.context import ServiceContext
from desktop.services.statistics import dossier_stats


def export_monthly_xlsx(ctx, start: date, end: date, out: Path) -> XlsxExport:  # noqa: ANN001
    return export_period_xlsx(report_data.period_report(ctx, period_of(start, end)), out)


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _recount(path: Path, lo: datetime, hi: datetime, last_day: date) -> tuple[dict[str, Counter], set[str]]:
    """Biểu 06 counts per field and the late codes for [lo, hi) (UTC), counted in plain Python."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT d.code, d.channel, d.received_at, d.finished_at, d.closed_at, d.settled_at, d.outcome, "
                        "d.due_date, d.paused_at, d.status, f.name FROM dossiers d JOIN procedures p "
                        "ON p.id = d.procedure_id JOIN fields f ON f.id = p.field_id "
                        "WHERE d.deleted_at IS NULL").fetchall()
    conn.close()
    by_field: dict[str, Counter] = defaultdict(Counter)
    late: set[str] = set()
    for code, channel, rec, fin, closed, settled, outcome, due, paused, status, field in rows:
        rec, fin, closed, settled, paused = map(_parse, (rec, fin, closed, settled, paused))
        if status == 1:  # registered online, not yet accepted
            continue
        new = lo <= rec < hi
        if not (new or (rec < lo and (settled is None or settled >= lo))):
            continue
        c = by_field[field]
        c["online" if new and channel == "online" else "direct" if new else "carried"] += 1
        if fin is not None and lo <= fin < hi:
            c[outcome or "unrated"] += 1
            late |= {code} if outcome == "late" else set()
        elif closed is not None and lo <= closed < hi:
            c["closed"] += 1
        elif settled is None or settled >= hi:
            overdue = due is not None and date.fromisoformat(due) < last_day and (paused is None or paused >= hi)
            c["overdue" if overdue else "within"] += 1
            late |= {code} if overdue else set()
    return by_field, late


def _expected(c: Counter) -> list[int]:
    received = c["online"] + c["direct"] + c["carried"]
    resolved = c["early"] + c["on_time"] + c["late"] + c["unrated"]
    return [received, c["online"], c["direct"], c["carried"], resolved, c["early"], c["on_time"], c["late"],
            c["within"] + c["overdue"], c["within"], c["overdue"], c["closed"]]


def _rows(ws, first: int) -> list[tuple]:  # noqa: ANN001 - a worksheet
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in r)]


@pytest.fixture
def demo(db, clock) -> ServiceContext:  # noqa: ANN001
    clock.now = datetime(2026, 11, 20, 3, 0)
    build_demo(db, seed=4, months=2, dossiers=600, today=date(2026, 11, 20))
    return ServiceContext(db, clock=clock)


def test_october_workbook_matches_a_recount(demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "thang-10.xlsx"
    result = export_monthly_xlsx(demo, date(2026, 10, 1), date(2026, 10, 31), out)
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS)
    # October in Hà Nội (UTC+7) as UTC instants, written by hand rather than through the code under test.
    by_field, late = _recount(demo.db.paths.database, datetime(2026, 9, 30, 17), datetime(2026, 10, 31, 17),
                              date(2026, 10, 31))

    ws = wb["Biểu 06"]
    assert ws.freeze_panes == "C9" and ws["A2"].value == "(Từ ngày 01/10/2026 đến ngày 31/10/2026)"
    assert [ws.cell(8, c).value for c in range(1, 17)] == [f"({i})" for i in range(1, 17)]
    assert ws["C5"].value == "Số hồ sơ nhận giải quyết" and ws["D7"].value == "Trực tuyến"
    *fields, total = _rows(ws, 9)[:-1]  # the last line is the note under the table
    assert {r[1]: list(r[2:14]) for r in fields} == {f: _expected(c) for f, c in by_field.items()}
    assert [r[0] for r in fields] == list(range(1, len(fields) + 1))
    expected = _expected(sum(by_field.values(), Counter()))
    assert total[1] == "Tổng cộng" and list(total[2:14]) == expected and expected[0] > 100
    t = sum(by_field.values(), Counter())
    assert total[14] == pytest.approx((t["early"] + t["on_time"]) / expected[4], abs=1e-4)
    assert total[15] == pytest.approx(t["online"] / (t["online"] + t["direct"]), abs=1e-4)
    assert ws.cell(9, 3).number_format == "#,##0" and ws.cell(9, 15).number_format == "0.0%"

    ws = wb["Hồ sơ quá hạn"]
    listed = _rows(ws, 6)
    assert {r[1] for r in listed} == late and result.late_count == len(late) == len(listed)
    assert all(r[8] for r in listed) and ws.freeze_panes == "A6"
    assert isinstance(listed[0][4], datetime) and ws.cell(6, 5).number_format == "DD/MM/YYYY HH:MM"


def test_training_and_equipment_sheets_match_the_raw_rows(demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "quy-4.xlsx"
    export_monthly_xlsx(demo, date(2026, 10, 1), date(2026, 12, 31), out)
    wb = load_workbook(out)
    assert wb["Biểu 06"]["A2"].value == "(Từ ngày 01/10/2026 đến ngày 31/12/2026)"
    stats = dossier_stats(demo, date(2026, 10, 1), date(2026, 12, 31))
    assert _rows(wb["Biểu 06"], 9)[-2][2] == stats.total.received_total

    conn = sqlite3.connect(demo.db.paths.database)
    courses = conn.execute("SELECT c.topic, sum(p.result <> 'absent'), sum(p.hours_attended), "
                           "sum(p.certificate_no <> '' OR p.certificate_date IS NOT NULL) FROM training_courses c "
                           "JOIN participations p ON p.course_id = c.id AND p.deleted_at IS NULL "
                           "WHERE c.deleted_at IS NULL AND c.start_date BETWEEN '2026-10-01' AND '2026-12-31' "
                           "GROUP BY c.id").fetchall()
    devices = Counter(conn.execute("SELECT kind, status FROM equipment WHERE deleted_at IS NULL").fetchall())
    conn.close()
    *listed, total = _rows(wb["Đào tạo"], 5)
    assert sorted((r[1], r[8], r[9], r[10]) for r in listed) == sorted(
        (t, n, pytest.approx(h), c) for t, n, h, c in courses)
    assert total[8] == sum(r[1] for r in courses) and len(courses) > 0

    ws = wb["Thiết bị"]
    statuses = list(equipment.STATUSES)
    *kinds, total = _rows(ws, 4)
    label = {v: k for k, v in equipment.KINDS.items()}
    assert {label[r[1]]: list(r[2:-1]) for r in kinds} == {
        k: [devices[(k, s)] for s in statuses] for k in {k for k, _ in devices}}
    assert total[-1] == sum(devices.values()) == len(_rows(wb["Danh sách thiết bị"], 4))


def test_periods_are_named_as_papers_name_them() -> None:
    assert period_of(date(2026, 11, 1), date(2026, 11, 30)).label == "tháng 11 năm 2026"
    assert period_of(date(2026, 10, 1), date(2026, 12, 31)).label == "quý IV năm 2026"
    assert period_of(date(2026, 1, 1), date(2026, 12, 31)).label == "năm 2026"
    assert period_of(date(2026, 11, 3), date(2026, 11, 9)).label == "từ ngày 03/11/2026 đến ngày 09/11/2026"
    with pytest.raises(ValueError):
        period_of(date(2026, 11, 9), date(2026, 11, 3))


def test_the_file_is_replaced_only_when_complete(ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    out = tmp_path / "bao-cao.xlsx"
    out.write_bytes(b"the previous export")

    atomic = xlsx_export.write_atomically

    def broken(path: Path, _save: object) -> None:
        def half(target: Path) -> None:  # the disk fills up halfway through the workbook
            target.write_bytes(b"PK half a workbook")
            raise OSError("disk full")
        atomic(path, half)

    monkeypatch.setattr(xlsx_export, "write_atomically", broken)
    with pytest.raises(OSError):
        export_monthly_xlsx(ctx, date(2026, 11, 1), date(2026, 11, 30), out)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.xlsx", "data"]  # no temporary file left
    monkeypatch.undo()
    export_monthly_xlsx(ctx, date(2026, 11, 1), date(2026, 11, 30), out)
    assert load_workbook(out).sheetnames == list(SHEETS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.xlsx", "data"]
