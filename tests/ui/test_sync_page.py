"""The Đồng bộ page on real widgets against the real sync server of tests/server (uvicorn on 127.0.0.1): enrolment
through the dialog, sync now, the server down, a conflict settled in the side-by-side dialog, automatic sync backoff;
and against a server that never answers: lists still load, Cancel ends the run, closing the app does not hang."""

from __future__ import annotations

import importlib.util
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

_TESTS = Path(__file__).resolve().parents[1]
for _folder in ("server", "sync"):  # server_harness and sync_support, as tests/sync imports them
    if str(_TESTS / _folder) not in sys.path:
        sys.path.insert(0, str(_TESTS / _folder))
_spec = importlib.util.spec_from_file_location("server_conftest_for_sync_page", _TESTS / "server" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_server_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_server_conftest)
server = _server_conftest.server
srv = _server_conftest.srv

from server_harness import Harness  # noqa: E402
from sync_support import NO_WAIT, BlackHole, enrolled_pc, make_pc, new_commune  # noqa: E402

from desktop.server import admin as server_admin  # noqa: E402
from desktop.services import conflicts  # noqa: E402
from desktop.services.audit import AuditQuery, list_audit  # noqa: E402
from desktop.services.conflicts import ConflictInfo  # noqa: E402
from desktop.services.dossiers import DossierInput, change_status, register_dossier  # noqa: E402
from desktop.services.sync_status import sync_status  # noqa: E402
from desktop.sync import credentials  # noqa: E402
from desktop.sync.engine import SyncSettings, enrol  # noqa: E402
from desktop.ui.app_flow import AppFlow  # noqa: E402
from desktop.ui.dialogs.conflict_dialog import ConflictDialog  # noqa: E402
from desktop.ui.dialogs.enrol_dialog import EnrolDialog  # noqa: E402
from desktop.ui.models.audit_labels import summary_text  # noqa: E402
from desktop.ui.models.conflict_table import ConflictRow, ConflictTableModel  # noqa: E402
from desktop.ui.pages.dossier_page import create_dossier_page  # noqa: E402
from desktop.ui.pages.sync_page import AUTO_MINUTES, backoff_ms, create_sync_page  # noqa: E402
from desktop.ui.session import DOSSIERS, SYNC, AppSession  # noqa: E402

OFFLINE = "Không kết nối được máy chủ tỉnh; dữ liệu vẫn được lưu trên máy này."
FAST = {"engine_options": {"sleep": lambda _s: None, "settings": NO_WAIT}}  # retries without waiting


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"


@pytest.fixture
def session(session: AppSession) -> Iterator[AppSession]:
    """The shared session, with its network runner stopped before the database closes."""
    yield session
    session.net.shutdown()


@pytest.fixture
def wait_idle(qtbot, session: AppSession):  # noqa: ANN001, ANN201
    """Here background work runs on two runners: the database worker and the network one."""
    def wait() -> None:
        qtbot.waitUntil(lambda: not session.runner.busy and not session.net.busy, timeout=10_000)
    return wait


@pytest.fixture
def black_hole() -> Iterator[BlackHole]:
    hole = BlackHole()
    yield hole
    hole.close()


@pytest.fixture
def commune(srv: Harness) -> str:
    return new_commune(srv)


@pytest.fixture
def ctx(srv: Harness, commune: str, tmp_path, clock):  # noqa: ANN001, ANN201 - this PC, of the server's commune
    pc = make_pc(tmp_path / "this-pc", commune, 1, clock)
    yield pc.ctx
    pc.db.close()


@pytest.fixture
def other_pc(srv: Harness, commune: str, tmp_path):  # noqa: ANN001, ANN201
    pc = enrolled_pc(srv, tmp_path / "other-pc", commune, 2)
    yield pc
    pc.db.close()


def _enrol_here(srv: Harness, ctx, commune: str) -> None:  # noqa: ANN001
    enrol(ctx, srv.url, server_admin.new_enrol_code(srv.engine, commune, srv.clock()), "Một cửa")


