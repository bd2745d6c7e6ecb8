"""The dossier form's compact Decision 766 row: four tick boxes (digitised, electronic result, data reused, fee paid
online) and the citizen's rating, on one line so the form still fits the office screen."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from desktop.domain.index766 import RATING_MAX, RATING_MIN, Marks


class MarksRow(QWidget):
    def __init__(self, marks: Marks | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marks766")
        marks = marks or Marks()
        self.digitised = QCheckBox(self.tr("Đã số hóa"))
        self.e_result = QCheckBox(self.tr("KQ điện tử"))
        self.reused_data = QCheckBox(self.tr("Tái sử dụng dữ liệu"))
        self.paid_online = QCheckBox(self.tr("TT trực tuyến"))
        self.digitised.setToolTip(self.tr("Thành phần hồ sơ đã được số hóa"))
        self.e_result.setToolTip(self.tr("Kết quả giải quyết được cấp bản điện tử"))
        self.paid_online.setToolTip(self.tr("Phí, lệ phí được nộp trực tuyến"))
        self.rating = QComboBox()
        self.rating.setObjectName("rating")
        self.rating.setToolTip(self.tr("Mức hài lòng của người dân"))
        self.rating.addItem(self.tr("Chưa đánh giá"), None)
        for n in range(RATING_MAX, RATING_MIN - 1, -1):
            self.rating.addItem(f"{n}/{RATING_MAX}", n)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box, value in ((self.digitised, marks.digitised), (self.e_result, marks.e_result),
                           (self.reused_data, marks.reused_data), (self.paid_online, marks.paid_online)):
            box.setChecked(value)
            layout.addWidget(box)
        layout.addWidget(self.rating)
        layout.addStretch(1)
        self.rating.setCurrentIndex(max(0, self.rating.findData(marks.rating)) if marks.rating else 0)
        self.setFocusProxy(self.digitised)

    def marks(self) -> Marks:
        return Marks(self.digitised.isChecked(), self.e_result.isChecked(), self.reused_data.isChecked(),
                     self.paid_online.isChecked(), self.rating.currentData())
