"""Parsed frames: what an expression says, before it is placed on the calendar.

The tagger fills a :class:`Frame` slot by slot ("Friday" sets ``weekday``, "dawn" sets
``pod``, "last" sets ``wrel``); the resolver turns a frame plus an anchor into a value and
an interval.  Frames are internal: users see :class:`~timeline.TimeMention`.
"""

from __future__ import annotations

from typing import Any, Optional

__all__ = ["Frame", "SLOTS"]

#: Every slot a frame can hold.  ``None`` means "not said".
SLOTS = (
    # calendar date; ``cal`` is "g" (Gregorian) or "h" (Hijri)
    "y", "m", "d", "cal", "y2",          # y2: the year was written with two digits
    "month_rel",                         # -1 "ديسمبر الماضي", 0 "الجاري", +1 "المقبل"
    "weekday", "wrel",                   # ISO weekday; -1 last, +1 next, +2 after next, 0 this
    "dayrel",                            # deictic day offset: today 0, yesterday -1
    "anaph",                             # "next"/"prev"/"same": relative to the narrative day
    "dom",                               # a bare day of month ("the 18th")
    "unit", "uoff", "uanaph",            # calendar unit relative to now: "last week"
    "earlier",                           # "earlier this month": the unit, up to now
    "posmod",                            # START / MID / END (مطلع، منتصف، نهاية)
    "pod", "podmod", "pod_pair",         # part of day; early/late; night spanning two days
    "hour", "minute", "ampm", "approx", "clock_word", "tz",
    "tz_offset",                         # write the zone's UTC offset into the value
    "qty", "dunit", "ago", "dur_rel",    # durations and "three days ago"
    "vague", "set_value", "every",
    "decade", "century", "quarter", "half", "season", "holiday", "year_only",
    "second",                            # the other calendar's date in dual dating
    "equiv",                             # a 'الموافق' glue was seen
    "tense",                             # "future"/"past" from cues; "deadline": after "by", no tense
    "governed",                          # the past verb governs it ("happened on Christmas Eve")
    "reporting",                         # the expression dates a reporting verb ("said Tuesday")
    "recurring",                         # clock time that recurs (curfew hours)
    "hijri_year_only",
    "midnight_next",                     # "منتصف ليل 20-21": the later of two days
    "overnight",                         # English "overnight": the night around publication
    "yoy",                               # "a year earlier" in a year-over-year comparison
    "qnarr",                             # a reporting period: the quarter the text is on
    "hday",                              # the n-th day of a holiday ("ثاني أيام العيد")
    "wknear",                            # "the weekend": the nearest one (past unless future)
    "newyear",                           # "the new year", "العام الجديد": the year to come late in a year
    "sec",                               # seconds of a clock time ("08:15:42")
    "dvalue",                            # a duration written as a clock ("in 2:58:41")
)

_SLOT_SET = frozenset(SLOTS)


class Frame:
    """A bag of slots; see :data:`SLOTS`.

    A slot nobody set reads ``None`` (a class attribute); the slots that were set live in
    the instance's ``__dict__``.  The tagger makes a frame for every expression it tries,
    so a new frame costs nothing and :meth:`filled` reads only what was set.
    """

    def __init__(self, **kw: Any) -> None:
        for k, v in kw.items():
            setattr(self, k, v)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in _SLOT_SET:
            raise AttributeError(f"'Frame' object has no slot {name!r}")
        object.__setattr__(self, name, value)

    def filled(self) -> dict[str, Any]:
        """The slots that hold a value (in the order they were set)."""
        return {s: v for s, v in self.__dict__.items() if v is not None}

    def copy(self) -> "Frame":
        return Frame(**self.filled())

    def get(self, slot: str) -> Optional[Any]:
        return getattr(self, slot)

    def __repr__(self) -> str:
        d = self.__dict__
        inner = ", ".join(f"{k}={d[k]!r}" for k in SLOTS if d.get(k) is not None)
        return f"Frame({inner})"


for _slot in SLOTS:
    setattr(Frame, _slot, None)
del _slot
