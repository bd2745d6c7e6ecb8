"""The spreadsheet import window of one kind (procedures, officers, equipment, attendance): pick a file, see what it
would add, update or refuse, row by row, and only then write all of it at once; also hands out the kind's template.

Reading, checking and writing a file of up to 50,000 rows runs on the session's runner; nothing is written until the
officer clicks “Nhập dữ liệu”, and then the engine checks the file again inside its one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.imports import KINDS, ImportKind, ImportPreview, ImportRejected, ImportResult, dossiers
from desktop.imports.preview import run_apply, run_preview
from desktop.imports.profiles import ImportProfile, load_profiles
from desktop.imports.progress import FULL, ImportCancelled, Progress
from desktop.imports.templates import copy_template
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.import_mapping import MappingDialog, file_headers
from desktop.ui.errors import is_explained, message_of, show_error
from desktop.ui.models.import_table import COL_DETAIL, COL_RECORD, ImportLine, ImportTableModel, lines_of, note_text
from desktop.ui.ops import Op
from desktop.ui.printing import open_save_dialog
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.session import CATALOGUE, DOSSIERS, EQUIPMENT, OFFICERS, TRAINING, AppSession
from desktop.ui.widgets.record_table_view import fit_columns, record_table_view, select_row

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20; font-weight: 600;"
RECORD_WIDTH = 260  # a long name or topic is cut here; its tooltip gives it whole
COLUMN_CAP = 320
MAX_NOTES = 4  # an attendance list may name dozens of courses: the rest are in the tooltip, the table keeps its room
_last_folder: list[str] = []  # where the officer last picked a file to import


@dataclass(frozen=True)
class _Screen:
    """What the dialog says of one kind, and the topic a successful import announces."""

    topic: str
    title: str
    hint: str  # how the file's rows find the stored records


SCREENS: dict[str, _Screen] = {
    "procedures": _Screen(CATALOGUE, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh mục thủ tục từ Excel"),
                          QT_TRANSLATE_NOOP("ImportDialog", "Thủ tục được đối chiếu theo mã thủ tục: mã đã có thì "
                                                            "cập nhật, chưa có thì thêm mới.")),
    "officers": _Screen(OFFICERS, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách cán bộ từ Excel"),
                        QT_TRANSLATE_NOOP("ImportDialog", "Cán bộ được đối chiếu theo tên đăng nhập, nếu không có "
                                                          "thì theo họ tên và đơn vị. Tệp không chứa mật khẩu.")),
    "equipment": _Screen(EQUIPMENT, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách thiết bị từ Excel"),
                         QT_TRANSLATE_NOOP("ImportDialog", "Thiết bị được đối chiếu theo mã tài sản: mã đã có thì "
                                                           "cập nhật, chưa có thì thêm mới.")),
    "attendance": _Screen(TRAINING, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách học viên từ Excel"),
                          QT_TRANSLATE_NOOP("ImportDialog", "Khóa học được đối chiếu theo tên khóa và ngày bắt đầu; "
                                                            "học viên theo cán bộ, hoặc họ tên và đơn vị.")),
    "dossiers": _Screen(DOSSIERS, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách hồ sơ từ hệ thống của tỉnh"),
                        QT_TRANSLATE_NOOP("ImportDialog", "Hồ sơ được đối chiếu theo mã hồ sơ: mã đã có thì cập nhật "
                                                          "trạng thái và ngày, chưa có thì thêm mới.")),
}


def _text_label(name: str, text: str = "", style: str = "") -> QLabel:
    """A wrapped line of plain text (file names and the engine's sentences are never taken for markup)."""
    label = QLabel(text, objectName=name, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    return label


def _row(*widgets: QWidget, stretch: QWidget | None = None) -> QHBoxLayout:
    """Widgets side by side, `stretch` taking the room left (else the room is left empty before the last one)."""
    row = QHBoxLayout()
    for widget in widgets:
        if stretch is None and widget is widgets[-1]:
            row.addStretch(1)
        row.addWidget(widget, 1 if widget is stretch else 0)
    return row


def _read(kind: ImportKind, ctx: ServiceContext, path: Path, sheet: str | None) -> tuple[ImportPreview,
                                                                                         list[ImportLine]]:
    """Worker thread: the preview and its table lines (50,000 rows are not sorted on the GUI thread)."""
    preview = run_preview(ctx, path, kind, sheet)
    return preview, lines_of(preview)


class ImportDialog(QDialog):
    """`load(path)` previews a file, “Nhập dữ liệu” writes it, `save_template(path)` copies the template.

    `imported` carries the engine's ImportResult once the file is written (after `session.changed`).
    """

    imported = Signal(object)

    def __init__(self, kind: str, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.kind_name = kind
        self.kind, self.screen = KINDS.get(kind) or dossiers.kind(), SCREENS[kind]
        self.session = session
        self.path: Path | None = None
        self.preview: ImportPreview | None = None  # the preview on screen, until it is written
        self.result_value: ImportResult | None = None
        self.file_dialog: QFileDialog | None = None
        self._request = 0  # only the answer about the latest file is shown
        self._applying = False
        self._reading = False
        self.setWindowTitle(self.tr(self.screen.title))
        resize_to_fit(self, 1040, 620)

        self.hint = _text_label("importHint", self.tr(self.screen.hint))
        self.file_edit = QLineEdit(readOnly=True, placeholderText=self.tr("Chưa chọn tệp"))
        self.file_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from button to button
        self.choose_button = QPushButton(self.tr("Chọn tệp…"))
        self.choose_button.setToolTip(self.tr("Chọn tệp Excel (.xlsx) hoặc CSV (UTF-8) để xem trước"))
        self.template_button = QPushButton(self.tr("Tải tệp mẫu…"))
        self.template_button.setToolTip(self.tr("Lưu tệp Excel mẫu có sẵn các cột và hướng dẫn điền"))
        # A workbook of several sheets: the officer picks the one holding the list (the first is read at first).
        self.sheet_label = QLabel(self.tr("Trang tính:"))
        self.sheet_box = QComboBox(objectName="importSheet")
        self.sheet_box.setToolTip(self.tr("Trang tính (sheet) của tệp Excel cần đọc"))
        self.sheet_label.setBuddy(self.sheet_box)
        # The province's list: a saved mapping (profile) of its headers and status words, adjusted in a sub-window.
        self.profile: ImportProfile | None = None
        self.mapping_dialog: QDialog | None = None
        self.profile_label = QLabel(self.tr("Ánh xạ:"))
        self.profile_box = QComboBox(objectName="importProfile")
        self.profile_box.setToolTip(self.tr("Hồ sơ ánh xạ cột và trạng thái đã lưu cho hệ thống của tỉnh"))
        self.profile_label.setBuddy(self.profile_box)
        self.mapping_button = QPushButton(self.tr("Ánh xạ cột…"))
        self.mapping_button.setToolTip(self.tr("Chọn cột của tệp cho từng cột và sửa bảng trạng thái, rồi lưu lại"))
        self.message = _text_label("importMessage")
        # Reading 50,000 rows takes seconds and writing them a minute: show that something is under way.
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, maximumWidth=160, visible=False)
        # A long write can be stopped: it rolls back, nothing is written.
        self.cancel_button = QPushButton(self.tr("Dừng nhập"), visible=False)
        self.cancel_button.setToolTip(self.tr("Dừng việc ghi; chưa có gì được ghi cho đến khi nhập xong"))
        self.op: Op | None = None
        self.counts = {action: QLabel(objectName=f"count_{action}") for action in ("new", "updated", "unchanged",
                                                                                   "bad")}
        self.errors_only = QCheckBox(self.tr("Chỉ hiện dòng có lỗi"))
        self.model = ImportTableModel(self)
        self.table = record_table_view()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        fit_columns(self.table, COLUMN_CAP, stretch=COL_DETAIL)  # the empty table's header spans it too
        self.line = _text_label("importLine")  # the current line whole: a long message is cut in the table
        self.notes = _text_label("importNotes", style="color: #555;")
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(self.tr("Nhập dữ liệu"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(_row(QLabel(self.tr("Tệp:")), self.file_edit, self.sheet_label, self.sheet_box,
                              self.profile_label, self.profile_box, self.mapping_button,
                              self.choose_button, self.template_button, stretch=self.file_edit))
        layout.addLayout(_row(self.message, self.busy, self.cancel_button, stretch=self.message))
        counts = _row(*self.counts.values(), self.errors_only)
        counts.setSpacing(24)
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        for widget in (self.line, self.notes, self.buttons):
            layout.addWidget(widget)
        order = (self.sheet_box, self.choose_button, self.template_button, self.errors_only, self.table,
                 self.confirm_button, self.close_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.choose_button.setDefault(True)  # inside the dialog, so it stays Enter's button: Enter never writes

        self._show_sheets(None)
        self.sheet_box.activated.connect(self._on_sheet_chosen)
        self.choose_button.clicked.connect(self._on_choose)
        self.template_button.clicked.connect(self._on_template)
        self.errors_only.toggled.connect(self._on_errors_only)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_line)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.template_button.setVisible(bool(self.kind.template))  # the province's list has no template of ours
        for widget in (self.profile_label, self.profile_box, self.mapping_button):
            widget.setVisible(kind == "dossiers")
        self._fill_profiles()
        self.profile_box.activated.connect(self._on_profile_chosen)
        self.mapping_button.clicked.connect(self._open_mapping)
        self.buttons.rejected.connect(self.reject)
        self._clear_preview()
        self._say(self.tr("Chọn tệp Excel (.xlsx) hoặc CSV (UTF-8); trang tính đầu tiên được đọc trước (có thể chọn "
                          "trang khác), tối đa 50.000 dòng. Chưa có gì được ghi cho đến khi bạn bấm “Nhập dữ liệu”."))
        self._update_buttons()
        self.choose_button.setFocus()

    # -- choosing and previewing a file -----------------------------------------------------------------------------

    def _on_choose(self) -> None:
        folder = _last_folder[0] if _last_folder else \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Chọn tệp để nhập"), folder,
                             self.tr("Bảng tính Excel hoặc CSV (*.xlsx *.xlsm *.csv);;Mọi tệp (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load)
        self.file_dialog = dialog
        dialog.open()

    def load(self, path: Path | str, sheet: str | None = None) -> None:
        """Read and check `path` (its `sheet`, else its first) in the background and show what importing it would
        do; writes nothing."""
        if sheet is None:
            self._show_sheets(None)  # another file: its own sheets are listed once it is read
        self.path = Path(path)
        _last_folder[:] = [str(self.path.parent)]
        self.file_edit.setText(str(self.path))
        if self.kind_name == "dossiers":
            self.kind = dossiers.kind(source=self.path.name, profile=self.profile)  # the note names the file
        self._request += 1
        request = self._request
        self.preview = self.result_value = None
        self._clear_preview()
        self._reading = True
        self._say(self.tr("Đang đọc và kiểm tra tệp «{name}»…").format(name=self.path.name))
        self._update_buttons()
        kind, ctx, chosen = self.kind, self.session.ctx, self.path
        self.session.runner.run(lambda: _read(kind, ctx, chosen, sheet),
                                lambda answer: self._on_previewed(request, *answer),
                                lambda exc: self._on_preview_failed(request, exc))

    def _on_previewed(self, request: int, preview: ImportPreview, lines: list[ImportLine]) -> None:
        if request != self._request:
            return
        self._reading = False
        self._show_preview(preview, lines)
        changes = preview.new + preview.updated
        if preview.errors:
            bad = len({e.row for e in preview.errors})
            self._say(self.tr("Tệp có {errors} lỗi ở {rows} dòng nên chưa nhập được. Hãy sửa các dòng này trong tệp, "
                              "lưu lại rồi chọn lại tệp; chưa có gì được ghi.")
                      .format(errors=self._n(len(preview.errors)), rows=self._n(bad)), ERROR_STYLE)
        elif changes:
            self._say(self.tr("Tệp không có lỗi. Bấm “Nhập dữ liệu” để ghi {n} thay đổi; "
                              "cả tệp được ghi trong một lần.").format(n=self._n(changes)))
        else:
            self._say(self.tr("Dữ liệu trong tệp giống hệt dữ liệu đã có: không có gì để nhập."))
        self._update_buttons()

    def _on_preview_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self._reading = False
        self._fail(exc)

    def _show_sheets(self, preview: ImportPreview | None) -> None:
        sheets = preview.sheets if preview is not None else ()
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(list(sheets))
        if preview is not None and preview.sheet in sheets:
            self.sheet_box.setCurrentIndex(sheets.index(preview.sheet))
        self.sheet_box.blockSignals(False)
        for widget in (self.sheet_label, self.sheet_box):
            widget.setVisible(len(sheets) > 1)

    def _on_sheet_chosen(self, index: int) -> None:
        sheet = self.sheet_box.itemText(index)
        if self.path is not None and not self._applying and (self.preview is None or sheet != self.preview.sheet):
            self.load(self.path, sheet)

    def _show_preview(self, preview: ImportPreview, lines: list[ImportLine]) -> None:
        self.preview = preview
        self._show_sheets(preview)
        self.model.set_lines(self.kind_name, lines)
        # Errors first: with a few bad rows among thousands, the officer should not have to hunt for them.
        self.errors_only.setChecked(bool(preview.errors))
        self._show_counts(preview)
        notes = [note_text(note) for note in preview.notes]
        more = [self.tr("… và {n} ghi chú khác").format(n=len(notes) - MAX_NOTES)] if len(notes) > MAX_NOTES else []
        self.notes.setText("\n".join(notes[:MAX_NOTES] + more))
        self.notes.setToolTip("\n".join(notes) if more else "")
        self.notes.setVisible(bool(notes))
        fit_columns(self.table, COLUMN_CAP, caps={COL_RECORD: RECORD_WIDTH}, stretch=COL_DETAIL)
        self._on_errors_only(self.errors_only.isChecked())

    def _clear_preview(self) -> None:
        self.model.clear()
        self.line.clear()
        self.notes.clear()
        self.notes.hide()
        self._show_counts(None)

    def _on_errors_only(self, errors_only: bool) -> None:
        self.model.set_errors_only(errors_only)
        # Error lines name no record (a bad row is never matched to one): the column would stand empty.
        self.table.setColumnHidden(COL_RECORD, errors_only)
        if self.model.rowCount():
            select_row(self.table, 0)
        else:
            self.line.clear()

    def _on_current_line(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.line_at(current.row()) if current.isValid() else None
        self.line.setText(self.model.line_text(line) if line is not None else "")

    def _show_counts(self, preview: ImportPreview | None) -> None:
        values = (None,) * 4 if preview is None else \
            (preview.new, preview.updated, preview.unchanged, len({e.row for e in preview.errors}))
        texts = (self.tr("Thêm mới: {n}"), self.tr("Cập nhật: {n}"), self.tr("Không đổi: {n}"),
                 self.tr("Dòng có lỗi: {n}"))
        for (action, label), text, value in zip(self.counts.items(), texts, values, strict=True):
            label.setText(text.format(n="–" if value is None else self._n(value)))
            label.setStyleSheet(ERROR_STYLE + " font-weight: 600;" if action == "bad" and value else "")

    # -- the province list's mapping ----------------------------------------------------------------------------------

    def _fill_profiles(self, chosen: str = "") -> None:
        self.profiles = load_profiles(self.session.ctx.db.paths.root) if self.kind_name == "dossiers" else {}
        self.profile_box.clear()
        self.profile_box.addItem(self.tr("(mặc định)"), "")
        for name in sorted(self.profiles):
            self.profile_box.addItem(name, name)
        self.profile_box.setCurrentIndex(max(0, self.profile_box.findData(chosen)))

    def _on_profile_chosen(self, index: int) -> None:
        self.use_profile(self.profiles.get(self.profile_box.itemData(index) or ""))

    def use_profile(self, profile: ImportProfile | None) -> None:
        """Read the file through `profile` (None: the default names and status words) and preview it again."""
        self.profile = profile
        if profile is not None and profile.name not in self.profiles:
            self._fill_profiles(profile.name)
        if self.path is not None and not self._applying:
            self.load(self.path, self.preview.sheet if self.preview else None)

    def _open_mapping(self) -> None:
        headers = file_headers(self.path, self.preview.sheet if self.preview else None) if self.path else []
        dialog = MappingDialog(self.session.ctx.db.paths.root, headers, self.profile, self)
        dialog.saved.connect(self._on_profile_saved)
        self.mapping_dialog = dialog
        dialog.open()

    def _on_profile_saved(self, profile: ImportProfile) -> None:
        self._fill_profiles(profile.name)
        self.use_profile(profile)

    # -- writing ----------------------------------------------------------------------------------------------------

    def can_apply(self) -> bool:
        """Only a preview without errors that changes something may be written, and only once."""
        p = self.preview
        return p is not None and p.ok and p.new + p.updated > 0 and not self._applying

    def _on_confirm(self) -> None:
        if not self.can_apply() or self.path is None:
            return
        self._applying, self._reading = True, False
        self._request += 1  # a file chosen meanwhile must not replace what is being written
        self._update_buttons()
        self._say(self.tr("Đang nhập dữ liệu từ tệp «{name}»…").format(name=self.path.name))
        kind, ctx, path, sheet = self.kind, self.session.ctx, self.path, self.preview.sheet  # type: ignore[union-attr]
        self.busy.setRange(0, FULL)
        self.busy.setValue(0)
        self.op = self.session.runner.run_cancellable(
            lambda token: run_apply(ctx, path, kind, sheet, Progress(token.report, token)), self._on_applied,
            self._on_apply_failed)
        self.op.progressed.connect(self.busy.setValue)
        self._update_buttons()

    def cancel_import(self) -> None:
        """Stop the write under way at its next step; its transaction rolls back."""
        op = self.op
        if self._applying and op is not None:
            op.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Đang dừng…"))

    def _on_applied(self, result: ImportResult) -> None:
        self._applying, self.op = False, None
        self.preview = None  # written: the same preview is not written twice
        self.result_value = result
        self._say(self.tr("Đã nhập xong tệp «{file}»: {new} thêm mới, {updated} cập nhật, {unchanged} không đổi.")
                  .format(file=result.file, new=self._n(result.new), updated=self._n(result.updated),
                          unchanged=self._n(result.unchanged)), DONE_STYLE)
        self._update_buttons()
        self.close_button.setFocus()
        self.session.changed(self.screen.topic)
        self.imported.emit(result)

    def _on_apply_failed(self, exc: BaseException) -> None:
        self._applying, self.op = False, None
        if isinstance(exc, ImportCancelled):  # rolled back: the preview still stands, the officer may start again
            self._say(message_of(exc))
            self._update_buttons()
            return
        if isinstance(exc, ImportRejected):  # the file changed since the preview: show what is wrong with it now
            self._show_preview(exc.preview, lines_of(exc.preview))
            self._say(message_of(exc), ERROR_STYLE)
            self._update_buttons()
            return
        self._fail(exc, keep_preview=True)  # nothing was written: the officer may try again

    # -- the template -----------------------------------------------------------------------------------------------

    def _on_template(self) -> None:
        self.file_dialog = open_save_dialog(self, self.tr("Lưu tệp mẫu"), self.kind.template,
                                            self.tr("Sổ làm việc Excel (*.xlsx)"), self.save_template)

    def save_template(self, path: Path | str) -> None:
        """Copy the kind's template to `path` (an .xlsx name is made if the officer typed none), in the background."""
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        kind = self.kind_name
        self.template_button.setEnabled(False)
        self.session.runner.run(lambda: copy_template(kind, out), self._on_template_saved,
                                lambda exc: self._on_template_failed(out, exc))

    def _on_template_saved(self, out: Path) -> None:
        self.template_button.setEnabled(True)
        self._say(self.tr("Đã lưu tệp mẫu vào «{path}». Điền dữ liệu vào trang “Dữ liệu”, lưu lại rồi bấm "
                          "“Chọn tệp…” để nhập.").format(path=str(out)))

    def _on_template_failed(self, out: Path, exc: BaseException) -> None:
        self.template_button.setEnabled(True)
        if isinstance(exc, OSError):
            self._say(self.tr("Không lưu được tệp mẫu vào «{path}»: {reason}").format(
                path=str(out), reason=exc.strerror or str(exc)), ERROR_STYLE)
            return
        self._fail(exc, keep_preview=True)

    # -- state ------------------------------------------------------------------------------------------------------

    def _fail(self, exc: BaseException, keep_preview: bool = False) -> None:
        """Say what went wrong in plain words in the dialog (an unexpected error also offers its details)."""
        if not keep_preview:
            self._clear_preview()
        self._say(message_of(exc), ERROR_STYLE)
        self._update_buttons()
        if not is_explained(exc):
            show_error(self, exc)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _update_buttons(self) -> None:
        self.confirm_button.setEnabled(self.can_apply())
        for button in (self.choose_button, self.close_button, self.sheet_box):
            button.setEnabled(not self._applying)
        self.busy.setVisible(self._applying or self._reading)
        if not self._applying:
            self.busy.setRange(0, 0)  # reading: under way, no measure of how far
        self.cancel_button.setVisible(self._applying)
        self.cancel_button.setEnabled(self._applying)

    @staticmethod
    def _n(value: int) -> str:
        return QLocale().toString(value)

    def reject(self) -> None:
        if self._applying:
            return  # the file is being written: closing now would hide whether it was
        super().reject()

    def done(self, code: int) -> None:
        self._request += 1  # a preview still running reports to no one
        super().done(code)
