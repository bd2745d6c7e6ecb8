"""Vietnamese text normalisation: the stored form, the search key and the sort keys."""

from __future__ import annotations

import unicodedata

# A Vietnamese sort key: (letters, tones, case, original). Letters decide first; tones only break ties between
# words spelt with the same letters; case only breaks ties after that; the NFC text makes the order total.
SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]

_BREVE = "\u0306"
_CIRCUMFLEX = "\u0302"
_HORN = "\u031b"
_LETTER_MARKS = frozenset({_BREVE, _CIRCUMFLEX, _HORN})

# Tone marks in the conventional dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng), the order used by
# Từ điển tiếng Việt (Hoàng Phê) and by most Vietnamese lists officers are used to. 0 is the unmarked tone.
_TONE_RANK = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}
# Marks foreign to Vietnamese (ü, ç, ...) sort after every tone so such names still land next to their base letter.
_FOREIGN_MARK_RANK = 6

# The Vietnamese alphabet with f, j, w, z slotted in Latin order because they occur in foreign and ethnic names.
_ALPHABET = (
    "a", "a" + _BREVE, "a" + _CIRCUMFLEX, "b", "c", "d", "đ", "e", "e" + _CIRCUMFLEX, "f", "g", "h", "i", "j", "k",
    "l", "m", "n", "o", "o" + _CIRCUMFLEX, "o" + _HORN, "p", "q", "r", "s", "t", "u", "u" + _HORN, "v", "w", "x",
    "y", "z",
)  # fmt: skip
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}

# Primary weights are grouped so that punctuation < digits < Vietnamese letters < any other script.
_CLASS_WIDTH = 0x110000
_PUNCT, _DIGIT, _LETTER, _OTHER = range(1, 5)


def nfc(s: str) -> str:
    """Return `s` in NFC, the form every text is stored in."""
    return unicodedata.normalize("NFC", s)


def _collapse_spaces(s: str) -> str:
    return " ".join(s.split())


def fold(s: str) -> str:
    """Return the accent-, case- and spacing-insensitive search key of `s` ("Nguyễn Văn Đức" -> "nguyen van duc")."""
    decomposed = unicodedata.normalize("NFD", nfc(s))
    bare = "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    # đ/Đ are letters of their own, not d plus a mark, so NFD leaves them alone and they need mapping by hand.
    bare = bare.replace("đ", "d").replace("Đ", "D")
    return _collapse_spaces(bare.casefold())


def _clusters(s: str) -> list[tuple[str, set[str]]]:
    """Split NFD text into (base character, its combining marks); the marks form a set because NFD orders them
    by combining class (ặ is a + dot below + breve), not by their meaning."""
    clusters: list[tuple[str, set[str]]] = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) and clusters:
            clusters[-1][1].add(ch)
        else:
            clusters.append((ch, set()))
    return clusters


def _primary_weight(base: str, letter_marks: set[str]) -> int:
    letter = base + "".join(sorted(letter_marks))
    if letter in _LETTER_RANK:
        return _LETTER * _CLASS_WIDTH + _LETTER_RANK[letter]
    if base in _LETTER_RANK:
        # A base letter with a modifier that Vietnamese does not pair with it (e.g. "ǒ"): keep it by its base.
        return _LETTER * _CLASS_WIDTH + _LETTER_RANK[base]
    if base.isdigit():
        return _DIGIT * _CLASS_WIDTH + ord(base)
    if base.isalpha():
        return _OTHER * _CLASS_WIDTH + ord(base)
    return _PUNCT * _CLASS_WIDTH + ord(base)


def vi_sort_key(s: str) -> SortKey:
    """Return a key that sorts Vietnamese text as a dictionary does.

    Letters compare first in the Vietnamese alphabet (a < ă < â < b < c < d < đ < e < ê < ... < o < ô < ơ < ...
    < u < ư < ...), ignoring case; tones are a second level (no tone < huyền < hỏi < ngã < sắc < nặng); case is a
    third level with lower case first.
    """
    text = _collapse_spaces(nfc(s))
    primary: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for base, marks in _clusters(text):
        lower = base.lower()
        primary.append(_primary_weight(lower, marks & _LETTER_MARKS))
        tone_marks = marks - _LETTER_MARKS
        tone = max((_TONE_RANK.get(m, _FOREIGN_MARK_RANK) for m in tone_marks), default=0)
        tones.append(tone)
        cases.append(0 if base == lower else 1)
    return tuple(primary), tuple(tones), tuple(cases), text


def name_sort_key(full_name: str) -> tuple[SortKey, SortKey]:
    """Return a key that sorts people by given name (the last word), then by family and middle names."""
    words = _collapse_spaces(nfc(full_name)).split(" ")
    given = words[-1]
    rest = " ".join(words[:-1])
    return vi_sort_key(given), vi_sort_key(rest)



def number_text(value: int | float) -> str:
    """A number as the officer typed it: 2 (never 2.0), 2.5, 0.85, 1250000 — the shortest text that reads back as
    the same value (Python's float repr), a whole float written as the whole number it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a number: {value!r}")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)
