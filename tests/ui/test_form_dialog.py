"""The shared form dialog: a refused value is shown under its field, the dialog stays open, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.ui.dialogs.form_dialog import FormDialog


class _NameDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__("Tên")
        self.name = self.add_field("full_name", "Họ tên", QLineEdit())
        self.other = self.add_field("unit", "Đơn vị", QLineEdit())

    def save(self) -> object:
        if not self.name.text().strip():
            raise ValidationError("full_name.required", field="full_name", label=Phrase("label.full_name"))
        if self.name.text() == "boom":
            raise RuntimeError("disk on fire")
        return self.name.text()


def test_refused_value_shows_under_its_field_and_keeps_the_dialog_open(qtbot, type_text) -> None:  # noqa: ANN001
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.other, "UBND")
    qtbot.keyClick(dialog.other, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.message_for("full_name") == "Vui lòng nhập họ tên."
    assert dialog.other.text() == "UBND"
    type_text(dialog.name, "Lê Văn Tám")
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert saved.args == ["Lê Văn Tám"]
    assert dialog.result() == FormDialog.DialogCode.Accepted
    assert dialog.errors.message_for("full_name") == ""


def test_unexpected_error_gives_a_plain_message_with_details(qtbot) -> None:  # noqa: ANN001
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("boom")
    dialog.accept()
    box = dialog.findChild(object, "errorBox")
    assert box is not None and "ngoài dự kiến" in box.text()
    assert "disk on fire" in box.detailedText()
    assert dialog.isVisible()
    box.close()


def test_escape_cancels(qtbot) -> None:  # noqa: ANN001
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == FormDialog.DialogCode.Rejected
    assert not dialog.isVisible()
