"""What a freshly set-up installation should do first, shown on the dashboard until there is something to show:
each step is a button that opens the page where it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget


class FirstStepsPanel(QFrame):
    """`go(page key)` when a step's button is pressed."""

    go = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("Bắt đầu sử dụng"))
        title.setStyleSheet("font-weight: bold; font-size: 14px;")
        steps = (
            ("settings", self.tr("Kiểm tra thông tin đơn vị, người ký; thêm cán bộ và tài khoản"),
             self.tr("Mở Cài đặt")),
            ("catalogue", self.tr("Xem danh mục thủ tục hành chính, thêm thủ tục còn thiếu"), self.tr("Mở Danh mục")),
            ("dossiers", self.tr("Tiếp nhận hồ sơ đầu tiên (Ctrl+N ở bất kỳ trang nào)"), self.tr("Mở Hồ sơ TTHC")),
            ("equipment", self.tr("Nhập danh sách thiết bị CNTT, có thể từ tệp Excel"), self.tr("Mở Thiết bị")),
            ("sync", self.tr("Đăng ký máy với máy chủ của tỉnh bằng mã Sở KH&CN cấp"), self.tr("Mở Đồng bộ")),
        )
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 2)
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, text, button_text) in enumerate(steps, start=1):
            grid.addWidget(QLabel(f"{row}. {text}"), row, 0)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _=False, k=key: self.go.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, row, 1)
        grid.setColumnStretch(0, 1)
