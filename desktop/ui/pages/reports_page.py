"""The Báo cáo page: builds the chosen paper off the GUI thread into a temporary PDF and previews it, prints it,
saves it as PDF or Excel; keeps the officer's comments as a draft per period; lets a leader sign the report off.
The "Số liệu" tab shows the very Biểu 06 figures the printed report carries."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.config.settings import UiSettings
from desktop.domain import periods
from desktop.domain.periods import Period
from desktop.services import closed_periods, report_signoff, training
from desktop.services.report_signoff import ReportState
from desktop.services.statistics import DossierStats
from desktop.ui.errors import message_of, show_error
from desktop.ui.ops import Op
from desktop.ui.pages.base import PageController
from desktop.ui.pages.report_paper import Paper, build_paper, period_of
from desktop.ui.pages.reports_view import (
    ATTENDANCE,
    INVENTORY,
    PERIOD_KINDS,
    Form06Model,
    ReportsPageView,
)
from desktop.ui.printing import PrintError, open_print_dialog, open_save_dialog, print_pdf
from desktop.ui.session import CALENDAR, CATALOGUE, DOSSIERS, EQUIPMENT, REPORTS, TRAINING, AppSession

DRAFT_DELAY_MS = 1500  # a pause in typing this long saves the draft
class ReportsPageController(PageController):
    topics = (DOSSIERS, TRAINING, EQUIPMENT, CATALOGUE, CALENDAR)

    def __init__(self, view: ReportsPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: ReportsPageView = view
        self.active_dialog: QWidget | None = None
        self.state: ReportState | None = None  # the draft / sign-off of the period on screen
        self.stats: DossierStats | None = None
        self.pdf_path: Path | None = None  # the PDF in the preview
        self.pdf_paper: Paper | None = None  # what it shows (None once the data behind it changed)
        self.builds = 0
        self._state_key: tuple[str, str] | None = None  # the period the comments box belongs to
        self._saved: tuple[str, str] = ("", "")  # comments and number as last loaded or saved
        self._temp = tempfile.TemporaryDirectory(prefix="communedesk-reports-", ignore_cleanup_errors=True)
        view.destroyed.connect(self._temp.cleanup)
        self.model = Form06Model(self)
        view.table.setModel(self.model)
        view.size_stats_columns()
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        view.kind.currentIndexChanged.connect(self._on_kind_changed)
        view.period.currentIndexChanged.connect(self._on_selection_changed)
        view.include_retired.toggled.connect(self._on_selection_changed)
        view.comments.textChanged.connect(self._on_typed)
        view.number.textChanged.connect(self._on_typed)
        view.preview_button.clicked.connect(self.preview)
        view.print_button.clicked.connect(self._on_print_clicked)
        view.save_pdf_button.clicked.connect(lambda: self._ask_path(".pdf", self.save_pdf))
        view.xlsx_button.clicked.connect(lambda: self._ask_path(".xlsx", self.export_xlsx))
        view.sign_button.clicked.connect(self._on_sign_clicked)
        view.reopen_button.clicked.connect(self._on_reopen_clicked)
        view.reconcile_button.clicked.connect(self.open_reconcile)
        view.hidden.connect(self.flush_draft)
        self._fill_periods()
        view.show_kind(self.kind())

    def refresh(self) -> None:
        self.flush_draft()
        if self.kind() == ATTENDANCE:
            self._fill_periods()
        self.pdf_paper = None  # the data behind the preview changed: print and save build it again
        self._load_state()
        self._load_stats()

    def open_reconcile(self) -> None:
        """The Đối soát window, on the month chosen here when a monthly report is."""
        from desktop.ui.dialogs.reconcile_dialog import ReconcileDialog  # lazy: its engine loads openpyxl

        key = self.view.period.currentData() or ""
        month = key if isinstance(key, str) and len(key) == 7 and key[4] == "-" else ""
        self.active_dialog = ReconcileDialog(self.session, month, self.view)
        self.active_dialog.open()

    # -- what is chosen ---------------------------------------------------------------------------------------------

    def kind(self) -> str:
        return self.view.kind.currentData()

    def current_paper(self) -> Paper | None:
        kind, key = self.kind(), self.view.period.currentData() or ""
        if kind == INVENTORY:
            return Paper(kind, "", include_retired=self.view.include_retired.isChecked())
        if kind == ATTENDANCE:
            return Paper(kind, key) if key else None
        state = self.state
        comments, number = (state.comments, state.number) if state and state.signed else self.view.typed()
        return Paper(kind, key, period_of(kind, key, self.settings.calendar_months), comments=comments,
                     number=number.strip())

    @property
    def settings(self) -> UiSettings:
        """This PC's report settings (calendar months, days until due, recipients), read afresh each time: the
        file is tiny and another window may have changed it."""
        return UiSettings.load(self.ctx.db.paths.settings)

    def _fill_periods(self) -> None:
        if self.kind() != ATTENDANCE:
            today, calendar = self.ctx.today(), self.settings.calendar_months
            if self.kind() in PERIOD_KINDS:
                current = periods.current(self.kind(), today, calendar=calendar)
                # The paper due now is the last period that has ended, not the one still running.
                self.view.fill_periods(self.view.period_choices(self.kind(), current), default=1)
            else:
                self.view.fill_periods([])
            return
        try:
            courses = training.list_courses(self.ctx)
        except Exception as exc:  # noqa: BLE001 - the other papers still work
            self.active_dialog = show_error(self.view, exc)
            courses = []
        self.view.fill_periods([(f"{c.start_date:%d/%m/%Y} — {c.topic}", c.id) for c in courses])
        if not courses:
            self.view.state.setText(self.tr("Chưa có khóa đào tạo nào."))

    def _on_kind_changed(self, *_args: object) -> None:
        self.flush_draft()
        self._fill_periods()
        self.view.show_kind(self.kind())
        self._on_selection_changed()

    def _on_selection_changed(self, *_args: object) -> None:
        self.flush_draft()
        self.view.preview.clear()  # a preview of another period next to this one's comments would mislead
        self._forget_pdf()
        if self.view.period.count() or self.kind() == INVENTORY:
            self.view.state.setText("")
        self._load_state()
        self._load_stats()

    # -- draft and sign-off -----------------------------------------------------------------------------------------

    def _on_typed(self, *_args: object) -> None:
        if self._state_key is not None and not (self.state and self.state.signed):
            self._draft_timer.start()

    def flush_draft(self) -> None:
        """Save what was typed for the period on screen, when it changed (and the report is not signed)."""
        self._draft_timer.stop()
        typed = self.view.typed()
        if self._state_key is None or self.state is None or self.state.signed or typed == self._saved:
            return
        try:
            self.state = report_signoff.save_draft(self.ctx, *self._state_key, *typed)
        except Exception as exc:  # noqa: BLE001 - the text stays in the box; say why it was not kept
            self.view.show_draft_error(message_of(exc))
            return
        self._saved = typed
        self.view.show_signoff(self.state, self.session.can("sign_report"))

    def _load_state(self) -> None:
        kind, key = self.kind(), self.view.period.currentData()
        self._state_key, self.state = None, None
        if kind in PERIOD_KINDS and key:
            try:
                self.state = report_signoff.get_report_state(self.ctx, kind, key)
                self._state_key = (kind, key)
            except Exception as exc:  # noqa: BLE001 - without the draft the boxes stay read-only
                self.active_dialog = show_error(self.view, exc)
        stored = (self.state.comments, self.state.number) if self.state else ("", "")
        if stored != self.view.typed():  # a refresh while the officer types must not move the cursor
            self.view.set_draft(*stored)
        self._saved = self.view.typed()
        self.view.show_signoff(self.state, self.session.can("sign_report"))

    def _on_sign_clicked(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ký duyệt báo cáo"),
                          self.tr("Ký duyệt báo cáo {period}? Sau khi ký, nhận xét và số văn bản không sửa được nữa, "
                                  "trừ khi lãnh đạo mở lại.").format(period=self.view.period.currentText().lower()),
                          QMessageBox.StandardButton.NoButton, self.view)
        box.setObjectName("confirmSignOff")
        self.confirm_sign_button = box.addButton(self.tr("Ký duyệt"), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole))
        box.setDefaultButton(self.confirm_sign_button)
        box.buttonClicked.connect(lambda button: button is self.confirm_sign_button and self.sign_off())
        self._show_dialog(box)

    def sign_off(self) -> Op | None:
        """The leader's sign-off closes the period: its paper is printed once more and what it shows is kept
        (figures, number, date, the PDF's SHA-256), on the worker."""
        if self._state_key is None:
            return None
        self._draft_timer.stop()
        paper = self.current_paper()
        try:
            closed_periods.check_signer(self.ctx)
        except Exception as exc:  # noqa: BLE001 - an officer's account: the service says why
            self.active_dialog = show_error(self.view, exc)
            return None
        if paper is None or paper.period is None:
            return None
        ctx, period, (comments, number) = self.ctx, paper.period, self.view.typed()
        recipients = self._recipients()
        out = Path(self._temp.name) / f"ky-duyet-{period.kind}-{period.key}.pdf"
        self._busy(self.tr("Đang ký duyệt, khóa số liệu…"))

        def closed(_result: object) -> None:
            self._busy(self.tr("Đã ký duyệt và khóa số liệu {period}.").format(period=period.label), False)
            self._after_sign()

        return self.session.runner.run(
            lambda: closed_periods.close_period(ctx, period, out, comments=comments, number=number,
                                                recipients=recipients), closed, self._on_failed)

    def _on_reopen_clicked(self) -> None:
        dialog = QInputDialog(self.view)
        dialog.setObjectName("reopenReason")
        dialog.setWindowTitle(self.tr("Mở lại kỳ báo cáo"))
        dialog.setLabelText(self.tr("Lý do mở lại (được ghi vào nhật ký):"))
        dialog.setOkButtonText(self.tr("Mở lại"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        dialog.textValueSelected.connect(self.reopen)
        self._show_dialog(dialog)

    def reopen(self, reason: str) -> bool:
        """A leader reopens the closed period, saying why (audited); the comments can then be changed."""
        if self._state_key is None or self.current_paper() is None:
            return False
        paper = self.current_paper()
        assert paper is not None and paper.period is not None
        try:
            closed_periods.reopen_period(self.ctx, paper.period, reason)
        except Exception as exc:  # noqa: BLE001 - no reason, or not a leader: the service says why
            self.active_dialog = show_error(self.view, exc)
            return False
        self._after_sign()
        return True

    def _after_sign(self) -> None:
        self._load_state()
        self._forget_pdf()
        self.session.changed(REPORTS)  # the audit page shows who signed

    def _recipients(self) -> tuple[str, ...]:
        return tuple(line for line in self.settings.report_recipients.splitlines() if line.strip())

    def _show_due(self, period: Period) -> None:
        days = self.settings.report_due_working_days
        try:
            due = closed_periods.due_date(self.ctx, period, days)
        except Exception:  # noqa: BLE001 - a calendar that cannot be read costs the hint, not the page
            self.view.due_note.setText("")
            return
        self.view.due_note.setText(self.tr("Hạn gửi báo cáo: {due} ({n} ngày làm việc sau ngày chốt số liệu {end})")
                                   .format(due=f"{due:%d/%m/%Y}", n=days, end=f"{period.end:%d/%m/%Y}"))

    # -- the Số liệu tab --------------------------------------------------------------------------------------------

    def _load_stats(self) -> None:
        kind, key = self.kind(), self.view.period.currentData()
        self.view.stats_note.setText(self.tr("Đang tính…") if kind in PERIOD_KINDS and key else "")
        if kind not in PERIOD_KINDS or not key:
            self.model.set_stats(None)
            return
        period, ctx = period_of(kind, key, self.settings.calendar_months), self.ctx
        self._show_due(period)

        def loaded(stats: DossierStats) -> None:
            if (self.kind(), self.view.period.currentData()) != (kind, key):
                return  # the officer moved on meanwhile
            self.stats = stats
            self.model.set_stats(stats)
            self.view.table.resizeRowsToContents()  # a long field name wraps onto a second line, whole
            note = self.tr("Biểu II.06a — {period} ({start} – {end}); số liệu đến ngày {day}.")
            self.view.stats_note.setText(note.format(
                period=self.view.period.currentText(), start=f"{period.start:%d/%m/%Y}",
                end=f"{period.end:%d/%m/%Y}", day=f"{stats.as_of:%d/%m/%Y}"))

        self.session.runner.run(lambda: closed_periods.period_stats(ctx, period), loaded, self._on_failed)

    # -- building, printing, saving ---------------------------------------------------------------------------------

    def preview(self) -> Op | None:
        """Build the chosen paper and show it (F5)."""
        self.flush_draft()
        paper = self.current_paper()
        return None if paper is None else self._build(paper, None)

    def print_to(self, printer: QPrinter) -> Op | None:
        """Print the chosen paper on `printer` (the print dialog's, or a PDF-file printer in tests)."""
        return self._with_pdf(lambda path: self._print(path, printer))

    def save_pdf(self, target: Path | str) -> Op | None:
        return self._with_pdf(lambda path: self._copy(path, Path(target)))

    def export_xlsx(self, target: Path | str) -> Op | None:
        """The period's tables as an Excel workbook at `target` (what the file dialog chose, or a test's path)."""
        self.flush_draft()
        paper = self.current_paper()
        if paper is None or paper.period is None:
            return None
        from desktop.reports.xlsx_export import export_period_xlsx  # openpyxl loads only when a workbook is wanted

        ctx, period, target = self.ctx, paper.period, Path(target)
        self._busy(self.tr("Đang xuất bảng Excel…"))
        return self.session.runner.run(lambda: export_period_xlsx(closed_periods.paper(ctx, period).data, target),
                                       lambda _r: self._busy(self.tr("Đã lưu {path}").format(path=target), False),
                                       self._on_failed)

    def _with_pdf(self, then: Callable[[Path], object]) -> Op | None:
        self.flush_draft()
        paper = self.current_paper()
        if paper is None:
            return None
        if paper == self.pdf_paper and self.pdf_path is not None:
            result = then(self.pdf_path)
            return result if isinstance(result, Op) else None
        return self._build(paper, then)

    def _build(self, paper: Paper, then: Callable[[Path], object] | None) -> Op:
        self.builds += 1
        out = Path(self._temp.name) / f"{self.builds}-{paper.file_name(self.ctx.today())}"
        ctx = self.ctx
        self._busy(self.tr("Đang tạo báo cáo…"))

        def built(pages: int) -> None:
            now = self.current_paper()
            if now is None or now.selection != paper.selection:  # another paper was chosen meanwhile: drop this one
                out.unlink(missing_ok=True)
                self._busy("", False)
                return
            try:
                self.view.preview.load(out)
            except PrintError as exc:
                self._on_failed(exc)
                return
            self._forget_pdf()
            self.pdf_path, self.pdf_paper = out, paper
            self._busy(self.tr("Bản xem trước: {n} trang").format(n=pages), False)
            if then is not None:
                then(out)

        recipients = self._recipients()
        return self.session.runner.run(lambda: build_paper(ctx, paper, out, recipients), built, self._on_failed)

    def _print(self, path: Path, printer: QPrinter) -> Op:
        self._busy(self.tr("Đang in…"))
        return self.session.runner.run(
            lambda: print_pdf(path, printer),
            lambda n: self._busy(self.tr("Đã gửi {n} trang tới máy in.").format(n=n), False), self._on_failed)

    def _copy(self, source: Path, target: Path) -> None:
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            self._on_failed(exc)
            return
        self._busy(self.tr("Đã lưu {path}").format(path=target), False)

    def _forget_pdf(self) -> None:
        if self.pdf_path is not None:
            self.pdf_path.unlink(missing_ok=True)  # only ever a file of our own temporary folder
        self.pdf_path, self.pdf_paper = None, None

    def _busy(self, text: str, busy: bool = True) -> None:
        """Say what is going on; while a paper is being made, its buttons wait."""
        self.view.state.setText(text)
        for button in (self.view.preview_button, self.view.print_button, self.view.save_pdf_button,
                       self.view.xlsx_button):
            button.setEnabled(not busy and (button is not self.view.xlsx_button or self.kind() in PERIOD_KINDS))

    def _on_failed(self, exc: BaseException) -> None:
        self._busy("", False)
        self.view.stats_note.setText("")
        self.active_dialog = show_error(self.view, exc)

    def _on_print_clicked(self) -> None:
        self._with_pdf(lambda path: self._show_dialog(open_print_dialog(
            self.view, lambda printer: self._print(path, printer), self.view.preview.page_count(), path.stem), True))

    def _ask_path(self, suffix: str, then: Callable[[str], object]) -> None:
        paper = self.current_paper()
        if paper is None:
            return
        title, kinds = ((self.tr("Lưu báo cáo PDF"), self.tr("Tệp PDF (*.pdf)")) if suffix == ".pdf" else
                        (self.tr("Xuất bảng Excel"), self.tr("Sổ tính Excel (*.xlsx)")))
        self._show_dialog(open_save_dialog(self.view, title, paper.file_name(self.ctx.today(), suffix), kinds, then),
                          True)

    def _show_dialog(self, dialog: QWidget, opened: bool = False) -> None:
        """Keep `dialog` as the active one (tests reach it there) and open it unless its maker already did."""
        if self.active_dialog is not None and not self.active_dialog.isVisible():
            self.active_dialog.deleteLater()
        self.active_dialog = dialog
        if not opened:
            dialog.open()


def create_reports_page(session: AppSession) -> ReportsPageController:
    return ReportsPageController(ReportsPageView(), session)
