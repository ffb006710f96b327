"""Which units can begin at a token: the dispatch table the parser tries units by.

The units of :mod:`.dates`, :mod:`.clock`, :mod:`.relative`, :mod:`.durations` and
:mod:`.periods` come together here as :class:`_Units`.  Each token's entry
(:mod:`.tokens`) keeps the units its text can begin (:func:`_dispatch`), so
``best_unit`` (:mod:`.parser`) tries only those.
"""

from __future__ import annotations

from typing import Callable

from ..frames import Frame
from .clock import _ClockUnits
from .dates import _DateUnits
from .durations import _DurationUnits
from .periods import _PeriodUnits
from .reading import UnitResult
from .relative import _RelativeUnits

__all__: list[str] = []


class _Units(_DateUnits, _ClockUnits, _RelativeUnits, _DurationUnits, _PeriodUnits):
    """Every unit, one method each (the parser is these and the context checks)."""


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
_UNITS: tuple[Callable[[_Units, int, Frame], UnitResult], ...] = tuple(
    getattr(_Units, name) for name in _UNIT_FIRST)
_DISPATCH: dict[tuple[bool, bool, frozenset[str]], tuple[Callable[[_Units, int, Frame], UnitResult], ...]] = {}


def _dispatch(digit: bool, apostrophe: bool, cats: dict[str, object]) -> tuple[Callable[[_Units, int, Frame], UnitResult], ...]:
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
