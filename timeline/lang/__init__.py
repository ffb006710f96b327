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

import re
from functools import lru_cache
from importlib import import_module

from ..errors import LanguageError
from .base import LanguageData, Lexicon

__all__ = ["SUPPORTED", "get_language", "detect_language", "LanguageData", "Lexicon"]

_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")
_LATIN_RUN = re.compile("[a-zA-Z]+")

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
    head = text[:5000]
    arabic = len(head) - len(_ARABIC_RUN.sub("", head))
    latin = len(head) - len(_LATIN_RUN.sub("", head))
    return "ar" if arabic >= latin and arabic > 0 else "en"
