"""Add a plan task, or mark one done: the two things an officer does with the Resolution 57 / Plan 02 task list."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services import tasks
from desktop.services.context import ServiceContext
from desktop.services.tasks import TaskInfo
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.inputs import date_picker


class TaskDialog(FormDialog):
    """A new task: its code, what must be done, the document that set it, the deadline and who answers for it."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Thêm nhiệm vụ"))
        self.setObjectName("taskDialog")
        self.setMinimumWidth(520)
        self.ctx = ctx
        self.code = self.add_field("code", self.tr("Mã nhiệm vụ"), QLineEdit())
        self.title = self.add_field("title", self.tr("Tên nhiệm vụ"), QLineEdit())
        self.source = self.add_field("source", self.tr("Văn bản giao"), QLineEdit())
        self.source.setPlaceholderText(self.tr("Ví dụ: Kế hoạch 02-KH/BCĐTW ngày 19/06/2025"))
        self.deadline = self.add_field("deadline", self.tr("Hạn hoàn thành"), date_picker(ctx.today()))
        self.owner = self.add_field("owner", self.tr("Chủ trì"), QLineEdit())

    def save(self) -> TaskInfo:
        return tasks.add_task(self.ctx, self.code.text(), self.title.text(), self.deadline.date().toPython(),
                              source_document=self.source.text(), owner=self.owner.text())


class CompleteTaskDialog(FormDialog):
    """The day a task was done and what proves it."""

    def __init__(self, ctx: ServiceContext, task: TaskInfo, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Ghi hoàn thành: {code}").format(code=task.code))
        self.setObjectName("completeTaskDialog")
        self.setMinimumWidth(480)
        self.ctx = ctx
        self.task = task
        self.done_on = self.add_field("done_on", self.tr("Ngày hoàn thành"), date_picker(ctx.today()))
        self.evidence = self.add_field("evidence", self.tr("Minh chứng"), QLineEdit(task.evidence))
        self.evidence.setPlaceholderText(self.tr("Nội dung, đường dẫn tệp hoặc số văn bản báo cáo"))

    def save(self) -> TaskInfo:
        return tasks.complete_task(self.ctx, self.task.code, self.done_on.date().toPython(), self.evidence.text())
