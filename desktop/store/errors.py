"""Store-level failures the app reports to the officer in plain words (Vietnamese / English)."""

from __future__ import annotations


class StoreError(Exception):
    """A problem opening or changing the database file itself."""

    def __init__(self, code: str, message_vi: str, message_en: str) -> None:
        super().__init__(f"{message_vi} / {message_en}")
        self.code = code
        self.message_vi = message_vi
        self.message_en = message_en


class AlreadyOpenError(StoreError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            "store.already_open",
            f"Dữ liệu tại {folder} đang được mở bởi một cửa sổ CommuneDesk khác. "
            "Hãy dùng cửa sổ đó hoặc đóng nó trước.",
            f"The data in {folder} is already open in another CommuneDesk window. Use that one or close it first.",
        )


class DatabaseTooNewError(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            "store.too_new",
            f"Cơ sở dữ liệu được tạo bởi phiên bản CommuneDesk mới hơn (lược đồ {revision}). Hãy cập nhật phần mềm.",
            f"The database was made by a newer CommuneDesk (schema {revision}). Please update the application.",
        )


class NotOurDatabaseError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "store.foreign",
            f"Tệp {path} không phải cơ sở dữ liệu CommuneDesk.",
            f"The file {path} is not a CommuneDesk database.",
        )
