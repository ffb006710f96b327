"""The parser: units glued into expressions, over the whole text (:func:`tag`).

:class:`_Parser` is composed of the units (:mod:`.dispatch`) and the checks of context
(:mod:`.context`).  It reads at each token that can begin an expression
(:meth:`~_Parser.run`): the unit that goes furthest and fits the frame so far
(:meth:`~_Parser.best_unit`, :func:`_compatible`), then glue and units again until none
fits (:meth:`~_Parser.glue`, :meth:`~_Parser.parse_expr`); a second day that a date
written month first leaves without its month follows it (:meth:`~_Parser.second_day`).
:func:`tag` prepares the tokens (:mod:`.tokens`) and runs the parser.
"""

from __future__ import annotations

from typing import Optional

from ..frames import SLOTS, Frame
from ..lang import Language
from ..text import Normalized
from .context import _Context
from .dispatch import _UNITS, _dispatch, _Units
from .reading import _BLANK, UnitResult
from .table import _PRE, _STARTERS, _UNITS_AT
from .tokens import prepare_tokens

__all__ = ["Tagged", "tag"]

# Glue between two units of one expression.
_GLUE_PUNCT = frozenset({",", "،", "-", "|", "(", ")", "/"})
_DAY_SLOTS = ("dayrel", "anaph", "dom", "d")
_EXCLUSIVE = ("qty", "vague", "set_value", "dvalue")


class Tagged:
    """A parsed expression: its normalised-text span, token range and frame."""

    __slots__ = ("start", "end", "i", "j", "frame")

    def __init__(self, start: int, end: int, i: int, j: int, frame: Frame):
        self.start, self.end, self.i, self.j, self.frame = start, end, i, j, frame

    def __repr__(self) -> str:
        return f"Tagged({self.start}, {self.end}, {self.frame!r})"


class _Parser(_Units, _Context):
    """Reads expressions off the tokens of one text.

    With ``exhaustive=True`` every unit is tried at every token, as if there were no
    dispatch table, and the table is checked: a unit it leaves out must find nothing.
    The result is the same either way (tests/test_fast_path.py); only the time differs.
    """

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


_SLOT_SET = frozenset(SLOTS)


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
