"""The one-stop desk's name on the Settings page: typed, stored on the commune, shown again; empty = the default."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import form_data, setup
from desktop.services.context import ServiceContext
from desktop.ui.pages.settings_page import create_settings_page


def test_desk_name_typed_is_stored_and_heads_the_slips(qtbot, session, type_text, ctx: ServiceContext) -> None:  # noqa: ANN001
    page = create_settings_page(session)
    qtbot.addWidget(page.view)
    page.view.show()
    page.show_page()
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    tab = page.view.commune
    assert tab.desk_name.text() == "" and tab.desk_name.placeholderText() == "Trung tâm Phục vụ hành chính công"
    tab.leader_title.setFocus()
    qtbot.keyClick(tab.leader_title, Qt.Key.Key_Tab)
    assert tab.desk_name.hasFocus()  # reached by Tab, after the signer's title
    type_text(tab.desk_name, "Trung tâm Phục vụ hành chính công phường An Sinh")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert setup.get_commune(ctx).desk_name == "Trung tâm Phục vụ hành chính công phường An Sinh"
    assert tab.status.text() == "Đã lưu."
    assert form_data.book(ctx, ctx.today(), ctx.today()).desk == "Trung tâm Phục vụ hành chính công phường An Sinh"