def _point_at(ctx, url: str) -> None:  # noqa: ANN001
    root = ctx.db.paths.root
    credentials.save(root, replace(credentials.load(root), server_url=url))


def _closed_port_url() -> str:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more
    return f"http://127.0.0.1:{port}"


def _sync_now(qtbot, page, wait_idle) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.view.sync_now, Qt.MouseButton.LeftButton)
    wait_idle()


def test_conflict_model_passes_the_model_tester(qapp) -> None:  # noqa: ANN001
    model = ConflictTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    info = ConflictInfo("c1", "dossiers", "0190-abcdef12", "edit_edit", ("status", "applicant_name"),
                        {"status": 4, "applicant_name": "A"}, {"status": 7, "applicant_name": "B"}, "open",
                        datetime(2026, 11, 20, 3, 0))
    model.set_rows([ConflictRow(info, "H22.07-261120-0001 – Hoàng Văn Cường"), ConflictRow(info)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(0, model.RECORD).data() == "Hồ sơ H22.07-261120-0001 – Hoàng Văn Cường"
    assert model.index(1, model.RECORD).data() == "Hồ sơ …abcdef12"
    assert model.index(0, model.FIELDS).data() == "Trạng thái, Họ tên người nộp"
    assert model.index(0, model.WHEN).data() == "20/11/2026 10:00"
    model.set_rows([])
    assert model.rowCount() == 0


def test_backoff_doubles_up_to_half_an_hour_with_jitter() -> None:
    top = [backoff_ms(n, rng=lambda: 0.0) for n in range(1, 8)]
    assert top == [m * 60_000 for m in (1, 2, 4, 8, 16, 30, 30)]
    assert backoff_ms(3, rng=lambda: 1.0) == int(4 * 60_000 * 0.8)


def test_enrol_through_the_dialog_then_sync_now(srv: Harness, commune, ctx, session, shown_page, wait_idle,  # noqa: ANN001
                                                 type_text, qtbot) -> None:
    register_dossier(ctx, DossierInput("1.001193", "Trần Thị Bích", "direct"))
    page = shown_page(lambda s: create_sync_page(s, **FAST))
    v = page.view
    assert v.server.text() == "Chưa đăng ký với máy chủ tỉnh" and not v.sync_now.isEnabled()
    assert v.last_sync.text() == "Chưa lần nào" and int(v.pending.text()) > 0

    qtbot.mouseClick(v.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, EnrolDialog) and dialog.isVisible()
    type_text(dialog.server_url, srv.url)
    type_text(dialog.code, "AAAA-BBBB-CCCC-DDDD")  # a code the province never issued
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible() and dialog.errors.message_for("code")
    assert dialog.errors.message_for("server_url") == ""
    assert not credentials.exists(ctx.db.paths.root)

    dialog.code.clear()
    type_text(dialog.code, server_admin.new_enrol_code(srv.engine, commune, srv.clock()).lower())
    type_text(dialog.label, "Máy bộ phận một cửa")
    with qtbot.waitSignal(session.data_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.active_dialog is None
    creds = credentials.load(ctx.db.paths.root)
    assert v.server.text() == srv.url and v.device.text() == creds.device_id and v.sync_now.isEnabled()

    announced: list[str] = []
    session.data_changed.connect(announced.append)
    qtbot.mouseClick(v.sync_now, Qt.MouseButton.LeftButton)
    assert v.progress.isVisible() and not v.sync_now.isEnabled()  # the run is under way
    wait_idle()
    assert v.pending.text() == "0" and sync_status(ctx).pending == 0
    assert v.last_sync.text() == "20/11/2026 10:00"  # the fixed clock's 10:00 in Hà Nội
    assert not v.progress.isVisible() and not v.error.isVisible() and v.sync_now.isEnabled()
    assert v.result.text().startswith("Đồng bộ xong: đã gửi")
    assert SYNC in announced and DOSSIERS in announced


def test_only_an_administrator_may_enrol(ctx, session, shown_page) -> None:  # noqa: ANN001
    ctx.role = "officer"
    page = shown_page(lambda s: create_sync_page(s, **FAST))
    assert not page.view.enrol_button.isVisible() and page.view.enrol_note.isVisible()


def test_server_down_says_so_plainly_and_loses_nothing(srv: Harness, commune, ctx, session, shown_page,  # noqa: ANN001
                                                       wait_idle, qtbot) -> None:
    _enrol_here(srv, ctx, commune)
    register_dossier(ctx, DossierInput("1.001193", "Phạm Thị Lan", "direct"))
    root = ctx.db.paths.root
    creds = credentials.load(root)
    credentials.save(root, replace(creds, server_url=_closed_port_url()))
    page = shown_page(lambda s: create_sync_page(s, **FAST))
    v = page.view
    pending = sync_status(ctx).pending
    assert pending > 0 and v.pending.text() == str(pending)

    _sync_now(qtbot, page, wait_idle)
    assert v.error.isVisible() and v.error.text() == OFFLINE
    assert page.active_dialog is None  # said on the page, no box to dismiss
    assert v.pending.text() == str(pending) and sync_status(ctx).pending == pending
    assert v.last_sync.text() == "Chưa lần nào" and v.sync_now.isEnabled() and not v.progress.isVisible()

    credentials.save(root, creds)  # the server is reachable again
    _sync_now(qtbot, page, wait_idle)
    assert not v.error.isVisible() and v.pending.text() == "0"


def test_a_conflict_is_listed_settled_in_the_dialog_and_reaches_the_other_pc(  # noqa: PLR0913
        srv: Harness, commune, ctx, clock, other_pc, session, shown_page, wait_idle, qtbot) -> None:  # noqa: ANN001
    _enrol_here(srv, ctx, commune)
    code = register_dossier(other_pc.ctx, DossierInput("1.009994", "Hoàng Văn Cường", "direct")).code
    other_pc.sync(srv)
    page = shown_page(lambda s: create_sync_page(s, **FAST))
    v = page.view
    _sync_now(qtbot, page, wait_idle)  # this PC now holds the dossier
    assert v.conflicts_model.rowCount() == 0 and v.conflicts_title.text() == "Không có xung đột nào cần chọn."
    other_pc.clock.advance(minutes=5)
    clock.advance(minutes=6)
    change_status(other_pc.ctx, code, "start")  # → 4, in progress, on the other PC
    change_status(ctx, code, "withdraw")  # → 7, withdrawn, here
    other_pc.sync(srv)
    _sync_now(qtbot, page, wait_idle)

    model = v.conflicts_model
    assert model.rowCount() == 1 and v.resolve_button.isEnabled()
    assert model.index(0, model.RECORD).data() == f"Hồ sơ {code} – Hoàng Văn Cường"
    assert model.index(0, model.FIELDS).data() == "Trạng thái"
    assert model.index(0, model.WHEN).data() == "20/11/2026 10:00"
    assert v.conflicts_title.text() == "Xung đột cần chọn bản giữ lại: 1"

    qtbot.mouseClick(v.resolve_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    t = dialog.table
    assert [t.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Thông tin", "Giá trị trên máy này", "Giá trị từ máy khác"]
    assert [t.item(0, c).text() for c in range(3)] == ["Trạng thái", "Công dân rút hồ sơ", "Đang xử lý"]
    announced: list[str] = []
    session.data_changed.connect(announced.append)
    dialog.note.setText("Công dân đã rút hồ sơ")
    qtbot.mouseClick(dialog.keep_this, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.active_dialog is None and model.rowCount() == 0
    assert SYNC in announced and DOSSIERS in announced
    assert conflicts.list_conflicts(ctx) == []

    _sync_now(qtbot, page, wait_idle)
    other_pc.sync(srv)
    assert other_pc.dossiers()[code][0] == 7  # the choice made here stands on the other PC too
    assert conflicts.list_conflicts(other_pc.ctx) == []


def test_automatic_sync_backs_off_after_failures_and_resets_after_a_success(  # noqa: PLR0913
        srv: Harness, commune, ctx, session, shown_page, wait_idle, qtbot) -> None:  # noqa: ANN001
    _enrol_here(srv, ctx, commune)
    schedule = {1: 60_000, 2: 120_000, 3: 240_000}
    page = shown_page(lambda s: create_sync_page(s, backoff=schedule.__getitem__, interval_ms=300_000, **FAST))
    v = page.view
    assert not v.auto.isChecked() and not page.timer.isActive()
    v.auto.setChecked(True)
    assert page.timer.isActive() and page.timer.interval() == 300_000

    root = ctx.db.paths.root
    creds = credentials.load(root)
    credentials.save(root, replace(creds, server_url=_closed_port_url()))
    register_dossier(ctx, DossierInput("1.001193", "Đỗ Thị Hạnh", "direct"))
    for failures in (1, 2, 3):
        page.timer.timeout.emit()  # the timer's slot, as if the wait had passed
        wait_idle()
        assert page.failures == failures and page.timer.interval() == schedule[failures]
        assert v.error.text() == OFFLINE and "thử lại sau khoảng" in v.auto_note.text()
    credentials.save(root, creds)
    page.timer.timeout.emit()
    wait_idle()
    assert page.failures == 0 and page.timer.interval() == 300_000 and page.timer.isActive()
    assert sync_status(ctx).pending == 0 and v.auto_note.text() == ""

    # The choice is kept with this PC's data: a page built later starts with it on.
    again = shown_page(lambda s: create_sync_page(s, **FAST))
    assert again.view.auto.isChecked() and again.timer.isActive()
    v.auto.setChecked(False)
    assert not page.timer.isActive()
    again.timer.stop()


def test_a_clock_days_ahead_is_shown_plainly(srv: Harness, commune, ctx, clock, session, shown_page, wait_idle,  # noqa: ANN001
                                             qtbot) -> None:
    _enrol_here(srv, ctx, commune)
    page = shown_page(lambda s: create_sync_page(s, **FAST))
    assert not page.view.clock_warning.isVisible()
    clock.advance(days=3)  # the PC's clock runs three days fast
    register_dossier(ctx, DossierInput("1.001193", "Bùi Thị Nga", "direct"))
    _sync_now(qtbot, page, wait_idle)
    warning = page.view.clock_warning
    assert warning.isVisible() and warning.text().startswith("Đồng hồ máy tính đang sai")
    assert "khoảng 3 ngày" in warning.text()


def test_usb_bundles_from_the_page_both_ways(srv: Harness, commune, ctx, session, shown_page, wait_idle,  # noqa: ANN001
                                             tmp_path: Path) -> None:
    from desktop.server import bundles as server_bundles

    _enrol_here(srv, ctx, commune)
    register_dossier(ctx, DossierInput("1.001193", "Lê Văn Tám", "direct"))
    page = shown_page(lambda s: create_sync_page(s, **FAST))
    v = page.view
    up = tmp_path / "len-tinh.cdbundle"
    page.bundles.export_to(up)
    wait_idle()
    assert v.bundle_result.text().startswith("Đã ghi gói số 1") and up.exists()
    exported = [e for e in list_audit(ctx, AuditQuery(kind="dossiers")) if e.action == "export"]
    (logged,) = [{c.field: c.new for c in e.changes} for e in exported]
    assert (logged["paper"], logged["file"]) == ("bundle", up.name) and logged["ops"] >= 1
    assert summary_text(exported[0]).startswith(
        f"Giấy tờ: Gói dữ liệu USB gửi tỉnh; Tệp: {up.name}; Số thay đổi trong gói: ")
    keys = server_bundles.key_dir()
    applied = server_bundles.import_bundle(srv.engine, keys, up, srv.clock())
    assert applied  # the province took it
    down = tmp_path / "ve-xa.cdbundle"
    server_bundles.export_bundle(srv.engine, keys, commune, credentials.load(ctx.db.paths.root).device_id, down,
                                 srv.clock(), since=0)
    page.bundles.import_from(down)
    wait_idle()
    assert v.bundle_result.text().startswith("Đã nhập gói của tỉnh"), v.bundle_result.text()
    assert sync_status(ctx).pending == 0
    broken = tmp_path / "hong.cdbundle"
    broken.write_bytes(down.read_bytes()[:-40] + b"\0" * 40)
    page.bundles.import_from(broken)
    wait_idle()
    assert "#b00020" in v.bundle_result.styleSheet() and v.bundle_result.text()
    assert "Traceback" not in v.bundle_result.text()


def test_a_hung_sync_delays_no_list_and_cancel_ends_it(srv: Harness, commune, ctx, session, shown_page,  # noqa: ANN001
                                                       wait_idle, qtbot, black_hole: BlackHole) -> None:
    _enrol_here(srv, ctx, commune)
    register_dossier(ctx, DossierInput("1.001193", "Trần Văn Hùng", "direct"))
    pending = sync_status(ctx).pending
    _point_at(ctx, black_hole.url)
    page = shown_page(create_sync_page)  # the real engine: real time-outs and the 15 s budget
    v = page.view
    v.auto.setChecked(True)
    page.timer.timeout.emit()  # the automatic run is due
    qtbot.waitUntil(black_hole.connected.is_set, timeout=5000)
    assert page.running and session.net.busy and v.cancel_sync.isVisible() and v.cancel_sync.isEnabled()

    # The officer opens the dossier list meanwhile: it loads on the database worker at once.
    dossiers = create_dossier_page(session)
    qtbot.addWidget(dossiers.view)
    dossiers.view.show()
    with qtbot.waitSignal(dossiers.model.loaded, timeout=3000):
        dossiers.show_page()
    assert dossiers.model.rowCount() == 1
    assert page.running and session.net.busy  # the sync still waits on the silent server

    op = page.run_op
    assert op is not None
    started = time.monotonic()
    with qtbot.waitSignal(op.done, timeout=3000):
        qtbot.mouseClick(v.cancel_sync, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 2.0
    assert v.result.text().startswith("Đã hủy đồng bộ") and not v.error.isVisible()
    assert not v.cancel_sync.isVisible() and not v.progress.isVisible() and v.sync_now.isEnabled()
    wait_idle()
    assert page.failures == 0 and page.timer.isActive() and page.timer.interval() == AUTO_MINUTES * 60_000
    assert sync_status(ctx).pending == pending and v.last_sync.text() == "Chưa lần nào"


def test_a_silent_server_is_called_offline_within_the_budget(srv: Harness, commune, ctx, session,  # noqa: ANN001
                                                              shown_page, wait_idle, qtbot,
                                                              black_hole: BlackHole) -> None:
    _enrol_here(srv, ctx, commune)
    _point_at(ctx, black_hole.url)
    page = shown_page(lambda s: create_sync_page(s, engine_options={"settings": SyncSettings(budget=1.0)}))
    with qtbot.waitSignal(session.net.busy_changed, timeout=6000, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(page.view.sync_now, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.view.error.text() == OFFLINE and page.failures == 1 and black_hole.held


def test_closing_the_app_cancels_a_hung_sync_and_does_not_hang(srv: Harness, commune, ctx, admin, qapp,  # noqa: ANN001, PLR0913
                                                               qtbot, clock, tmp_path: Path,
                                                               black_hole: BlackHole) -> None:
    _enrol_here(srv, ctx, commune)
    _point_at(ctx, black_hole.url)
    flow = AppFlow(qapp, ctx.db, tmp_path / "settings.json", clock)
    window = flow.open_main(admin, "sync")
    qtbot.addWidget(window)
    page = window.pages["sync"]
    qtbot.waitUntil(page.view.sync_now.isEnabled, timeout=10_000)
    qtbot.mouseClick(page.view.sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(black_hole.connected.is_set, timeout=5000)
    assert flow.net.busy
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    qtbot.waitUntil(lambda: not flow.net.busy and not flow.runner.busy, timeout=3000)
