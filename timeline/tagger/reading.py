"""The parser's reading of tokens: the base class every unit and check builds on.

:class:`_Reading` holds the state of one parse (the token table of :mod:`.table`, the
language's cues) and the small readers the units share: a token's categories, digits,
punctuation and spacing; numbers in digits or words; days of month, years and months.
A unit (in :mod:`.dates`, :mod:`.clock`, :mod:`.relative`, :mod:`.durations` and
:mod:`.periods`) reads at a token and returns a :data:`UnitResult`: the frame slots it
fills and the index after it, or ``None``.
"""

from __future__ import annotations

from typing import Optional

from ..frames import Frame
from ..lang import Language
from ..text import Normalized, normalize_word
from .table import _BASE, _CAP, _PRE, Tokens

__all__: list[str] = []

UnitResult = Optional[tuple[dict[str, object], int]]

#: A digit run longer than this is read as :data:`_TOO_BIG` (no date, clock or count needs
#: more, and ``int()`` of a 4,300-digit string raises ``ValueError``).
_MAX_DIGITS = 18
_TOO_BIG = 10 ** _MAX_DIGITS
# English auxiliaries (and "to", "not"): the word after one is a verb's base form ("could
# last", "will set", "did not hit"); the units and the tense checks both ask.
_EN_AUX = frozenset({"could", "will", "would", "may", "might", "to", "can", "should", "must",
                     "did", "does", "do", "'ll", "not", "n't", "cannot", "shall"})


