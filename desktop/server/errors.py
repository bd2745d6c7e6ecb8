"""The one error type the server raises on purpose: an HTTP status, a stable code and a message in both languages."""

from __future__ import annotations


class ServerError(Exception):
    def __init__(self, status: int, code: str, message_vi: str, message_en: str, details: object = None) -> None:
        super().__init__(f"{code}: {message_en}")
        self.status = status
        self.code = code
        self.message_vi = message_vi
        self.message_en = message_en
        self.details = details

    def body(self) -> dict[str, object]:
        error: dict[str, object] = {"code": self.code, "message_vi": self.message_vi, "message_en": self.message_en}
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}


def bad_request(code: str, message_vi: str, message_en: str, details: object = None) -> ServerError:
    return ServerError(422, code, message_vi, message_en, details)


def not_found(what_vi: str, what_en: str, key: str) -> ServerError:
    return ServerError(404, "not_found", f"Không tìm thấy {what_vi} “{key}”.", f"No {what_en} “{key}”.")
