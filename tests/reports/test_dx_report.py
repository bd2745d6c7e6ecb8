"""`report dx`: the monthly digital-transformation report built through the command line from the issue's
examples, read back with pypdf (every section's figures and names on paper, fonts embedded) and its XLSX."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from report_pdf import missing_glyphs, read, unembedded_fonts  # noqa: E402
from test_workbook_cli import _set_up, run  # noqa: E402


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """November 2026 of a commune: the issue's tasks, 12 villages and 10 teams, Thôn 5's outage, two
    recommendations, and 4 settled dossiers with their Decision 766 marks."""
    data = _set_up(tmp_path_factory.mktemp("dx") / "data")
    for i in range(1, 13):
        run(data, "village", "add", "--name", f"Thôn {i}", "--households", str(40 + i))
    for i in (1, 2, 4, 5, 6, 7, 8, 10, 11, 12):
        run(data, "team", "add", "--village", f"Thôn {i}", "--decision", f"{i}/QĐ-UBND")
    run(data, "team", "session", "--village", "Thôn 1", "--date", "2026-11-10", "--people", "25", "--dossiers", "8")
    run(data, "village", "edit", "Thôn 5", "--signal", "none", "--households", "60")
    run(data, "outage", "add", "--village", "Thôn 5", "--from", "2026-11-03T08:00", "--to", "2026-11-05T17:00",
        "--cause", "Mất điện trạm BTS")
    for code, deadline in (("T1", "2026-09-30"), ("T2", "2026-10-31"), ("T3", "2026-12-31")):
        run(data, "task", "add", "--code", code, "--title", f"Nhiệm vụ {code}", "--source", "KH 02-KH/BCĐTW",
            "--deadline", deadline)
    run(data, "task", "done", "T1", "--at", "2026-09-25")
    run(data, "recommendation", "add", "--date", "2026-10-01", "--to", "Sở KH&CN", "--subject", "Phủ sóng Thôn 5")
    for i in range(4):
        marks = ["--digitised"] * (i < 3) + ["--e-result"] * (i < 2)
        code = json.loads(run(data, "dossier", "add", "--procedure", "1.004859", "--applicant", f"Người {i}",
                              "--channel", "online", "--received", f"2026-11-0{2 + i}T09:00", *marks,
                              "--json").stdout)["code"]
        run(data, "dossier", "status", code, "finish", "--at", f"2026-11-0{3 + i}T10:00")
    return data


def test_dx_report_prints_every_section(month: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "dx.pdf", tmp_path / "dx.xlsx"
    out = json.loads(run(month, "report", "dx", "--month", "2026-11", "--out", str(pdf), "--xlsx", str(xlsx),
                         "--json").stdout)
    assert out["index"]["digitisation_rate"] == 0.75 and out["tasks"]["overdue"] == 1
    paper = read(pdf)
    text = " ".join(line for page in range(len(paper.pages)) for line in paper.lines(page))  # wraps undone
    assert "Kết quả thực hiện chuyển đổi số tháng 11 năm 2026" in text
    assert "Tỷ lệ số hóa hồ sơ 3/4 75,0%" in text  # label, counted/of, rate
    assert "1 đã hoàn thành (1 đúng hạn, 0 trễ hạn), 1 đang thực hiện, 1 quá hạn" in text
    assert "T2 – Nhiệm vụ T2 (hạn 31/10/2026)" in text
    assert "Thôn, tổ dân phố chưa có tổ: Thôn 3, Thôn 9" in text
    assert "1 sự cố mất sóng, mất mạng, tổng cộng 57 giờ" in text and "Thôn 5 (60 hộ)" in text
    assert "Chưa trả lời (44 ngày)" in text  # sent 01/10, still waiting on the period's last day, 14/11 (Decree 09)
    assert "Sở Khoa học và Công nghệ tỉnh Quảng Ninh" in text
    assert unembedded_fonts(paper) == [] and missing_glyphs(paper) == []
    wb = load_workbook(xlsx)
    index = {row[0]: row for row in wb["Chỉ số 766"].iter_rows(min_row=3, values_only=True)}
    assert index["digitisation_rate"][2:5] == (3, 4, 0.75)
    villages = list(wb["Thôn và tổ CNS"].iter_rows(min_row=3, values_only=True))
    assert [v[0] for v in villages if not v[4]] == ["Thôn 3", "Thôn 9"]


def test_dx_report_refuses_a_bad_month_or_target(month: Path, tmp_path: Path) -> None:
    run(month, "report", "dx", "--month", "2026-13", "--out", str(tmp_path / "x.pdf"), expect=2)
    run(month, "report", "dx", "--month", "2026-11", "--out", str(tmp_path / "x.txt"), expect=2)
    assert not list(tmp_path.iterdir())


def test_dx_report_closes_reprints_identically_and_reopens(month: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(month, data)  # the module's month stays open for the other tests
    run(data, "report", "dx", "close", "--month", "2027-01", expect=2)  # not begun: nothing to close
    unfinished = run(data, "report", "dx", "close", "--month", "2026-12", expect=2)  # 15/11 – 14/12, under way
    assert "14/12/2026" in unfinished.stderr
    closed = json.loads(run(data, "report", "dx", "close", "--month", "2026-11", "--number", "17", "--json").stdout)
    kept = Path(closed["path"])
    assert kept.parent == data / "reports" and closed["number"] == "17"
    assert closed["sha256"] == hashlib.sha256(kept.read_bytes()).hexdigest()
    run(data, "task", "done", "T2", "--at", "2026-11-10")  # a later edit of the closed month
    again = json.loads(run(data, "report", "dx", "--month", "2026-11", "--out", str(tmp_path / "r.pdf"),
                           "--json").stdout)
    assert again["closed"] and again["sha256"] == closed["sha256"] and again["tasks"]["overdue"] == 1
    run(data, "report", "dx", "reopen", "--month", "2026-11", expect=2)  # a reason is required
    run(data, "report", "dx", "reopen", "--month", "2026-11", "--reason", "T2 xong trước kỳ báo cáo")
    now = json.loads(run(data, "report", "dx", "--month", "2026-11", "--out", str(tmp_path / "n.pdf"),
                         "--json").stdout)
    assert not now["closed"] and now["sha256"] != closed["sha256"] and now["tasks"]["overdue"] == 0
    run(data, "report", "dx", "--month", "2026-11", expect=2)  # printing needs --out
