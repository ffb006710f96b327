"""Demonyms: the words naming a country's people or things ("Syrian", ``السوري``,
``الإيرانيون``) -> the country's code, read by the actor table and the gazetteer alike.

The language data lists each Arabic demonym once or twice; Arabic inflects it (dual,
plural, feminine, with and without the article), and a data list cannot keep up, so every
form of each base ending in ``ي`` is derived here (:data:`~timeline.lang.arguments.AR_NISBA_ENDINGS`).

>>> arabic_demonyms()["الايرانيون"], english_demonyms()["syrian"]
('IR', 'SY')
"""

from __future__ import annotations

from functools import lru_cache

from ..lang import arguments as W
from ..text import TOKEN_RE, normalize_word

__all__ = ["arabic_demonyms", "english_demonyms", "demonym_key"]


def demonym_key(surface: str) -> str:
    """A demonym as the text's tokens are normalised (words joined by one space)."""
    return " ".join(TOKEN_RE.findall(normalize_word(surface)))


@lru_cache(maxsize=1)
def arabic_demonyms() -> dict[str, str]:
    """Every form of the Arabic demonyms of the data (keys normalised) -> country code
    ("التونسية" -> "TN"): each form the data writes, and each inflection of a base the
    data lists (with the article only where the data has the bare form too: "الماني",
    German, is one word, not ال + "ماني")."""
    table = {demonym_key(k): v for k, v in W.AR_DEMONYMS.items()}
    out = dict(table)
    for key, cc in table.items():
        if " " in key or not key.endswith("ي"):
            continue
        base = key[2:] if key.startswith("ال") and key[2:] in table else key
        for ending in W.AR_NISBA_ENDINGS:
            form = base + ending
            out.setdefault(form, cc)
            out.setdefault("ال" + form, cc)
    return out


@lru_cache(maxsize=1)
def english_demonyms() -> dict[str, str]:
    """The English demonyms of the data (keys normalised) -> country code."""
    return {demonym_key(k): v for k, v in W.EN_DEMONYMS.items()}