class _Reading:
    """The state of one parse and the token readers the units share."""

    def __init__(self, toks: Tokens, language: Language, norm: Normalized, exhaustive: bool = False):
        self.tx, self.ts, self.te, self.tk = toks.text, toks.start, toks.end, toks.kind
        self.ct, self.E = toks.cats, toks.entries
        self.starters = toks.starters
        self.n = len(toks.text)
        self.lang = language.code
        self.ar = language.code == "ar"
        self.tz_in_value = language.data.tz_offset_in_value
        self.future_verb = language.data.future_verb
        self.past_verb = language.data.past_verb
        self.conjunctions = normalize_word(language.data.conjunctions)  # glued before a word (Arabic)
        self.possessive = language.data.possessive
        self.article = normalize_word(language.data.article)
        self.text = norm.text
        self.norm = norm
        self.exhaustive = exhaustive

    # -- token helpers ------------------------------------------------------------------
    def c(self, i: int, cat: str) -> object:
        if 0 <= i < self.n:
            return self.ct[i].get(cat)
        return None

    def has(self, i: int, *cats: str) -> bool:
        if 0 <= i < self.n:
            tc = self.ct[i]
            if tc:
                for c in cats:
                    if c in tc:
                        return True
        return False

    def txt(self, i: int) -> str:
        return self.tx[i] if 0 <= i < self.n else ""

    def digits(self, i: int) -> Optional[int]:
        if 0 <= i < self.n and self.tk[i] == "d":
            t = self.tx[i]
            return int(t) if len(t) <= _MAX_DIGITS else _TOO_BIG
        return None

    def ndigits(self, i: int) -> int:
        return len(self.tx[i]) if 0 <= i < self.n and self.tk[i] == "d" else 0

    def adjacent(self, i: int) -> bool:
        """Token ``i`` directly follows token ``i-1`` with no space."""
        return 0 < i < self.n and self.te[i - 1] == self.ts[i]

    def same_line(self, i: int) -> bool:
        """Nothing but spaces (no line break) between tokens ``i-1`` and ``i``."""
        return 0 < i < self.n and "\n" not in self.text[self.te[i - 1]:self.ts[i]]

    def punct(self, i: int, chars: str) -> bool:
        return 0 <= i < self.n and self.tk[i] == "p" and self.tx[i] in chars

    # -- numbers ------------------------------------------------------------------------
    def number(self, i: int, ordinal_ok: bool = True, words_ok: bool = True) -> Optional[tuple[int, int, str]]:
        """(value, next index, kind) of a number written in digits or words at ``i``."""
        d = self.digits(i)
        if d is not None:
            if self.ndigits(i) > 6:
                return None
            return d, i + 1, "digits"
        if not words_ok or i >= self.n:
            return None
        cats = self.ct[i]
        if ordinal_ok and "ord" in cats:
            v = int(cats["ord"])  # type: ignore[arg-type]
            j = i + 1
            if v <= 9 and self.has(j, "teen") and self.same_line(j) and not self.E[j][_PRE]:
                return v + 10, j + 1, "ord"  # "الرابعة عشرة" (not "الرابعة وعشر دقائق")
            if v <= 9 and self.has(j, "tens"):
                return v + int(self.c(j, "tens")), j + 1, "ord"  # type: ignore[arg-type]
            if v <= 9 and self.has(j, "and") and self.has(j + 1, "tens"):
                return v + int(self.c(j + 1, "tens")), j + 2, "ord"  # type: ignore[arg-type]
            if self.lang == "en" and self.punct(j, "-") and self.has(j + 1, "ord"):
                return v, i + 1, "ord"
            return v, j, "ord"
        if "tens" in cats:
            v = int(cats["tens"])  # type: ignore[arg-type]
            j = i + 1
            if self.lang == "en":
                k = j + 1 if self.punct(j, "-") else j
                if self.has(k, "num") and 1 <= int(self.c(k, "num")) <= 9:  # type: ignore[arg-type]
                    return v + int(self.c(k, "num")), k + 1, "card"  # type: ignore[arg-type]
                if self.has(k, "ord") and 1 <= int(self.c(k, "ord")) <= 9:  # type: ignore[arg-type]
                    return v + int(self.c(k, "ord")), k + 1, "ord"  # type: ignore[arg-type]
            kind = "ord" if self.ar and self.E[i][_BASE].startswith("ال") else "card"
            return v, j, kind
        if "num" in cats:
            v = int(cats["num"])  # type: ignore[arg-type]
            j = i + 1
            if v in (11, 12) and self.ar:
                if self.has(j, "teen"):
                    return v, j + 1, "card"
                return None  # "أحد" alone is "one of", not eleven
            if v <= 9 and self.has(j, "teen"):
                return v + 10, j + 1, "card"
            if v <= 9 and self.has(j, "tens"):
                return v + int(self.c(j, "tens")), j + 1, "card"  # type: ignore[arg-type]
            if v <= 9 and self.has(j, "and") and self.has(j + 1, "tens"):
                return v + int(self.c(j + 1, "tens")), j + 2, "card"  # type: ignore[arg-type]
            return v, j, "card"
        return None

    def day_number(self, i: int) -> Optional[tuple[int, int]]:
        """A day of month 1-31 at ``i`` (digits, ordinal or cardinal words, '18th')."""
        if self.has(i, "first_day"):
            return 1, i + 1
        r = self.number(i)
        if r is None:
            return None
        v, j, kind = r
        if kind == "digits" and self.ndigits(i) > 2:
            return None
        if kind == "card" and self.has(i, "indefinite"):
            return None
        if not 1 <= v <= 31:
            return None
        if self.has(j, "ordsuffix") and self.adjacent(j):
            j += 1
        return v, j

    def definite_count(self, i: int) -> Optional[int]:
        """A count from three to ten with the article, as it follows a definite plural
        noun: "الثلاثة" (``num_def``), and the forms without ة that a feminine noun takes
        ("السنوات الخمس", "الساعات الست"), read as the cardinal under the article."""
        if self.has(i, "num_def"):
            return int(self.c(i, "num_def"))  # type: ignore[arg-type]
        if self.ar and i < self.n and self.tx[i].startswith("ال") and self.has(i, "num"):
            v = int(self.c(i, "num"))  # type: ignore[arg-type]
            return v if 3 <= v <= 10 else None
        return None

    def year_number(self, i: int) -> Optional[tuple[int, int]]:
        d = self.digits(i)
        if d is not None and self.ndigits(i) == 4 and 1000 <= d <= 2999:
            return d, i + 1
        if d is None and self.lang == "en" and i < self.n and self.ct[i]:
            return self.spoken_year(i)
        return None

    def spoken_year(self, i: int) -> Optional[tuple[int, int]]:
        """A year said in words (broadcast transcripts): "nineteen ninety-six", "the year
        two thousand"."""
        a = self.number(i, ordinal_ok=False)
        if a is None or a[2] != "card":
            return None
        if 18 <= a[0] <= 20 and self.same_line(a[1]):
            b = self.number(a[1], ordinal_ok=False)
            if b is not None and b[2] == "card" and 10 <= b[0] <= 99 and not self.has(b[1], "unit"):
                return a[0] * 100 + b[0], b[1]
        if a[0] in (1, 2) and self.txt(a[1]) == "thousand" and self.has(i - 1, "year_word"):
            k = a[1] + 1
            y = a[0] * 1000
            kk = k + 1 if self.has(k, "and") else k
            c = self.number(kk, ordinal_ok=False)
            if c is not None and c[2] == "card" and 1 <= c[0] <= 99:
                y, k = y + c[0], c[1]
            return y, k
        return None

    # -- months -------------------------------------------------------------------------
    def month(self, i: int) -> Optional[tuple[int, str, int, Optional[int]]]:
        """(month, calendar, next index, year found inside a paired form) at ``i``."""
        j = i
        if self.has(j, "month_word") and self.has(j + 1, "month", "hmonth"):
            j += 1
        elif self.ar and self.has(j, "month_word") and self.ndigits(j + 1) <= 2 \
                and 1 <= (self.digits(j + 1) or 0) <= 12:
            return int(self.digits(j + 1)), "g", j + 2, None  # type: ignore[arg-type]  # "شهر 6": June
        cats = self.ct[j] if j < self.n else {}
        if "month" in cats:
            if self.lang == "en" and not self.E[j][_CAP]:
                return None
            m, cal = int(cats["month"]), "g"  # type: ignore[arg-type]
        elif "hmonth" in cats:
            m, cal = int(cats["hmonth"]), "h"  # type: ignore[arg-type]
        else:
            return None
        j += 1
        if self.punct(j, ".") and self.lang == "en" and len(self.tx[j - 1]) <= 4 \
                and self.tx[j - 1].lower() not in ("may", "june", "july"):
            j += 1  # "Aug.", "Sept.": the point of an abbreviation, not a full stop
        inner_year = None
        # paired forms: "كانون الأول/ ديسمبر", "أغسطس (آب)", "أكتوبر (تشرين الأول 2022)"
        if self.punct(j, "/-") and self.has(j + 1, "month") and self.c(j + 1, "month") == m:
            j += 2
        elif self.punct(j, "(") and self.has(j + 1, "month") and self.c(j + 1, "month") == m:
            k = j + 2
            y = self.year_number(k)
            if y:
                inner_year, k = y[0], y[1]
            if self.punct(k, ")"):
                j = k + 1
        elif self.punct(j, "/") and cal == "h" and self.has(j + 1, "ord"):
            j += 2  # "جمادى الآخرة/الثانية"
        return m, cal, j, inner_year

    def year_part(self, j: int, cal: str = "g", latin: bool = False) -> tuple[dict[str, object], int]:
        """An optional year (and calendar mark) after a month."""
        out: dict[str, object] = {}
        if self.has(j, "rel"):
            out["month_rel"] = self.c(j, "rel")
            return out, j + 1
        k = j
        if self.punct(k, ",،") and (self.lang == "en" or latin):
            k += 1
        year_word = False
        if self.has(k, "year_word") and self.year_number(k + 1):
            k += 1
            year_word = True
        y = self.year_number(k)
        if y is not None and not year_word:
            lo, hi = (1300, 1600) if cal == "h" else (1800, 2199)
            if not (lo <= y[0] <= hi or self.has(y[1], "hijri_mark", "ad_mark")):
                y = None
        if y is None and self.ndigits(k) == 6 and self.punct(k + 1, ":") and self.ndigits(k + 2) == 2:
            # "27 سبتمبر 202301:06": year and clock run together
            d = self.tx[k]
            year, hour, minute = int(d[:4]), int(d[4:]), int(self.tx[k + 2])
            if 1000 <= year <= 2999 and hour <= 24 and minute < 60:
                out.update(y=year, hour=hour, minute=minute)
                return out, k + 3
        if y is not None:
            out["y"] = y[0]
            k = y[1]
            if self.has(k, "hijri_mark"):
                out["cal_mark"] = "h"
                k += 1
            elif self.has(k, "ad_mark"):
                out["cal_mark"] = "g"
                k += 1
            return out, k
        if self.lang == "en" and self.punct(j, "'") and self.ndigits(j + 1) == 2:
            out["y"] = 2000 + int(self.tx[j + 1]) if int(self.tx[j + 1]) < 50 else 1900 + int(self.tx[j + 1])
            return out, j + 2
        return out, j


class _BlankFrame(Frame):
    """The empty frame units read before anything is found; it cannot be filled."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise TypeError("the blank frame is shared and cannot be filled")


_BLANK = _BlankFrame()
