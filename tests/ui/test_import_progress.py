"""A long dossier-list import in the app shows how far it has got and can be stopped half-way: the rows already
flushed in its transaction roll back, so nothing at all is written, and the same file can then be imported whole."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from desktop.imports import dossiers as dossier_import
from desktop.imports.progress import Progress
from desktop.services.context import ServiceContext
from desktop.ui.dialogs import import_dialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.session import AppSession

TABLES = ("dossiers", "dossier_events", "audit_log", "sync_outbox")
ROWS = 600
CHUNK = 200  # three chunks of new dossiers (a real one is 2,000): the officer stops it after the first


def _province_list(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["ỦY BAN NHÂN DÂN PHƯỜNG AN SINH"])
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(["STT", "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Ngày tiếp nhận", "Trạng thái"])
    for i in range(ROWS):
        day = date(2026, 11, 2) + timedelta(days=i % 15)
        ws.append([i + 1, f"H22-{i:06d}", "1.001193", "Đăng ký khai sinh", f"Nguyễn Văn {i}",
                   f"{day:%d/%m/%Y} {8 + i % 9:02d}:{i % 60:02d}", "Đã tiếp nhận"])
    ws.append([f"Tổng cộng: {ROWS} hồ sơ"])
    wb.save(path)
    return path


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.db.engine.connect() as conn:
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in TABLES}


def test_cancel_half_way_writes_nothing(qtbot, session: AppSession, ctx: ServiceContext, tmp_path: Path,  # noqa: ANN001
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dossier_import, "_CHUNK", CHUNK)

    def wait_idle() -> None:
        qtbot.waitUntil(lambda: not session.runner.busy, timeout=60_000)

    dialog = ImportDialog("dossiers", session)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.template_button.isVisible() and not dialog.cancel_button.isVisible()
    dialog.load(_province_list(tmp_path / "ho-so.xlsx"))
    wait_idle()
    assert dialog.preview is not None and dialog.preview.new == ROWS, dialog.message.text()
    before = _counts(ctx)

    # Hold the worker once the first chunk is flushed (its progress is past the start of the write), so the click
    # lands half-way through the transaction, not before it or after the commit.
    reached, resume = threading.Event(), threading.Event()
    seen: list[int] = []

    class HeldProgress(Progress):
        """Holds the worker in plain Python, before the report is handed to Qt: a slot blocking inside a signal's
        emit on the worker thread left PySide's emit half done while the GUI thread collected garbage (a crash)."""

        def __init__(self, report: Callable[[int], None] | None = None,
                     cancel: threading.Event | None = None) -> None:
            def held(value: int) -> None:
                seen.append(value)
                if value > 450 and not reached.is_set():
                    reached.set()
                    resume.wait(30)
                if report is not None:
                    report(value)

            super().__init__(held, cancel)

    monkeypatch.setattr(import_dialog, "Progress", HeldProgress)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and dialog.busy.maximum() == 1000
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    resume.set()
    wait_idle()
    assert dialog.message.text() == "Đã dừng nhập theo yêu cầu; chưa ghi gì."
    assert _counts(ctx) == before
    assert seen == sorted(seen) and seen[-1] < 1000  # it moved forward, and stopped short of the end
    assert not dialog.cancel_button.isVisible() and dialog.confirm_button.isEnabled()  # it may be started again

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert _counts(ctx)["dossiers"] == before["dossiers"] + ROWS
    assert dialog.message.text().startswith("Đã nhập xong tệp «ho-so.xlsx»")
