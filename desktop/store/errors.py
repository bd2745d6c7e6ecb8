"""Store-level failures the app reports to the officer in plain words (catalogue codes `store.*`, `backup.*`)."""

from __future__ import annotations

from desktop.domain.errors import Explained


class StoreError(Explained):
    """A problem opening or changing the database file itself."""


class AlreadyOpenError(StoreError):
    def __init__(self, folder: str) -> None:
        super().__init__("store.already_open", folder=folder)


class DatabaseTooNewError(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__("store.too_new", revision=revision)


class NotOurDatabaseError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__("store.foreign", path=path)
