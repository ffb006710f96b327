"""Calendar arithmetic: ISO weeks, months, seasons, quarters and the Hijri calendar.

Hijri dates use the Umm al-Qura calendar through ``hijridate``, which covers the years
1343-1500 AH (1924-2077).  Outside that range :func:`hijri_to_gregorian` returns ``None``
rather than guessing.

>>> hijri_to_gregorian(1447, 7, 12)
datetime.date(2026, 1, 1)
>>> gregorian_to_hijri(date(2025, 12, 20))
(1447, 6, 29)
>>> week_value(date(2025, 12, 13))
'2025-W50'
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

import jdatetime
from hijridate import Gregorian, Hijri

__all__ = [
    "HIJRI_MIN_YEAR", "HIJRI_MAX_YEAR", "hijri_to_gregorian", "gregorian_to_hijri",
    "hijri_month_span", "week_value", "week_start", "add_months", "month_span",
    "season_span", "quarter_span", "valid_date", "utc_offset", "persian_to_gregorian",
]

HIJRI_MIN_YEAR = 1343
HIJRI_MAX_YEAR = 1500

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@lru_cache(maxsize=4096)
def hijri_to_gregorian(y: int, m: int, d: int) -> Optional[date]:
    """Gregorian date of a Hijri date, or ``None`` outside the Umm al-Qura table or invalid.

    A month has the length the table gives it: 29 or 30 days, and in the table's first
    years (derived from astronomical data before the calendar was fixed) one month of 31,
    1345-05 (so every Gregorian day still has its Hijri date and back).

    >>> hijri_to_gregorian(1345, 5, 31), hijri_to_gregorian(1447, 6, 31)
    (datetime.date(1926, 12, 6), None)
    """
    if not (HIJRI_MIN_YEAR <= y <= HIJRI_MAX_YEAR) or not (1 <= m <= 12) or not (1 <= d <= 31):
        return None
    try:
        h = Hijri(y, m, d)
        g = h.to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(*g.datetuple())


@lru_cache(maxsize=4096)
def gregorian_to_hijri(d: date) -> Optional[tuple[int, int, int]]:
    """Umm al-Qura Hijri date of a Gregorian date, or ``None`` outside the table."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.datetuple()


@lru_cache(maxsize=2048)
def hijri_month_span(y: int, m: int) -> Optional[tuple[date, date]]:
    """``[first day, first day of next month)`` of a Hijri month, in Gregorian dates."""
    start = hijri_to_gregorian(y, m, 1)
    if start is None:
        return None
    try:
        length = Hijri(y, m, 1).month_length()
    except (ValueError, OverflowError):
        return None
    return start, start + timedelta(days=length)


def valid_date(y: int, m: int, d: int) -> Optional[date]:
    """``date(y, m, d)`` or ``None`` when it does not exist (31 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def week_value(day: date) -> str:
    """ISO week of a day as a TIMEX3 value: ``2025-W50``."""
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def week_start(day: date, first_weekday: int) -> date:
    """First day of the week containing ``day`` when weeks start on ``first_weekday``."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def month_span(y: int, m: int) -> tuple[datetime, datetime]:
    ny, nm = add_months(y, m, 1)
    return datetime(y, m, 1), datetime(ny, nm, 1)


def season_span(y: int, season: str) -> tuple[datetime, datetime]:
    """Meteorological seasons: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb."""
    m = _SEASON_MONTH[season]
    ny, nm = add_months(y, m, 3)
    return datetime(y, m, 1), datetime(ny, nm, 1)


def quarter_span(y: int, q: int) -> tuple[datetime, datetime]:
    m = 3 * (q - 1) + 1
    ny, nm = add_months(y, m, 3)
    return datetime(y, m, 1), datetime(ny, nm, 1)


# -- time zones ---------------------------------------------------------------------------
#
# UTC offsets of the zones news names after a clock time, by zone key (the ``tz`` values of
# the language modules).  Only zones whose rule is stable and known are here; a zone that
# is not (a place whose daylight saving changed recently) gives no offset rather than a
# guess.

_FIXED_OFFSETS = {
    "UTC": "Z", "GMT": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
    "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
    "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "IST": "+05:30", "PKT": "+05:00",
    "AST": "+03:00",  # Arabia Standard Time: Saudi Arabia, Iraq, Qatar, Kuwait, Bahrain
    "GST": "+04:00",  # Gulf Standard Time: UAE, Oman
}
_US_STANDARD = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}


def _nth_sunday(y: int, m: int, n: int) -> date:
    """The ``n``-th Sunday of a month (``n = -1``: the last)."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _us_daylight(day: date) -> bool:
    y = day.year
    if y >= 2007:
        return _nth_sunday(y, 3, 2) <= day < _nth_sunday(y, 11, 1)
    if y >= 1987:
        return _nth_sunday(y, 4, 1) <= day < _nth_sunday(y, 10, -1)
    return _nth_sunday(y, 4, -1) <= day < _nth_sunday(y, 10, -1)


def _eu_daylight(day: date) -> bool:
    return _nth_sunday(day.year, 3, -1) <= day < _nth_sunday(day.year, 10, -1)


def _fmt(hours: float) -> str:
    sign = "-" if hours < 0 else "+"
    h, m = divmod(int(round(abs(hours) * 60)), 60)
    return f"{sign}{h:02d}:{m:02d}"


def utc_offset(zone: str, day: date) -> Optional[str]:
    """The TIMEX3 offset (``Z``, ``+03:00``) of a named zone on a day, or ``None`` when the
    zone is local or unknown.  US zones named without standard/daylight follow the US
    daylight-saving rules of that year; Moscow follows its rules since 2011.

    >>> utc_offset("ET", date(2024, 4, 13)), utc_offset("ET", date(2024, 1, 13))
    ('-04:00', '-05:00')
    >>> utc_offset("MSK", date(2025, 7, 1)), utc_offset("GMT", date(2025, 7, 1))
    ('+03:00', 'Z')
    >>> utc_offset("UK", date(2025, 7, 1)), utc_offset("UK", date(2025, 12, 1))
    ('+01:00', 'Z')
    """
    if zone in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[zone]
    if zone in _US_STANDARD:
        return _fmt(_US_STANDARD[zone] + _us_daylight(day))
    if zone == "UK":  # GMT, British Summer Time by the EU rule (since 1981)
        return ("+01:00" if _eu_daylight(day) else "Z") if day.year >= 1981 else None
    if zone == "MSK":
        if day >= date(2014, 10, 26):
            return "+03:00"
        if day >= date(2011, 3, 27):
            return "+04:00"
        return "+04:00" if _eu_daylight(day) else "+03:00"
    return None


@lru_cache(maxsize=4096)
def persian_to_gregorian(y: int, m: int, d: int) -> Optional[date]:
    """Gregorian date of a Persian (solar Hijri, Jalali) date through ``jdatetime``, or
    ``None`` when it is not a valid date.

    >>> persian_to_gregorian(1397, 12, 12)
    datetime.date(2019, 3, 3)
    """
    try:
        return jdatetime.date(y, m, d).togregorian()
    except (ValueError, OverflowError):
        return None
