"""The main window's pages, in navigation order: key, translated title, and the factory that builds each one."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui.pages.base import PageController
from desktop.ui.session import AppSession


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Vietnamese source text, translated in context "Pages"
    module: str
    factory: str

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, session: AppSession) -> PageController:
        # Imported on first show: the window opens before the heavier pages are even loaded.
        make: Callable[[AppSession], PageController] = getattr(importlib.import_module(self.module), self.factory)
        return make(session)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Tổng quan"), "desktop.ui.pages.dashboard_page",
             "create_dashboard_page"),
    PageSpec("dossiers", QT_TRANSLATE_NOOP("Pages", "Hồ sơ TTHC"), "desktop.ui.pages.dossier_page",
             "create_dossier_page"),
    PageSpec("training", QT_TRANSLATE_NOOP("Pages", "Đào tạo"), "desktop.ui.pages.training_page",
             "create_training_page"),
    PageSpec("equipment", QT_TRANSLATE_NOOP("Pages", "Thiết bị"), "desktop.ui.pages.equipment_page",
             "create_equipment_page"),
    PageSpec("workbook", QT_TRANSLATE_NOOP("Pages", "Sổ chuyển đổi số"), "desktop.ui.pages.workbook_page",
             "create_workbook_page"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Báo cáo"), "desktop.ui.pages.reports_page",
             "create_reports_page"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Pages", "Đồng bộ"), "desktop.ui.pages.sync_page", "create_sync_page"),
    PageSpec("catalogue", QT_TRANSLATE_NOOP("Pages", "Danh mục"), "desktop.ui.pages.catalogue_page",
             "create_catalogue_page"),
    PageSpec("audit", QT_TRANSLATE_NOOP("Pages", "Nhật ký"), "desktop.ui.pages.audit_page", "create_audit_page"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Cài đặt"), "desktop.ui.pages.settings_page",
             "create_settings_page"),
)
PAGE_KEYS = tuple(p.key for p in PAGES)


def spec(key: str) -> PageSpec:
    for page in PAGES:
        if page.key == key:
            return page
    raise KeyError(key)
