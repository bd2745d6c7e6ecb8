"""What sync needs from the desktop: the store, the clock and who acts. The services' ServiceContext is one; sync asks
for no more, so it does not depend on the services layer."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol


class SyncContext(Protocol):
    @property
    def db(self) -> Any:  # desktop.store.database.Database
        ...

    @property
    def actor(self) -> str:  # who acts, for the audit log
        ...

    def now(self) -> datetime:
        ...
