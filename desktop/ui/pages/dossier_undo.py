"""The dossier list's "undo the last step" (Ctrl+Z on the list, or its button): asks first, naming the step, then
takes it back through services.undo on the database worker (`session.runner`); refusals (too late, someone else's
step) are said in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import dossiers, undo
from desktop.ui import labels
from desktop.ui.errors import show_error
from desktop.ui.session import DOSSIERS, AppSession
from desktop.ui.widgets.confirm import confirm_box

# Every text is spelt QCoreApplication.translate("DossierUndo", "…") in full: lupdate reads that, not a helper of ours.


def ask_undo(parent: QWidget, session: AppSession, code: str) -> QMessageBox:
    """The question (or the reason there is nothing to undo); the box is open when returned."""
    try:
        events = dossiers.get_dossier(session.ctx, code).events
    except Exception as exc:  # noqa: BLE001 - the officer gets a message, never a traceback
        return show_error(parent, exc)
    last = events[-1] if events else None
    if last is None or last.from_status is None:
        title = QCoreApplication.translate("DossierUndo", "Hoàn tác bước cuối")
        text = QCoreApplication.translate("DossierUndo", "Hồ sơ {code} chưa có bước xử lý nào để hoàn tác.")
        box = QMessageBox(QMessageBox.Icon.Information, title, text.format(code=code), parent=parent)
        box.open()
        return box

    def run() -> None:  # queued on the database worker; success or refusal comes back on the GUI thread
        ctx = session.ctx
        session.runner.run(lambda: undo.undo_last_step(ctx, code), lambda _: session.changed(DOSSIERS),
                           lambda exc: show_error(parent, exc))

    question = QCoreApplication.translate(
        "DossierUndo", "Hoàn tác bước “{step}” ghi lúc {at} của hồ sơ {code}?\nHồ sơ trở lại trạng thái “{status}”. "
        "Chỉ hoàn tác được trong {minutes} phút sau khi ghi.")
    box = confirm_box(
        parent, QCoreApplication.translate("DossierUndo", "Hoàn tác bước cuối?"),
        question.format(
            step=labels.label(labels.ACTION, last.action), at=last.at.strftime("%d/%m/%Y %H:%M"), code=code,
            status=labels.label(labels.STATUS, last.from_status), minutes=undo.UNDO_MINUTES),
        QCoreApplication.translate("DossierUndo", "Hoàn tác"), run,
        QCoreApplication.translate("DossierUndo", "Không hoàn tác"))
    box.setObjectName("confirmUndo")
    box.open()
    return box
