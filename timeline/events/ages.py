"""Ages of the people a report tells of: "a 9-year-old boy", "Ezekiel Melendez, 9,",
"aged 14", "شاب (23 عاما)", "البالغ من العمر تسعة أعوام", "في الـ12 من عمره".

Two reports of one shooting give its victim's and its shooter's ages alike; two
look-alike shootings on one day almost never give the same ones.  The linker weighs
this (features ``ages_same`` and ``ages_apart``).  A baby's age in months, weeks or days
counts as 0 years.  Numbers are read as the casualty figures are (digits and number
words of both languages, :mod:`.casualties`).

>>> from timeline.text import normalize
>>> find_ages(normalize("A 9-year-old boy was shot by his brother, Jacob, 14, on Saturday."))
(9, 14)
>>> find_ages(normalize("قتل شاب (23 عاماً) وطفل يبلغ من العمر تسعة أعوام"))
(9, 23)
"""

from __future__ import annotations

from functools import lru_cache

from ..lang import arguments as W
from ..text import Normalized, normalize_word
from .casualties import _Text, _ar_count, _data, _en_count

__all__ = ["find_ages"]

#: The oldest age read (a larger number after a name is something else: "Route 128,").
_OLDEST = 120
#: Clitic letters an Arabic cue may carry ("وعمره").
_CLITICS = "وف"


@lru_cache(maxsize=1)
def _words() -> dict:
    return {
        "ar_units": {normalize_word(w): y for w, y in W.AR_AGE_UNITS.items()},
        "ar_cues": frozenset(normalize_word(w) for w in W.AR_AGE_CUES),
        "ar_after": frozenset(tuple(normalize_word(w) for w in p.split()) for p in W.AR_AGE_AFTER),
    }


def _en_age(t: _Text, j: int, d: dict, original: str, norm: Normalized) -> tuple[int, int] | None:
    """(age, tokens) of the age told from token j, if one starts there."""
    tok = t.tok(j)
    if tok in W.EN_AGE_BEFORE:  # "aged 14"
        got = _en_count(t, j + 1, d)
        return (got[0], got[1] + 1) if got and got[2] else None
    got = _en_count(t, j, d)
    if not got or not got[2]:
        return None
    k = j + got[1]
    if t.tok(k) == "-":
        k += 1
    unit = W.EN_AGE_UNITS.get(t.tok(k))
    if unit is not None:
        k += 1
        if t.tok(k) == "-":
            k += 1
        return (got[0] * unit, k + 1 - j) if t.tok(k) == "old" else None
    # "Ezekiel Melendez, 9, was shot": digits between commas after a capitalised name
    if tok.isdecimal() and got[1] == 1 and t.tok(j - 1) == "," and t.tok(k) == "," \
            and t.tok(j - 2).isalpha():
        o = norm.to_original(t.starts[j - 2])
        if original[o:o + 1].isupper():
            return got[0], 1
    return None


def _ar_cue(t: _Text, j: int, cues: frozenset[str]) -> bool:
    """Is there an age cue in the few words before token j ("البالغ من العمر", "وعمره")?"""
    for k in range(j - 1, j - 1 - W.AR_AGE_CUE_REACH, -1):
        w = t.tok(k)
        if w in cues or (w[:1] in _CLITICS and w[1:] in cues):
            return True
    return False


def _ar_age(t: _Text, j: int, d: dict, w: dict) -> tuple[int, int] | None:
    """(age, tokens) of the Arabic age told from token j, if one starts there."""
    got = _ar_count(t, j, d)
    if not got or not got[2]:
        return None
    k = j + got[1]
    unit = w["ar_units"].get(t.tok(k))
    if unit is not None:
        k += 1
    age = got[0] * (1 if unit is None else unit)
    if any(tuple(t.tok(k + i) for i in range(len(p))) == p for p in w["ar_after"]):
        return age, k - j  # "في الـ12 من عمره", "تسعة أعوام من العمر"
    if unit is None:
        return None
    if _ar_cue(t, j, w["ar_cues"]) or (t.tok(j - 1) == "(" and t.tok(k) == ")"):
        return age, k - j  # "البالغ من العمر 23 عاما", "شاب (23 عاما)"
    return None


def find_ages(norm: Normalized, start: int = 0, end: int | None = None) -> tuple[int, ...]:
    """The ages told in ``norm.text[start:end]``, in years, each once, sorted."""
    stop = len(norm.text) if end is None else min(end, len(norm.text))
    if stop <= start:
        return ()
    d, w = _data(), _words()
    t = _Text(norm, start, stop)
    out: set[int] = set()
    original = norm.original
    j = t.lo
    while j < t.hi:
        tok = t.toks[j]
        c = tok[:1]
        if "\u0600" <= c <= "\u06ff" or (tok.isdecimal() and t.tok(j + 1)[:1] >= "\u0600"):
            got = _ar_age(t, j, d, w)
        else:
            got = _en_age(t, j, d, original, norm)
        if got is None:
            j += 1
            continue
        if 0 <= got[0] <= _OLDEST:
            out.add(got[0])
        j += got[1]  # "twenty-three-year-old" is 23, not also 3
    return tuple(sorted(out))
