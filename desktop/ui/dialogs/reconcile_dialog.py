"""Đối soát: our Biểu II.06a of a month against the province's own export, cell by cell, with the dossiers behind
each difference (and, given the province's dossier list, whether each is only there, only here, or in another column
and why). The same engine as `commune-desk reconcile`; the work runs on the session's runner.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.imports.profiles import load_profiles
from desktop.imports.reconcile import LABELS, Reconciliation, Responsible, period_of_month, reconcile
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.import_mapping import fill_profile_box
from desktop.ui.errors import FieldErrors, message_of
from desktop.ui.i18n import current_language
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.session import AppSession

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20; font-weight: 600;"


def previous_month(today: date) -> str:
    """The month usually reconciled: the one before today's."""
    y, m = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return f"{y:04d}-{m:02d}"


class ReconcileDialog(QDialog):
    """`run()` reconciles the chosen month and files; `result` holds the last answer."""

    def __init__(self, session: AppSession, month: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileDialog")
        self.session = session
        self.result_value: Reconciliation | None = None
        self.file_dialog: QFileDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self._running = False
        self.setWindowTitle(self.tr("Đối soát Biểu II.06a với số liệu của tỉnh"))
        resize_to_fit(self, 980, 600)

        self.month = QLineEdit(month or previous_month(session.ctx.today()), placeholderText="YYYY-MM")
        self.month.setToolTip(self.tr("Tháng báo cáo, dạng năm-tháng, ví dụ 2026-11"))
        self.form06 = QLineEdit(readOnly=True, placeholderText=self.tr("Biểu II.06a do hệ thống của tỉnh xuất"))
        self.form06_button = QPushButton(self.tr("Chọn tệp…"))
        self.dossiers = QLineEdit(readOnly=True, placeholderText=self.tr("Không bắt buộc: để chỉ ra hồ sơ gây "
                                                                          "chênh lệch"))
        self.dossiers_button = QPushButton(self.tr("Chọn tệp…"))
        # A province system naming its columns its own way: the list is read through the profile saved for it.
        self.profile_box = QComboBox(objectName="reconcileProfile")
        self.profile_box.setToolTip(self.tr("Hồ sơ ánh xạ cột và trạng thái dùng để đọc danh sách hồ sơ của tỉnh "
                                            "(lập trong cửa sổ nhập danh sách hồ sơ)"))
        self._fill_profiles()
        self.run_button = QPushButton(self.tr("Đối soát"))
        self.import_button = QPushButton(self.tr("Nhập danh sách hồ sơ của tỉnh…"))
        self.import_button.setToolTip(self.tr("Nhập các hồ sơ của tỉnh vào máy này trước khi đối soát"))
        self.message = QLabel(objectName="reconcileMessage", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Lĩnh vực / hồ sơ"), self.tr("Cột"), self.tr("Xã"), self.tr("Tỉnh"),
                                   self.tr("Ghi chú")])
        for column, width in enumerate((180, 220, 80, 80)):  # the note (why) takes the room left
            self.tree.setColumnWidth(column, width)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)

        form = QFormLayout()
        form.addRow(self.tr("Tháng:"), self.month)
        form.addRow(self.tr("Biểu II.06a của tỉnh:"), self._pair(self.form06, self.form06_button))
        form.addRow(self.tr("Danh sách hồ sơ của tỉnh:"), self._pair(self.dossiers, self.dossiers_button))
        form.addRow(self.tr("Ánh xạ:"), self.profile_box)
        # A file refused (no II.06a table, a dossier list lacking columns): the reason under that file's field.
        self.field_errors = FieldErrors(form, {"form06": self.form06, "dossiers": self.dossiers}, QLabel())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.field_errors.banner)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

        self.form06_button.clicked.connect(lambda: self._choose(self.form06))
        self.dossiers_button.clicked.connect(lambda: self._choose(self.dossiers))
        self.run_button.clicked.connect(self.run)
        self.import_button.clicked.connect(self._open_import)
        buttons.rejected.connect(self.reject)
        self._update()

    @staticmethod
    def _pair(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _choose(self, target: QLineEdit) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Chọn tệp"), folder, self.tr("Bảng tính Excel hoặc CSV (*.xlsx *.csv)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.set_file(target, path))
        self.file_dialog = dialog
        dialog.open()

    def set_file(self, target: QLineEdit, path: Path | str) -> None:
        target.setText(str(path))
        self._update()

    def _fill_profiles(self) -> None:
        self.profiles = load_profiles(self.session.ctx.db.paths.root)
        fill_profile_box(self.profile_box, self.profiles, self.profile_box.currentData() or "")

    def _open_import(self) -> None:
        self.import_dialog = ImportDialog("dossiers", self.session, self)
        self.import_dialog.finished.connect(self._fill_profiles)  # a mapping saved there is offered here
        self.import_dialog.open()

    def run(self) -> None:
        """Reconcile in the background; the answer fills the tree."""
        if self._running or not self.form06.text():
            return
        try:
            start, end = period_of_month(self.month.text())
        except ValueError as exc:
            self._say(message_of(exc), ERROR_STYLE)
            return
        ctx, form06 = self.session.ctx, Path(self.form06.text())
        listed = Path(self.dossiers.text()) if self.dossiers.text() else None
        profile = self.profiles.get(self.profile_box.currentData() or "")
        self._running = True
        self._update()
        self.field_errors.clear()
        self.tree.clear()
        self._say(self.tr("Đang đối soát…"))
        self.session.runner.run(lambda: reconcile(ctx, form06, start, end, listed, profile), self._shown,
                                self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._update()
        if isinstance(exc, DomainError) and exc.field in self.field_errors.fields:
            self._say(self.tr("Không đối soát được: xem lỗi ở tệp đã chọn."), ERROR_STYLE)
            self.field_errors.show(exc)
        else:
            self._say(message_of(exc), ERROR_STYLE)

    def _shown(self, result: Reconciliation) -> None:
        self._running = False
        self.result_value = result
        self._update()
        span = f"{result.start:%d/%m/%Y} – {result.end:%d/%m/%Y}"
        if result.ok:
            self._say(self.tr("Khớp với số liệu của tỉnh ({span}): 0 chênh lệch.").format(span=span), DONE_STYLE)
        else:
            self._say(self.tr("{n} ô chênh lệch ({span}).").format(n=len(result.differences), span=span), ERROR_STYLE)
        for d in result.differences:
            label = LABELS[d.column][1] if current_language() == "en" else LABELS[d.column][0]
            item = QTreeWidgetItem([d.field, f"({d.column}) {label}", str(d.ours), str(d.theirs), ""])
            for r in d.dossiers:
                child = QTreeWidgetItem([r.code, "", self._cols(r.ours), self._cols(r.theirs), self._where(r)])
                child.setToolTip(4, child.text(4))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        extra = [self.tr("Lĩnh vực chỉ có ở tỉnh: {names}").format(names=", ".join(result.fields_only_there))]\
            if result.fields_only_there else []
        if extra or result.notes:
            self.message.setText("\n".join([self.message.text(), *extra, *result.notes]))

    @staticmethod
    def _cols(columns: tuple[int, ...]) -> str:
        return ", ".join(f"({c})" for c in columns)

    def _where(self, r: Responsible) -> str:
        words = {"only_there": self.tr("chỉ có ở tỉnh"), "only_here": self.tr("chỉ có ở xã"),
                 "other_column": self.tr("khác cột"), "counted": self.tr("xã đếm ở ô này")}
        why = {"status": self.tr("trạng thái"), "due_date": self.tr("ngày hẹn trả"),
               "received_at": self.tr("ngày tiếp nhận"), "finished_at": self.tr("ngày có kết quả"),
               "channel": self.tr("hình thức nộp"), "field": self.tr("lĩnh vực")}
        text = words[r.where]
        return text + (": " + ", ".join(why[w] for w in r.why) if r.why else "")

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _update(self) -> None:
        self.run_button.setEnabled(bool(self.form06.text()) and not self._running)
