"""From a normalised text to the token table: tokens looked up in the language's lexicon.

Each distinct token text is looked up once per process (:class:`_TokenCache`, kept on
the lexicon): its categories, lexicon form and clitic letters, whether it can begin an
expression and which units (:mod:`.dispatch`).  Only the few tokens whose reading
depends on their context get a second look (:func:`_second_look`): multi-word phrases
are merged, words that count only capitalised dropped when they are not, English months
noted as capitalised or not.
"""

from __future__ import annotations

from itertools import compress
from operator import itemgetter
from typing import Optional

from ..lang import Language, Lexicon
from ..text import Normalized, token_spans
from .dispatch import _dispatch
from .table import _CATS, _SPECIAL, _STARTERS, _UNITS_AT, Tokens, _Entry

__all__ = ["prepare_tokens"]

# Categories that set the tense of a clause (see ``_Context._context``): a word that is a
# time only when capitalised ("May") keeps these in lower case ("may vote Monday").
_TENSE_CUES = frozenset({"future", "future_modal", "past_verb", "present_aux", "perfect_aux", "deadline"})
_EMPTY_CATS: dict[str, object] = {}  # shared by every token without categories: never mutated
_CACHE_LIMIT = 200_000


def _entry(tok: str, lex: Lexicon) -> _Entry:
    """What the lexicon says of one token text, whatever its context.

    Kinds follow :data:`timeline.text.TOKEN_RE`: ``\\d`` is ``str.isdecimal`` and ``\\w``
    is ``str.isalnum`` or ``_``.  "Needs a second look" marks what only the context can
    settle: the head of a multi-word phrase, a word that counts only capitalised, an
    English month (whether it is capitalised).
    """
    c = tok[0]
    if c.isdecimal():
        return _EMPTY_CATS, tok, 0, "d", False, True, False, _dispatch(True, False, _EMPTY_CATS)
    words, phrases = lex.words, lex.phrases
    if c.isalnum():
        kind = "w"
        found = lex.base_form(tok)
    else:
        kind = "p"
        found = (tok, 0) if tok in phrases or tok in words else None
    if found is None:
        apostrophe = kind == "p" and tok == "'"
        return _EMPTY_CATS, tok, 0, kind, False, apostrophe, False, _dispatch(False, apostrophe, _EMPTY_CATS)
    base, pre = found
    cats = words.get(base) or _EMPTY_CATS
    special = (base in phrases or (bool(cats) and base in lex.case_sensitive)
               or (lex.code == "en" and "month" in cats) or lex.phrase_behind_clitic(tok) is not None)
    starter = tok == "'" if kind == "p" else bool(cats.keys() & _STARTERS)
    units = _dispatch(False, kind == "p" and tok == "'", cats)
    return cats, base, pre, kind, special, starter, False, units


class _TokenCache(dict):  # type: ignore[type-arg]
    """Token text -> :data:`_Entry`, made on first sight (bounded: cleared when full)."""

    def __init__(self, lex: Lexicon):
        super().__init__()
        self.lex = lex

    def __missing__(self, tok: str) -> _Entry:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        entry = self[tok] = _entry(tok, self.lex)
        return entry


def prepare_tokens(norm: Normalized, language: Language) -> Tokens:
    """Tokens of ``norm`` with lexicon categories, phrases merged.

    Each distinct token text is looked up once per process (:class:`_TokenCache`); only
    the few tokens whose reading depends on their context (phrase heads, words that count
    only when capitalised, English months) are looked at one by one.
    """
    text = norm.text
    tx, ts, te = token_spans(text)
    lex = language.lexicon
    cache = lex.token_cache
    if cache is None:
        cache = lex.token_cache = _TokenCache(lex)
    entries: list[_Entry] = list(map(cache.__getitem__, tx))
    specials = list(compress(range(len(entries)), map(itemgetter(_SPECIAL), entries)))
    if specials:
        _second_look(norm, lex, specials, tx, ts, te, entries)
    return Tokens(tx, ts, te, entries)


def _phrase_at(i: int, by_next: Optional[dict], tx: list[str], ts: list[int], te: list[int],
               text: str) -> Optional[tuple[tuple[str, ...], dict[str, object]]]:
    """The longest of ``by_next``'s phrases (indexed by their second word) whose other
    words follow token ``i`` on its line: ``(tail, categories)``, or ``None``."""
    n = len(tx)
    if not by_next or i + 1 >= n:
        return None
    for tail, pcats in by_next.get(tx[i + 1], ()):
        if i + len(tail) >= n:
            continue
        if all(tx[i + off] == want and "\n" not in text[te[i + off - 1]:ts[i + off]]
               for off, want in enumerate(tail, 1)):
            return tail, pcats
    return None


def _second_look(norm: Normalized, lex: Lexicon, specials: list[int], tx: list[str],
                 ts: list[int], te: list[int], entries: list[_Entry]) -> None:
    """Settle the tokens whose reading depends on context, in place: merge multi-word
    phrases (left to right, longest first), drop words that count only capitalised when
    they are not, note whether English months are capitalised."""
    text = norm.text
    words, case_sensitive, heads = lex.words, lex.case_sensitive, lex.phrases_by_next
    en = lex.code == "en"
    merges: list[tuple[int, int]] = []
    skip = 0
    for i in specials:
        if i < skip:
            continue  # inside a phrase merged already
        cats, base, pre, kind, _, starter, _, _ = entries[i]
        merged = False
        # only the phrases whose second word is the next token can match; also one behind
        # clitic letters when the word is a word of its own ("بعيد الأضحى": ب + عيد)
        tries = [(base, pre)]
        hidden = lex.phrase_behind_clitic(tx[i]) if kind == "w" else None
        if hidden is not None:
            tries.append(hidden)
        for head, head_pre in tries:
            found = _phrase_at(i, heads.get(head), tx, ts, te, text)
            if found is not None:
                tail, pcats = found
                cats, base, pre, kind = pcats, " ".join((head,) + tail), head_pre, "w"
                starter = bool(pcats.keys() & _STARTERS)
                merges.append((i, len(tail)))
                skip = i + len(tail) + 1
                merged = True
                break
        cap = False
        if not merged:
            wcats = words.get(base)
            if wcats and base in case_sensitive:
                if not norm.original[norm.to_original(ts[i] + pre)].isupper():
                    # "may" in lower case is no month, but still a tense cue ("may vote Monday")
                    cues = {c: v for c, v in cats.items() if c in _TENSE_CUES}
                    cats, starter = (cues or _EMPTY_CATS), False
                else:
                    cap = True
        if en and kind == "w" and "month" in cats:
            cap = norm.original[norm.to_original(ts[i])].isupper()
        old = entries[i]
        units = old[_UNITS_AT] if cats is old[_CATS] else _dispatch(False, kind == "p" and tx[i] == "'", cats)
        entries[i] = (cats, base, pre, kind, False, starter, cap, units)
    for i, k in reversed(merges):
        e = te[i + k]
        tx[i], te[i] = text[ts[i]:e], e
        for lst in (tx, ts, te, entries):
            del lst[i + 1:i + k + 1]
