"""The File menu's backup and restore: back up now, back up to a folder of one's choice (a USB stick), restore.

Each ends in a dialog that stays until it is closed and says what was made, where, how big, and offers to open the
folder; a status-bar message vanishes before an officer has found the file. Restoring asks first (naming the file
and that the current data is backed up before it is replaced), then logs everyone out: the accounts and the data
on screen are the restored ones from then on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import backups
from desktop.services.backups import BackupMade, RestoreDone
from desktop.ui.errors import show_error
from desktop.ui.session import AppSession
from desktop.ui.widgets.confirm import confirm_box

_CONTEXT = "BackupActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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
        dialog = QFileDialog(self.window, _tr("Chọn thư mục lưu bản sao (ví dụ: ổ USB)"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda chosen: self.back_up_now(Path(chosen)))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _show_made(self, made: BackupMade) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Đã sao lưu"),
                          _tr("Đã sao lưu dữ liệu và kiểm tra bản sao.\n\nTệp: {name}\nThư mục: {folder}\n"
                              "Dung lượng: {size}\nLúc: {at}").format(
                              name=made.path.name, folder=made.path.parent, size=_size(made.size_bytes),
                              at=made.taken_at.strftime("%d/%m/%Y %H:%M")), parent=self.window)
        box.setObjectName("backupMade")
        open_folder = box.addButton(_tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.path.parent))))
        box.setDefaultButton(box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole))
        self.active_dialog = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        self.active_dialog = show_error(self.window, exc)

    # Restore -------------------------------------------------------------------------------------------------------
    def choose_backup(self) -> QFileDialog:
        dialog = QFileDialog(self.window, _tr("Chọn bản sao lưu để khôi phục"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(_tr("Bản sao lưu CommuneDesk (*.sqlite3)"))
        dialog.setDirectory(str(self.session.ctx.db.paths.backups))
        dialog.fileSelected.connect(lambda chosen: self.confirm_restore(Path(chosen)))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def confirm_restore(self, backup_file: Path) -> QMessageBox:
        box = confirm_box(
            self.window, _tr("Khôi phục dữ liệu?"),
            _tr("Thay toàn bộ dữ liệu trên máy này bằng bản sao lưu “{name}”?\n\nDữ liệu hiện tại được sao lưu "
                "trước vào thư mục sao lưu, nên vẫn lấy lại được. Sau khi khôi phục, mọi người đăng nhập lại.")
            .format(name=backup_file.name),
            _tr("Khôi phục"), lambda: self._restore(backup_file), _tr("Không khôi phục"))
        box.setObjectName("confirmRestore")
        self.active_dialog = box
        box.open()
        return box

    def _restore(self, backup_file: Path) -> None:
        self.session.runner.wait_idle()  # no page is reading while the file is swapped
        try:
            done = backups.restore_backup(self.session.ctx, backup_file)
        except Exception as exc:  # noqa: BLE001 - shown to the officer, the data untouched
            self._failed(exc)
            return
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Đã khôi phục"),
                          _tr("Đã khôi phục dữ liệu từ “{name}”.\nDữ liệu trước đó được lưu ở: {safety}\n\n"
                              "Vui lòng đăng nhập lại.").format(name=done.restored_from.name,
                                                                safety=done.safety_copy), parent=self.window)
        box.setObjectName("restoreDone")
        box.finished.connect(lambda _code: self.restored.emit(done))
        self.active_dialog = box
        box.open()


__all__ = ["BackupActions", "RestoreDone"]
