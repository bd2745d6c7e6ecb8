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
from desktop.services import equipment, report_data, setup
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
                        "d.due_date, d.paused_at, d.status, f.name, d.forwarded_to FROM dossiers d JOIN procedures p "
                        "ON p.id = d.procedure_id JOIN fields f ON f.id = p.field_id "
                        "WHERE d.deleted_at IS NULL").fetchall()
    conn.close()
    by_field: dict[str, Counter] = defaultdict(Counter)
    late: set[str] = set()
    for code, channel, rec, fin, closed, settled, outcome, due, paused, status, field, forwarded in rows:
        rec, fin, closed, settled, paused = map(_parse, (rec, fin, closed, settled, paused))
        if status in (1, 3) or forwarded:  # registered online and not yet accepted, refused, or forwarded on
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


def _sum_column(rows: list[tuple], col: int) -> float:
    return sum(r[col] for r in rows)


def test_october_workbook_matches_a_recount(demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "thang-10.xlsx"
    result = export_monthly_xlsx(demo, date(2026, 10, 1), date(2026, 10, 31), out)
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS)
    # October in Hà Nội (UTC+7) as UTC instants, written by hand rather than through the code under test.
    by_field, late = _recount(demo.db.paths.database, datetime(2026, 9, 30, 17), datetime(2026, 10, 31, 17),
                              date(2026, 10, 31))
    stats = {r.field: r for r in dossier_stats(demo, date(2026, 10, 1), date(2026, 10, 31)).by_field}

    ws = wb["Biểu 06"]
    # Every sheet opens with the commune, its code, the form and the period.
    commune = setup.get_commune(demo)
    assert ws["A1"].value.startswith("Đơn vị báo cáo: Ủy ban nhân dân ")
    assert commune.name.split(" ", 1)[1] in ws["A1"].value and f"(mã đơn vị: {commune.code})" in ws["A1"].value
    assert ws["A2"].value == "Biểu số II.06a/VPCP/KSTT" and ws["A3"].value.startswith("Kỳ báo cáo: tháng 10 năm 2026")
    assert ws.freeze_panes == "C12" and ws["A5"].value == "(Từ ngày 01/10/2026 đến ngày 31/10/2026)"
    assert [ws.cell(11, c).value for c in range(1, 20)] == [f"({i})" for i in range(1, 20)]
    assert ws["C8"].value == "Số hồ sơ nhận giải quyết" and ws["D10"].value == "Trực tuyến"
    *fields, total = _rows(ws, 12)[:-1]  # the last line is the note under the table
    # Columns (3)–(13) are the form's, as the paper prints them; (3)–(6) and column (16) recounted by hand.
    assert {r[1]: list(r[2:13]) for r in fields} == {f: list(row.form06a()) for f, row in stats.items()}
    assert {r[1]: [*r[2:6], r[15]] for r in fields} == {f: [*_expected(c)[:4], c["closed"]]
                                                      for f, c in by_field.items()}
    assert [r[0] for r in fields] == list(range(1, len(fields) + 1))
    last = 11 + len(fields)
    assert total[1] == "Tổng cộng" and total[2] == f"=SUM(C12:C{last})" and total[12] == f"=SUM(M12:M{last})"
    assert _sum_column(fields, 2) == _expected(sum(by_field.values(), Counter()))[0] > 100
    for row in fields:  # 3 = 7 + 11 on every line, as on the paper
        assert row[2] == row[6] + row[10] and row[6] == row[7] + row[8] + row[9]
    assert total[13] == f'=IF(G{last + 1}=0,"",(H{last + 1}+I{last + 1})/G{last + 1})'
    assert fields[0][13].startswith("=IF(G12=0") and ws.cell(12, 14).number_format == "0.0%"
    assert ws.cell(12, 3).number_format == "#,##0"
    # One font family; A4 landscape, Decree 30 margins, page numbers in the footer.
    fonts = {c.font.name for sheet in wb for row in sheet.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Times New Roman"}
    for sheet in wb:
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
        assert round(sheet.page_margins.left * 25.4) == 30 and round(sheet.page_margins.right * 25.4) == 15
        assert round(sheet.page_margins.top * 25.4) == 20 and round(sheet.page_margins.bottom * 25.4) == 20
        assert sheet.oddFooter.center.text == "Trang &P/&N"
        assert sheet["A2"].value == "Biểu số II.06a/VPCP/KSTT"

    ws = wb["Hồ sơ quá hạn"]
    listed = _rows(ws, 9)
    assert {r[1] for r in listed} == late and result.late_count == len(late) == len(listed)
    assert all(r[8] for r in listed) and ws.freeze_panes == "A9"
    assert isinstance(listed[0][4], datetime) and ws.cell(9, 5).number_format == "DD/MM/YYYY HH:MM"
    # Dates never share a column with words: a dossier still open has an empty result date, its state says so.
    assert all(r[6] is None or isinstance(r[6], datetime) for r in listed)
    assert {r[7] for r in listed if r[6] is None} <= {"Đang giải quyết, đã quá hạn"}


def test_training_and_equipment_sheets_match_the_raw_rows(demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "quy-4.xlsx"
    export_monthly_xlsx(demo, date(2026, 10, 1), date(2026, 12, 31), out)
    wb = load_workbook(out)
    assert wb["Biểu 06"]["A5"].value == "(Từ ngày 01/10/2026 đến ngày 31/12/2026)"
    stats = dossier_stats(demo, date(2026, 10, 1), date(2026, 12, 31))
    assert _sum_column(_rows(wb["Biểu 06"], 12)[:-2], 2) == stats.total.received_total

    conn = sqlite3.connect(demo.db.paths.database)
    courses = conn.execute("SELECT c.topic, sum(p.result <> 'absent'), sum(p.hours_attended), "
                           "sum(p.certificate_no <> '' OR p.certificate_date IS NOT NULL) FROM training_courses c "
                           "JOIN participations p ON p.course_id = c.id AND p.deleted_at IS NULL "
                           "WHERE c.deleted_at IS NULL AND c.start_date BETWEEN '2026-10-01' AND '2026-12-31' "
                           "GROUP BY c.id").fetchall()
    devices = Counter(conn.execute("SELECT kind, status FROM equipment WHERE deleted_at IS NULL").fetchall())
    conn.close()
    *listed, total = _rows(wb["Đào tạo"], 8)
    assert sorted((r[1], r[8], r[9], r[10]) for r in listed) == sorted(
        (t, n, pytest.approx(h), c) for t, n, h, c in courses)
    assert total[8] == f"=SUM(I8:I{7 + len(listed)})" and _sum_column(listed, 8) == sum(r[1] for r in courses)
    assert len(courses) > 0

    ws = wb["Thiết bị"]
    statuses = list(equipment.STATUSES)
    *kinds, total = _rows(ws, 7)
    label = {v: k for k, v in equipment.KINDS.items()}
    assert {label[r[1]]: list(r[2:-1]) for r in kinds} == {
        k: [devices[(k, s)] for s in statuses] for k in {k for k, _ in devices}}
    assert sum(sum(r[2:-1]) for r in kinds) == sum(devices.values()) == len(_rows(wb["Danh sách thiết bị"], 7))
    assert total[-1].startswith("=SUM(") and kinds[0][-1] == f"=SUM(C7:{chr(ord('C') + len(statuses) - 1)}7)"


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
