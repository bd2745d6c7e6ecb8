"""The one error type the server raises on purpose: an HTTP status, a stable code and params; its body carries the
catalogue's sentence in both languages (PROTOCOL.md "Errors")."""

from __future__ import annotations

from desktop.domain.errors import Explained
from desktop.domain.messages import Phrase


class ServerError(Explained):
    def __init__(self, key: str, /, *, status: int = 422, details: object = None, **params: object) -> None:
        super().__init__(key, **params)
        self.status = status
        self.details = details

    def body(self) -> dict[str, object]:
        error: dict[str, object] = {"code": self.code, "message_vi": self.message("vi"),
                                    "message_en": self.message("en")}
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}


def bad_request(key: str, /, *, details: object = None, **params: object) -> ServerError:
    return ServerError(key, status=422, details=details, **params)


def not_found(thing: Phrase, name: str) -> ServerError:
    return ServerError("not_found", status=404, thing=thing, name=name)
