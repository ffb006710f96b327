"""The time model: granularities, TIMEX3 types, intervals and resolved mentions.

An interval is half-open ``[start, end)`` in naive local wall-clock time of the place the
text talks about.  A :class:`TimeMention` is one temporal expression found in a text with
its exact character span, its TIMEX3 ``type`` and ``value``, the calendar interval it
covers (``None`` for durations, sets and vague references) and an explanation.

>>> from datetime import datetime
>>> iv = TimeInterval(datetime(2025, 12, 13), datetime(2025, 12, 14))
>>> iv
TimeInterval(start=2025-12-13T00:00, end=2025-12-14T00:00)
>>> iv.overlaps(TimeInterval(datetime(2025, 12, 13, 6), datetime(2025, 12, 13, 7)))
True
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta
from typing import Optional

import attrs

__all__ = ["Granularity", "TimexType", "TimeInterval", "TimeMention", "time_precision", "whole_days"]


class Granularity(enum.Enum):
    """How precise a resolved time is, from a minute to a century (and ``VAGUE``).

    Finer granularities sort first:

    >>> Granularity.DAY < Granularity.WEEK < Granularity.YEAR
    True
    >>> import timeline
    >>> timeline.resolve("الأسبوع الماضي", anchor="2025-12-20").granularity
    Granularity.WEEK
    """

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    VAGUE = "vague"

    @property
    def rank(self) -> int:
        """0 for the finest granularity (minute), growing with coarseness."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:  # finer < coarser
        if not isinstance(other, Granularity):
            return NotImplemented
        return self.rank < other.rank

    def __repr__(self) -> str:
        return f"Granularity.{self.name}"


_RANK = {g: i for i, g in enumerate(Granularity)}


class TimexType(enum.Enum):
    """The four TIMEX3 types of TimeML.

    >>> import timeline
    >>> [timeline.resolve(e, anchor="2025-12-20").type for e in ("أمس", "فجر الجمعة", "ثلاثة أيام", "كل يوم جمعة")]
    [TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET]
    """

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    def __repr__(self) -> str:
        return f"TimexType.{self.name}"


def _fmt(dt: datetime) -> str:
    return dt.isoformat(timespec="minutes") if dt.second == 0 else dt.isoformat(timespec="seconds")


def _check_interval(instance: "TimeInterval", attribute: object, value: datetime) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"TimeInterval bounds must be datetime, not {type(value).__name__}")


