"""One catalogue for every sentence an error or warning shows the officer, in Vietnamese and English.

A key is a stable code (`asset_tag.duplicate`), optionally with a variant after `#` when one code needs several
sentences (`code.number#zero`); the part before `#` is what callers and the wire see. An entry whose first part is
`*` (`*.required`) serves every field's code of that shape. Templates take named `{params}`; a param may itself be a
`Phrase` (a catalogue key with its own params) or a `Term` (a label a domain table holds in both languages),
rendered in the same language as the sentence around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

from desktop.domain.messages import (
    commands,
    common,
    desk,
    equipment,
    exchange,
    forms,
    imports,
    numbering,
    papers,
    people,
    periods,
    reconcile,
    records,
    rules,
    server,
    workbook,
)

LANGUAGES = ("vi", "en")
AREAS = (common, records, people, equipment, papers, exchange, imports, commands, server, numbering, periods, rules,
         workbook, forms, reconcile, desk)


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        for key, pair in area.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} is defined twice (again in {area.__name__})")
            merged[key] = pair
    return merged


CATALOGUE: Mapping[str, tuple[str, str]] = _merge()


class Phrase:
    """A catalogue entry used as a param of another sentence, e.g. the label in “Vui lòng nhập {label}.”."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params

    def __repr__(self) -> str:
        return f"Phrase({self.key!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (other.key, other.params) == (self.key, self.params)

    def __hash__(self) -> int:
        return hash(self.key)


class Term:
    """A label the domain already keeps in both languages (a status, an action), or a number written each
    language's way (1.000 / 1,000), used as a param as it is."""

    __slots__ = ("vi", "en")

    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi, en

    def __repr__(self) -> str:
        return f"Term({self.vi!r}, {self.en!r})"


def _word(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        return render(value.key, lang, **value.params)
    if isinstance(value, Term):
        return value.en if lang == "en" else value.vi
    message = getattr(value, "message", None)  # an error passed on as the cause of another one (Explained)
    if callable(message) and isinstance(value, Exception):
        return message(lang)
    return value


def code_of(key: str) -> str:
    """The stable code of a key: `code.number#zero` → `code.number`."""
    return key.partition("#")[0]


def entry_key(key: str) -> str | None:
    """The catalogue key that serves `key`: itself, or its `*.` form (`topic.required` → `*.required`)."""
    if key in CATALOGUE:
        return key
    head, dot, rest = key.partition(".")
    generic = f"*.{rest}"
    return generic if dot and head != "*" and generic in CATALOGUE else None


def placeholders(template: str) -> set[str]:
    """The param names a template uses (`{value!r}` and `{hi:,}` count as `value` and `hi`)."""
    return {name.split(".")[0].split("[")[0] for _text, name, _spec, _conv in Formatter().parse(template) if name}


def render(key: str, lang: str, /, **params: object) -> str:
    """The sentence for `key` in `lang` ("vi" or "en"), its params filled in; an unknown key shows itself."""
    found = entry_key(key)
    values = {name: _word(value, lang) for name, value in params.items()}
    if found is None:  # the catalogue test keeps this from happening; an officer still sees something useful
        return " ".join([key, *(f"{name}={value}" for name, value in values.items())])
    vi, en = CATALOGUE[found]
    return (en if lang == "en" else vi).format(**values)


def bilingual(key: str, /, **params: object) -> str:
    """“vi / en” on one line, for logs and plain-text outputs."""
    return f"{render(key, 'vi', **params)} / {render(key, 'en', **params)}"
