"""Locale settings that change how expressions resolve: week start, weekend, part-of-day hours.

>>> from timeline import Settings
>>> Settings().week_start, Settings().weekend
(1, (6, 7))
>>> arab = Settings(week_start="saturday", weekend="fri-sat")
>>> arab.week_start, arab.weekend
(6, (5, 6))
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Union

import attrs

from .errors import InputError

__all__ = ["Settings", "DEFAULT_PARTS_OF_DAY"]

#: Default hours of each part of day, ``(start, end)`` relative to midnight of the day the
#: expression names; ``end`` may pass 24 (night runs to 06:00 the next day).  These follow
#: the TempEval/TimeML conventions of the dev set.
DEFAULT_PARTS_OF_DAY: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "dawn": (0, 7),  # فجر, dawn, early morning, الساعات الأولى -> value TMO
        "TMO": (6, 12),  # صباح, morning
        "TMI": (11, 14),  # ظهر, noon, lunchtime
        "TAF": (12, 18),  # عصر, بعد الظهر, afternoon
        "TEV": (17, 24),  # مساء, مغرب, evening
        "TNI": (20, 30),  # ليل, ليلة, night, overnight (to 06:00 next day)
    }
)

_DAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}


def _weekday(value: Union[int, str], what: str) -> int:
    if isinstance(value, bool):
        raise InputError(f"{what} must be a weekday name or 1..7, not {value!r}")
    if isinstance(value, int):
        if 1 <= value <= 7:
            return value
    elif isinstance(value, str) and value.strip().lower() in _DAYS:
        return _DAYS[value.strip().lower()]
    raise InputError(f"{what} must be a weekday name or an ISO weekday 1..7, not {value!r}")


def _week_start(value: Union[int, str]) -> int:
    if isinstance(value, str) and value.strip().lower() == "iso":
        return 1
    return _weekday(value, "week_start")


def _weekend(value: object) -> tuple[int, ...]:
    if isinstance(value, str):
        parts = value.replace("–", "-").split("-")
        if len(parts) != 2:
            raise InputError(f"weekend must look like 'sat-sun' or 'fri-sat', not {value!r}")
        days = tuple(_weekday(p, "weekend") for p in parts)
    elif isinstance(value, (tuple, list)):
        days = tuple(_weekday(p, "weekend") for p in value)
    else:
        raise InputError(f"weekend must be 'sat-sun', 'fri-sat' or a pair of weekdays, not {value!r}")
    if len(days) != 2 or (days[0] % 7) + 1 != days[1]:
        raise InputError(f"weekend must be two consecutive days, not {value!r}")
    return days


def _parts_of_day(value: object) -> Mapping[str, tuple[int, int]]:
    if not isinstance(value, Mapping):
        raise InputError("parts_of_day must be a mapping like {'TMO': (6, 12)}")
    merged = dict(DEFAULT_PARTS_OF_DAY)
    for key, hours in value.items():
        if key not in DEFAULT_PARTS_OF_DAY:
            raise InputError(f"unknown part of day {key!r}; known: {sorted(DEFAULT_PARTS_OF_DAY)}")
        try:
            start, end = (int(h) for h in hours)  # type: ignore[union-attr]
        except (TypeError, ValueError):
            raise InputError(f"parts_of_day[{key!r}] must be (start_hour, end_hour)") from None
        if not (0 <= start < end <= 36):
            raise InputError(f"parts_of_day[{key!r}] must satisfy 0 <= start < end <= 36")
        merged[key] = (start, end)
    return MappingProxyType(merged)


@attrs.frozen
class Settings:
    """How to read calendars where usage differs between places.

    Args:
        week_start: first day of the week, ``"monday"`` (ISO, the default), ``"saturday"``
            or ``"sunday"``, or an ISO weekday number.  Week *values* stay ISO weeks
            (``2025-W50``); the start changes which days "last week" covers.
        weekend: ``"sat-sun"`` (default) or ``"fri-sat"`` (much of the Gulf and Levant);
            used for the interval of ``YYYY-Www-WE`` values.
        parts_of_day: overrides of :data:`DEFAULT_PARTS_OF_DAY`, e.g. ``{"TEV": (18, 24)}``.
        future_penalty: how strongly a day and month without a year lean to the past:
            a future candidate counts as this many times further away (news is mostly
            about the past).  1.0 means plain nearest.
    """

    week_start: int = attrs.field(default=1, converter=_week_start)
    weekend: tuple[int, ...] = attrs.field(default=(6, 7), converter=_weekend)
    parts_of_day: Mapping[str, tuple[int, int]] = attrs.field(
        default=DEFAULT_PARTS_OF_DAY, converter=_parts_of_day
    )
    future_penalty: float = attrs.field(default=2.5)

    @future_penalty.validator
    def _check_penalty(self, attribute: object, value: float) -> None:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 1.0 <= value <= 10.0:
            raise InputError("future_penalty must be a number between 1.0 and 10.0")

    def __reduce__(self) -> tuple:
        # ``parts_of_day`` is a read-only mapping (mappingproxy), which cannot be pickled:
        # rebuild from a plain dict (what crosses to worker processes in timeline.dask).
        return (Settings, (self.week_start, self.weekend, dict(self.parts_of_day), self.future_penalty))
