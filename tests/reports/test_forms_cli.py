"""`report form|book|receipt` and `catalogue edit --documents` through the real command (`desktop.cli.main`), with
the audit row every written paper leaves, and bad options refused with exit 2 in both languages."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from report_pdf import read

from desktop.cli import main
from desktop.config.clock import ENV_FIXED_NOW
from desktop.config.paths import DataPaths
from desktop.services import catalogue, dossiers, setup
from desktop.services.audit import AuditQuery, list_audit
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput
from desktop.store.database import Database


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setenv(ENV_FIXED_NOW, "2026-11-20T03:00:00+00:00")
    root = tmp_path / "data"
    db = Database.open(DataPaths(root))
    ctx = ServiceContext(db, actor="admin", clock=lambda: datetime(2026, 11, 20, 3, 0))
    setup.set_up_commune(ctx, "22", "07090", leader_name="Nguyễn Văn An")
    catalogue.add_procedure(ctx, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    code = dossiers.register_dossier(ctx, DossierInput("1.001193", "Mai Văn Tú", "direct", id_number="022196001234",
                                                       received_at=datetime(2026, 11, 3, 9))).code
    db.close()
    return root, code


def _shown(root: Path) -> list[tuple[str, str, str, dict[str, object]]]:
    db = Database.open(DataPaths(root))
    try:
        ctx = ServiceContext(db)
        return [(e.action, e.actor, e.record, {c.field: c.new for c in e.changes})
                for e in list_audit(ctx, AuditQuery(kind="dossiers")) if e.action in ("print", "preview", "export")]
    finally:
        db.close()


def test_every_form_on_both_papers_and_each_is_audited(folder: tuple[Path, str], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    root, code = folder
    assert main(["--data-dir", str(root), "catalogue", "edit", "--code", "1.001193",
                 "--documents", "Tờ khai đăng ký khai sinh; Giấy chứng sinh (bản chính)"]) == 0
    assert "2. Giấy chứng sinh (bản chính)" in capsys.readouterr().out
    for kind in ("receipt", "supplement", "refusal", "apology", "control"):
        for paper in ("a5", "a4"):
            out = tmp_path / f"{kind}-{paper}.pdf"
            assert main(["--data-dir", str(root), "report", "form", "--kind", kind, "--dossier", code,
                         "--out", str(out), "--paper", paper, "--json"]) == 0
            result = json.loads(capsys.readouterr().out)
            assert result["pages"] == (2 if kind == "receipt" else 1) == len(read(out).pages)
            assert result["kind"] == kind and result["paper"] == paper
    receipt = read(tmp_path / "receipt-a5.pdf").text()
    assert "1 Tờ khai đăng ký khai sinh Bản chính 1" in receipt and "022196001234" in receipt
    shown = _shown(root)
    assert len(shown) == 10 and {s[:3] for s in shown} == {("export", "cli", code)}
    assert {(s[3]["paper"], s[3]["paper_size"]) for s in shown} == {
        (k, p) for k in ("receipt", "supplement", "refusal", "apology", "control") for p in ("a5", "a4")}
    assert shown[0][3]["file"] == "control-a4.pdf"  # newest first; the file's name, not where it went


def test_report_receipt_is_the_receipt_form(folder: tuple[Path, str], tmp_path: Path) -> None:
    root, code = folder
    out = tmp_path / "phieu.pdf"
    assert main(["--data-dir", str(root), "report", "receipt", "--dossier", code, "--out", str(out)]) == 0
    text = read(out).text()
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text and "Liên 2: Lưu tại Trung tâm" in text
    assert [(s[0], s[3]["paper"]) for s in _shown(root)] == [("export", "receipt")]


def test_book_of_a_month_and_its_audit_row_naming_the_dossiers(folder: tuple[Path, str], tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    root, code = folder
    out = tmp_path / "so.pdf"
    assert main(["--data-dir", str(root), "report", "book", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dossiers"] == 1
    assert "Mai Văn Tú" in read(out).text()
    [(action, actor, record, detail)] = _shown(root)
    assert (action, actor, record) == ("export", "cli", "")
    assert detail["paper"] == "book" and detail["dossiers"] == 1 and detail["codes"] == code
    assert (detail["start"], detail["end"]) == (date(2026, 11, 1).isoformat(), "2026-11-30")


@pytest.mark.parametrize(("argv", "vi", "en"), [
    (["book", "--from", "2026-11-30", "--to", "2026-11-01"], "--to (2026-11-01) phải sau hoặc bằng --from",
     "must not be before --from (2026-11-30)"),
    (["book", "--from", "2025-01-01", "--to", "2026-11-30"], "tối đa 366 ngày", "at most 366 days"),
    (["form", "--kind", "receipt", "--dossier", "07090-261120-9999"], "Không tìm thấy", "not found"),
])
def test_bad_options_exit_2_in_both_languages(folder: tuple[Path, str], tmp_path: Path, argv: list[str], vi: str,
                                              en: str, capsys: pytest.CaptureFixture[str]) -> None:
    root, _ = folder
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(root), "report", *argv, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert vi in err and en.lower() in err.lower()
    assert not out.exists() and _shown(root) == []


def test_bad_paper_and_kind_are_refused_by_the_parser(folder: tuple[Path, str], tmp_path: Path) -> None:
    root, code = folder
    for extra in (["--kind", "receipt", "--paper", "a3"], ["--kind", "invoice"]):
        with pytest.raises(SystemExit) as stop:
            main(["--data-dir", str(root), "report", "form", "--dossier", code, "--out", str(tmp_path / "x.pdf"),
                  *extra])
        assert stop.value.code == 2


def test_the_officer_named_on_the_command_line_signs_a_slip_no_record_names(
        folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, _ = folder
    # Registered from a terminal: the program's own account, no person, received it.
    assert main(["--data-dir", str(root), "dossier", "add", "--procedure", "1.001193", "--applicant", "Lò Thị Ban",
                 "--channel", "postal", "--received", "2026-11-04T09:00", "--json"]) == 0
    code = json.loads(capsys.readouterr().out)["code"]
    bare, named = tmp_path / "bare.pdf", tmp_path / "named.pdf"
    assert main(["--data-dir", str(root), "report", "receipt", "--dossier", code, "--out", str(bare)]) == 0
    err = capsys.readouterr().err
    assert "--officer" in err and "người tiếp nhận" in err and "receiving officer" in err
    assert "Đinh Văn Tâm" not in read(bare).text()
    assert main(["--data-dir", str(root), "report", "form", "--kind", "receipt", "--dossier", code, "--out",
                 str(named), "--officer", "  Đinh  Văn Tâm "]) == 0
    assert capsys.readouterr().err == ""
    paper = read(named)
    assert len(paper.pages) == 2 and all("Đinh Văn Tâm" in paper.lines(page) for page in (0, 1))
