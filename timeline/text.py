"""Normalise text for matching while keeping a map back to the caller's original offsets.

Matching runs on a normalised copy of the text: Arabic diacritics, tatweel and invisible
format characters are dropped; hamza-carrying alefs, alef maqsura, ta marbuta, Persian
kaf/yeh and Eastern Arabic/Persian digits are folded; dashes, quotes and exotic spaces are
unified; Latin letters are lower-cased.  Every kept character stays one character, so
the only offset change comes from dropped characters, recorded once per text.

>>> n = normalize("الهـجوم فجر ١٨ كانون الأول")
>>> n.text
'الهجوم فجر 18 كانون الاول'
>>> s, e = n.span(7, 10)      # 'فجر' in the normalised text
>>> n.original[s:e]
'فجر'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import add, sub
from typing import Iterator

__all__ = ["Normalized", "normalize", "normalize_word", "Token", "tokenize", "token_spans", "TOKEN_RE"]

_DELETED_RANGES = [
    (0x0610, 0x061A),  # Arabic honorific marks
    (0x064B, 0x065F),  # harakat, tanween, shadda, sukun ...
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0640, 0x0640),  # tatweel
    (0x00AD, 0x00AD),  # soft hyphen
    (0x200B, 0x200F),  # zero-width chars, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings
    (0x2060, 0x2064),
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),
]

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ڤ": "ف", "ڨ": "ق", "گ": "ك", "پ": "ب", "چ": "ج",
    "٪": "%", "٫": ".", "٬": ",", "؍": "/",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "ʼ": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-",
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\t": " ", "\r": " ", "\x0b": " ", "\x0c": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits

_TABLE: dict[int, object] = {ord(k): v for k, v in _FOLD.items()}
for _a, _b in _DELETED_RANGES:
    for _c in range(_a, _b + 1):
        _TABLE[_c] = None

#: The same table as strings: each character that changes -> its replacement ("" drops it).
#: No replacement is itself a key, so replacing one character after another equals
#: ``str.translate`` with ``_TABLE`` (checked in tests/test_fast_path.py).
_REPLACE: dict[str, str] = {chr(k): ("" if v is None else str(v)) for k, v in _TABLE.items()}
_CHANGE_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_REPLACE)) + "]")
_FOLD_CHUNK = 1 << 16

#: Dropped characters that belong to the word before them (harakat, tatweel): a span
#: ending at a word keeps them.
_MARK_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")

_DELETED_RE = re.compile(
    "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _DELETED_RANGES) + "]"
)

_TOKEN = r"\d+|[^\W\d_]+|[^\w\s]|_"
#: One token: a run of digits, a run of letters, or one other non-space character.
TOKEN_RE = re.compile(_TOKEN)
#: A token with the spaces before it: every character that is not in a token is a space,
#: so the lengths of the two groups add up to the offsets.
_SPACED_TOKEN_RE = re.compile(r"(\s*+)(" + _TOKEN + ")")
_KIND_RE = re.compile(r"(\d+)|([^\W\d_]+)|([^\w\s]|_)")
_KINDS = {1: "d", 2: "w", 3: "p"}


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters (e.g. 'İ') lower-case to two; keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Normalized:
    """A normalised copy of a text with a map from its offsets back to the original."""

    __slots__ = ("original", "text", "_deleted")

    def __init__(self, original: str, text: str, deleted: list[int]):
        self.original = original
        self.text = text
        self._deleted = deleted  # sorted original indices of dropped characters

    def to_original(self, i: int) -> int:
        """Original index of the normalised character at ``i`` (``len`` maps to ``len``)."""
        deleted = self._deleted
        if not deleted:
            return i
        if i >= len(self.text):
            return len(self.original)
        j = i
        while True:
            nj = i + bisect_right(deleted, j)
            if nj == j:
                return j
            j = nj

    def to_normalized(self, i: int) -> int:
        """Normalised index of the original character at ``i`` (a dropped character maps
        to the next kept one; ``len(original)`` maps to ``len(text)``).

        >>> n = normalize("الهـجوم")
        >>> n.to_normalized(4), n.text[n.to_normalized(4)]
        (3, 'ج')
        """
        return i - bisect_left(self._deleted, i) if self._deleted else i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised half-open span ``[start, end)``."""
        if not self._deleted:
            return start, end
        if end <= start:
            s = self.to_original(start)
            return s, s
        e = self.to_original(end - 1) + 1
        m = _MARK_RE.match(self.original, e)
        if m:
            e = m.end()
        return self.to_original(start), e


def _fold(text: str) -> str:
    """``text.translate(_TABLE)``, faster on Arabic text.

    ``str.translate`` looks every non-ASCII character up in a dict; a text uses only a
    dozen of the characters that change, so one regular-expression pass finds them and a
    ``str.replace`` per distinct character does the rest.
    """
    found: set[str] = set()
    for i in range(0, len(text), _FOLD_CHUNK):  # a bounded list of matches at a time
        found.update(_CHANGE_RE.findall(text, i, i + _FOLD_CHUNK))
    replace = _REPLACE
    for ch in found:
        text = text.replace(ch, replace[ch])
    return text


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; see the module docstring for what changes."""
    folded = _fold(_lower_same_length(text))
    if len(folded) == len(text):
        return Normalized(text, folded, [])
    deleted = [m.start() for m in _DELETED_RE.finditer(text)]
    return Normalized(text, folded, deleted)


def normalize_word(word: str) -> str:
    """Normalise a lexicon word the same way texts are normalised."""
    return _fold(_lower_same_length(word))


class Token:
    """A token of the normalised text (offsets are normalised-text offsets).

    ``kind`` is ``"d"`` (digits), ``"w"`` (letters) or ``"p"`` (any other character).
    ``cats`` maps lexicon categories to values; ``pre`` counts the clitic letters before
    the lexicon word (``وأمس`` -> 1) so spans can start after them.
    """

    __slots__ = ("text", "start", "end", "kind", "cats", "pre", "cap", "base")

    def __init__(self, text: str, start: int, end: int, kind: str):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.cats: dict[str, object] = {}
        self.pre = 0
        self.cap = False
        self.base = text

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind}, {self.cats})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of an already normalised ``text``."""
    kinds = _KINDS
    for m in _KIND_RE.finditer(text, start, len(text) if end is None else end):
        yield Token(m.group(), m.start(), m.end(), kinds[m.lastindex])  # type: ignore[index]


def token_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of an already normalised ``text`` as three lists: texts, starts, ends.

    The same tokens as :func:`tokenize`, several times faster: one ``findall`` and
    C-level sums instead of a match object and a :class:`Token` per token.

    >>> token_spans("فجر 18/12")
    (['فجر', '18', '/', '12'], [0, 4, 6, 7], [3, 6, 7, 9])
    """
    # trailing spaces would make the pattern rescan them from every position: cut them
    rows = _SPACED_TOKEN_RE.findall(text, 0, len(text.rstrip()))
    if not rows:
        return [], [], []
    spaces, toks = zip(*rows)
    lens = list(map(len, toks))
    ends = list(accumulate(map(add, map(len, spaces), lens)))
    return list(toks), list(map(sub, ends, lens)), ends
