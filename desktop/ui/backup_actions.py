"""The File menu's backup and restore: back up now, back up to a folder of one's choice (a USB stick), restore.

Each ends in a dialog that stays until it is closed and says what was made, where, how big, and offers to open the
folder; a status-bar message vanishes before an officer has found the file. Restoring asks first (naming the file
and that the current data is backed up before it is replaced), then logs everyone out: the accounts and the data
on screen are the restored ones from then on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services import backups
from desktop.services.backups import BackupMade, RestoreDone
from desktop.ui.errors import show_error
from desktop.ui.session import AppSession
from desktop.ui.widgets.confirm import confirm_box


def _size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes)


class BackupActions(QObject):
    """Owned by the main window; `active_dialog` is the dialog on screen (tests reach it there)."""

    restored = Signal(object)  # RestoreDone: the window logs out

    def __init__(self, parent: QWidget, session: AppSession) -> None:
        super().__init__(parent)
        self.window = parent
        self.session = session
        self.active_dialog: QWidget | None = None

    # Back up -------------------------------------------------------------------------------------------------------
    def back_up_now(self, folder: Path | None = None) -> None:
        self.session.runner.run(lambda: backups.back_up(self.session.ctx, folder), self._show_made,
                                lambda exc: self._failed(exc))

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Chọn thư mục lưu bản sao (ví dụ: ổ USB)"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda chosen: self.back_up_now(Path(chosen)))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _show_made(self, made: BackupMade) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã sao lưu"),
                          self.tr("Đã sao lưu dữ liệu và kiểm tra bản sao.\n\nTệp: {name}\nThư mục: {folder}\n"
                              "Dung lượng: {size}\nLúc: {at}").format(
                              name=made.path.name, folder=made.path.parent, size=_size(made.size_bytes),
                              at=made.taken_at.strftime("%d/%m/%Y %H:%M")), parent=self.window)
        box.setObjectName("backupMade")
        open_folder = box.addButton(self.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.path.parent))))
        box.setDefaultButton(box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole))
        self.active_dialog = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        self.active_dialog = show_error(self.window, exc)

    # Restore -------------------------------------------------------------------------------------------------------
    def choose_backup(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Chọn bản sao lưu để khôi phục"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Bản sao lưu CommuneDesk (*.sqlite3)"))
        dialog.setDirectory(str(self.session.ctx.db.paths.backups))
        dialog.fileSelected.connect(lambda chosen: self.confirm_restore(Path(chosen)))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def confirm_restore(self, backup_file: Path) -> QMessageBox:
        box = confirm_box(
            self.window, self.tr("Khôi phục dữ liệu?"),
            self.tr("Thay toàn bộ dữ liệu trên máy này bằng bản sao lưu “{name}”?\n\nDữ liệu hiện tại được sao lưu "
                "trước vào thư mục sao lưu, nên vẫn lấy lại được. Sau khi khôi phục, mọi người đăng nhập lại.")
            .format(name=backup_file.name),
            self.tr("Khôi phục"), lambda: self._restore(backup_file), self.tr("Không khôi phục"))
        box.setObjectName("confirmRestore")
        self.active_dialog = box
        box.open()
        return box

    def _restore(self, backup_file: Path) -> None:
        """On the database worker, after whatever it was reading (one worker: no page reads while the file is
        swapped); the window is disabled meanwhile, with a progress note, so nothing new is started."""
        ctx = self.session.ctx
        self.window.setEnabled(False)
        progress = QProgressDialog(self.tr("Đang khôi phục dữ liệu từ “{name}”…").format(name=backup_file.name), "",
                                   0, 0, self.window)
        progress.setObjectName("restoring")
        progress.setWindowTitle(self.tr("Khôi phục dữ liệu"))
        progress.setCancelButton(None)  # a half-swapped file cannot be left: the restore runs to its end
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.active_dialog = progress
        progress.show()

        def finished() -> None:
            progress.close()
            progress.deleteLater()
            self.window.setEnabled(True)

        def succeeded(done: RestoreDone) -> None:
            finished()
            self._show_restored(done)

        def failed(exc: BaseException) -> None:
            finished()
            self._failed(exc)  # the data untouched: a bad file is refused before anything is swapped

        self.session.runner.run(lambda: backups.restore_backup(ctx, backup_file), succeeded, failed)

    def _show_restored(self, done: RestoreDone) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã khôi phục"),
                          self.tr("Đã khôi phục dữ liệu từ “{name}”.\nDữ liệu trước đó được lưu ở: {safety}\n\n"
                              "Vui lòng đăng nhập lại.").format(name=done.restored_from.name,
                                                                safety=done.safety_copy), parent=self.window)
        box.setObjectName("restoreDone")
        box.finished.connect(lambda _code: self.restored.emit(done))
        self.active_dialog = box
        box.open()


__all__ = ["BackupActions", "RestoreDone"]
