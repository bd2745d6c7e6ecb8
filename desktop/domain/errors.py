"""Exceptions that explain themselves: a stable code, the field at fault and named params, worded by the catalogue."""

from __future__ import annotations

from desktop.domain.messages import code_of, render


class Explained(Exception):
    """A failure the officer must hear about, in words from the catalogue (desktop.domain.messages).

    `key` is the catalogue key (`code` or `code#variant`); `code` is its stable part, for programs and the wire;
    `params` fill the sentence. `message(lang)` is the sentence in one language; `str()` gives “vi / en” for logs.
    """

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.code = code_of(key)
        self.params = params

    def message(self, lang: str) -> str:
        return render(self.key, lang, **self.params)

    @property
    def message_vi(self) -> str:
        return self.message("vi")

    @property
    def message_en(self) -> str:
        return self.message("en")

    def __str__(self) -> str:
        return f"{self.message('vi')} / {self.message('en')}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r})"


class InvalidValue(Explained, ValueError):
    """A value handed to a plain function (a month, a quarter, a count) is not acceptable; still a ValueError, so
    callers that catch ValueError keep working."""


class DomainError(Explained):
    """A business rule was broken.

    `field` names the input at fault (None when the error concerns the whole record), so the UI can put the
    sentence under that widget.
    """

    def __init__(self, key: str, /, *, field: str | None = None, **params: object) -> None:
        super().__init__(key, **params)
        self.field = field

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, field={self.field!r})"


class ValidationError(DomainError):
    """A value typed or imported into a field is not acceptable."""


class TransitionError(DomainError):
    """A lifecycle action is not allowed from the dossier's current status; raised with field="status"."""
