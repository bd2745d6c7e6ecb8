"""Who is logged in, with what rights, and the one "data changed" hook every screen refreshes from."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.context import ServiceContext
from desktop.services.officers import OfficerInfo
from desktop.ui.net_runner import NetRunner
from desktop.ui.ops import OpRunner

# Topics a change is announced under; a page lists the topics that make it stale.
DOSSIERS, TRAINING, EQUIPMENT, CATALOGUE, OFFICERS, COMMUNE, CALENDAR, SYNC, REPORTS = (
    "dossiers", "training", "equipment", "catalogue", "officers", "commune", "calendar", "sync", "reports")
# The workbook's records (tasks, villages, teams…) and what its Decision 766 tab counts against (the targets).
WORKBOOK = "workbook"

# What each role may do beyond everyday record keeping (every role may register dossiers, log training, equipment).
PERMISSIONS: dict[str, frozenset[str]] = {
    "officer": frozenset(),
    "leader": frozenset({"sign_report", "edit_catalogue", "edit_commune", "edit_calendar"}),
    "admin": frozenset({"sign_report", "edit_catalogue", "edit_commune", "edit_calendar", "manage_accounts"}),
}


class AppSession(QObject):
    """The logged-in officer's context: services get `ctx`, slow work goes through `runner`, work that waits on the
    province server through `net` (the app's own; a session made without one gets its own)."""

    data_changed = Signal(str)  # topic

    def __init__(self, ctx: ServiceContext, runner: OpRunner, user: OfficerInfo | None = None,
                 parent: QObject | None = None, net: NetRunner | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.net = net if net is not None else NetRunner(self)
        self.user = user
        if user is not None:
            ctx.actor = user.username or user.id
            ctx.role = user.role

    @property
    def role(self) -> str:
        return self.ctx.role

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())

    def changed(self, topic: str) -> None:
        """Tell every screen that data under `topic` changed (call after a successful write)."""
        self.data_changed.emit(topic)