@attrs.frozen(repr=False, order=True)
class TimeInterval:
    """A half-open calendar interval ``[start, end)`` of naive local wall-clock datetimes.

    >>> from datetime import datetime
    >>> night = TimeInterval(datetime(2025, 12, 19, 20), datetime(2025, 12, 20, 6))
    >>> night.duration
    datetime.timedelta(seconds=36000)
    >>> night.contains(TimeInterval(datetime(2025, 12, 20, 1), datetime(2025, 12, 20, 2)))
    True
    >>> night.to_json()
    ['2025-12-19T20:00', '2025-12-20T06:00']
    """

    start: datetime = attrs.field(validator=_check_interval)
    end: datetime = attrs.field(validator=_check_interval)

    def __attrs_post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("TimeInterval holds naive local wall-clock datetimes")
        if not self.start < self.end:
            raise ValueError(f"empty interval: {self.start} >= {self.end}")

    def __repr__(self) -> str:
        return f"TimeInterval(start={_fmt(self.start)}, end={_fmt(self.end)})"

    @property
    def duration(self) -> timedelta:
        """Length of the interval."""
        return self.end - self.start

    def overlaps(self, other: "TimeInterval") -> bool:
        """True when the two intervals share at least one instant."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: "TimeInterval") -> bool:
        """True when ``other`` lies entirely within this interval."""
        return self.start <= other.start and other.end <= self.end

    def to_json(self) -> list[str]:
        """``["YYYY-MM-DDTHH:MM", "YYYY-MM-DDTHH:MM"]`` as used by the dev-set gold."""
        return [_fmt(self.start), _fmt(self.end)]

    @classmethod
    def from_json(cls, pair: list[str]) -> "TimeInterval":
        """Inverse of :meth:`to_json`."""
        return cls(datetime.fromisoformat(pair[0]), datetime.fromisoformat(pair[1]))


@attrs.frozen
class TimeMention:
    """A temporal expression found in a text, resolved to a TIMEX3 value and an interval.

    ``start``/``end`` are offsets into the caller's original text, so
    ``text[m.start:m.end] == m.text`` always holds.

    >>> import timeline
    >>> text = "قتل شخصان فجر الجمعة"
    >>> m, = timeline.find_times(text, published="2025-12-20")
    >>> text[m.start:m.end], m.value, m.granularity, m.anchored_to
    ('فجر الجمعة', '2025-12-19TMO', Granularity.PART_OF_DAY, 'publication')
    >>> TimeMention.from_dict(m.to_dict()) == m
    True

    Attributes:
        text: the expression exactly as written.
        start, end: character offsets (Python ``str`` indices, half-open).
        type: DATE, TIME, DURATION or SET.
        value: the TIMEX3 value (``"2025-12-18TMO"``, ``"2025-W50"``, ``"P3D"``,
            ``"PAST_REF"``, ``"XXXX-WXX-5"``; Hijri months without a day use the custom
            ``"H1446-09"``; Hijri dates outside the Umm al-Qura table ``"H1300-05-12"``).
        interval: the calendar interval covered, ``None`` for durations, sets, vague
            references and clock times with no calendar day.
        granularity: the precision of ``value``.
        explanation: one readable line saying how the value was reached.
        mod: TIMEX3 ``mod`` (``START``, ``MID``, ``END``, ``APPROX``) or ``None``.
        anchor: the date the expression was resolved against, if any.
        anchored_to: ``"absolute"`` (needs no anchor), ``"publication"`` (deictic) or
            ``"narrative"`` (anaphoric: the last date the text was on), ``"none"``.
        flags: warnings such as ``"weekday_mismatch"``, ``"calendar_disagreement"``,
            ``"hijri_out_of_range"``, ``"invalid_date"``; and ``"day_inferred"`` when the
            text gives an hour or a part of day but not its day ("at 5:30 p.m."), which was
            then taken from the narrative or the publication date.
        lang: the language the expression was read in.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    interval: Optional[TimeInterval]
    granularity: Optional[Granularity]
    explanation: str
    mod: Optional[str] = None
    anchor: Optional[datetime] = None
    anchored_to: str = "none"
    flags: tuple[str, ...] = ()
    lang: str = ""

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (enum values as strings, interval as two ISO strings)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type.value,
            "value": self.value,
            "interval": self.interval.to_json() if self.interval else None,
            "granularity": self.granularity.value if self.granularity else None,
            "explanation": self.explanation,
            "mod": self.mod,
            "anchor": self.anchor.isoformat() if self.anchor else None,
            "anchored_to": self.anchored_to,
            "flags": list(self.flags),
            "lang": self.lang,
        }

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> "TimeMention":
        """Inverse of :meth:`to_dict`."""
        iv = d.get("interval")
        gran = d.get("granularity")
        anchor = d.get("anchor")
        return cls(
            text=str(d["text"]),
            start=int(d["start"]),  # type: ignore[call-overload]
            end=int(d["end"]),  # type: ignore[call-overload]
            type=TimexType(d["type"]),
            value=str(d["value"]),
            interval=TimeInterval.from_json(iv) if iv else None,  # type: ignore[arg-type]
            granularity=Granularity(gran) if gran else None,
            explanation=str(d.get("explanation", "")),
            mod=d.get("mod"),  # type: ignore[arg-type]
            anchor=datetime.fromisoformat(anchor) if anchor else None,  # type: ignore[arg-type]
            anchored_to=str(d.get("anchored_to", "none")),
            flags=tuple(d.get("flags") or ()),  # type: ignore[arg-type]
            lang=str(d.get("lang", "")),
        )


def whole_days(t: TimeMention) -> bool:
    """Is a time whole days or longer (a day, a week, a month, a year), with no clock time
    or part of day?  Two of these that only touch are two periods; a clock tolerance is
    for clocks and parts of day near midnight ("late Thursday" is "فجر الجمعة" elsewhere).

    >>> from timeline import find_times
    >>> [(t.text, whole_days(t)) for t in find_times("Monday night and on Tuesday", published="2025-03-12")]
    [('Monday night', False), ('Tuesday', True)]
    """
    g = t.granularity
    return g is not None and g.rank >= Granularity.DAY.rank and "T" not in (t.value or "")


def time_precision(granularity: Optional[Granularity]) -> Optional[int]:
    """ACLED's ``time_precision`` code: 1 = day or finer, 2 = week or weekend, 3 = month or
    coarser; ``None`` when the event is undated.

    >>> time_precision(Granularity.PART_OF_DAY), time_precision(Granularity.WEEK), time_precision(Granularity.YEAR)
    (1, 2, 3)
    """
    if granularity is None:
        return None
    if granularity.rank <= Granularity.DAY.rank:
        return 1
    if granularity in (Granularity.WEEKEND, Granularity.WEEK):
        return 2
    return 3
