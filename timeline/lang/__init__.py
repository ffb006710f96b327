"""Language registry and detection.

>>> from timeline.lang import detect_language, get_language
>>> detect_language("قالت مصادر اعلامية سورية ان قوات التحالف")
'ar'
>>> detect_language("The Pentagon said the strike began at 8:40 p.m.")
'en'
>>> get_language("ar").data.name
'Arabic'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from ..errors import LanguageError
from .base import LanguageData, Lexicon

__all__ = ["SUPPORTED", "get_language", "detect_language", "LanguageData", "Lexicon"]

#: Language codes with a data module in this package.
SUPPORTED = ("ar", "en")


class Language:
    """A loaded language: its data and compiled lexicon."""

    __slots__ = ("code", "data", "lexicon")

    def __init__(self, data: LanguageData):
        self.code = data.code
        self.data = data
        self.lexicon = Lexicon(data)


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The :class:`Language` for an ISO code; raises :class:`~timeline.LanguageError`."""
    if not isinstance(code, str):
        raise LanguageError(f"language must be a code such as 'ar' or 'en', not {code!r}")
    key = code.strip().lower().split("-")[0].split("_")[0]
    if key not in SUPPORTED:
        raise LanguageError(f"unsupported language {code!r}; supported: {', '.join(SUPPORTED)}")
    module = import_module(f"{__name__}.{key}")
    return Language(module.DATA)


def detect_language(text: str) -> str:
    """``"ar"`` when Arabic letters outnumber Latin ones in ``text``, else ``"en"``.

    Only the first 5,000 characters are looked at.  Digits and punctuation do not count.
    """
    arabic = latin = 0
    for ch in text[:5000]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            arabic += 1
        elif ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
            latin += 1
    return "ar" if arabic >= latin and arabic > 0 else "en"
