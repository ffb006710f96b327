"""Parse the anchors callers pass: ``date``, ``datetime`` (naive or aware) and ISO strings.

>>> parse_anchor("2025-12-20T01:34:00+03:00")
Anchor(when=datetime.datetime(2025, 12, 20, 1, 34), has_time=True, utc_offset_minutes=180)
>>> parse_anchor("2025-12-20").has_time
False
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Optional, Union

import attrs

from .errors import AnchorError

__all__ = ["Anchor", "AnchorLike", "parse_anchor"]

AnchorLike = Union[date, datetime, str]

# Possessive quantifiers (``*+``, ``++``): the two runs of spaces around the optional UTC
# offset would otherwise split a long run of spaces every possible way before failing
# (cubic time on "2025-12-20" followed by 10,000 spaces and a letter).
_ISO = re.compile(
    r"^\s*+(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d++)?)?)?"
    r"\s*+(Z|[+-]\d{2}:?\d{2})?\s*+$"
)


@attrs.frozen
class Anchor:
    """A publication date or reference time, as local wall-clock time.

    ``when`` is naive: an aware input keeps its own wall-clock reading (a Damascus
    article stamped ``01:34+03:00`` is anchored at 01:34 local) and records the offset.

    >>> from datetime import datetime, timedelta, timezone
    >>> a = parse_anchor(datetime(2025, 12, 20, 1, 34, tzinfo=timezone(timedelta(hours=3))))
    >>> a.when, a.utc_offset_minutes, a.day
    (datetime.datetime(2025, 12, 20, 1, 34), 180, datetime.date(2025, 12, 20))
    """

    when: datetime
    has_time: bool = False
    utc_offset_minutes: Optional[int] = None

    @property
    def day(self) -> date:
        return self.when.date()


def parse_anchor(value: object, what: str = "anchor") -> Anchor:
    """Turn a ``date``/``datetime``/ISO string into an :class:`Anchor`.

    Raises :class:`~timeline.AnchorError` for anything else, including impossible dates.

    >>> from datetime import date
    >>> parse_anchor(date(2025, 12, 20))
    Anchor(when=datetime.datetime(2025, 12, 20, 0, 0), has_time=False, utc_offset_minutes=None)
    >>> parse_anchor("20/12/2025")
    Traceback (most recent call last):
      ...
    timeline.errors.AnchorError: ...
    """
    if isinstance(value, Anchor):
        return value
    if isinstance(value, datetime):
        offset = value.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else None
        naive = value.replace(tzinfo=None, microsecond=0)
        return Anchor(naive, True, minutes)
    if isinstance(value, date):
        return Anchor(datetime.combine(value, time()), False, None)
    if isinstance(value, str):
        m = _ISO.match(value)
        if not m:
            raise AnchorError(
                f"{what} {value!r} is not an ISO date (expected e.g. '2025-12-20' or "
                "'2025-12-20T01:34:00+03:00')"
            )
        y, mo, d, hh, mm, ss, tz = m.groups()
        try:
            when = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError as exc:
            raise AnchorError(f"{what} {value!r} is not a valid date: {exc}") from None
        minutes: Optional[int] = None
        if tz:
            if tz == "Z":
                minutes = 0
            else:
                digits = tz[1:].replace(":", "")
                minutes = int(digits[:2]) * 60 + int(digits[2:])
                if minutes > 14 * 60:
                    raise AnchorError(f"{what} {value!r} has an impossible UTC offset")
                minutes = -minutes if tz[0] == "-" else minutes
        return Anchor(when, hh is not None, minutes)
    raise AnchorError(
        f"{what} must be a date, a datetime or an ISO date string, not {type(value).__name__}"
    )
