"""Consonant classes for matching a person's name across the Arabic and Latin scripts.

News in the two languages writes one name in two scripts ("خامنئي" / "Khamenei", "ترامب" /
"Trump", "هيغسيث" / "Hegseth").  Reduced to the classes of its consonants, vowels and
vowel letters dropped, a name reads the same in both: ``KMN``, ``TRMB``, ``HGST``.  The
classes merge the sounds that the two scripts render differently (Arabic has no "p" or
"v": ``ب`` and ``ف`` stand for them; English writes ``ث`` "th" and ``ق`` "q" or "k").

Digraphs are read before single letters, in the order listed.
"""

from __future__ import annotations

#: Latin digraphs and letters -> class ("" drops it: vowels, and the letters that are
#: vowels or glides in transliterated Arabic names).
LATIN: dict[str, str] = {
    "kh": "K", "gh": "G", "sh": "S", "ch": "J", "th": "T", "dh": "Z", "ph": "F", "ck": "K", "ou": "",
    "b": "B", "p": "B", "t": "T", "d": "D", "k": "K", "q": "K", "c": "K", "g": "G", "j": "J",
    "f": "F", "v": "F", "s": "S", "z": "Z", "x": "KS", "m": "M", "n": "N", "l": "L", "r": "R",
    "h": "H", "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "",
}

#: Arabic letters -> class (long vowels, hamza seats and the glides ي/و dropped).
ARABIC: dict[str, str] = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "Z", "ظ": "Z",
    "ز": "Z", "ك": "K", "ق": "K", "خ": "K", "غ": "G", "گ": "G", "ج": "J", "چ": "J", "ف": "F",
    "ڤ": "F", "س": "S", "ص": "S", "ش": "S", "م": "M", "ن": "N", "ل": "L", "ر": "R", "ه": "H",
    "ح": "H", "ة": "", "ع": "", "ء": "", "ئ": "", "ؤ": "", "أ": "", "إ": "", "آ": "", "ا": "",
    "ى": "", "ي": "", "و": "",
}

#: The Arabic article is not part of a name's skeleton ("الأسد" / "Assad").
ARABIC_ARTICLE = "ال"
