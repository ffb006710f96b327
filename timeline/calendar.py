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

from hijridate import Gregorian, Hijri

__all__ = [
    "HIJRI_MIN_YEAR", "HIJRI_MAX_YEAR", "hijri_to_gregorian", "gregorian_to_hijri",
    "hijri_month_span", "week_value", "week_start", "add_months", "month_span",
    "season_span", "quarter_span", "valid_date",
]

HIJRI_MIN_YEAR = 1343
HIJRI_MAX_YEAR = 1500

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@lru_cache(maxsize=4096)
def hijri_to_gregorian(y: int, m: int, d: int) -> Optional[date]:
    """Gregorian date of a Hijri date, or ``None`` outside the Umm al-Qura table or invalid."""
    if not (HIJRI_MIN_YEAR <= y <= HIJRI_MAX_YEAR) or not (1 <= m <= 12) or not (1 <= d <= 30):
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
