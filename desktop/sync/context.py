"""What a sync run needs from the desktop: the store and the clock. The services' ServiceContext is one; sync asks
for no more, so it does not depend on the services layer."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol


class SyncContext(Protocol):
    @property
    def db(self) -> Any:  # desktop.store.database.Database
        ...

    def now(self) -> datetime:
        ...
