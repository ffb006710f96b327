"""The token table the parser reads: a text's tokens as parallel lists, each with its
lexicon entry (:data:`_Entry`: categories, lexicon form, clitic letters, kind, whether it
can begin an expression, capital, the units it can begin).

:mod:`.tokens` fills the table from a normalised text; the readers of :mod:`.reading`,
the units and the parser read it.  The categories that can begin an expression
(:data:`_STARTERS`) are here too: they decide an entry's "can start", and some units ask
them of the words around them.
"""

from __future__ import annotations

from itertools import compress
from operator import itemgetter

from ..text import Token

__all__ = ["Tokens"]

# Categories that can begin an expression.
_STARTERS = frozenset({
    "month", "hmonth", "weekday", "weekday_abbr", "weekday_bare", "dayrel", "tonight", "pod",
    "pod_mod", "unit", "rel_pre", "posmod", "vague", "set_adv", "season", "holiday",
    "decade_word", "num", "tens", "ord", "quant", "approx", "exact", "ago", "since", "every",
    "day_word", "year_word", "month_word", "night_word", "anaph", "the", "first_day",
    "clock_intro", "midnight", "noon", "half", "quarter_word", "pod_adv", "fiscal", "latest",
    "clock_frac", "dur_mod",
    "yoy_adj", "pod_bare", "ord_construct", "after", "last_adj", "later_phrase",
})

#: A token text's entry: (cats, base, clitic letters, kind, needs a second look, can start,
#: capitalised, the units it can begin).  Entries are shared by every token with the same text; the few that depend
#: on context (a merged phrase, a word that counts only capitalised) get their own.
_Entry = tuple[dict[str, object], str, int, str, bool, bool, bool, tuple]  # type: ignore[type-arg]
_CATS, _BASE, _PRE, _KIND, _SPECIAL, _STARTS, _CAP, _UNITS_AT = range(8)


class Tokens:
    """The tokens of a normalised text as parallel lists (one item per token).

    ``text``, ``start``, ``end`` (normalised-text offsets), ``kind`` (``"d"`` digits,
    ``"w"`` letters, ``"p"`` other), ``cats`` (lexicon categories, a shared read-only dict),
    ``entries`` (the whole :data:`_Entry` of each token: also its lexicon form, clitic
    letters and capital) and ``starters`` (the indices of tokens an expression can begin
    at).
    """

    __slots__ = ("text", "start", "end", "kind", "cats", "entries", "starters")

    def __init__(self, text: list[str], start: list[int], end: list[int], entries: list[_Entry]):
        self.text, self.start, self.end, self.entries = text, start, end, entries
        self.cats: list[dict[str, object]] = list(map(itemgetter(_CATS), entries))
        self.kind: list[str] = list(map(itemgetter(_KIND), entries))
        self.starters = list(compress(range(len(entries)), map(itemgetter(_STARTS), entries)))

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, i: int) -> Token:
        """Token ``i`` as a :class:`~timeline.text.Token` (for inspection and tests)."""
        e = self.entries[i]
        t = Token(self.text[i], self.start[i], self.end[i], self.kind[i])
        t.cats, t.base, t.pre, t.cap = dict(e[_CATS]), e[_BASE], e[_PRE], e[_CAP]
        return t
