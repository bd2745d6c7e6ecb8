"""The dossier page on real widgets: typing without diacritics finds the dossier; the overdue filter narrows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop.services import dossiers
from desktop.services.dossiers import DossierInput
from desktop.ui.pages.dossier_page import DossierPageController, DossierPageView


def _seed(ctx) -> None:  # noqa: ANN001
    for day, name, proc in [(18, "Nguyễn Văn Đức", "1.001193"), (19, "Trần Thị Lan", "1.009994"),
                            (20, "Lê Hoàng Nam", "1.009994")]:
        dossiers.register_dossier(ctx, DossierInput(proc, name, "direct", received_at=datetime(2026, 11, day, 9)))


def test_search_as_you_type_without_diacritics(qtbot, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    view = DossierPageView()
    qtbot.addWidget(view)
    controller = DossierPageController(view, ctx)
    assert controller.model.rowCount() == 3
    assert view.count.text() == "3 hồ sơ"
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F jumps to the search box
    assert view.search.hasFocus()
    with qtbot.waitSignal(controller.model.modelReset, timeout=3000):
        qtbot.keyClicks(view.search, "nguyen van duc")
    assert controller.model.rowCount() == 1
    assert controller.model.dossier_at(0).applicant_name == "Nguyễn Văn Đức"


def test_overdue_filter(qtbot, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    view = DossierPageView()
    qtbot.addWidget(view)
    controller = DossierPageController(view, ctx)
    view.filter.setCurrentIndex(view.filter.findData("overdue"))
    names = [controller.model.dossier_at(r).applicant_name for r in range(controller.model.rowCount())]
    assert names == ["Nguyễn Văn Đức"]  # in the day, received 18/11: overdue on 20/11
