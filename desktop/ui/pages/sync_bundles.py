"""The Đồng bộ page's USB buttons: write this PC's pending changes to a signed bundle, read the province's answer.

Both run on the network runner, like a sync (a bundle may hold many thousand changes, and lists and searches must
not wait behind it), and go through the same paths as an online sync.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.sync import bundle
from desktop.ui.errors import message_of
from desktop.ui.session import SYNC, AppSession


class BundleActions(QObject):
    """`export_to(path)` / `import_from(path)` do the work; the buttons only ask for the file first."""

    def __init__(self, view, session: AppSession, data_topics: tuple[str, ...]) -> None:  # noqa: ANN001 - the view
        super().__init__(view)
        self.view = view
        self.session = session
        self.data_topics = data_topics
        self.dialog: QFileDialog | None = None
        view.export_bundle.clicked.connect(self._on_export)
        view.import_bundle.clicked.connect(self._on_import)

    def _ask(self, title: str, saving: bool, then: Callable[[Path], None]) -> None:
        dialog = QFileDialog(self.view, title)
        dialog.setNameFilter(self.tr("Gói đồng bộ CommuneDesk (*.cdbundle *.zip)"))
        if saving:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("cdbundle")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        self.dialog = dialog
        dialog.open()

    def _on_export(self) -> None:
        self._ask(self.tr("Lưu gói USB"), True, self.export_to)

    def _on_import(self) -> None:
        self._ask(self.tr("Chọn gói USB của tỉnh"), False, self.import_from)

    def export_to(self, path: Path) -> None:
        ctx = self.session.ctx
        self._busy(self.tr("Đang ghi gói USB…"))
        self.session.net.run(lambda: _export_logged(ctx, path), self._exported, self._failed)

    def import_from(self, path: Path) -> None:
        ctx = self.session.ctx
        self._busy(self.tr("Đang nhập gói USB…"))
        self.session.net.run(lambda: bundle.import_bundle(ctx, path), self._imported, self._failed)

    def _busy(self, text: str) -> None:
        self.view.bundle_result.setStyleSheet("")
        self.view.bundle_result.setText(text)
        self.view.export_bundle.setEnabled(False)
        self.view.import_bundle.setEnabled(False)

    def _done(self, text: str, error: bool = False) -> None:
        self.view.bundle_result.setStyleSheet("color: #b00020;" if error else "")
        self.view.bundle_result.setText(text)
        self.view.export_bundle.setEnabled(True)
        self.view.import_bundle.setEnabled(True)

    def _exported(self, report: bundle.ExportReport) -> None:
        self._done(self.tr("Đã ghi gói số {seq} ({n} thay đổi) vào {path}. Mang tệp này lên tỉnh.").format(
            seq=report.seq, n=report.ops, path=report.path))
        self.session.changed(SYNC)

    def _imported(self, report: bundle.ImportReport) -> None:
        self._done(self.tr("Đã nhập gói của tỉnh: {sent} kết quả, {rows} thay đổi, {conflicts} xung đột.").format(
            sent=report.push.sent, rows=report.pull.rows, conflicts=report.pull.conflicts))
        for topic in (SYNC, *self.data_topics):
            self.session.changed(topic)

    def _failed(self, exc: BaseException) -> None:
        self._done(message_of(exc), error=True)


def _export_logged(ctx: ServiceContext, path: Path) -> bundle.ExportReport:
    """The bundle carries the citizens' full ID numbers and phones: its export is written down (DOMAIN §6)."""
    out = bundle.export_bundle(ctx, path)
    if out.ops:
        audit.record_shown(ctx, "export", "bundle", file=out.path.name, ops=out.ops)
    return out
