"""The runner for work that waits on the network or runs long (sync, enrolment, USB bundles): a thread of its own,
so lists, searches, the dashboard and reports on the database worker never queue behind a silent server, and a way
to stop it quickly when the app closes."""

from __future__ import annotations

from desktop.ui.ops import OpRunner

SHUTDOWN_MS = 3000  # closing the app waits this long at most for a cancelled run to put its pen down


class NetRunner(OpRunner):
    """One job at a time, like the database worker (two syncs at once would only race each other), on a thread
    of its own. Cancellable jobs, queued ones included, see their token set on `shutdown`."""

    def shutdown(self, msecs: int = SHUTDOWN_MS) -> bool:
        """Cancel what runs or waits and wait at most `msecs`; True when nothing is left running."""
        self.cancel_all()
        return self.wait_idle(msecs)
