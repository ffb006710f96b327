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
    "qty", "dunit", "ago", "dur_rel",    # durations and "three days ago"
    "vague", "set_value", "every",
    "decade", "century", "quarter", "half", "season", "holiday", "year_only",
    "second",                            # the other calendar's date in dual dating
    "equiv",                             # a 'الموافق' glue was seen
    "tense",                             # "future" when a future cue governs the expression
    "reporting",                         # the expression dates a reporting verb ("said Tuesday")
    "recurring",                         # clock time that recurs (curfew hours)
    "hijri_year_only",
    "midnight_next",                     # "منتصف ليل 20-21": the later of two days
    "overnight",                         # English "overnight": the night around publication
)


class Frame:
    """A bag of slots; see :data:`SLOTS`."""

    __slots__ = SLOTS

    def __init__(self, **kw: Any) -> None:
        for s in SLOTS:
            object.__setattr__(self, s, None)
        for k, v in kw.items():
            setattr(self, k, v)

    def filled(self) -> dict[str, Any]:
        """The slots that hold a value."""
        return {s: getattr(self, s) for s in SLOTS if getattr(self, s) is not None}

    def copy(self) -> "Frame":
        return Frame(**self.filled())

    def get(self, slot: str) -> Optional[Any]:
        return getattr(self, slot)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.filled().items())
        return f"Frame({inner})"
