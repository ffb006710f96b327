"""The tagger's parser: tokens of a normalised text -> parsed expressions
(:class:`Tagged`).  See :mod:`timeline.tagger` for how it works."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter
from typing import Callable, Optional

from ..frames import SLOTS, Frame
from ..lang import Language, Lexicon
from ..text import Normalized, token_spans
from .reading import _BLANK, _EN_AUX, UnitResult, _Reading
from .table import _BASE, _CATS, _PRE, _SPECIAL, _STARTERS, _UNITS_AT, Tokens, _Entry

__all__ = ["Tagged", "tag"]

# Categories that set the tense of a clause (see ``Tagger._context``): a word that is a time
# only when capitalised ("May") keeps these in lower case ("may vote Monday").
_TENSE_CUES = frozenset({"future", "future_modal", "past_verb", "present_aux", "perfect_aux", "deadline"})
# Glue between two units of one expression.
_GLUE_PUNCT = frozenset({",", "،", "-", "|", "(", ")", "/"})
_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", "\n"})
#: How many words after an Arabic clause's opening past verb the date it governs may come.
_AR_GOVERNING_REACH = 5
_POD_VALUES = frozenset({"TMO", "TMI", "TAF", "TEV", "TNI"})
_DAY_SLOTS = ("dayrel", "anaph", "dom", "d")
_EN_AFTER_DOM = frozenset({"of", "at", "in", "and", "when", "as", "after", "before", "to", "or",
                           "but", "with", "for"})
_EXCLUSIVE = ("qty", "vague", "set_value", "dvalue")


class Tagged:
    """A parsed expression: its normalised-text span, token range and frame."""

    __slots__ = ("start", "end", "i", "j", "frame")

    def __init__(self, start: int, end: int, i: int, j: int, frame: Frame):
        self.start, self.end, self.i, self.j, self.frame = start, end, i, j, frame

    def __repr__(self) -> str:
        return f"Tagged({self.start}, {self.end}, {self.frame!r})"


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


class _Parser(_Reading):
    """Reads expressions off the tokens of one text.

    With ``exhaustive=True`` every unit is tried at every token, as if there were no
    dispatch table, and the table is checked: a unit it leaves out must find nothing.
    The result is the same either way (tests/test_fast_path.py); only the time differs.
    """

    def shared_month(self, day: int, k: int) -> Optional[dict[str, object]]:
        """The month (and year) a day number at ``k``'s left shares with the later day
        joined to it by "and", "to" or a dash: "بين 10 و15 كانون الأول", "من 10 إلى 15
        ديسمبر 2024", "10-15 ديسمبر" (day first)."""
        if not (self.has(k, "range_to") or self.has(k, "year_and") or self.punct(k, "-")):
            return None
        r2 = self.day_number(k + 1)
        if r2 is None or not day < r2[0] <= 31:
            return None
        j = r2[1] + 1 if self.has(r2[1], "of") else r2[1]
        mo = self.month(j)
        if mo is None:
            return None
        m, cal, j, inner = mo
        fields: dict[str, object] = {"d": day, "m": m, "cal": cal}
        if inner is not None:
            fields["y"] = inner
        else:
            self._apply_year(fields, self.year_part(j, cal, self.tx[j - 1].isascii())[0])
        return fields

    # -- units --------------------------------------------------------------------------
    def u_numdate(self, i: int, f: Frame) -> UnitResult:
        if f.m is not None or f.d is not None or i >= self.n or self.tk[i] != "d":
            return None
        a = self.digits(i)
        na = self.ndigits(i)
        sep = self.txt(i + 1)
        if sep not in ("/", "-", ".") or not self.same_line(i + 1):
            return None
        mid_month = None
        if self.tk[i + 2] == "d" if i + 2 < self.n else False:
            b, nb = self.digits(i + 2), self.ndigits(i + 2)
        elif self.has(i + 2, "month") and self.lang == "ar":
            b, nb, mid_month = int(self.c(i + 2, "month")), 2, True  # type: ignore[arg-type]
        else:
            return None
        if self.txt(i + 3) != sep or self.tk[i + 4] != "d" if i + 4 < self.n else True:
            if self.ar and sep == "/" and not mid_month and na <= 2 and nb <= 2 and a is not None and b is not None \
                    and 1 <= a <= 31 and 1 <= b <= 12 and self.adjacent(i + 1) and self.adjacent(i + 2) \
                    and not self.punct(i + 3, "/-.") and (self.has(i - 1, "day_word") or f.weekday is not None):
                return {"d": a, "m": b}, i + 3  # "يوم 18/12", "السبت 20/12": day and month, no year
            return None
        c, nc = self.digits(i + 4), self.ndigits(i + 4)
        assert a is not None and b is not None and c is not None
        j = i + 5
        if not self.same_line(i + 4):
            return None
        if na == 4 and nb <= 2 and nc <= 2:
            y, m, d = a, b, c
        elif nc in (2, 4) and na <= 2 and nb <= 2:
            y = c if nc == 4 else (2000 + c if c < 50 else 1900 + c)
            if mid_month or self.ar:
                d, m = a, b
                if m > 12 and d <= 12:
                    d, m = m, d
            elif sep == "/":  # English with slashes: month first (US) unless impossible
                m, d = a, b
                if m > 12 and d <= 12:
                    d, m = m, d
            else:  # "09-03-2021", "09.03.2021": day first, as outside the US
                d, m = a, b
                if m > 12 and d <= 12:
                    d, m = m, d
        else:
            return None
        if sep == "." and nc != 4 and na != 4:
            return None
        if not (1 <= m <= 12 and 1 <= d <= 31 and 1000 <= y <= 2999):
            return None
        out: dict[str, object] = {"y": y, "m": m, "d": d, "cal": "g"}
        if self.has(j, "solar_mark"):
            out["cal"] = "p"  # "1397/12/12 هـ.ش": the Persian (solar Hijri) calendar
            j += 1
        elif self.has(j, "hijri_mark"):
            out["cal"] = "h"
            j += 1
        elif self.has(j, "ad_mark") and not self.has(j, "pod_adv"):
            j += 1
        elif 1300 <= y <= 1500:
            # a year of either Hijri calendar: the resolver takes the reading that lands
            # nearer the publication date (lunar 1446 and solar 1403 are both 2024-25)
            out["cal"] = "hp" if na == 4 else "h"
        # ISO timestamp "2024-03-16T00:42"
        if self.txt(j) == "t" and self.adjacent(j) and self.ndigits(j + 1) == 2 and self.punct(j + 2, ":"):
            r = self.clock_digits(j + 1)
            if r:
                out.update(hour=r[0], minute=r[1])
                if r[3] is not None:
                    out["sec"] = r[3]
                j = r[2]
        return out, j

    def u_date(self, i: int, f: Frame) -> UnitResult:
        if f.m is not None and f.equiv is None:
            return None
        j = i
        if self.lang == "en" and self.has(j, "the") and (self.digits(j + 1) is not None or (
                self.has(j + 1, "ord") and self.txt(j + 2) == "of" and self.month(j + 3) is not None)):
            j += 1  # "the 18th of December", "the Fourth of July"
        if self.has(j, "day_word") and not self.has(j + 1, "weekday", "dayrel"):
            j += 1  # "يوم 26 أكتوبر"
        # day first: "18 ديسمبر", "الثامن عشر من كانون الأول", "the 18th of December"
        day = None
        dr = None
        if f.pod == "MIDNIGHT" and self.digits(j) is not None and self.punct(j + 1, "-") \
                and self.digits(j + 2) is not None:
            a, b = self.digits(j), self.digits(j + 2)
            if a is not None and b is not None and 1 <= a <= 31 and b == a + 1:
                dr = (b, j + 3)
        elif f.pod == "TNI" and self.digits(j) is not None and self.punct(j + 1, "-/") \
                and self.digits(j + 2) is not None:
            a, b = self.digits(j), self.digits(j + 2)
            if a is not None and b is not None and 1 <= a <= 30 and b == a + 1 and self.month(j + 3):
                dr = (a, j + 3)  # "ليلة 13-14 نيسان": the night that starts on the 13th
        r = dr or self.day_number(j)
        if r is not None and self.ar and j == i and self.digits(j) is None and i > 0 \
                and ((self.has(i - 1, "unit") and self.c(i - 1, "unit")[0] in ("week", "month", "year", "weekend"))  # type: ignore[index]
                     or self.has(i - 1, "half")):
            r = None  # "الأسبوع الأول من نيسان", "النصف الثاني من نيسان": not a day of April
        if r is not None:
            day, k = r
            if self.has(k, "of") or (self.lang == "en" and self.txt(k) == "of"):
                k += 1
            elif self.punct(k, ",،") and self.same_line(k + 1):
                # "07, مارس 2019", "3rd, March 2019": day, comma, month and year
                mo = self.month(k + 1)
                if mo is not None and self.year_number(mo[2] if not self.punct(mo[2], ",") else mo[2] + 1):
                    k += 1
            mo = self.month(k)
            if mo is None and dr is None:
                shared = self.shared_month(day, k)
                if shared is not None:
                    return shared, k  # "بين 10 و15 كانون الأول": the 10th of that month
            if mo is not None:
                m, cal, k, inner = mo
                fields: dict[str, object] = {"d": day, "m": m, "cal": cal}
                if dr is not None and f.pod == "MIDNIGHT":
                    fields["midnight_next"] = True
                if inner is not None:
                    fields["y"] = inner
                else:
                    yp, k = self.year_part(k, cal, self.tx[k - 1].isascii())
                    self._apply_year(fields, yp)
                return fields, k
            if f.m is None and self.has(j, "first_day"):
                return None
        # "last March", "next February", "the following February" (after the narrative's month)
        if self.lang == "en" and f.m is None:
            k = j + 1 if self.has(j, "the") else j
            if self.has(k, "rel_pre") and (k == j or self.has(k, "anaph")):
                mo = self.month(k + 1)
                if mo is not None and mo[1] == "g" and not self.digits(mo[2]):
                    out: dict[str, object] = {"m": mo[0], "cal": "g", "month_rel": self.c(k, "rel_pre")}
                    if k > j:  # "the following February": relative to the narrative
                        out["uanaph"] = True
                    return out, mo[2]
        # month first: "April 7, 2017", "December 2024", "Aug. 14"
        mo = self.month(j)
        if mo is None:
            return None
        m, cal, k, inner = mo
        fields = {"m": m, "cal": cal}
        if inner is not None:
            fields["y"] = inner
            return fields, k
        if self.lang == "en" or self.tx[j].isascii():
            dn = self.day_number(k)
            if dn is not None and self.digits(k) is not None or (dn and self.has(k, "ord")):
                assert dn is not None
                if self.year_number(k) is None:
                    fields["d"] = dn[0]
                    k = dn[1]
        yp, k2 = self.year_part(k, cal, self.tx[j].isascii())
        self._apply_year(fields, yp)
        if "d" not in fields and "y" not in fields and "month_rel" not in fields:
            # a month alone needs a cue: "في نيسان/ابريل", "in March", "mid-December"
            paired = k > j + 1 and self.tk[j + 1] == "p"
            if not (paired or f.posmod is not None or f.m is not None
                    or self.has(i - 1, "month_cue") or self.has(j, "month_word")
                    or (self.has(j, "plain_month") and self.digits(k) is None)  # ("December 99": no date)
                    or (self.has(k2, "of") and self.has(k2 + 1, "unit"))):
                return None
        return fields, k2

    @staticmethod
    def _apply_year(fields: dict[str, object], yp: dict[str, object]) -> None:
        mark = yp.pop("cal_mark", None)
        fields.update(yp)
        if mark is not None and mark != fields.get("cal"):
            if mark == "h" and fields.get("cal") == "g":
                fields["calendar_mismatch"] = True
        fields.pop("calendar_mismatch", None)

    def u_year(self, i: int, f: Frame) -> UnitResult:
        if f.y is not None:
            return None
        j = i
        cue = False
        if self.has(j, "fiscal") and self.year_number(j + 1):
            j += 1  # "fiscal 1989": the fiscal year is named by its year
            cue = True
        if self.lang == "en" and self.has(j, "the") and self.has(j + 1, "year_word") and self.year_number(j + 2):
            j += 1  # "the year 2000"
        if self.has(j, "year_word") and self.year_number(j + 1):
            j += 1
            cue = True
        y = self.year_number(j)
        if y is not None and self.tk[j] != "d":
            cue = True  # "nineteen ninety-six" cannot be anything but a year
        if y is None:
            span_end = self._year_span_end(j)
            if span_end is not None:
                return {"y": span_end, "year_only": True}, j + 1  # the "62" of "1961-62"
            return None
        year, k = y
        if not cue and self._in_digit_chain(j):
            return None  # "call 818-374-1934", "case 2016-1934-22": a number, no year
        if self.punct(k, "-/") and self.adjacent(k) and self.ndigits(k + 1) == 2 \
                and self.adjacent(k + 1) and self._year_span_end(k + 1) is not None:
            cue = True  # "1961-62": two years, the second read on its own
        if self._year_pair(k - 1):
            cue = True  # "2011-2013": two years
        out: dict[str, object] = {"y": year, "year_only": True}
        if self.has(k, "hijri_mark"):
            out["cal"] = "h"
            k += 1
            cue = True
        elif self.has(k, "ad_mark"):
            k += 1
            cue = True
        if self.punct(k, "/") and self.year_number(k + 1) and self.digits(k + 1) == year + 1:
            k += 2  # "2019/ 2020" season
            cue = True
        if f.month_rel is not None:
            return None
        if self.ar and f.m is not None and self.punct(i - 1, ",،"):
            return None  # Arabic writes no comma between month and year
        if not cue and not 1800 <= year <= 2199:
            return None
        if not cue and f.posmod is None and f.season is None and f.holiday is None \
                and f.m is None and f.quarter is None and f.half is None:
            if not (self.has(i - 1, "year_cue") or self._year_modifier(i, k)
                    or (self.has(i - 1, "year_and") and self.year_number(i - 2) is not None)
                    or self._year_pair(i - 2)):  # "عام 2014-2015"
                return None
            if self.has(k, "unit") or self.punct(k, "%") or self.has(i - 1, "approx"):
                return None
            if self.punct(i - 1, "$€£©"):
                return None
        if self.lang == "en" and self.txt(k) == "s" and self.adjacent(k):
            return None  # "1990s" is a decade
        return out, k

    def _year_pair(self, i: int) -> bool:
        """Are the digits at ``i`` a year glued by a hyphen to a later year ("2011-2013",
        ``2014-2015``), not part of a longer chain of numbers?"""
        if i < 0 or i + 2 >= self.n or self.tk[i] != "d" or self.tk[i + 2] != "d":
            return False
        a, b = self.year_number(i), self.year_number(i + 2)
        return a is not None and b is not None and a[0] < b[0] and self.punct(i + 1, "-–") \
            and self.adjacent(i + 1) and self.adjacent(i + 2) and not self._in_digit_chain(i)

    def _in_digit_chain(self, i: int) -> bool:
        """Is the number at ``i`` one group of digit groups glued by hyphens (a telephone
        number "818-374-1934" or "555-1990", a case number "2016-1934-22") other than a
        span of years ("1990-1991", "1961-62")?"""
        groups = [i]
        j = i
        while self.punct(j - 1, "-") and self.adjacent(j) and self.adjacent(j - 1) and self.tk[j - 2] == "d":
            j -= 2
            groups.insert(0, j)
        j = i
        while self.punct(j + 1, "-") and self.adjacent(j + 1) and self.adjacent(j + 2) and self.tk[j + 2] == "d":
            j += 2
            groups.append(j)
        if len(groups) == 1:
            return False
        if len(groups) == 2 and self.ndigits(groups[0]) == 4 and self.ndigits(groups[1]) in (2, 4):
            return False
        return True

    def _year_span_end(self, i: int) -> Optional[int]:
        """The year of the two digits at ``i`` that close a span of years ("1961-62")."""
        if self.ndigits(i) != 2 or not (self.punct(i - 1, "-/") and self.adjacent(i)
                                        and self.adjacent(i - 1)):
            return None
        first = self.year_number(i - 2)
        if first is None or self.punct(i - 3, "-/") or self.punct(i + 1, "-/"):
            return None
        year = first[0] // 100 * 100 + int(self.tx[i])
        if year <= first[0]:
            year += 100
        return year if year - first[0] <= 10 else None

    def _possessor(self, i: int) -> bool:
        """Is token ``i`` a possessive determiner or the "'s" of a possessor ("his", "the
        firm's")?  (Articles are not: "a further 2000 jobs" counts jobs.)"""
        return i >= 0 and ((self.has(i, "year_det") and not self.has(i, "article_det"))
                           or (self.txt(i) == "s" and self.punct(i - 1, "'")))

    def _year_modifier(self, i: int, k: int) -> bool:
        """A year written as a modifier or after a weak cue (English): "his 1998 campaign",
        "the company's 1989 results", "for 1989.", "into 1990 and 1991"."""
        if self.lang != "en" or not 1900 <= (self.digits(i) or 0) <= 2099:
            return False
        noun_next = k < self.n and self.tk[k] == "w" and self.same_line(k) \
            and not self.has(k, "unit", "and", "range_to")
        if self.has(i - 1, "year_det") or (self.txt(i - 1) == "s" and self.punct(i - 2, "'")):
            return noun_next
        if noun_next and self._possessor(i - 2) and self.tk[i - 1] == "w" and self.tx[i - 1].islower() \
                and not self.ct[i - 1]:
            return True  # "his unsuccessful 1996 campaign", "the firm's weak 1989 results"
        if self.has(i - 1, "weak_year_cue"):
            return not noun_next
        return False

    def clock_digits(self, i: int) -> Optional[tuple[int, int, int, Optional[int]]]:
        """(hour, minute, next index, seconds or None) for ``H:MM[:SS]``, ``H.MM`` (with
        am/pm), ``HhMM``."""
        h = self.digits(i)
        if h is not None and self.ndigits(i) == 4 and self.has(i + 1, "tz") and self.same_line(i + 1) \
                and (self.punct(i - 1, "(") or self.has(i - 1, "clock_intro", "approx")):
            hh, mm = divmod(h, 100)  # wire style before a zone: "0600 GMT", "(0500 ت غ)"
            return (hh, mm, i + 1, None) if hh <= 23 and mm <= 59 else None
        if h is None or self.ndigits(i) > 2 or h > 24:
            return None
        sep = self.txt(i + 1)
        if sep in (":", ".") or (sep == "h" and self.adjacent(i + 1)) or (
                sep == "," and self.adjacent(i + 1) and self.adjacent(i + 2) and self.has(i + 3, "tz")):
            # "(18,30 ت غ)": comma minutes, only with a time zone after them
            mm = self.digits(i + 2)
            if mm is None or self.ndigits(i + 2) != 2 or mm > 59:
                return None
            if sep == "." and not self.has(i + 3, "pod_adv"):
                return None
            if not self.same_line(i + 2):
                return None
            k = i + 3
            sec = None
            if self.punct(k, ":") and self.ndigits(k + 1) == 2 and self.adjacent(k) \
                    and self.adjacent(k + 1) and int(self.tx[k + 1]) < 60:
                sec = int(self.tx[k + 1])
                k += 2
            return h, mm, k, sec
        return None

    def u_clock(self, i: int, f: Frame) -> UnitResult:
        if f.hour is not None:
            return None
        j = i
        approx = None
        if self.ar and self.E[j][_BASE] == "حدود" and self.has(i - 1, "range_to"):
            return None  # "إلى حدود الساعة": a preposition, outside the span
        while self.has(j, "approx", "exact"):
            if self.has(j, "approx"):
                approx = True
            j += 1
        intro = False
        if self.has(j, "clock_intro") and self.lang == "ar":
            j += 1
            intro = True
        hour = minute = None
        if self.lang == "en":
            jj = j + 1 if self.txt(j) == "a" else j
            if self.has(jj, "clock_frac") and self.has(jj + 1, "clock_dir") and self.has(jj + 2, "midnight", "noon"):
                # "half past midnight", "a quarter to noon"
                frac, sign = int(self.c(jj, "clock_frac")), int(self.c(jj + 1, "clock_dir"))  # type: ignore[arg-type]
                h0 = 0 if self.has(jj + 2, "midnight") else 12
                h, mm = (h0, frac) if sign > 0 else ((h0 - 1) % 24, 60 - frac)
                return {"hour": h, "minute": mm, "ampm": None}, jj + 3
            if self.has(jj, "clock_frac") and self.has(jj + 1, "clock_dir"):
                nr = self.number(jj + 2, ordinal_ok=False)
                if nr is not None and 1 <= nr[0] <= 12 and not self.has(nr[1], "unit"):
                    frac, sign = int(self.c(jj, "clock_frac")), int(self.c(jj + 1, "clock_dir"))  # type: ignore[arg-type]
                    h, mm = (nr[0], frac) if sign > 0 else ((nr[0] - 1) % 12 or 12, 60 - frac)
                    k = nr[1]
                    ampm = None
                    if self.has(k, "pod_adv"):
                        ampm = self.c(k, "pod_adv")
                        k += 1
                    elif self.has(k, "oclock"):
                        k += 1
                    return {"hour": h, "minute": mm, "ampm": ampm}, k
        r = self.clock_digits(j)
        strong = False
        sec = None
        if r is not None:
            hour, minute, k, sec = r
            strong = True
            if sec is not None and self.txt(i - 1) == "in" and not self.has(k, "pod_adv", "tz") \
                    and f.filled() == {}:
                # "won in 2:58:41": a race time is a duration
                return {"dvalue": _clock_duration(hour, minute, sec)}, k
        else:
            num = self.number(j)
            if num is None:
                return None
            hour, k, kind = num
            if kind == "digits" and self.ndigits(j) > 2:
                return None
            if hour > 24 or hour < 0:
                return None
            if self.has(j, "indefinite"):
                return None
            # minutes: "و25 دقيقة", "والنصف", "إلا ربعا"
            if self.has(k, "quarter_hour"):
                q = int(self.c(k, "quarter_hour"))  # type: ignore[arg-type]
                if q < 0:
                    hour = (hour - 1) % 24
                    minute = 60 + q
                else:
                    minute = q
                k += 1
            elif self.has(k, "and") or (self.ar and self.txt(k) == "و"):
                mn = self.number(k + 1)
                if mn is not None and 0 < mn[0] < 60 and self.has(mn[1], "minute_word", "unit"):
                    minute = mn[0]
                    k = mn[1] + 1
            elif self.ar and k < self.n and self.E[k][_PRE] and self.tx[k][0] == "و":
                mn = self.number(k)  # "الرابعة وعشر دقائق": the minutes glued to "و"
                if mn is not None and 0 < mn[0] < 60 and (
                        self.has(mn[1], "minute_word") or (self.c(mn[1], "unit") or ("",))[0] == "minute"):
                    minute = mn[0]
                    k = mn[1] + 1
        ampm = None
        if self.has(k, "pod_adv"):
            ampm = self.c(k, "pod_adv")
            k += 1
        elif self.ar and self.has(k, "after") and self.has(k + 1, "pod") and self.c(k + 1, "pod") == "MIDNIGHT" \
                and 1 <= hour <= 6:
            ampm = "am"  # "الساعة الثانية بعد منتصف الليل": two in the morning
            k += 2
        elif self.has(k, "oclock"):
            k += 1
            strong = True
        if self.has(k, "approx") and self.ar:
            approx = True
            k += 1
        if self.ar and not (intro or strong or ampm) and self.has(k, "of") and self.has(k + 1, "pod") \
                and self.E[j][_BASE].startswith("ال") and 1 <= hour <= 12 \
                and (j == 0 or j > i or self.tk[j - 1] == "p"
                     or self.has(j - 1, "pod_cue", "range_to", "since", "after", "ago")):
            intro = True  # "التاسعة من مساء الخميس": an hour of a part of day
            k += 1
        if not (intro or strong or ampm):
            return None
        if hour == 24 and minute not in (None, 0):
            return None
        out: dict[str, object] = {"hour": hour, "minute": minute, "ampm": ampm}
        if sec is not None:
            out["sec"] = sec
        if approx:
            out["approx"] = True
        if intro and not strong and not ampm and self.lang == "ar":
            out["clock_word"] = True
        return out, k

    def u_tz(self, i: int, f: Frame) -> UnitResult:
        if f.tz is not None or (f.hour is None and f.pod is None) or not self.has(i, "tz"):
            return None
        tz = self.c(i, "tz")
        j = i + 1
        base = self.E[i][_BASE]
        if self.ar and base in ("بتوقيت", "توقيت", "بالتوقيت"):
            # the place: one or two words that are not temporal
            for _ in range(2):
                if j < self.n and self.tk[j] == "w" and not (
                        set(self.ct[j]) & _STARTERS) and self.same_line(j):
                    if self.has(j, "tz", "tz_place"):
                        tz = self.c(j, "tz") or self.c(j, "tz_place")
                    j += 1
                    if j < self.n and self.tk[j] == "w" and self.E[j][_BASE] in ("المكرمة", "المحلي"):
                        j += 1
                    break
        out: dict[str, object] = {"tz": tz}
        if self.tz_in_value and tz != "local":
            out["tz_offset"] = True
        return out, j

    def u_weekday(self, i: int, f: Frame) -> UnitResult:
        j = i
        if self.has(j, "day_word") and self.has(j + 1, "weekday", "weekday_bare"):
            j += 1
        elif self.lang == "en" and self.txt(j) == "this" and self.txt(j + 1) == "past" \
                and self.has(j + 2, "weekday") and f.weekday is None:
            return {"weekday": int(self.c(j + 2, "weekday")), "wrel": -1}, j + 3  # type: ignore[arg-type]
        elif self.has(j, "rel_pre") and self.lang == "en" and self.has(j + 1, "weekday"):
            w = int(self.c(j + 1, "weekday"))  # type: ignore[arg-type]
            if f.weekday is not None:
                return None
            return {"weekday": w, "wrel": self.c(j, "rel_pre")}, j + 2
        cats = self.ct[j] if j < self.n else {}
        if "teen" in self.ct[j + 1] if j + 1 < self.n else False:
            return None  # "الأحد عشر لاعبا": eleven, not Sunday
        if "weekday" in cats:
            w = int(cats["weekday"])  # type: ignore[arg-type]
        elif "weekday_bare" in cats and j > i:
            w = int(cats["weekday_bare"])  # type: ignore[arg-type]
        elif "weekday_abbr" in cats:
            w = int(cats["weekday_abbr"])  # type: ignore[arg-type]
            k = j + 1
            if self.punct(k, ".,"):
                k += 1
            if not (self.has(k, "month") or self.digits(k) is not None):
                return None
            if f.weekday is not None:
                return None
            return {"weekday": w}, k - (1 if self.punct(k - 1, ",") else 0)
        else:
            return None
        if self.lang == "en" and self.tx[j].endswith("days"):
            return {"set_value": f"XXXX-WXX-{w}"}, j + 1  # "on Fridays"
        k = j + 1
        if f.weekday is not None:
            # "ليل الجمعة - السبت": a night that spans two days
            # (also "ليلة السبت إلى الأحد", "ليل السبت الأحد")
            if f.pod in ("TNI", "MIDNIGHT") and w == f.weekday % 7 + 1 and (
                    self.punct(i - 1, "-/") or self.has(i - 1, "pair_joiner", "weekday")) \
                    and not self.has(k, "pod"):  # "Thursday night into Friday morning": two
                return {"pod_pair": True}, k
            return None
        out: dict[str, object] = {"weekday": w}
        if self.has(k, "rel"):
            out["wrel"] = self.c(k, "rel")
            k += 1
        elif self.has(k, "after") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == 1:
            out["wrel"] = 2  # "الثلاثاء بعد المقبل"
            k += 2
        elif self.has(k, "ago") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == -1:
            out["wrel"] = -2  # "الخميس قبل الماضي"
            k += 2
        elif self.lang == "en" and self.txt(k) == "after" and self.txt(k + 1) == "next":
            out["wrel"] = 2
            k += 2
        return out, k

    def u_dayrel(self, i: int, f: Frame) -> UnitResult:
        if f.dayrel is not None or f.anaph is not None:
            return None
        j = i
        if self.has(j, "day_word") and self.has(j + 1, "dayrel"):
            j += 1
        if not self.has(j, "dayrel"):
            return None
        v = int(self.c(j, "dayrel"))  # type: ignore[arg-type]
        k = j + 1
        if self.ar and v == 0 and self.E[j][_BASE] == "اليوم":
            if self.has(k, "today_blocker", "ord", "anaph") or self.has(k, "tens"):
                return None
            if self.has(i - 1, "num") or self.digits(i - 1) is not None:
                return None  # "30 اليوم"
        return {"dayrel": v}, k

    def u_tonight(self, i: int, f: Frame) -> UnitResult:
        if f.dayrel is not None or f.pod is not None or not self.has(i, "tonight"):
            return None
        off, pod = self.c(i, "tonight")  # type: ignore[misc]
        return {"dayrel": off, "pod": pod}, i + 1

    def u_pod(self, i: int, f: Frame) -> UnitResult:
        if f.pod is not None:
            return None
        j = i
        out: dict[str, object] = {}
        if self.has(j, "pod_mod") and self.has(j + 1, "pod", "night_word"):
            out["podmod"] = self.c(j, "pod_mod")
            j += 1
        if not self.has(j, "pod", "pod_bare"):
            return None
        pod = self.c(j, "pod") or self.c(j, "pod_bare")
        if pod == "MIDNIGHT" and self.lang == "en" and f.hour is not None:
            return None
        out["pod"] = pod
        if self.lang == "en" and self.E[j][_BASE] == "overnight":
            out["overnight"] = True
        k = j + 1
        if self.has(k, "pod_post"):
            out["podmod"] = self.c(k, "pod_post")
            k += 1
        return out, k

    def u_podpost(self, i: int, f: Frame) -> UnitResult:
        """"الباكر" after the day of a part of day: "صباح اليوم السبت الباكر"."""
        if f.pod is None or f.podmod is not None or not self.has(i, "pod_post"):
            return None
        return {"podmod": self.c(i, "pod_post")}, i + 1

    def u_podmod(self, i: int, f: Frame) -> UnitResult:
        """English "early"/"late" before a day or part of day: "late Tuesday"."""
        if f.podmod is not None or not self.has(i, "pod_mod") or not f.filled() == {}:
            return None
        if self.ar:
            if self.has(i + 1, "weekday", "dayrel", "day_word", "tonight"):
                return {"podmod": self.c(i, "pod_mod")}, i + 1
            return None
        k = i + 1
        if self.txt(k) == "on":
            k += 1
        if self.has(k, "weekday", "dayrel", "pod", "tonight"):
            return {"podmod": self.c(i, "pod_mod")}, i + 1
        if self.has(i, "pod_mod_of") and (self.has(k, "month") or (
                self.digits(k) is not None and self.has(k + 1, "month"))):
            return {"podmod": self.c(i, "pod_mod")}, i + 1  # "the early hours of June 16"
        return None

    def u_anaph(self, i: int, f: Frame) -> UnitResult:
        if f.anaph is not None or f.dayrel is not None:
            return None
        j = i
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            if self.has(j, "anaph") and (j > i or self.txt(j) in ("that", "following", "previous")):
                a = self.c(j, "anaph")
                if self.txt(j) == "that" and self.txt(j + 1) == "same":
                    j += 1  # "that same day"
                if self.has(j + 1, "unit"):
                    unit, num = self.c(j + 1, "unit")  # type: ignore[misc]
                    if num == "sg" and unit == "day":
                        return {"anaph": a}, j + 2
                    if num == "sg" and unit in ("week", "month", "year"):
                        if a == "same" and (self.txt(j + 2) == "after" or (j > 0 and "report" in self.ct[j - 1])):
                            return None  # "said that year after year ...": a complementizer
                        # "the following week"; "later that month": the narrative's own month
                        off = {"prev": -1, "next": 1}.get(str(a), 0)
                        return {"unit": unit, "uoff": off, "uanaph": True}, j + 2
                if self.has(j + 1, "pod") and a in ("next", "same", "prev") and self.txt(j) != "that":
                    return {"anaph": a, "pod": self.c(j + 1, "pod")}, j + 2
                return None
            if self.txt(j) in ("day",) and self.txt(j + 1) == "before" and self.has(i, "the"):
                return {"anaph": "prev"}, j + 2
            return None
        # Arabic: "اليوم التالي", "اليوم نفسه", "نفس اليوم", "ذلك اليوم", "الأسبوع التالي"
        if self.has(j, "anaph") and self.E[j][_BASE] in ("نفس", "ذلك") and self.has(j + 1, "unit"):
            unit, num = self.c(j + 1, "unit")  # type: ignore[misc]
            # the definite day, nothing before it ("ذلك اليوم"; "قبل ذلك بيوم" is a day
            # before that, a span)
            if unit == "day" and num == "sg" and not self.E[j + 1][_PRE] and self.E[j + 1][_BASE].startswith("ال"):
                return {"anaph": "same"}, j + 2
            return None
        if self.has(j, "unit") and self.has(j + 1, "anaph"):
            unit, num = self.c(j, "unit")  # type: ignore[misc]
            a = self.c(j + 1, "anaph")
            if self.E[j + 1][_BASE] in ("ذلك", "نفس"):
                return None
            if num == "sg" and unit == "day" and self.E[j][_BASE] in ("اليوم", "يوم"):
                return {"anaph": a}, j + 2
            if num == "sg" and unit in ("week", "month", "year") and a in ("next", "prev") \
                    and self.E[j][_BASE].startswith("ال"):
                return {"unit": unit, "uoff": -1 if a == "prev" else 1, "uanaph": True}, j + 2
        if self.has(j, "night_word") and self.has(j + 1, "anaph") and self.E[j][_BASE].startswith("ال"):
            a = self.c(j + 1, "anaph")
            if a in ("next", "same"):
                return {"anaph": a, "pod": "TNI"}, j + 2
        return None

    def u_relunit(self, i: int, f: Frame) -> UnitResult:
        if f.unit is not None:
            return None
        j = i
        out: dict[str, object] = {}
        if self.lang == "en":
            # "earlier this month", "later in the week": the word is a signal outside the
            # span; it only narrows the interval to the part before (after) publication
            el = self.c(i - 1, "earlier_later")
            if el is None and self.txt(i - 1) == "in":
                el = self.c(i - 2, "earlier_later")
            if self.has(j, "the"):
                j += 1
                if self.has(j, "new_adj") and self.c(j + 1, "unit") == ("year", "sg"):
                    return {"unit": "year", "uoff": 0, "newyear": True}, j + 2  # "in the new year"
                if el is not None and self.txt(i - 1) == "in" and self.has(j, "unit"):
                    unit, num = self.c(j, "unit")  # type: ignore[misc]
                    if num == "sg" and unit in ("week", "month", "year", "weekend"):
                        return {"unit": unit, "uoff": 0, "earlier": el}, j + 1
                if self.c(j, "unit") == ("weekend", "sg") and not self.has(j + 1, "of"):
                    return {"unit": "weekend", "uoff": 0, "wknear": True}, j + 1  # "over the weekend"
                k = j + 1 if self.has(j, "dur_det") and self.txt(j) in ("full", "entire", "whole") else j
                if self.has(k, "fiscal"):
                    k += 1
                if self.c(k, "unit") == ("year", "sg") and self.has(i - 1, "within", "of", "weak_year_cue") \
                        and not self.has(k + 1, "unit", "of", "ago", "and", "range_to", "yoy_adj") \
                        and not self.punct(k + 1, "-") and self.year_number(k + 1) is None:
                    # "for the year", "the full year", "in the fiscal year ended June 30"
                    if self.txt(k + 1) in ("ended", "ending", "ends", "through", "to"):
                        return {"qty": 1, "dunit": "year"}, k + 1
                    return {"unit": "year", "uoff": 0, "uanaph": True}, k + 1
            elif self.txt(j) == "this" and self.txt(j + 1) == "past":
                j += 1  # "this past weekend"
            if f.posmod is not None and j > i and self.has(j, "unit"):
                unit, num = self.c(j, "unit")  # type: ignore[misc]
                if num == "sg" and unit in ("week", "month", "year", "decade", "century", "weekend"):
                    return {"unit": unit, "uoff": 0}, j + 1  # "the end of the year"
            if not self.has(j, "rel_pre"):
                return None
            if self.txt(j) == "last" and self.txt(j - 1) in _EN_AUX:
                return None  # "could last several hours": the verb
            rel = self.c(j, "rel_pre")
            k = j + 1
            if self.has(k, "fiscal") and self.has(k + 1, "unit"):
                k += 1  # "this fiscal year", "the current fiscal quarter"
            q = None
            if self.has(k, "quant"):
                q, k = "X", k + 1
            else:
                nr = self.number(k, ordinal_ok=False)
                if nr is not None and nr[0] > 1 and self.has(nr[1], "unit"):
                    q, k = nr[0], nr[1]
            if not self.has(k, "unit"):
                return None
            unit, num = self.c(k, "unit")  # type: ignore[misc]
            if num == "pl":
                if rel == 0:
                    return None
                return {"qty": q or "X", "dunit": unit, "dur_rel": rel}, k + 1
            if q is not None or unit in ("second", "minute", "hour", "day"):
                if unit == "day" and rel == -1 and self.txt(j) == "past":
                    return {"qty": 1, "dunit": "day", "dur_rel": -1}, k + 1
                return None
            if self.txt(j) == "past" and unit in ("week", "month", "year", "decade", "century"):
                return {"qty": 1, "dunit": unit, "dur_rel": -1}, k + 1
            if self.txt(j) == "recent":
                return None  # "recent" qualifies a plural: "in recent weeks"
            if unit in ("decade", "fortnight") and rel != 0:
                # "over the next decade", "the past fortnight": no calendar unit, a span
                return {"qty": 1, "dunit": unit, "dur_rel": rel}, k + 1
            if unit == "fortnight":
                return None
            out = {"unit": unit, "uoff": rel}
            if el is not None and rel == 0 and j == i:
                out["earlier"] = el
            return out, k + 1
        # Arabic: "في وقت سابق من هذا الأسبوع" narrows the week as "earlier this week"
        el = self.c(i - 2, "earlier_later") if self.has(i - 1, "of") else None
        pre = None
        if self.has(j, "rel_pre") and self.has(j + 1, "unit"):
            pre = self.c(j, "rel_pre")
            j += 1
        if not self.has(j, "unit"):
            return None
        unit, num = self.c(j, "unit")  # type: ignore[misc]
        k = j + 1
        rel = pre
        if unit == "year" and num == "sg" and pre is None and self.has(k, "new_adj") \
                and self.E[j][_BASE].startswith("ال"):
            return {"unit": "year", "uoff": 0, "newyear": True}, k + 1  # "العام الجديد"
        count = self.definite_count(k) if num == "pl" and pre is None else None
        if count is not None and self.E[j][_BASE].startswith("ال"):
            # "الأيام الثلاثة الماضية", "الأيام الثلاثة الأخيرة": the number after its noun
            # (with its tens: "الساعات الأربع والعشرين الماضية")
            qty, m = count, k + 1
            if self.has(m, "tens") and self.E[m][_PRE] == 1 and self.tx[m].startswith("و"):
                qty, m = qty + int(self.c(m, "tens")), m + 1  # type: ignore[arg-type]
            rel_after = self.c(m, "rel") if self.has(m, "rel") else (
                -1 if self.has(m, "last_adj") else 0)
            if rel_after:
                return {"qty": qty, "dunit": unit, "dur_rel": rel_after}, m + 1
        if num == "pl" and pre is None and self.has(k, "article") and self.digits(k + 1) \
                and self.E[j][_BASE].startswith("ال") and unit not in ("second",):
            # "الساعات الـ24 الماضية": the last 24 hours
            out = {"qty": self.digits(k + 1), "dunit": unit}
            k += 2
            if self.has(k, "rel") and self.c(k, "rel") != 0:
                out["dur_rel"] = self.c(k, "rel")
                k += 1
            return out, k
        if self.has(k, "ago") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == -1 \
                and num == "sg" and pre is None:
            rel, k = -2, k + 2  # "الأسبوع قبل الماضي": the week before last
        elif self.has(k, "after") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == 1 \
                and num == "sg" and pre is None:
            rel, k = 2, k + 2  # "الأسبوع بعد المقبل"
        elif self.has(k, "rel"):
            if pre is not None:
                return None
            rel = self.c(k, "rel")
            k += 1
        elif num == "pl" and pre is None and self.has(k, "last_adj"):
            rel, k = -1, k + 1  # "في الأيام الأخيرة": in recent days, as "الأيام الماضية"
        elif num == "pl" and pre is None and self.has(k, "few_adj") and self.has(k + 1, "rel", "last_adj"):
            # "الأيام القليلة الماضية / المقبلة": the past or next few days
            rel = self.c(k + 1, "rel") if self.has(k + 1, "rel") else -1
            k += 2
        if num == "pl":
            if rel is None or unit in ("second",):
                return None
            if not self.E[j][_BASE].startswith("ال"):
                return None
            if rel == 0:
                return {"vague": "PRESENT_REF"}, k
            return {"qty": "X", "dunit": unit, "dur_rel": rel}, k
        if num == "du":
            return None
        if unit in ("second", "minute", "hour", "day"):
            return None
        if rel is None:
            # "مطلع العام", "منتصف الشهر": the current unit under a position modifier
            if f.posmod is not None and self.E[j][_BASE].startswith("ال"):
                return {"unit": unit, "uoff": 0}, k
            if el is not None and self.E[j][_BASE].startswith("ال") and unit in ("week", "month", "year"):
                return {"unit": unit, "uoff": 0, "earlier": el}, k  # "في وقت سابق من الشهر"
            if unit == "weekend" and self.has(i - 1, "pod_cue", "within", "since", "range_to"):
                # "خلال عطلة نهاية الأسبوع": the weekend nearest the anchor, as "over the weekend"
                return {"unit": unit, "uoff": 0, "wknear": True}, k
            return None
        if not (self.E[j][_BASE].startswith("ال") or pre is not None or unit == "weekend"):
            return None
        if el is not None and rel == 0:
            return {"unit": unit, "uoff": rel, "earlier": el}, k
        return {"unit": unit, "uoff": rel}, k

    def is_age(self, i: int, k: int) -> bool:
        """Does the duration between tokens ``i`` and ``k`` state somebody's age?"""
        for b in range(max(0, i - 4), i):
            if self.has(b, "age"):
                return True
        if self.lang == "en":
            if self.punct(k, "-") and self.txt(k + 1) == "old":
                return True
            if self.txt(k) == "old" or self.has(k, "age") and self.txt(k) in ("old",):
                return True
        else:
            if self.has(k, "of") and self.has(k + 1, "age"):
                return True
        return False

    def _by_that(self, i: int, unit_tok: int) -> bool:
        """Is the Arabic unit at ``unit_tok`` (the span's first token ``i``) the span "by
        which" something came before or after what was told ("قبل ذلك بيوم", "بعد ذلك
        بساعات"): ``ب`` on the unit, after "ذلك" after a before/after word?"""
        if not self.ar or unit_tok != i or i < 2 or self.E[i - 1][_BASE] != "ذلك":
            return False
        pre = self.E[unit_tok][_PRE]
        return bool(pre) and self.tx[unit_tok][pre - 1] == "ب" and self.has(i - 2, "ago", "after")

    def u_duration(self, i: int, f: Frame) -> UnitResult:
        if f.qty is not None or (set(f.filled()) - {"approx", "ago", "every", "since_"}):
            return None
        if i >= self.n:
            return None
        if self.tk[i] == "d" and self.punct(i - 1, "/:.") and self.adjacent(i) and self.adjacent(i - 1) \
                and i > 1 and self.tk[i - 2] == "d":
            return None  # the "1" of a score "3/1", the "5" of "2.5": no count of the unit after it
        j = i
        approx = None
        while self.has(j, "approx", "dur_mod"):
            approx = approx or self.has(j, "approx") or None
            j += 1
        if self.lang == "en" and j == i and self.has(j, "the"):
            # "the first nine months", "the six months": the article is in the span
            k = j + 1 + (1 if self.has(j + 1, "dur_det") else 0)
            nr = self.number(k, ordinal_ok=False)
            if nr is not None and nr[0] != 1 and self.has(nr[1], "unit"):
                j = k
        qty: object = None
        k = j
        if self.has(k, "half") and self.has(k + 1, "unit"):
            qty, k = 0.5, k + 1
        elif self.has(k, "quant") and self.has(k + 1, "unit"):
            qty, k = "X", k + 1
        else:
            nr = self.number(k, ordinal_ok=False)
            if nr is not None:
                qty, k = nr[0], nr[1]
                if nr[2] == "digits" and self.ndigits(j) > 4:
                    return None
                part = self._fraction(k) if nr[2] == "digits" else None
                if part is None and self.lang == "en" and self.txt(k) == "and" and self.txt(k + 1) == "a" \
                        and self.txt(k + 2) == "half" and self.has(k + 3, "unit"):
                    part = (0.5, k + 3)  # "two and a half years"
                if part is not None:
                    qty, k = qty + part[0], part[1]
                if self.has(j, "indefinite") and self.txt(k) == "second":
                    return None  # "a second explosion"
                if self.lang == "en" and self.punct(k, "-") and self.has(k + 1, "unit"):
                    k += 1
                if self.has(k, "dur_adj") and self.has(k + 1, "unit"):
                    k += 1  # "three consecutive months", "two more weeks"
            elif self.ar and self.has(k, "tens") and self.E[k][_BASE].startswith("ال"):
                qty, k = int(self.c(k, "tens")), k + 1  # type: ignore[arg-type]
        if not self.has(k, "unit"):
            return None
        unit, num = self.c(k, "unit")  # type: ignore[misc]
        if unit == "quarter":
            return None
        hyphened = self.punct(k + 1, "-") and self.adjacent(k + 1) and self.adjacent(k + 2) and self.has(k + 2, "unit_long")
        if qty is not None and self.has(j, "indefinite") and (num == "pl" or hyphened):
            return None  # "a months-long siege", "a day-long meeting": the article is the noun's
        if num == "sg" and k > j and not self.punct(k - 1, "-") and self.has(k - 1, "quant", "count_of"):
            return None  # "several dozen weekend shooting victims": the count is of what follows
        unit_tok = k
        k += 1
        if qty is None and hyphened:
            qty, k = (1 if num == "sg" else "X"), k + 2  # "day-long", "decades-long"
        elif hyphened:
            k += 2  # "a three-day-long visit"
        if qty is None:
            if num == "du":
                qty = 2
            elif num == "pl" and self.has(k, "quant"):
                qty, k = "X", k + 1  # "ساعات عدة"
            elif num == "pl" and self.lang == "en" and self.txt(k) in ("before", "after", "earlier", "later"):
                qty = "X"  # "minutes before the blast", "days after the vote"
            elif num == "pl" and self._by_that(i, unit_tok):
                qty = "X"  # "بعد ذلك بساعات": hours after that
            elif num == "pl" and (self.has(i - 1, "within", "after")
                                  or (self.ar and self.has(i - 1, "since") and self._ongoing_state(i - 1))
                                  or (self.ar and self.E[unit_tok][_PRE] and
                                  self.tx[unit_tok][self.E[unit_tok][_PRE] - 1] == "ل")):
                qty = "X"  # "for hours", "لساعات"
            elif num == "sg" and j > i and self.has(j - 1, "dur_mod") \
                    and not self.E[unit_tok][_BASE].startswith("ال"):
                qty = 1  # "أقل من ساعة": less than an hour
            elif num == "sg" and self.has(k, "num") and self.c(k, "num") == 1:
                qty, k = 1, k + 1  # "ساعة واحدة"
            elif num == "sg" and self.ar and self.has(i - 1, "within", "ago", "since", "after") \
                    and not self.E[unit_tok][_BASE].startswith("ال") and unit != "weekend" \
                    and (self.has(i - 1, "within", "ago", "since") or self.has(k, "of") or approx):
                qty = 1  # "لمدة سنة", "بعد مرور سنة", "بعد يوم من", "قبل أسبوع", "بعد نحو ساعة"
            elif num == "sg" and self._by_that(i, unit_tok) and not self.E[unit_tok][_BASE].startswith("ال"):
                qty = 1  # "وقبل ذلك بيوم": a day before that
            else:
                return None
        elif num == "du":
            return None
        if self.is_age(i, k):
            return None
        if qty == 1 and j == i and self.has(i, "indefinite") \
                and self.txt(k) not in ("ago", "earlier", "later", "before", "after") and self._rate(i):
            return None  # "$1.76 a year", "four flights a week": a rate, not a time
        if isinstance(qty, int) and qty == 0:
            return None
        if self.lang == "en" and isinstance(qty, int) and self.txt(k) == "and" and self.txt(k + 1) == "a" \
                and self.txt(k + 2) == "half":
            qty, k = qty + 0.5, k + 3  # "a year and a half"
        out: dict[str, object] = {"qty": qty, "dunit": unit}
        if approx:
            out["approx"] = True
        if self.ar and self.has(k, "rel") and self.c(k, "rel") in (-1, 1) and (self.c(k, "rel") == -1 or num == "du"):
            out["dur_rel"] = self.c(k, "rel")  # "24 ساعة الماضية", "الشهرين المقبلين"
            k += 1
        elif self.ar and num == "du" and self.has(k, "last_adj"):
            out["dur_rel"] = -1  # "اليومين الأخيرين"
            k += 1
        elif self.lang == "en" and self.txt(k) == "ago":
            out["ago"] = -1
            k += 1
        elif self.lang == "en" and qty == 1 and unit == "year" and self.txt(k) == "earlier":
            # "up 5% from a year earlier": a year-over-year comparison names the period
            out["ago"] = -1
            out["uanaph"] = True
            out["yoy"] = True
            k += 1
        # "a week earlier", "three days later", "two years from now", "minutes before the
        # blast": the quantity is the duration, the rest signals (TimeML)
        return out, k

    def _fraction(self, k: int) -> Optional[tuple[float, int]]:
        """The fraction after a whole number ending before token ``k``: decimals glued to
        it ("2.5 years") or a written fraction after a space ("5 1/2 hours", "2 3/4
        miles"); ``(value, next index)``."""
        if self.punct(k, ".") and self.adjacent(k) and self.adjacent(k + 1) and self.tk[k + 1] == "d" \
                if k + 1 < self.n else False:
            digits = self.tx[k + 1]
            return int(digits) / 10 ** len(digits), k + 2
        num, den = self.digits(k), self.digits(k + 2)
        if num is not None and den in (2, 4) and 0 < num < den and not self.adjacent(k) \
                and self.punct(k + 1, "/") and self.adjacent(k + 1) and self.adjacent(k + 2):
            return num / den, k + 3
        return None

    def _rate(self, i: int) -> bool:
        """Is "a"/"an" at ``i`` the "per" of a rate: a quantity just before it, no
        preposition between ("$2 million a year", "700 seats a week")?"""
        if self.has(i - 1, "within", "after", "since", "ago", "range_from", "range_to") \
                or self.txt(i - 1) in ("for", "than", "of", "by"):
            return False
        for b in range(i - 1, max(-1, i - 4), -1):
            if self.tk[b] == "d" or self.has(b, "num", "tens") or self.punct(b, "$%£€¥"):
                return True
            if self.tk[b] == "p" and self.tx[b] not in (".", ","):
                return False
        return False

    def _ongoing_state(self, i: int) -> bool:
        """Is a word just before "منذ" at ``i`` (in its clause) a state that still holds
        ("يعمل", "لا يزال", "محتجز")?  Then the count after it is a duration."""
        for b in range(i - 1, max(-1, i - 6), -1):
            if self.tk[b] == "p":
                return False
            if self.has(b, "state_cue"):
                return True
        return False

    def u_agoprefix(self, i: int, f: Frame) -> UnitResult:
        """Arabic "قبل"/"منذ" before a duration: "قبل يومين", "منذ ثلاثة أيام"."""
        if not self.ar or f.filled() or not self.has(i, "ago", "since", "after"):
            return None
        if self.has(i, "since") and self._ongoing_state(i):
            return None  # "يعمل في المصنع منذ عشرين عاماً": how long, not when
        if self.has(i, "ago", "since") and self.has(i + 1, "unit") and self.c(i + 1, "unit")[1] == "pl" \
                and self.c(i + 1, "unit")[0] not in ("second", "minute") \
                and not self.E[i + 1][_BASE].startswith("ال") and not self.has(i + 2, "of", "quant", "num"):
            return {"vague": "PAST_REF"}, i + 2  # "منذ أسابيع", "قبل شهور": some time ago
        r = self.u_duration(i + 1, _BLANK)
        if r is None:
            return None
        fields, k = r
        if self.has(i, "after") and not self.has(i, "ago", "since"):
            # "بعد 5 أشهر من الآن": a date counted from now; "بعد 5 أشهر" alone is a duration
            if not self.has(k, "from_now") or not isinstance(fields.get("qty"), int):
                return None
            fields["ago"] = 1
            return fields, k + 1
        if fields.get("qty") == "X" and "dur_rel" not in fields and fields.get("dunit") not in ("second", "minute") \
                and not self.has(k, "of"):
            return {"vague": "PAST_REF"}, k  # "منذ عدة أشهر": some time ago
        if fields.get("qty") == "X" or "dur_rel" in fields:
            return None
        if self.has(k, "of"):
            return None  # "قبل يوم من الهجوم": relative to the event, the duration alone
        if self.year_number(k) is not None and fields.get("qty") == 1:
            return None  # "منذ عام 2011": since the year 2011, not a year ago
        if fields.get("qty") == 1 and fields.get("dunit") == "day" \
                and (self.has(k, "weekday", "weekday_bare", "dayrel") or self.day_number(k) is not None):
            return None  # "منذ يوم الجمعة", "قبل يوم 5 آذار": the day named, not a day ago
        if fields.get("qty") == 1 and fields.get("dunit") == "month" and self.has(k, "month"):
            return None  # "منذ شهر أيار": since the month of May, not a month ago
        fields["ago"] = -1
        return fields, k

    def u_set(self, i: int, f: Frame) -> UnitResult:
        if f.filled():
            return None
        if self.has(i, "set_adv"):
            return {"set_value": self.c(i, "set_adv")}, i + 1
        if not self.has(i, "every"):
            return None
        j = i + 1
        if self.has(j, "day_word") and self.has(j + 1, "weekday", "weekday_bare"):
            j += 1
        if self.has(j, "weekday", "weekday_bare"):
            w = self.c(j, "weekday") or self.c(j, "weekday_bare")
            pod = self.c(j + 1, "pod") if self.has(j + 1, "pod") else None
            if pod in _POD_VALUES:  # "each Monday afternoon"
                return {"set_value": f"XXXX-WXX-{w}{pod}", "every": True}, j + 2
            return {"set_value": f"XXXX-WXX-{w}", "every": True}, j + 1
        if self.has(j, "pod"):
            pod = self.c(j, "pod")
            if pod in ("dawn",):
                pod = "TMO"
            if pod in ("MIDNIGHT", "NOON"):
                return {"set_value": "XXXX-XX-XXT24:00" if pod == "MIDNIGHT" else "XXXX-XX-XXT12:00",
                        "every": True}, j + 1
            return {"set_value": f"XXXX-XX-XX{pod}", "every": True}, j + 1
        if self.has(j, "unit"):
            unit, num = self.c(j, "unit")  # type: ignore[misc]
            if num == "sg":
                return {"set_value": _period(1, unit), "every": True}, j + 1
            if num == "du":
                return {"set_value": _period(2, unit), "every": True}, j + 1
            return None
        nr = self.number(j, ordinal_ok=False)
        if nr is not None and self.has(nr[1], "unit"):
            unit, num = self.c(nr[1], "unit")  # type: ignore[misc]
            return {"set_value": _period(nr[0], unit), "every": True}, nr[1] + 1
        return None

    def u_vague(self, i: int, f: Frame) -> UnitResult:
        if f.filled():
            return None
        if self.lang == "en" and self.has(i, "the") and self.has(i + 1, "vague_noun"):
            k = i + 2
            if not self.has(k, "unit", "quant", "num", "tens") and self.digits(k) is None:
                return {"vague": self.c(i + 1, "vague_noun")}, k
            return None
        if self.ar and self.has(i, "later_phrase") and self.has(i + 1, "of_today"):
            return {"dayrel": 0}, i + 2  # "في وقت لاحق من اليوم": later today
        if not self.has(i, "vague"):
            return None
        v = self.c(i, "vague")
        if self.lang == "en" and self.txt(i) == "now" and self.txt(i + 1) in ("that",):
            return None
        if self.ar and self.has(i + 1, "of_today"):
            return {"dayrel": 0}, i + 2  # "في وقت سابق من اليوم": earlier today, today
        if self.ar and self.has(i + 1, "of") and i + 2 < self.n and self.ct[i + 2] \
                and self.ct[i + 2].keys() & _STARTERS:
            # "الأشهر الأخيرة من العام": the end of a year, not "recently"; "في وقت سابق من
            # اليوم": earlier today, a signal before the day it places (as "earlier today")
            return None
        return {"vague": v}, i + 1

    def u_decade(self, i: int, f: Frame) -> UnitResult:
        if f.decade is not None:
            return None
        j = i
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            y = self.year_number(j)
            if y and y[0] % 10 == 0 and self.txt(j + 1) == "s" and self.adjacent(j + 1):
                return {"decade": y[0] // 10}, j + 2
            if self.punct(j, "'") and self.ndigits(j + 1) == 2 and self.txt(j + 2) == "s":
                d = int(self.tx[j + 1])
                if d % 10 == 0:
                    return {"decade": (190 if d >= 30 else 200) + d // 10}, j + 3
            if self.has(j, "decade_word") and j > i:
                return {"decade": 190 + int(self.c(j, "decade_word"))}, j + 1  # type: ignore[arg-type]
            return None
        if self.has(j, "unit") and self.c(j, "unit") == ("decade", "sg") and self.has(j + 1, "decade_word"):
            j += 1
        if not self.has(j, "decade_word"):
            return None
        d = int(self.c(j, "decade_word"))  # type: ignore[arg-type]
        k = j + 1
        century = 19
        if self.has(k, "of") and self.has(k + 1, "unit") and self.c(k + 1, "unit") == ("century", "sg"):
            k2 = k + 2
            if self.has(k2, "rel"):
                century = 19 if self.c(k2, "rel") == -1 else 20
                k = k2 + 1
            else:
                nr = self.number(k2)
                if nr is not None and 15 <= nr[0] <= 21:
                    century = nr[0] - 1
                    k = nr[1]
        return {"decade": century * 10 + d}, k

    def u_century(self, i: int, f: Frame) -> UnitResult:
        if f.century is not None:
            return None
        j = i
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            r = self.day_number(j)
            if r and self.has(r[1], "unit") and self.c(r[1], "unit") == ("century", "sg") and 1 <= r[0] <= 22:
                return {"century": r[0]}, r[1] + 1
            return None
        if not (self.has(j, "unit") and self.c(j, "unit") == ("century", "sg")):
            return None
        nr = self.number(j + 1)
        if nr is not None and nr[2] == "ord" and 10 <= nr[0] <= 22:
            return {"century": nr[0]}, nr[1]
        return None

    def u_season(self, i: int, f: Frame) -> UnitResult:
        if f.season is not None:
            return None
        j = i
        rel = None
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            if self.has(j, "rel_pre"):
                rel = self.c(j, "rel_pre")
                j += 1
        elif self.has(j, "rel_pre"):
            rel = self.c(j, "rel_pre")
            j += 1
        if not self.has(j, "season"):
            return None
        out: dict[str, object] = {"season": self.c(j, "season")}
        k = j + 1
        if self.ar and self.has(k, "rel"):
            rel = self.c(k, "rel")
            k += 1
        if self.lang == "en" and self.has(k, "of") and self.year_number(k + 1):
            k += 1
        y = self.year_number(k)
        if y:
            out["y"] = y[0]
            k = y[1]
        elif rel is None and f.posmod is None:
            if not (self.lang == "en" and self.has(i - 1, "season_cue") and self.txt(i) == "the"
                    and not self.has(k, "of")):
                return None  # not "after the fall of the city"
            rel = 0
        if rel is not None:
            out["uoff"] = rel
        return out, k

    def u_quarter(self, i: int, f: Frame) -> UnitResult:
        if f.quarter is not None:
            return None
        j = i
        if self.lang == "en" and self.has(j, "the"):
            j += 1
            if self.has(j, "fiscal"):
                j += 2 if self.punct(j + 1, "-") else 1  # "the fiscal first quarter"
        last = self.last_part(j)
        if last is not None:
            return last
        nr = self.number(j)
        if nr is None or nr[2] != "ord" or not 1 <= nr[0] <= 4:
            if self.ar and self.has(j, "unit") and self.c(j, "unit") == ("quarter", "sg"):
                nr2 = self.number(j + 1)
                if nr2 and nr2[2] == "ord" and 1 <= nr2[0] <= 4:
                    return {"quarter": nr2[0]}, nr2[1]
            if self.ar and self.has(j, "half") and self.E[j][_BASE].startswith("ال"):
                nr2 = self.number(j + 1)  # "النصف الثاني من 2023"
                k = nr2[1] + 1 if nr2 else 0
                if nr2 and nr2[2] == "ord" and nr2[0] in (1, 2) and self.has(nr2[1], "of") and (
                        self.year_number(k) or self.has(k, "month", "hmonth")
                        or (self.has(k, "unit") and self.c(k, "unit")[0] in ("year", "month"))):  # type: ignore[index]
                    return {"half": nr2[0]}, nr2[1]  # not "النصف الثاني من المباراة"
            return None
        k = nr[1]
        if self.lang == "en" and self.punct(k, "-"):
            k += 1  # "third-quarter earnings"
        if self.has(k, "quarter_word") or (self.has(k, "unit") and self.c(k, "unit") == ("quarter", "sg")):
            return {"quarter": nr[0]}, k + 1
        if self.has(k, "half") and nr[0] in (1, 2) and (j > i or self.has(k + 1, "of")):
            return {"half": nr[0]}, k + 1  # "the first half (of 1999)"
        return None

    def last_part(self, j: int) -> UnitResult:
        """The last quarter or half of a year named right after it: "the last quarter of
        2024", "the final half of last year", ``الربع الأخير من 2024`` (Q4, H2).  Without
        the year, "the last quarter" is the one before the current (:meth:`u_relunit`).
        The unit takes the "of" with it, so the year that follows joins it."""
        if self.ar:
            part, adj = j, j + 1
        else:
            adj, part = j, j + 1
        if not self.has(adj, "last_adj"):
            return None
        if self.has(part, "quarter_word") or (self.has(part, "unit") and self.c(part, "unit") == ("quarter", "sg")):
            slot, value = "quarter", 4
        elif self.has(part, "half") and (not self.ar or self.E[part][_BASE].startswith("ال")):
            slot, value = "half", 2
        else:
            return None
        k = max(part, adj) + 1
        if not self.has(k, "of"):
            return None
        y = k + 1
        if self.has(y, "year_word") and self.year_number(y + 1):
            y += 1
        if self.year_number(y) or (self.has(y, "unit") and self.c(y, "unit")[0] == "year") \
                or ((self.has(y, "rel_pre") or self.has(y, "the")) and self.has(y + 1, "unit")
                    and self.c(y + 1, "unit")[0] == "year"):  # type: ignore[index]
            return {slot: value}, k + 1
        return None

    def u_fperiod(self, i: int, f: Frame) -> UnitResult:
        """A reporting period of company results (English): "the quarter", "the latest
        quarter", "the year-ago period", "the 1988 third quarter", "year-earlier"."""
        if self.lang != "en" or f.filled():
            return None
        j = i
        the = self.has(j, "the")
        if the:
            j += 1
        if self.has(j, "same_period"):
            j += 1
        latest = self.has(j, "latest")
        if latest:
            j += 1
        out: dict[str, object] = {"qnarr": True}
        if self.has(j, "yoy_adj"):
            out["yoy"] = True
            j += 1
        elif the and self.year_number(j) is not None:
            out["y"] = self.year_number(j)[0]  # type: ignore[index]
            j += 1
        if self.has(j, "fiscal"):
            j += 1
        nr = self.number(j)
        if nr is not None and nr[2] == "ord" and 1 <= nr[0] <= 4:
            k = nr[1] + (1 if self.punct(nr[1], "-") else 0)
            if not self.has(k, "quarter_word"):
                return None
            if len(out) == 1:
                return None  # "the third quarter": u_quarter
            out["quarter"] = nr[0]
            return out, k + 1
        if j == i:
            return None  # a bare "quarter" is no reporting period
        if self.has(j, "quarter_word"):
            return out, j + 1
        if self.has(j, "period_word") and len(out) + latest > 1:
            return out, j + 1  # "the latest period", "the 1988 period" (not "the period of")
        if out.get("yoy") and j == i + 1:
            out["qnarr"] = "adj"
            return out, j  # "year-earlier results": the adjective alone
        return None

    def u_holiday(self, i: int, f: Frame) -> UnitResult:
        if f.holiday is not None:
            return None
        out: dict[str, object] = {}
        j = i
        if self.ar and self.has(j, "ord", "ord_construct") and self.has(j + 1, "unit") \
                and self.c(j + 1, "unit")[0] == "day" and self.has(j + 2, "holiday"):  # type: ignore[index]
            # "ثاني أيام عيد الأضحى": the second day of the feast
            n = self.c(j, "ord_construct") or self.c(j, "ord")
            out["hday"] = int(n)  # type: ignore[arg-type]
            j += 2
        if self.lang == "en" and self.has(j, "rel_pre") and self.has(j + 1, "holiday"):
            out["month_rel"] = self.c(j, "rel_pre")  # "last Thanksgiving"
            j += 1
        if not self.has(j, "holiday"):
            return None
        out["holiday"] = self.c(j, "holiday")
        if "hday" not in out and f.pod == "TEV" and self.has(i - 1, "eve"):
            out["hday"] = 0  # "عشية عيد الميلاد": the evening of the day before
        k = j + 1
        if self.ar and "month_rel" not in out and self.has(k, "rel") and self.tx[k].startswith("ال"):
            out["month_rel"] = self.c(k, "rel")  # "عيد الأضحى المقبل", "رمضان الماضي"
            k += 1
        y = self.year_number(k)
        if y:
            out["y"] = y[0]
            k = y[1]
        return out, k

    def u_dom(self, i: int, f: Frame) -> UnitResult:
        """A bare day of month: "the 18th", "الـ18", "يوم 13"."""
        if f.d is not None or f.dom is not None:
            return None
        j = i
        if self.lang == "en":
            if not self.has(j, "the"):
                return None
            j += 1
            r = self.day_number(j)
            if r is None:
                return None
            suffixed = self.has(r[1] - 1, "ordsuffix")
            if not (suffixed or self.has(j, "ord")):
                return None
            nxt = r[1]
            if nxt < self.n and self.tk[nxt] == "w" and self.txt(nxt) not in _EN_AFTER_DOM:
                return None  # "the 18th century", "the first direct action"
            if not suffixed and self.txt(i - 1) not in ("on", "of", "by", "until", "since", "from"):
                return None  # "the first" is rarely a date without "on"
            return {"dom": r[0]}, r[1]
        if self.has(j, "the") and self.adjacent(j + 1) and self.digits(j + 1) is not None:
            r = self.day_number(j + 1)
        elif self.has(j, "day_word") and self.digits(j + 1) is not None:
            whole = self.u_numdate(j + 1, f)
            if whole is not None:
                return whole  # "يوم 12/6/2025": the day word before a written date
            r = self.day_number(j + 1)
        else:
            # "13 من الشهر الجاري", "الأول من الشهر الماضي": the month named after it
            if (self.has(j - 1, "unit") and self.c(j - 1, "unit")[0] != "day") or self.has(j - 1, "half"):  # type: ignore[index]
                return None  # "الأسبوع الثاني من الشهر", "النصف الثاني من الشهر": not a day of it
            r = self.day_number(j)
            current = self._of_current_month(r, j)
            if current is not None:
                return current
            if r is None or not self.has(r[1], "of"):
                return None
            u = r[1] + 1
            if self.has(u, "rel") and self.has(u + 1, "unit") and self.c(u + 1, "unit") == ("month", "sg"):
                return {"dom": r[0], "month_rel": self.c(u, "rel")}, u + 2  # "الرابع عشر من هذا الشهر"
            if not (self.has(u, "unit") and self.c(u, "unit") == ("month", "sg")):
                return None
            if not self.has(u + 1, "rel"):
                after = self.tx[u + 1] if u + 1 < self.n else ""
                # (not "الشهر الكريم", "الشهر الفضيل": the holy month, Ramadan)
                if self.tx[u].startswith("ال") and not self.has(u + 1, "of") and not after.startswith("ال"):
                    return {"dom": r[0], "month_rel": 0}, u + 1  # "14 من الشهر": of the month the story is in
                return None
        if r is None:
            return None
        current = self._of_current_month(r, j + 1)
        if current is not None:
            return current
        k = r[1]
        # "الـ18 من الشهر الجاري": a day of month needs its month after it
        if self.has(k, "of") and self.has(k + 1, "unit") and self.c(k + 1, "unit") == ("month", "sg"):
            return {"dom": r[0]}, k
        if self.has(j, "day_word") and (k >= self.n or self.tk[k] == "p"):
            return {"dom": r[0]}, k
        return None

    def _of_current_month(self, r: Optional[tuple[int, int]], start: int) -> UnitResult:
        """Arabic "(من) الجاري" / "الحالي" right after a day number (at ``start``): that day
        of the current month, "الشهر" left out ("في 20 الجاري", "العاشر من الجاري", "يوم 12
        الحالي"); not the month of a numeric date ("13/12 الجاري")."""
        if r is None or not self.ar or self.punct(start - 1, "/-."):
            return None
        c = r[1] + (1 if self.has(r[1], "of") else 0)
        if self.has(c, "rel") and self.c(c, "rel") == 0 and self.tx[c].startswith("ال") \
                and not self.has(c + 1, "unit"):
            return {"dom": r[0], "unit": "month", "uoff": 0}, c + 1
        return None

    def u_posmod(self, i: int, f: Frame) -> UnitResult:
        j = i + 1 if (self.lang == "en" and self.has(i, "the")) else i
        if f.posmod is not None or not self.has(j, "posmod"):
            return None
        if f.filled():
            return None  # it opens what it modifies: "أمس وسط إجراءات" is "amid", "وسط الأسبوع" the middle
        if self.lang == "en" and self.has(j, "pod_mod") and self.has(j + 1, "weekday", "pod", "dayrel"):
            return None
        k = j + 1
        if self.lang == "en" and j > i and self.has(k, "of"):
            k += 1  # "the end of", "the beginning of"
        elif self.has(j, "verb_posmod") and not self.punct(k, "-"):
            return None  # "expected to end next spring": a verb ("end-March" is a modifier)
        return {"posmod": self.c(j, "posmod")}, k

    def u_unit_end(self, i: int, f: Frame) -> UnitResult:
        """"year-end", "year end", "month-end", "mid-year": a calendar unit with its part
        after it, as "the end of the year" before it (English compounds)."""
        if self.lang != "en" or f.unit is not None or f.posmod is not None:
            return None
        k = i
        pre = None
        if self.has(k, "posmod") and self.c(k, "posmod") == "MID" and self.punct(k + 1, "-"):
            pre, k = "MID", k + 2  # "mid-year"
        u = self.c(k, "unit")
        if not isinstance(u, tuple) or u[1] != "sg" or u[0] not in ("year", "month", "quarter", "week"):
            return None
        if pre is not None:
            return {"posmod": pre, "unit": u[0], "uoff": 0}, k + 1
        j = k + 1
        if self.punct(j, "-"):
            j += 1
        if not self.has(j, "unit_end") or self.has(k - 1, "rel_pre", "num", "quant") \
                or self.txt(k - 1) in _EN_AUX:
            return None  # "a year late" is no part of it; "next year end" is not one
        return {"posmod": self.c(j, "unit_end"), "unit": u[0], "uoff": 0}, j + 1

    # -- expressions --------------------------------------------------------------------
    def best_unit(self, j: int, f: Frame) -> UnitResult:
        if j >= self.n:
            return None
        units = self.E[j][_UNITS_AT]
        if self.exhaustive:
            kind = self.tk[j]
            chosen = _dispatch(kind == "d", kind == "p" and self.tx[j] == "'", self.ct[j])
            units = _UNITS
        best: UnitResult = None
        for unit in units:
            r = unit(self, j, f)
            if self.exhaustive and r is not None:
                assert unit in chosen, f"{unit.__name__} matched at {self.tx[j]!r} but is not dispatched"
            if r is not None and r[1] > j and (best is None or r[1] > best[1]):
                if _compatible(f, r[0]):
                    best = r
        return best

    def glue(self, j: int, f: Frame) -> int:
        """How many glue tokens start at ``j`` (0 when none)."""
        if j >= self.n or not self.same_line(j):
            return 0
        text, cats = self.tx[j], self.ct[j]
        g = 0
        if text == "(" and (f.hour is not None or (f.pod is not None and f.tz is not None)) \
                and self.digits(j + 1) is not None:
            # a clock's equivalent in another zone: "11:40 a.m. (0840 GMT) on Friday" is
            # one time; the bracket is passed over to the day after it
            k = j + 2
            if self.punct(k, ":.,") and self.digits(k + 1) is not None:
                k += 2
            if self.has(k, "tz") and self.punct(k + 1, ")"):
                g = k + 2 - j
                if self.lang == "en" and self.txt(j + g) in ("on", "at"):
                    g += 1
                return g
        if self.tk[j] == "p" and text in _GLUE_PUNCT:
            if text in ",،" and f.dayrel is not None and f.weekday is None and f.pod is None:
                return 0  # "اليوم، الخميس ..." is an apposition: two expressions
            g = 1
        elif self.tk[j] == "p" and text == '"' and f.dayrel is not None and f.weekday is None \
                and self.has(j + 1, "weekday"):
            g = 1  # 'أمس «الجمعة»': the weekday in quotes names the same day
        elif "of" in cats or "equiv" in cats:
            g = 1
        elif "pair_joiner" in cats and f.pod in ("TNI", "MIDNIGHT") and f.weekday is not None \
                and self.has(j + 1, "weekday"):
            g = 1  # "ليلة السبت إلى الأحد": one night
        elif "clock_glue" in cats and f.hour is None and self.has(j + 1, "clock_intro") \
                and (f.d is not None or f.weekday is not None or f.dayrel is not None):
            g = 1  # a dateline "السبت 20 ديسمبر 2025 في الساعة 10:30" is one time
        elif self.lang == "en" and text in ("on", "at", "the", "in"):
            g = 1
        elif self.lang == "en" and text == "'" and self.txt(j + 1) == "s" and self.adjacent(j + 1) \
                and (f.unit == "year" or f.y is not None) and f.m is None:
            g = 2  # "this year's third quarter", "1998's first half"
        if g and text == "the":
            return 0  # units read their own article
        if g and text in ",،" and self.has(j + 1, "equiv"):
            g += 1  # "مساء يوم الأحد، الموافق 10 مارس"
        return g

    def parse_expr(self, i: int) -> Optional[Tagged]:
        f: Frame = _BLANK  # a real frame is made once the first unit is read
        j = i
        first = None
        last = i
        while j < self.n:
            r = self.best_unit(j, f) if (first is None or self.same_line(j)) else None
            if r is None and first is not None:
                g = self.glue(j, f)
                if g:
                    glue_cats, glue_text = self.ct[j], self.tx[j]
                    r = self.best_unit(j + g, f)
                    if r is None and ("equiv" in glue_cats or glue_text == "(") \
                            and (f.m is not None or f.y is not None):
                        # dual dating: "… 1447 هـ الموافق 20 كانون الأول 2025"
                        r2 = self.u_numdate(j + g, _BLANK) or self.u_date(j + g, _BLANK)
                        if r2 is not None and "m" in r2[0] and f.second is None:
                            second = Frame(**{k: v for k, v in r2[0].items() if k in _SLOT_SET})
                            f.second = second
                            k = r2[1]
                            if glue_text == "(" and self.punct(k, ")"):
                                k += 1
                            last = j = k
                            continue
                    if r is None and glue_text == "(" and g > 2:
                        # a clock's equivalent in brackets closing the expression: "at 11:40
                        # a.m. (0840 GMT).", "فجر الجمعة (02:00 ت غ)": taken in, as before a day
                        close = next((x for x in range(j + g - 1, j, -1) if self.punct(x, ")")), None)
                        if close is not None:
                            last = close + 1
                        break
                    if r is None:
                        break
                    if "equiv" in glue_cats or self.has(j + g - 1, "equiv"):
                        f.equiv = True
                    j += g
            if r is None:
                break
            fields, k = r
            if f is _BLANK:
                f = Frame()
            for key, val in fields.items():
                if key in _SLOT_SET:
                    setattr(f, key, val)
            if first is None:
                first = j
            last = j = k
        if first is None:
            return None
        # "اليوم (السبت)", 'أمس «الجمعة»': swallow a closing bracket or quote opened inside
        if self.punct(last, ")") and any(self.punct(x, "(") for x in range(first, last)):
            last += 1
        elif self.punct(last, '"') and sum(1 for x in range(first, last) if self.punct(x, '"')) % 2:
            last += 1
        # "(18,30 ت غ) أمس": a bracket closed inside was opened right before: take it in
        if first > 0 and self.punct(first - 1, "(") and sum(
                (self.punct(x, ")") - self.punct(x, "(")) for x in range(first, last)) > 0:
            first -= 1
        if not self._valid(f, first, last):
            return None
        self._context(f, first, last)
        return Tagged(self.ts[first] + self.E[first][_PRE], self.te[last - 1], first, last, f)

    def _valid(self, f: Frame, i: int, j: int) -> bool:
        if f.y is None and (f.m is not None or f.weekday is not None) and self.has(i - 1, "name_head"):
            return False  # "حركة 20 فبراير", "مسجد الجمعة": a name
        if f.y is None and f.m is not None and f.d is not None and self.has(j, "name_tail"):
            return False  # "the January 25 revolution": a name
        s = f.filled()
        keys = set(s) - {"approx", "equiv", "tz", "podmod", "clock_word"}
        if not keys:
            return False
        if keys == {"posmod"} or keys == {"ago"} or keys == {"every"}:
            return False
        if keys <= {"pod"}:
            pod = f.pod
            if self.lang == "en" and self.txt(i) == "overnight":
                return True
            if pod == "MIDNIGHT":
                return True
            if f.podmod is not None and self.lang == "en":
                return False
            if self.has(i, "pod_bare") and j == i + 1:
                return True  # "وقع الانفجار فجرا": the adverb is a time by itself
            # (after a cue: "at dawn", "around noon", "shortly before dawn")
            return self.has(i - 1, "pod_cue", "approx") or (self.lang == "en" and self.txt(i - 1) in ("the", "this") and self.txt(i - 2) in ("in", "during", "by", "through"))
        if keys <= {"pod", "posmod"}:
            return False
        if f.posmod is not None and not (keys & {"unit", "y", "m", "decade", "century", "season", "quarter", "half"}):
            return False
        if keys == {"uoff"}:
            return False
        if f.year_only and keys <= {"y", "year_only", "cal"} and f.posmod is None:
            return True
        return True

    def _context(self, f: Frame, i: int, j: int) -> None:
        """Cues from around the expression: future tense, reporting verbs, recurrence."""
        back = max(0, i - 8)
        k = i - 1
        if self.has(j, "future_post"):
            f.tense = "future"  # "declared Friday a public holiday"
            back = k + 1
        opens = False  # no word before the expression in its sentence can carry a tense
        while True:
            if k < back:
                opens = k < 0
                break
            if self.tk[k] == "p" and self.tx[k] in _SENTENCE_END:
                opens = True
                break
            if "\n" in self.text[self.te[k]:self.ts[k + 1]]:
                opens = True
                break
            if "future" in self.ct[k] or (self.future_verb is not None and self._future_verb(k, i)) \
                    or ("future_modal" in self.ct[k] and not self._possessive(j)):
                f.tense = "past" if self.has(k + 1, "perfect_aux") else "future"
                break
            if "present_aux" in self.ct[k]:
                break
            if self._past_verb(k):
                if self.has(k - 1, "passive_aux"):
                    k -= 1  # "will be closed": a participle; the auxiliary before it decides
                    continue
                f.tense = "past"  # "took effect Jan. 1": a past event, not next January
                if i - k == 2 and self.has(i - 1, "governing_prep"):
                    # "happened on Christmas Eve": the verb's own time (not "extended to
                    # Nov. 20", "set Nov. 10 as the deadline": dates it moves things to)
                    f.governed = True
                break
            k -= 1
        if opens and f.tense is None:
            self._forward_tense(f, j)
        if f.tense in (None, "past") and self.ar and self.past_verb is not None and f.y is None:
            self._arabic_governing_past(f, i)
        if self.has(i - 1, "since"):
            f.tense = "past"  # "has fallen since the spring", "منذ الثلاثاء": what is past
        if f.tense is None and self.has(i - 1, "deadline") and not any(
                "past_verb" in self.ct[k] for k in range(j, self.sentence_bounds(i, j, 8)[1])):
            # not "by March the troops had left" (a listed verb: "untouched" after it is no verb)
            f.tense = "deadline"
        if f.pod == "MIDNIGHT" and f.hour is None and f.tense != "future" and self.has(i - 1, "past_midnight") \
                and (not self.ar or (f.weekday is None and f.dayrel is None and f.d is None)):
            # "shortly after midnight on Tuesday": early Tuesday; "بعد منتصف الليل": early in
            # the anchor day ("بعد منتصف ليل الخميس" is after the midnight that ends Thursday;
            # "سيبدأ الحظر بعد منتصف الليل", in the future, after the coming one)
            f.midnight_next = True
        for k in range(max(0, i - 2), i):
            if "report" in self.ct[k]:
                f.reporting = True
        if self.lang == "en" and self.txt(j) in ("said", "told") or (self.txt(i - 1) in ("statement",)):
            f.reporting = True
        if f.hour is not None and f.weekday is None and f.d is None and f.dayrel is None \
                and f.anaph is None and f.dom is None:
            lo, hi = self.sentence_bounds(i, j)
            cats = [self.ct[k] for k in range(lo, hi)]
            in_range = self.has(i - 1, "range_from", "range_to")
            if any("recurring" in c for c in cats) and (in_range or not any(
                    ("weekday" in c or "dayrel" in c or "month" in c) for c in cats)):
                f.recurring = True

    def _arabic_governing_past(self, f: Frame, i: int) -> None:
        """An Arabic clause that opens with a past verb and tells its time through "في" or
        "يوم" a few words on ("وقع الهجوم في 24 ديسمبر", "اعتقل الرجل يوم 23 ديسمبر") is of
        that date's own time: the latest one up to the anchor."""
        if self.has(i - 1, "governing_prep"):
            prep = i - 1
        elif self.has(i, "governing_prep"):
            prep = i  # "يوم 23 ديسمبر"
        else:
            return
        k = prep - 1
        while k >= 0 and i - k <= _AR_GOVERNING_REACH:
            if self.tk[k] == "p":
                break  # the clause opens after a comma or a stop
            k -= 1
        first = k + 1
        opened = k < 0 or self.tk[k] == "p"  # (not a word in mid-clause, past the reach)
        if not opened or first >= prep or self.tk[first] != "w":
            return  # (the verb comes before the preposition: "وفي يناير" opens with none)
        norm = self.norm
        word = norm.original[norm.to_original(self.ts[first]):norm.to_original(self.te[first] - 1) + 1]
        # the verb itself, else without a glued conjunction ("وقع" is a verb, "وقتل" is "و" + "قتل")
        if self.past_verb(word) or (word[:1] in self.conjunctions and len(word) > 3 and self.past_verb(word[1:])):
            f.tense, f.governed = "past", True

    def _forward_tense(self, f: Frame, j: int) -> None:
        """A time that opens its sentence ("In January, the board named ...", "On Tuesday
        the two sides will meet") comes before its clause's verb: take the tense from the
        first verb after it."""
        if self.past_verb is not None:
            # the verb comes first in its clause (Arabic): "وفي يناير، قتل خمسة أشخاص"
            k = j
            while k < self.n and self.tk[k] == "p" and self.tx[k] not in _SENTENCE_END:
                k += 1
            if k < self.n and self.tk[k] == "w" and not self.ct[k] and "\n" not in self.text[self.te[j - 1]:self.ts[k]]:
                norm = self.norm
                word = norm.original[norm.to_original(self.ts[k]):norm.to_original(self.te[k] - 1) + 1]
                if self.past_verb(word):
                    f.tense = "past"
                    return
        for k in range(j, min(self.n, j + 16)):
            if self.tk[k] == "p" and self.tx[k] in _SENTENCE_END:
                return
            if k > j and "\n" in self.text[self.te[k - 1]:self.ts[k]]:
                return
            if "future" in self.ct[k] or "future_modal" in self.ct[k]:
                if self.tx[k].endswith("ed"):
                    return  # "On Friday, the government planned to pay ...": which Friday is open
                f.tense = "past" if self.has(k + 1, "perfect_aux") else "future"
                return
            if "present_aux" in self.ct[k]:
                return
            if self._past_verb(k) and not self.has(k - 1, "passive_aux"):
                f.tense = "past"
                return

    def _past_verb(self, k: int) -> bool:
        """Is token ``k`` an English verb in the past (a listed one, or a lower-case word in
        -ed)?"""
        if self.lang != "en" or (k > 0 and self.tx[k - 1] in _EN_AUX):
            return False  # "expected to hit", "will set", "did not hit": a base form
        d = k - 1
        while d > 0 and self.tk[d] == "w" and len(self.tx[d]) > 3 and self.tx[d].endswith("ly"):
            d -= 1  # an adverb between: "the newly elected"
        if d >= 0 and d < k and (self.tx[d] == "the" or self.has(d, "year_det")):
            return False  # after a determiner it is an adjective: "the newly elected council"
            # is no verb, nor "a wounded man", "the injured"
        return "past_verb" in self.ct[k] or (
            self.tk[k] == "w" and len(self.tx[k]) > 4 and self.tx[k].endswith("ed")
            and not self.norm.original[self.norm.to_original(self.ts[k])].isupper())

    def _possessive(self, j: int) -> bool:
        """Does a possessive ending follow the expression ending before token ``j``
        ("Wednesday's ruling")?"""
        return j + 1 < self.n and (self.tx[j], self.tx[j + 1]) in self.possessive \
            and self.te[j - 1] == self.ts[j]

    def _definite(self, k: int, glued: bool = True) -> bool:
        """Does token ``k`` carry the definite article (``المجلس``; with ``glued``, also
        after a clitic: ``والمجلس``, ``للمجلس``)?"""
        a = self.article
        if not a or not (0 <= k < self.n) or self.tk[k] != "w":
            return False
        w = self.tx[k]
        return w.startswith(a) or (glued and (w[1:].startswith(a) or w.startswith(a[1:] * 2)))

    def _future_verb(self, k: int, i: int) -> bool:
        """Is token ``k`` (before the expression at ``i``) a verb its own form puts in the
        future (Arabic ``سيجتمع``), used as a verb?  The morphology reads some names as such
        verbs (``سيرغي``, ``سنجار``), so the sentence must agree: the word does not follow a
        preposition (``في سنجار``), and either a complement comes before the expression (a
        definite noun, a noun and its definite genitive, a particle: ``سيجتمع المجلس``,
        ``سيجتمع مجلس الأمن``, ``سيلتقي مع``) or a definite subject before it
        (``المجلس سيجتمع الجمعة``)."""
        if self.tk[k] != "w" or len(self.tx[k]) < 4 or "س" not in self.tx[k][:2]:
            return False
        if self.has(k - 1, "particle"):
            return False
        nxt = k + 1
        if nxt < i:
            if not (self.has(nxt, "particle") or self._definite(nxt)
                    or (nxt + 1 < i and self._definite(nxt + 1, glued=False))):
                return False
        elif not self._definite(k - 1):
            return False
        norm = self.norm
        word = norm.original[norm.to_original(self.ts[k]):norm.to_original(self.te[k] - 1) + 1]
        return bool(self.future_verb(word))

    def sentence_bounds(self, i: int, j: int, limit: int = 40) -> tuple[int, int]:
        tk, tx, ts, te, text = self.tk, self.tx, self.ts, self.te, self.text
        lo = i
        while lo > 0 and i - lo < limit:
            if (tk[lo - 1] == "p" and tx[lo - 1] in _SENTENCE_END) or "\n" in text[te[lo - 1]:ts[lo]]:
                break
            lo -= 1
        hi = j
        while hi < self.n and hi - j < limit:
            if (tk[hi] == "p" and tx[hi] in _SENTENCE_END) or "\n" in text[te[hi - 1]:ts[hi]]:
                break
            hi += 1
        return lo, hi

    def run(self) -> list[Tagged]:
        """Every expression, in text order: each is read from the first token that can
        begin one after the previous expression ends."""
        starters = self.starters
        if self.exhaustive:
            # the starters as the token loop found them, one token at a time
            found = []
            for i in range(self.n):
                kind, cats = self.tk[i], self.ct[i]
                if kind == "w" and not (cats and cats.keys() & _STARTERS):
                    continue
                if kind == "p" and self.tx[i] != "'":
                    continue
                found.append(i)
            assert found == starters, "starter list differs from the token loop"
        out: list[Tagged] = []
        nxt = 0
        for i in starters:
            if i < nxt:
                continue
            r = self.parse_expr(i)
            if r is None:
                continue
            out.append(r)
            nxt = r.j
            second = self.second_day(r)
            if second is not None:
                out.append(second)
                nxt = second.j
        return out

    def second_day(self, r: Tagged) -> Optional[Tagged]:
        """The day after "and", "to" or a dash that a date written month first leaves
        without its month: the 6 of "June 5 and 6", the 15 of "June 14-15, 2024" (a day
        number followed by a count's noun, "June 5 and 6 others", is no day)."""
        f, k = r.frame, r.j
        if f.m is None or f.d is None or f.hour is not None or k + 1 >= self.n:
            return None
        if not (self.has(k, "range_to") or self.has(k, "year_and") or self.punct(k, "-")):
            return None
        d2 = self.digits(k + 1)
        if d2 is None or self.ndigits(k + 1) > 2 or not int(f.d) < d2 <= 31:  # type: ignore[arg-type]
            return None
        end = k + 2
        if end < self.n and self.tk[end] == "w" and self.same_line(end) and not self.has(end, "pod_cue"):
            return None  # "June 5 and 6 people" (but "June 5 and 6 in the capital")
        g = f.copy()
        g.d = d2
        return Tagged(self.ts[k + 1], self.te[k + 1], k + 1, end, g)


# -- which units can begin at a token ----------------------------------------------------
#
# A unit reads its first token's categories (or its digits, or an apostrophe) before
# anything else; a token that has none of those cannot begin it.  ``best_unit`` tries only
# the units a token can begin, in the order below (the order breaks ties).  The sets are
# deliberately generous (both languages together); ``tag(..., exhaustive=True)`` checks
# that no unit left out ever finds anything.
_DIGIT, _APOSTROPHE = "#digits", "#'"
_NUMBER_WORDS = ("ord", "tens", "num")
_UNIT_FIRST: dict[str, frozenset[str]] = {name: frozenset(cats) for name, cats in {
    "u_numdate": (_DIGIT,),
    "u_date": (_DIGIT, "the", "day_word", "first_day", *_NUMBER_WORDS, "month_word", "month", "hmonth",
               "rel_pre"),
    "u_clock": (_DIGIT, "approx", "exact", "clock_intro", "clock_frac", *_NUMBER_WORDS),
    "u_weekday": ("day_word", "rel_pre", "weekday", "weekday_abbr"),
    "u_dayrel": ("day_word", "dayrel"),
    "u_tonight": ("tonight",),
    "u_pod": ("pod_mod", "pod", "pod_bare"),
    "u_podmod": ("pod_mod",),
    "u_anaph": ("the", "anaph", "unit", "night_word"),
    "u_relunit": ("vague", "the", "rel_pre", "unit"),
    "u_duration": (_DIGIT, "approx", "dur_mod", "the", "half", "quant", "tens", "num", "unit"),
    "u_agoprefix": ("ago", "since", "after"),
    "u_set": ("set_adv", "every"),
    "u_vague": ("the", "vague", "later_phrase"),
    "u_year": (_DIGIT, "year_word", "fiscal", "the", *_NUMBER_WORDS),
    "u_decade": (_DIGIT, _APOSTROPHE, "the", "unit", "decade_word"),
    "u_century": (_DIGIT, "the", "first_day", *_NUMBER_WORDS, "unit"),
    "u_season": ("the", "rel_pre", "season"),
    "u_quarter": (_DIGIT, "the", *_NUMBER_WORDS, "unit", "half", "last_adj"),
    "u_holiday": ("holiday", "ord", "ord_construct", "rel_pre"),
    "u_fperiod": ("the", "same_period", "latest", "yoy_adj"),
    "u_dom": ("the", "day_word", "first_day", _DIGIT, *_NUMBER_WORDS),
    "u_posmod": ("the", "posmod"),
    "u_unit_end": ("unit", "posmod"),
    "u_tz": ("tz",),
    "u_podpost": ("pod_post",),
}.items()}
_UNITS: tuple[Callable[[_Parser, int, Frame], UnitResult], ...] = tuple(
    getattr(_Parser, name) for name in _UNIT_FIRST)
_DISPATCH: dict[tuple[bool, bool, frozenset[str]], tuple[Callable[[_Parser, int, Frame], UnitResult], ...]] = {}


def _dispatch(digit: bool, apostrophe: bool, cats: dict[str, object]) -> tuple[Callable[[_Parser, int, Frame], UnitResult], ...]:
    """The units a token can begin, from whether it is digits or an apostrophe and its
    categories (kept in its :data:`_Entry`, so worked out once per token text)."""
    key = (digit, apostrophe, frozenset(cats))
    units = _DISPATCH.get(key)
    if units is None:
        marks = set(cats)
        if digit:
            marks.add(_DIGIT)
        if apostrophe:
            marks.add(_APOSTROPHE)
        units = tuple(u for u, first in zip(_UNITS, _UNIT_FIRST.values()) if first & marks)
        _DISPATCH[key] = units  # as many keys as category combinations in the lexicon
    return units


_SLOT_SET = frozenset(SLOTS)


def _period(q: object, unit: str) -> str:
    from ..resolver import duration_value

    return duration_value(q, unit)


def _clock_duration(h: int, m: int, s: int) -> str:
    """``PT2H58M41S`` for 2:58:41 (zero parts left out)."""
    parts = "".join(f"{v}{u}" for v, u in ((h, "H"), (m, "M"), (s, "S")) if v)
    return f"PT{parts or '0S'}"


def _compatible(f: Frame, fields: dict[str, object]) -> bool:
    filled = f.filled()
    if not filled:
        return True
    for k in fields:
        if k in filled and k not in ("approx",):
            return False
    keys = set(fields)
    if keys & set(_EXCLUSIVE) or set(filled) & set(_EXCLUSIVE):
        return False
    has_day = [s for s in _DAY_SLOTS if s in filled]
    new_day = [s for s in _DAY_SLOTS if s in keys]
    if has_day and new_day:
        # "اليوم الجمعة 29 مارس 2019": today with its explicit date is one expression
        if not ({"dayrel"} <= set(has_day) | set(new_day) and ("d" in has_day or "d" in new_day)):
            return False
    if "unit" in keys and ("d" in filled or "dayrel" in filled):
        return fields.get("unit") == "year" and "y" not in filled
    if "unit" in filled and ("d" in keys or "dayrel" in keys):
        return filled.get("unit") == "year" and "y" not in keys
    if "unit" in keys and fields.get("unit") not in ("week", "weekend") and "weekday" in filled \
            and not (fields.get("unit") == "month" and ("dom" in keys or "dom" in filled)):
        return False  # (but "الإثنين 15 الجاري", "الأحد 14 من الشهر الجاري": a day of this month)
    if "weekday" in keys and "unit" in filled and filled.get("unit") not in ("week",):
        return False
    if "dom" in keys and "unit" in filled and filled.get("unit") != "month":
        return False
    if "unit" in keys and "dom" in filled and fields.get("unit") != "month":
        return False
    if ("y" in keys and "unit" in filled) or ("unit" in keys and "y" in filled and "m" not in filled):
        return False
    if "weekday" in keys and "y" in filled and "m" not in filled:
        return False
    dayish = {"weekday", "pod", "hour", "dayrel", "anaph", "podmod", "dom"}
    if "m" in filled and "d" not in filled and "d" not in keys and keys & dayish:
        return False
    if "m" in keys and "d" not in keys and "d" not in filled and set(filled) & dayish:
        return False
    return True


def tag(norm: Normalized, language: Language, *, exhaustive: bool = False) -> list[Tagged]:
    """All expressions in a normalised text, in text order.

    ``exhaustive=True`` tries every unit at every token instead of only those the token
    can begin (slower, same result; for tests).
    """
    toks = prepare_tokens(norm, language)
    return _Parser(toks, language, norm, exhaustive).run()
